import type { EntityLocations } from '../../catalog/load-types.js';
import type { Catalog } from '../../catalog/types.js';
import { createDiagnostic } from '../../diagnostics/create.js';
import type { Diagnostic, SourceLocation } from '../../diagnostics/types.js';
import { ReferenceIndex } from '../../catalog/reference-index.js';
import { checkDates, reformDateFields } from '../../catalog/check-dates.js';
import { legalDateDiagnostics } from '../../catalog/check-entity-dates.js';
import { subjectOf } from '../../diagnostics/describe-path.js';
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
 * of the catalog. Every unresolved name gets a "did you mean". A reform with no errors here
 * can be given to `applyReform`.
 */
export function checkReform(reform: Reform, input: Catalog, options: CheckReformOptions = {}): Diagnostic[] {
  if (reform === null || typeof reform !== 'object' || Array.isArray(reform)) {
    throw new NotAReformError(`Expected a reform object such as { connect: [{ data_source, province, from }] } (the \`reform\` parseReform returns), not ${describe(reform)}.`);
  }
  if ('diagnostics' in reform && 'reform' in reform) {
    throw new NotAReformError('Expected a reform object, but this is what parseReform or loadReform returns: pass its `reform` (const { reform } = parseReform(text)).');
  }
  const catalog = completeCatalog(input);
  const locate = (path: Path, target?: 'value' | 'key') => options.locator?.locate(path, target);
  const schemaErrors = options.validated ? [] : validateReformFile(reform);
  const schemaFindings = (errors: SchemaError[]) =>
    schemaDiagnostics(errors, reform, { locate: (path, target) => locate(path, target)!, sourceText: () => undefined });
  // The checks below read the reform's entries: a reform whose entries cannot be read gets
  // only the schema's findings.
  if (schemaErrors.length > 0 && !readable(reform as unknown as Record<string, unknown>)) return schemaFindings(schemaErrors);
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

  const newLegal = reform.legal ?? [];
  const reformIds = new Map<string, number>();
  const reformNumbers = new Map<string, number>();
  newLegal.forEach((l, i) => {
    const place = catalogPlace(`legal:${l.id}`);
    if (legalIds.has(l.id)) {
      out.push(
        createDiagnostic('DUPLICATE_ID', {
          message: `The reform defines legal document '${l.id}', which the catalog already has.`,
          hint: 'A reform adds new legal documents; give this one an id of its own (e.g. with a suffix such as -reform).',
          location: where(['legal', i, 'id']),
          related: place ? [{ message: 'The catalog defines it here.', location: place }] : undefined,
          args: { id: l.id },
        }),
      );
    } else if (reformIds.has(l.id)) {
      const first = locate(['legal', reformIds.get(l.id)!, 'id']);
      out.push(
        createDiagnostic('DUPLICATE_ID', {
          message: `The reform defines legal document '${l.id}' twice.`,
          hint: 'Merge the two entries, or give one of them another id.',
          location: where(['legal', i, 'id']),
          related: first ? [{ message: 'First defined here.', location: first }] : undefined,
          args: { id: l.id },
        }),
      );
    } else reformIds.set(l.id, i);
    const key = legalNumberKey(l.number);
    const clash = legalNumbers.get(key);
    if (clash !== undefined || reformNumbers.has(key)) {
      const other = clash !== undefined ? `legal document '${clash}' of the catalog` : `legal document '${newLegal[reformNumbers.get(key)!].id}' of the reform`;
      out.push(
        createDiagnostic('DUPLICATE_LEGAL_NUMBER', {
          message: `Legal document '${l.id}' has the number ${l.number}, which ${other} already has.`,
          hint: 'Numbers identify legal documents: give the new one its own number.',
          location: where(['legal', i, 'number']),
          args: { number: l.number },
        }),
      );
    } else reformNumbers.set(key, i);
    const dates = legalDateDiagnostics(l as unknown as Record<string, unknown>, (sub = []) => subjectOf(reform, ['legal', i, ...sub]), (sub) => where(['legal', i, ...sub]));
    for (const d of dates) out.push(d);
  });

  // Names resolve against the catalog with the reform's legal documents added.
  const index = new ReferenceIndex({ ...catalog, legal: [...catalog.legal, ...newLegal] });
  const didYouMean = (value: string, kinds: readonly RefKind[]) => {
    const close = index.suggestions(value, kinds).map((n) => `'${n}'`);
    if (close.length === 0) return '';
    return `Did you mean ${close.length === 1 ? close[0] : `${close.slice(0, -1).join(', ')} or ${close[close.length - 1]}`}?`;
  };

  newLegal.forEach((l, i) => {
    (l.amends ?? []).forEach((a, j) => {
      const base: Path = ['legal', i, 'amends', j];
      const provision = typeof a.provision === 'string' ? { legal: a.provision } : a.provision;
      if (provision && index.legalId(provision.legal) === undefined) {
        const dym = didYouMean(provision.legal, ['legal']);
        out.push(
          unknown(`Amendment ${j + 1} of '${l.id}' amends a provision of '${provision.legal}', which is no legal document of the catalog or the reform.`,
            `${dym ? `${dym} ` : ''}Refer to a legal document by its id (nd-123-2015) or its number (123/2015/NĐ-CP).`,
            where(typeof a.provision === 'string' ? [...base, 'provision'] : [...base, 'provision', 'legal']),
            provision.legal, 'legal'),
        );
      }
      if (a.scope && !documents.has(a.scope.document)) {
        out.push(evidence(a.scope.document, 'document', [...base, 'scope', 'document'], `The scope of amendment ${j + 1} of '${l.id}'`));
      }
      (a.accept ?? []).forEach((id, k) => {
        if (!documents.has(id) && !sources.has(id)) {
          const dym = didYouMean(id, ['document', 'data_source']);
          out.push(
            unknown(`Amendment ${j + 1} of '${l.id}' accepts '${id}', which is no document or data source of the catalog.`,
              `${dym ? `${dym} ` : ''}List ids from documents: or data_sources: of the catalog.`,
              where([...base, 'accept', k]), id, 'evidence'),
          );
        }
      });
      if (!a.drop && !(a.accept ?? []).length) {
        out.push(
          createDiagnostic('AMENDMENT_NO_EFFECT', {
            message: `Amendment ${j + 1} of '${l.id}' neither accepts anything nor drops the requirement, so it changes nothing.`,
            hint: 'Add `accept: [ids]` (documents or data sources now accepted) or `drop: true`.',
            location: locate(base),
          }),
        );
      }
    });
  });

  if (!options.validated) {
    const data = reform as unknown as Record<string, unknown>;
    pushAll(out, checkDates(data, { locate: where }, reformDateFields(data)));
  }

  const seen = new Map<string, number>();
  (reform.connect ?? []).forEach((c, i) => {
    if (!sources.has(c.data_source)) out.push(evidence(c.data_source, 'data_source', ['connect', i, 'data_source'], `Connection ${i + 1}`));
    if (!knownProvinces.has(c.province)) {
      const code = matchProvinceCode(provinceCodes, c.province);
      const byName = provinceNamed(c.province) ?? provinces.find((p) => p.code === code);
      const dym = byName ? `Did you mean '${byName.code}' (${byName.name})?` : didYouMean(c.province, ['province']);
      out.push(
        unknown(`Connection ${i + 1} is in province '${c.province}', which the catalog does not define.`,
          `${dym ? `${dym} ` : ''}Use a province code from provinces: of the catalog.`,
          where(['connect', i, 'province']), c.province, 'province'),
      );
    }
    const key = `${c.data_source}\u0000${c.province}`;
    if (seen.has(key)) {
      out.push(
        createDiagnostic('DUPLICATE_ITEM', {
          severity: 'warning',
          message: `Connection ${i + 1} connects '${c.data_source}' in ${c.province} again (connection ${seen.get(key)! + 1} already does); the earlier date wins.`,
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

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const listOf = (v: unknown, item: (x: unknown) => boolean) => v === undefined || (Array.isArray(v) && v.every(item));

/** Whether checkReform's checks can read every entry: lists where lists go, strings where names go. */
function readable(reform: Record<string, unknown>): boolean {
  const provision = (p: unknown) => p === undefined || isString(p) || (isObject(p) && isString(p.legal));
  const amendment = (a: unknown) =>
    isObject(a) && provision(a.provision) && (a.scope === undefined || (isObject(a.scope) && isString(a.scope.document))) && listOf(a.accept, isString);
  const legal = (l: unknown) => isObject(l) && isString(l.id) && isString(l.number) && listOf(l.amends, amendment);
  const connection = (c: unknown) => isObject(c) && isString(c.data_source) && isString(c.province);
  return listOf(reform.legal, legal) && listOf(reform.connect, connection);
}

function describe(value: unknown): string {
  if (value === undefined || value === null) return String(value);
  return Array.isArray(value) ? 'a list' : `${typeof value} ${shownValue(value)}`;
}

function unknown(message: string, hint: string, location: SourceLocation | undefined, reference: string, kind: string): Diagnostic {
  return createDiagnostic('UNKNOWN_REFERENCE', { message, hint, location, args: { reference, kind } });
}
