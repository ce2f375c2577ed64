import { PROVISION_PARTS, partKey, type ProvisionRef } from './provision-ref.js';

/**
 * Finds, among many items that each name a provision, those whose provision covers a given
 * one (`provisionCovers`), without comparing it with every item. An outer provision covers
 * an inner one when it names a subset of the inner one's parts with equal values, so the
 * items are kept by their legal document and named parts, and a lookup tries each subset of
 * the parts the inner provision names: at most 16, whatever the number of items.
 */
export class CoveringIndex<T> {
  private readonly byKey = new Map<string, number[]>();
  /** The legal documents some item names: a provision of any other is covered by none. */
  private readonly legals = new Set<string>();

  constructor(
    private readonly items: readonly T[],
    provision: (item: T) => ProvisionRef,
  ) {
    items.forEach((item, i) => {
      const ref = provision(item);
      this.legals.add(ref.legal);
      const key = coverKey(ref.legal, PROVISION_PARTS.map((part) => partKey(ref[part])));
      const list = this.byKey.get(key);
      if (list) list.push(i);
      else this.byKey.set(key, [i]);
    });
  }

  /** Answers already given, by the inner provision's key: many requirements cite the same provision. */
  private readonly answers = new Map<string, readonly T[]>();

  /** The items whose provision covers `inner`, in the order they were given. */
  covering(inner: ProvisionRef): readonly T[] {
    if (!this.legals.has(inner.legal)) return NONE;
    const parts = PROVISION_PARTS.map((part) => partKey(inner[part]));
    const key = coverKey(inner.legal, parts);
    let answer = this.answers.get(key);
    if (answer === undefined) {
      answer = this.find(inner.legal, parts);
      this.answers.set(key, answer);
    }
    return answer;
  }

  private find(legal: string, parts: (string | undefined)[]): T[] {
    const named = parts.flatMap((value, i) => (value === undefined ? [] : [i]));
    const found: number[] = [];
    for (let subset = 0; subset < 1 << named.length; subset++) {
      const chosen = new Array<string | undefined>(parts.length).fill(undefined);
      for (let bit = 0; bit < named.length; bit++) if (subset & (1 << bit)) chosen[named[bit]] = parts[named[bit]];
      const list = this.byKey.get(coverKey(legal, chosen));
      if (list) for (const i of list) found.push(i);
    }
    return found.sort((a, b) => a - b).map((i) => this.items[i]);
  }
}

/**
 * A legal document and the values of the parts named, each written after its length so that
 * no two lists share a key; an unnamed part is a dash.
 */
function coverKey(legal: string, parts: (string | undefined)[]): string {
  let key = `${legal.length}:${legal}`;
  for (const p of parts) key += p === undefined ? '-' : `${p.length}:${p}`;
  return key;
}

const NONE: readonly never[] = Object.freeze([]);
