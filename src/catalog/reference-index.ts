import { foldNames, suggestAmong } from '../text/suggest.js';
import type { FoldedNames } from '../text/suggest.js';
import { legalNumberKey } from '../text/vietnamese.js';
import type { Catalog } from './types.js';

export type RefKind = 'document' | 'data_source' | 'procedure' | 'province' | 'legal';

export const REF_KINDS: readonly RefKind[] = ['document', 'data_source', 'procedure', 'province', 'legal'];

export const KIND_WORDS: Record<RefKind, string> = {
  document: 'document',
  data_source: 'data source',
  procedure: 'procedure',
  province: 'province',
  legal: 'legal document',
};

export const KIND_SECTIONS: Record<RefKind, string> = {
  document: 'documents',
  data_source: 'data_sources',
  procedure: 'procedures',
  province: 'provinces',
  legal: 'legal',
};

/** Comparisons `suggest` may spend on "did you mean" over a whole catalog (huge catalogs with many typos). */
const SUGGESTION_BUDGET = 5_000_000;

function ids(list: readonly unknown[], field: string): Set<string> {
  const out = new Set<string>();
  for (const e of list) {
    const v = e && typeof e === 'object' ? (e as Record<string, unknown>)[field] : undefined;
    if (typeof v === 'string') out.add(v);
  }
  return out;
}

/** Each id of the list, with the position of its first definition (the one a reference stands for). */
function firstPositions(list: readonly unknown[], field: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const e = list[i];
    const v = e && typeof e === 'object' ? (e as Record<string, unknown>)[field] : undefined;
    if (typeof v === 'string' && !out.has(v)) out.set(v, i);
  }
  return out;
}

/** The ids of one kind: a set, or for procedures each code with its first position. */
type Ids = ReadonlySet<string> | ReadonlyMap<string, number>;

/** Every id of a merged catalog by kind, legal numbers by key, and cached suggestions. */
export class ReferenceIndex {
  readonly ids: Record<RefKind, Ids>;
  /** Procedure code → position of its first definition in `procedures`. */
  private readonly procedures: Map<string, number>;
  /** legalNumberKey(number) → legal id. */
  readonly legalByNumber = new Map<string, string>();
  private readonly legalNumbers: string[] = [];
  private readonly cache = new Map<string, string[]>();
  /** The names of each combination of kinds asked for, folded once: a file with thousands of wrong references compares with them thousands of times. */
  private readonly names = new Map<string, FoldedNames>();
  private budget: number;
  /** Ids written with white space before or after them, by kind, under their trimmed form; found when first asked. */
  private untrimmed: Record<RefKind, Set<string>> | undefined;

  /** `budget`: the comparisons the suggestions of this index may spend in all. */
  constructor(catalog: Catalog, budget = SUGGESTION_BUDGET) {
    this.budget = budget;
    this.procedures = firstPositions(catalog.procedures, 'code');
    this.ids = {
      document: ids(catalog.documents, 'id'),
      data_source: ids(catalog.data_sources, 'id'),
      procedure: this.procedures,
      province: ids(catalog.provinces, 'code'),
      legal: ids(catalog.legal, 'id'),
    };
    for (const l of catalog.legal) {
      const num = (l as unknown as Record<string, unknown>)?.number;
      const id = (l as unknown as Record<string, unknown>)?.id;
      if (typeof num !== 'string' || typeof id !== 'string') continue;
      const key = legalNumberKey(num);
      if (!this.legalByNumber.has(key)) this.legalByNumber.set(key, id);
      this.legalNumbers.push(num);
    }
  }

  has(kind: RefKind, value: string): boolean {
    return this.ids[kind].has(value);
  }

  /** The position in `procedures` of the procedure a code stands for (its first definition), or -1. */
  procedureAt(code: string): number {
    return this.procedures.get(code) ?? -1;
  }

  /** The legal id a reference (id or number) stands for. */
  legalId(ref: string): string | undefined {
    return this.ids.legal.has(ref) ? ref : this.legalByNumber.get(legalNumberKey(ref));
  }

  /**
   * Whether an id of these kinds is `value` written with white space before or after it
   * (`' 1.001193'`). Such an id has an error of its own (no pattern of an id or a code
   * allows it); a reference written without the spaces is right, and is not reported.
   * Asked only of references that do not resolve: a catalog whose references all do never
   * looks at its ids again.
   */
  definedWithSpaces(value: string, kinds: readonly RefKind[]): boolean {
    if (!this.untrimmed) {
      const found = {} as Record<RefKind, Set<string>>;
      for (const k of REF_KINDS) {
        found[k] = new Set();
        for (const id of this.ids[k].keys()) if (/^\s|\s$/.test(id)) found[k].add(id.trim());
      }
      this.untrimmed = found;
    }
    return kinds.some((k) => this.untrimmed![k].has(value));
  }

  /** The kinds, other than `except`, that define `value`. */
  otherKinds(value: string, except: readonly RefKind[]): RefKind[] {
    return REF_KINDS.filter((k) => !except.includes(k) && (k === 'legal' ? this.legalId(value) !== undefined : this.ids[k].has(value)));
  }

  /** Close names of the given kinds, best first (legal documents by id and by number), without white space around them. */
  suggestions(value: string, kinds: readonly RefKind[]): string[] {
    const key = `${kinds.join(',')}\u0000${value}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    // Counted before they are gathered: once the budget is spent, a reference costs nothing
    // more, however many names the catalog has.
    let size = 0;
    for (const k of kinds) size += this.ids[k].size + (k === 'legal' ? this.legalNumbers.length : 0);
    let result: string[] = [];
    if (this.budget >= size) {
      this.budget -= size;
      // An id written ' 1.001193' is suggested as it is to be written (its own error says so).
      result = [...new Set(suggestAmong(value, this.namesOf(kinds)).map((c) => c.trim()))];
    }
    this.cache.set(key, result);
    return result;
  }

  /** The names of these kinds (legal documents by id and by number), folded; gathered on the first ask. */
  private namesOf(kinds: readonly RefKind[]): FoldedNames {
    const key = kinds.join(',');
    let names = this.names.get(key);
    if (names === undefined) {
      const candidates: string[] = [];
      for (const k of kinds) {
        for (const id of this.ids[k].keys()) candidates.push(id);
        if (k === 'legal') for (const n of this.legalNumbers) candidates.push(n);
      }
      names = foldNames(candidates);
      this.names.set(key, names);
    }
    return names;
  }
}
