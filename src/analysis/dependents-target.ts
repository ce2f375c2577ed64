import { suggest } from '../text/suggest.js';
import { foldVietnamese } from '../text/vietnamese.js';
import type { DependentsIndex } from './dependents-index.js';
import type { DependentTarget, DependentTargetKind } from './dependents-types.js';

/** The code of UnknownDependencyTargetError: the id names nothing of the catalog (of the kind asked for). */
export type UnknownDependencyTargetErrorCode = 'UNKNOWN_TARGET';

/** Thrown when `dependents` is asked about an id the catalog does not define. */
export class UnknownDependencyTargetError extends Error {
  override readonly name = 'UnknownDependencyTargetError';
  /** Stable code: UNKNOWN_TARGET. */
  readonly code: UnknownDependencyTargetErrorCode = 'UNKNOWN_TARGET';
  constructor(
    readonly id: string,
    /** Ids, codes or numbers close to `id` (diacritic-insensitive, names included), best first. */
    readonly suggestions: string[],
    readonly kind?: DependentTargetKind,
  ) {
    super(
      `'${id}' is not ${kind ? `a ${kind.replace('_', ' ')}` : 'a document, data source, legal document or procedure'} of the catalog.` +
        (suggestions.length ? ` Did you mean ${orList(suggestions.map((s) => `'${s}'`))}?` : ''),
    );
  }
}

function orList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/**
 * Finds what an id names. Looked up in this order: procedure code, document id, data-source
 * id, legal-document id, legal-document number (NĐ ≡ ND, case-insensitive).
 */
export function resolveDependencyTarget(index: DependentsIndex, id: string, kind?: DependentTargetKind): DependentTarget {
  if (typeof id !== 'string') throw new UnknownDependencyTargetError(String(id), [], kind);
  const want = (k: DependentTargetKind) => kind === undefined || kind === k;
  const nfc = id.normalize('NFC').trim();
  const p = index.procedures.get(nfc);
  if (p && want('procedure')) return { kind: 'procedure', id: p.code, name: p.name };
  const d = index.documents.get(nfc);
  if (d && want('document')) return { kind: 'document', id: d.id, name: d.name };
  const s = index.dataSources.get(nfc);
  if (s && want('data_source')) return { kind: 'data_source', id: s.id, name: s.name };
  if (want('legal')) {
    const l = index.legal.find(nfc);
    if (l) return { kind: 'legal', id: l.id, name: l.title ?? l.number, number: l.number };
  }
  throw new UnknownDependencyTargetError(id, targetSuggestions(index, nfc, kind), kind);
}

/** Ids close to `input`, matched against ids, codes, numbers and (diacritic-insensitively) names. */
function targetSuggestions(index: DependentsIndex, input: string, kind?: DependentTargetKind): string[] {
  const byKey = new Map<string, string>();
  const add = (k: DependentTargetKind, id: string, ...aliases: (string | undefined)[]) => {
    if (kind !== undefined && kind !== k) return;
    for (const a of [id, ...aliases]) if (a && !byKey.has(a)) byKey.set(a, id);
  };
  for (const p of index.catalog.procedures) add('procedure', p.code, p.name, p.name_en);
  for (const d of index.catalog.documents) add('document', d.id, d.name, d.name_en);
  for (const s of index.catalog.data_sources) add('data_source', s.id, s.name, s.name_en);
  for (const l of index.catalog.legal) add('legal', l.id, l.number, l.title);
  const folded = foldVietnamese(input);
  const out: string[] = [];
  // An exact folded name match ("so ho khau" → so-ho-khau) is what was meant; else near misses.
  for (const [alias, id] of byKey) if (foldVietnamese(alias) === folded && !out.includes(id)) out.push(id);
  if (out.length > 0) return out.slice(0, 3);
  for (const alias of suggest(input, byKey.keys(), 5)) {
    const id = byKey.get(alias)!;
    if (!out.includes(id)) out.push(id);
  }
  return out.slice(0, 3);
}
