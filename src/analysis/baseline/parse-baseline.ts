import { isMap, isScalar } from 'yaml';
import { DEFAULT_LIMITS } from '../../catalog/load-types.js';
import { parseInputDocument } from '../../catalog/input-document.js';
import { aliasDiagnostic } from '../../catalog/yaml-aliases.js';
import { createDiagnostic } from '../../diagnostics/create.js';
import { CatalogArgumentError } from '../../diagnostics/errors.js';
import { sortDiagnostics } from '../../diagnostics/sort.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { schemaDiagnostics } from '../../schema/map-schema-errors.js';
import { validateBaselineFile } from './baseline-schema.js';
import type { Baseline } from './compare.js';

export interface ParseBaselineOptions {
  /** Name used in diagnostics and locations. Default `baseline.json`. */
  fileName?: string;
}

export interface ParseBaselineResult {
  /** The baseline, or undefined when the file has errors. */
  baseline: Baseline | undefined;
  /** Every finding, ordered by line and column. */
  diagnostics: Diagnostic[];
  /** true when the file was read as a baseline. */
  ok: boolean;
}

/**
 * Parses a baseline file (the JSON that `tthc blocked --format baseline` writes; YAML is read
 * too) with located diagnostics: syntax errors, and schema violations at the offending node.
 * Pure: needs no file system. Entries are not checked against a catalog: one that names a
 * procedure or province no longer there is stale, not wrong.
 */
export function parseBaseline(input: string | Uint8Array, options: ParseBaselineOptions = {}): ParseBaselineResult {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new CatalogArgumentError('WRONG_ARGUMENT', "parseBaseline takes the text of a baseline file (a string or bytes), such as readFileSync(path, 'utf8').");
  }
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new CatalogArgumentError('INVALID_OPTIONS', 'The options must be an object such as { fileName }.');
  const file = options.fileName ?? 'baseline.json';
  const done = (baseline: Baseline | undefined, diagnostics: Diagnostic[]): ParseBaselineResult => {
    const sorted = sortDiagnostics(diagnostics);
    const ok = baseline !== undefined && !sorted.some((d) => d.severity === 'error');
    return { baseline: ok ? baseline : undefined, diagnostics: sorted, ok };
  };
  const { doc, source, diagnostics } = parseInputDocument(input, file, 'baseline');
  if (!doc) return done(undefined, diagnostics);
  const contents = doc.contents;
  if (!isMap(contents)) {
    const empty = contents === null || (isScalar(contents) && (contents.value === null || contents.value === undefined));
    const what = empty ? 'no data' : isScalar(contents) ? 'a single value' : 'a list';
    diagnostics.push(
      createDiagnostic('FILE_NOT_MAPPING', {
        message: `The file holds ${what}, but a baseline file must be a mapping with the keys version: and findings:.`,
        hint: 'Write it with tthc blocked --format baseline -o FILE.',
        location: source.at(contents?.range?.[0] ?? 0),
      }),
    );
    return done(undefined, diagnostics);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: DEFAULT_LIMITS.maxAliasCount });
  } catch (e) {
    const alias = aliasDiagnostic(e, doc, source, DEFAULT_LIMITS.maxAliasCount);
    if (alias) return done(undefined, [...diagnostics, alias]);
    const message = `The YAML could not be turned into data: ${e instanceof Error ? e.message : String(e)}`;
    return done(undefined, [...diagnostics, createDiagnostic(e instanceof RangeError ? 'NESTING_TOO_DEEP' : 'YAML_SYNTAX', { message, location: source.at(0) })]);
  }
  const errors = validateBaselineFile(data);
  if (errors.length > 0) return done(undefined, [...diagnostics, ...schemaDiagnostics(errors, data, source).map((d) => withVersionHint(d, data))]);
  // Codes are compared with the catalog's, which are in NFC.
  const baseline = data as Baseline;
  for (const f of baseline.findings) {
    f.code = f.code.normalize('NFC');
    if (f.province !== null) f.province = f.province.normalize('NFC');
  }
  return done(baseline, diagnostics);
}

/** The version of the baseline format this tthc-graph reads and writes. */
const BASELINE_VERSION = 1;

/**
 * A schema error of `version` with what it most likely means: a whole number above the one
 * read here comes from a newer tthc-graph; anything else but the version in quotes was not
 * written by tthc-graph.
 */
function withVersionHint(d: Diagnostic, data: unknown): Diagnostic {
  const path = d.location?.path;
  if (path?.length !== 1 || path[0] !== 'version') return d;
  const version = (data as { version?: unknown }).version;
  // '1' in quotes is told to be written without them.
  if (typeof version === 'string' && version.trim() === String(BASELINE_VERSION)) return d;
  const newer = Number.isInteger(version) && (version as number) > BASELINE_VERSION;
  const hint = newer
    ? `A newer tthc-graph wrote this file (baseline format ${String(version)}; this one reads ${BASELINE_VERSION}): update tthc-graph, or write the file again with tthc blocked --format baseline -o FILE.`
    : 'Write it with tthc blocked --format baseline -o FILE.';
  return { ...d, hint };
}
