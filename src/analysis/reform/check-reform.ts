import type { EntityLocations } from '../../catalog/load-types.js';
import type { Catalog, Legal } from '../../catalog/types.js';
import { createDiagnostic } from '../../diagnostics/create.js';
import type { Diagnostic, SourceLocation } from '../../diagnostics/types.js';
import { ReferenceIndex } from '../../catalog/reference-index.js';
import { checkDates, reformDateFields } from '../../catalog/check-dates.js';
import { legalDateDiagnostics } from '../../catalog/check-entity-dates.js';
import { entityLabel, subjectOf } from '../../diagnostics/describe-path.js';
import type { RefKind } from '../../catalog/reference-index.js';
import { legalNumberKey } from '../../text/vietnamese.js';
import { firstProvinceNamed, matchProvinceCode } from '../../catalog/province-code.js';
import { completeCatalog } from '../../graph/complete-catalog.js';
import { schemaDiagnostics } from '../../schema/map-schema-errors.js';
import { validateReformFile } from './reform-schema.js';
import type { SchemaError } from '../../schema/validator.js';
import { NotAReformError, type Reform } from './types.js';
import { shownValue } from '../../util/expect-argument.js';
import { pushAll } from '../../util/push-all.js';

type Path = (string | number)[];
type Obj = Record<string, unknown>;

export interface CheckReformOptions {
  /** Maps a path in the reform file to its position; without it diagnostics carry no location. */
  locator?: { locate(path: Path, target?: 'value' | 'key'): SourceLocation };
  /** Where the catalog's entities are defined, to point at a clashing definition. */
  catalogLocations?: EntityLocations;
  /**
   * The reform's form (the reform schema) and dates were checked already, as `parseReform`
   * does on the file (default false: they are checked here).
   */
  validated?: boolean;
}

/**
 * Checks a reform against the catalog it is applied to: new legal ids and numbers must not
 * clash with the catalog's (or repeat within the reform); amended provisions must name a
 * legal document of the catalog or the reform (by id or number); scopes must name a
 * document, `accept` documents or data sources, connections a data source and a province
 * of the catalog. Every unresolved name gets a "did you mean". A reform not in the reform
 * format gets the schema's findings, and these checks on every name that can be read in it.
 * A reform with no errors here can be given to `applyReform`.
 */
export function checkReform(reform: Reform, input: Catalog, options: CheckReformOptions = {}): Diagnostic[] {
  if (reform === null || typeof reform !== 'object' || Array.isArray(reform)) {
    throw new NotAReformError(`Expected a reform object such as { connect: [{ data_source, province, from }] } (the \`reform\` parseReform returns), not ${describe(reform)}.`);
  }
  if ('diagnostics' in reform && 'reform' in reform) {
    throw new NotAReformError('Expected a reform object, but this is what parseReform or loadReform returns: pass its `reform` (const { reform } = parseReform(text)).');
  }
  const schemaErrors = options.validated ? [] : validateReformFile(reform);
  const locate = (path: Path, target?: 'value' | 'key') => options.locator?.locate(path, target);
  const schemaFindings = (errors: SchemaError[]) =>
    schemaDiagnostics(errors, reform, { locate: (path, target) => locate(path, target)!, sourceText: () => undefined });
  return reformFindings(reform, input, { ...options, checkDates: !options.validated }, schemaErrors, schemaFindings);
}

/** What `reformFindings` needs besides the reform and the catalog. */
export interface ReformFindingsOptions extends Omit<CheckReformOptions, 'validated'> {
  /** Check the reform's dates too (`checkDates`), where the caller has not. */
  checkDates: boolean;
}

/**
 * checkReform's checks, on a reform whose schema errors are known (`parseReform` has them
 * from the file). As the catalog's checks, they read the reform value by value: every id,
 * number and reference that is a non-empty string is checked, in entries with schema errors
 * too, and whatever is not such a value is left to the schema's findings, so a malformed
 * entry never stops the checks of the others. Returns the schema's findings (made by
 * `schemaFindings`), less those about a value a check says more about, then the checks'.
 */
export function reformFindings(
  reform: Reform,
  input: Catalog,
  options: ReformFindingsOptions,
  schemaErrors: SchemaError[],
  schemaFindings: (errors: SchemaError[]) => Diagnostic[],
): Diagnostic[] {
  const catalog = completeCatalog(input);
  const locate = (path: Path, target?: 'value' | 'key') => options.locator?.locate(path, target);
  const out: Diagnostic[] = [];
  // Where a check below finds something about a value, the schema's finding about that
  // value is left out: "Did you mean 'GL' (Gia Lai)?" says more than "not a province code".
  // A finding about a whole entry (`locate`) leaves the schema's about the entry, such as a
  // missing field, in place.
  const reported = new Set<string>();
  const where = (path: Path, target?: 'value' | 'key') => {
    if (schemaErrors.length > 0) reported.add(pointer(path));
    return locate(path, target);
  };
  const catalogPlace = (key: string) => options.catalogLocations?.[key];

  const documents = new Set(catalog.documents.map((d) => d.id));
  const sources = new Set(catalog.data_sources.map((d) => d.id));
  const provinces = catalog.provinces;
  const provinceCodes = provinces.map((p) => p.code);
  const knownProvinces = new Set(provinceCodes);
  const provinceNamed = firstProvinceNamed(provinces);
  const legalIds = new Map<string, string>();
  const legalNumbers = new Map<string, string>();
  for (const l of catalog.legal) {
    legalIds.set(l.id, l.id);
    legalNumbers.set(legalNumberKey(l.number), l.id);
  }

  // Entries are read as plain data: in a reform with schema errors, any of them may be anything.
  const data = reform as unknown as Obj;
  const newLegal: unknown[] = Array.isArray(data.legal) ? data.legal : [];
  const connections: unknown[] = Array.isArray(data.connect) ? data.connect : [];
  /** How messages name new legal document i: by its id, or by its place when it has none. */
  const legalName = (i: number) => {
    const id = field(newLegal[i], 'id');
    return id !== undefined ? `'${id}'` : `the entry legal[${i}]`;
  };
  const reformIds = new Map<string, number>();
  const reformNumbers = new Map<string, number>();
  newLegal.forEach((l, i) => {
    if (!isObject(l)) return;
    const id = field(l, 'id');
    if (id !== undefined && legalIds.has(id)) {
      const place = catalogPlace(`legal:${id}`);
      out.push(
        createDiagnostic('DUPLICATE_ID', {
          message: `The reform defines legal document '${id}', which the catalog already has.`,
          hint: 'A reform adds new legal documents; give this one an id of its own (e.g. with a suffix such as -reform).',
          location: where(['legal', i, 'id']),
          related: place ? [{ message: 'The catalog defines it here.', location: place }] : undefined,
          args: { id },
        }),
      );
    } else if (id !== undefined && reformIds.has(id)) {
      const first = locate(['legal', reformIds.get(id)!, 'id']);
      out.push(
        createDiagnostic('DUPLICATE_ID', {
          message: `The reform defines legal document '${id}' twice.`,
          hint: 'Merge the two entries, or give one of them another id.',
          location: where(['legal', i, 'id']),
          related: first ? [{ message: 'First defined here.', location: first }] : undefined,
          args: { id },
        }),
      );
    } else if (id !== undefined) reformIds.set(id, i);
    const number = field(l, 'number');
    const key = number === undefined ? undefined : legalNumberKey(number);
    if (key !== undefined && (legalNumbers.has(key) || reformNumbers.has(key))) {
      const clash = legalNumbers.get(key);
      const first = reformNumbers.get(key)!;
      const other = clash !== undefined ? `legal document '${clash}' of the catalog` : `${entityLabel('legal', newLegal[first], first)} of the reform`;
      out.push(
        createDiagnostic('DUPLICATE_LEGAL_NUMBER', {
          message: `${capital(entityLabel('legal', l, i))} has the number ${number}, which ${other} already has.`,
          hint: 'Numbers identify legal documents: give the new one its own number.',
          location: where(['legal', i, 'number']),
          args: { number },
        }),
      );
    } else if (key !== undefined) reformNumbers.set(key, i);
    const dates = legalDateDiagnostics(l, (sub = []) => subjectOf(reform, ['legal', i, ...sub]), (sub) => where(['legal', i, ...sub]));
    for (const d of dates) out.push(d);
  });

  // Names resolve against the catalog with the reform's legal documents added.
  const index = new ReferenceIndex({ ...catalog, legal: [...catalog.legal, ...(newLegal as Legal[])] });
  const didYouMean = (value: string, kinds: readonly RefKind[]) => {
    const close = index.suggestions(value, kinds).map((n) => `'${n}'`);
    if (close.length === 0) return '';
    return `Did you mean ${close.length === 1 ? close[0] : `${close.slice(0, -1).join(', ')} or ${close[close.length - 1]}`}?`;
  };

  newLegal.forEach((l, i) => {
    if (!isObject(l) || !Array.isArray(l.amends)) return;
    l.amends.forEach((a: unknown, j: number) => {
      if (!isObject(a)) return;
      const base: Path = ['legal', i, 'amends', j];
      const amendment = `Amendment ${j + 1} of ${legalName(i)}`;
      const bare = field(a, 'provision');
      const legal = bare ?? field(a.provision, 'legal');
      if (legal !== undefined && index.legalId(legal) === undefined) {
        const dym = didYouMean(legal, ['legal']);
        out.push(
          unknown(`${amendment} amends a provision of '${legal}', which is no legal document of the catalog or the reform.`,
            `${dym ? `${dym} ` : ''}Refer to a legal document by its id (nd-123-2015) or its number (123/2015/NĐ-CP).`,
            where(bare !== undefined ? [...base, 'provision'] : [...base, 'provision', 'legal']),
            legal, 'legal'),
        );
      }
      const scope = field(a.scope, 'document');
      if (scope !== undefined && !documents.has(scope)) {
        out.push(evidence(scope, 'document', [...base, 'scope', 'document'], `The scope of amendment ${j + 1} of ${legalName(i)}`));
      }
      const accept: unknown[] = Array.isArray(a.accept) ? a.accept : [];
      accept.forEach((id, k) => {
        if (!isName(id) || documents.has(id) || sources.has(id)) return;
        const dym = didYouMean(id, ['document', 'data_source']);
        out.push(
          unknown(`${amendment} accepts '${id}', which is no document or data source of the catalog.`,
            `${dym ? `${dym} ` : ''}List ids from documents: or data_sources: of the catalog.`,
            where([...base, 'accept', k]), id, 'evidence'),
        );
      });
      // A `drop` or `accept` of the wrong type has the schema's finding: what it meant is not known.
      const mistyped = ('drop' in a && typeof a.drop !== 'boolean') || ('accept' in a && !Array.isArray(a.accept));
      if (a.drop !== true && accept.length === 0 && !mistyped) {
        out.push(
          createDiagnostic('AMENDMENT_NO_EFFECT', {
            message: `${amendment} neither accepts anything nor drops the requirement, so it changes nothing.`,
            hint: 'Add `accept: [ids]` (documents or data sources now accepted) or `drop: true`.',
            location: locate(base),
          }),
        );
      }
    });
  });

  if (options.checkDates) pushAll(out, checkDates(data, { locate: where }, reformDateFields(data)));

  const seen = new Map<string, number>();
  connections.forEach((c, i) => {
    const source = field(c, 'data_source');
    const province = field(c, 'province');
    if (source !== undefined && !sources.has(source)) out.push(evidence(source, 'data_source', ['connect', i, 'data_source'], `Connection ${i + 1}`));
    if (province !== undefined && !knownProvinces.has(province)) {
      const code = matchProvinceCode(provinceCodes, province);
      const byName = provinceNamed(province) ?? provinces.find((p) => p.code === code);
      const dym = byName ? `Did you mean '${byName.code}' (${byName.name})?` : didYouMean(province, ['province']);
      out.push(
        unknown(`Connection ${i + 1} is in province '${province}', which the catalog does not define.`,
          `${dym ? `${dym} ` : ''}Use a province code from provinces: of the catalog.`,
          where(['connect', i, 'province']), province, 'province'),
      );
    }
    if (source === undefined || province === undefined) return;
    const key = `${source}\u0000${province}`;
    if (seen.has(key)) {
      out.push(
        createDiagnostic('DUPLICATE_ITEM', {
          severity: 'warning',
          message: `Connection ${i + 1} connects '${source}' in ${province} again (connection ${seen.get(key)! + 1} already does); the earlier date wins.`,
          hint: 'Keep one connection per data source and province.',
          location: locate(['connect', i]),
        }),
      );
    } else seen.set(key, i);
  });
  return [...schemaFindings(schemaErrors.filter((e) => !reported.has(e.instancePath))), ...out];

  function evidence(id: string, want: 'document' | 'data_source', path: Path, subject: string): Diagnostic {
    const wrongKind = want === 'document' ? sources.has(id) : documents.has(id);
    const wantWords = want === 'document' ? 'document' : 'data source';
    if (wrongKind) {
      return createDiagnostic('WRONG_REFERENCE_KIND', {
        message: `${subject} names '${id}', which is a ${want === 'document' ? 'data source' : 'document'}, not a ${wantWords}.`,
        hint: want === 'document' ? 'A scope names the required document; list data sources under accept:.' : 'Only data sources are connected.',
        location: where(path),
        args: { reference: id, expected: want },
      });
    }
    const dym = didYouMean(id, [want]);
    return unknown(`${subject} names '${id}', which is no ${wantWords} of the catalog.`, `${dym ? `${dym} ` : ''}Use an id from ${want === 'document' ? 'documents' : 'data_sources'}: of the catalog.`, where(path), id, want);
  }
}

/** The JSON pointer of a path, as ajv writes an error's `instancePath`. */
function pointer(path: Path): string {
  return path.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
/** A name the checks look up: a non-empty string (an empty one is the schema's to report, as in a catalog). */
const isName = (v: unknown): v is string => typeof v === 'string' && v !== '';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The name at `key` of an entry, when the entry is an object and the name a non-empty string. */
function field(entry: unknown, key: string): string | undefined {
  if (!isObject(entry)) return undefined;
  const v = entry[key];
  return isName(v) ? v : undefined;
}

function describe(value: unknown): string {
  if (value === undefined || value === null) return String(value);
  return Array.isArray(value) ? 'a list' : `${typeof value} ${shownValue(value)}`;
}

function unknown(message: string, hint: string, location: SourceLocation | undefined, reference: string, kind: string): Diagnostic {
  return createDiagnostic('UNKNOWN_REFERENCE', { message, hint, location, args: { reference, kind } });
}
