import { isMap, isScalar } from 'yaml';
import { checkDates, reformDateFields } from '../../catalog/check-dates.js';
import type { EntityLocations } from '../../catalog/load-types.js';
import { DEFAULT_LIMITS } from '../../catalog/load-types.js';
import { normalizeData } from '../../catalog/normalize-data.js';
import { normalizeProvisions } from '../../catalog/normalize-provisions.js';
import { parseInputDocument } from '../../catalog/input-document.js';
import { aliasDiagnostic } from '../../catalog/yaml-aliases.js';
import type { Catalog } from '../../catalog/types.js';
import { createDiagnostic } from '../../diagnostics/create.js';
import { CatalogArgumentError } from '../../diagnostics/errors.js';
import { sortDiagnostics } from '../../diagnostics/sort.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { schemaDiagnostics } from '../../schema/map-schema-errors.js';
import type { SchemaError } from '../../schema/validator.js';
import { reformFindings } from './check-reform.js';
import { reformSubject } from './reform-check-context.js';
import { validateReformFile } from './reform-schema.js';
import type { Reform } from './types.js';
import { pushAll } from '../../util/push-all.js';

export interface ParseReformOptions {
  /** Name used in diagnostics and locations. Default `reform.yaml`. */
  fileName?: string;
  /** The catalog the reform is meant for: references are checked against it when given. */
  catalog?: Catalog;
  /** Where the catalog's entities are defined (`LoadResult.locations`), to point at a clashing id. */
  catalogLocations?: EntityLocations;
}

export interface ParseReformResult {
  /** The reform, or undefined when the file could not be read as a reform at all. */
  reform: Reform | undefined;
  /** Every finding, ordered by line and column. */
  diagnostics: Diagnostic[];
  /** true when no diagnostic is an error: the reform can be applied. */
  ok: boolean;
}

type Obj = Record<string, unknown>;

/**
 * Parses a reform file (YAML or JSON text) with the same located diagnostics as a catalog
 * file: YAML errors, schema violations at the offending node, invalid dates, and, when the
 * catalog is given, every reference that does not resolve in it, with "did you mean", in
 * entries with schema errors too (see `checkReform`).
 * Pure: needs no file system. Text is normalised to NFC and provision strings become
 * objects, as in a loaded catalog.
 */
export function parseReform(input: string | Uint8Array, options: ParseReformOptions = {}): ParseReformResult {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new CatalogArgumentError('WRONG_ARGUMENT', "parseReform takes the text of a reform file (a string or bytes), such as readFileSync(path, 'utf8').");
  }
  if (options === null || typeof options !== 'object') throw new CatalogArgumentError('INVALID_OPTIONS', 'The options must be an object such as { catalog }.');
  const file = options.fileName ?? 'reform.yaml';
  const done = (reform: Reform | undefined, diagnostics: Diagnostic[]): ParseReformResult => {
    const sorted = sortDiagnostics(diagnostics);
    return { reform, diagnostics: sorted, ok: reform !== undefined && !sorted.some((d) => d.severity === 'error') };
  };
  const { doc, source, diagnostics } = parseInputDocument(input, file, 'reform');
  if (!doc) return done(undefined, diagnostics);
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === undefined))) {
    diagnostics.push(
      createDiagnostic('FILE_EMPTY', {
        message: 'The reform file holds no data, so it changes nothing.',
        hint: 'Add new legal documents under legal: or connections under connect:.',
        location: source.at(0),
      }),
    );
    return done({}, diagnostics);
  }
  if (!isMap(contents)) {
    diagnostics.push(
      createDiagnostic('FILE_NOT_MAPPING', {
        message: `The file holds ${isScalar(contents) ? 'a single value' : 'a list'}, but a reform file must be a mapping with the keys legal: and connect:.`,
        hint: 'Start the file with "legal:" or "connect:" and indent the entries under it.',
        location: source.at(contents.range?.[0] ?? 0),
      }),
    );
    return done(undefined, diagnostics);
  }
  let data: Obj;
  try {
    data = doc.toJS({ maxAliasCount: DEFAULT_LIMITS.maxAliasCount }) as Obj;
  } catch (e) {
    const alias = aliasDiagnostic(e, doc, source, DEFAULT_LIMITS.maxAliasCount);
    if (alias) return done(undefined, [...diagnostics, alias]);
    const message = `The YAML could not be turned into data: ${e instanceof Error ? e.message : String(e)}`;
    const code = e instanceof RangeError ? 'NESTING_TOO_DEEP' : 'YAML_SYNTAX';
    return done(undefined, [...diagnostics, createDiagnostic(code, { message, location: source.at(0) })]);
  }
  const walk = normalizeData(data, DEFAULT_LIMITS.maxDepth, true);
  if (walk.tooDeep) {
    const message = `The data is nested more than ${DEFAULT_LIMITS.maxDepth} levels deep, more than a reform ever needs.`;
    return done(undefined, [...diagnostics, createDiagnostic('NESTING_TOO_DEEP', { message, location: source.locate(walk.tooDeep) })]);
  }
  const schemaErrors = validateReformFile(data);
  const schemaFindings = (errors: SchemaError[]) => schemaDiagnostics(errors, data, source);
  pushAll(diagnostics, checkDates(data, source, reformDateFields(data), (path) => reformSubject(data, path)));
  // The references are checked whatever the schema finds, in every entry where they can be
  // read, so that one run gives every finding, as for a catalog; the reform is not applied.
  if (options.catalog) {
    const findings = reformFindings(data as Reform, options.catalog, { locator: source, catalogLocations: options.catalogLocations, checkDates: false }, schemaErrors, schemaFindings);
    pushAll(diagnostics, findings);
  } else pushAll(diagnostics, schemaFindings(schemaErrors));
  if (schemaErrors.length > 0) return done(undefined, diagnostics);
  normalizeProvisions(data);
  return done(data as Reform, diagnostics);
}
