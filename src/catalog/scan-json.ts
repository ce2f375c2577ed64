/** What one pass over JSON text finds without building anything. */
export interface JsonScan {
  /** Offset where nesting first goes deeper than the limit, or -1. */
  tooDeepAt: number;
  /**
   * Offsets of the items of each top-level list (`procedures` → [offset of item 0, …]),
   * and of the items of their `requires` / `amends` lists (`procedures` → item → […]).
   */
  items: Map<string, number[]>;
  subItems: Map<string, Map<number, number[]>>;
  /** Offset of the value of each top-level key. */
  top: Map<string, number>;
  /** Number of `key: value` pairs in the text (to notice duplicate keys). */
  pairs: number;
}

/** Whether the quote at `at` is escaped: preceded by an odd number of backslashes. */
export function escaped(text: string, at: number): boolean {
  let k = at - 1;
  while (text.charCodeAt(k) === 92) k--;
  return (at - 1 - k) % 2 === 1;
}

/**
 * Scans JSON text once: where nesting first goes too deep, where the entities start (for
 * locations) and the number of keys. It trusts `JSON.parse` for validity: run it on text
 * that parses.
 */
export function scanJson(text: string, maxDepth: number): JsonScan {
  const items = new Map<string, number[]>();
  const subItems = new Map<string, Map<number, number[]>>();
  const top = new Map<string, number>();
  // Per open container: 1 object, 2 array; item count; the key at depths 1 and 3.
  const kinds = new Uint8Array(maxDepth + 1);
  const counts = new Int32Array(maxDepth + 1);
  let sectionKey: string | undefined;
  /** Whether the current key at depth 3 is `requires` or `amends`. */
  let subList = false;
  let depth = 0;
  let expectValue = true;
  let expectKey = false;
  let pairs = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || c === 10) continue;
    if (expectValue && c !== 93) {
      expectValue = false;
      if (depth === 1) {
        if (kinds[0] === 1 && sectionKey !== undefined && !top.has(sectionKey)) top.set(sectionKey, i);
      } else if (depth === 2 && kinds[1] === 2 && kinds[0] === 1 && sectionKey !== undefined) {
        counts[1]++;
        let list = items.get(sectionKey);
        if (!list) items.set(sectionKey, (list = []));
        list.push(i);
      } else if (depth === 4 && kinds[3] === 2 && kinds[2] === 1 && kinds[1] === 2 && sectionKey !== undefined && subList) {
        let bySection = subItems.get(sectionKey);
        if (!bySection) subItems.set(sectionKey, (bySection = new Map()));
        const owner = counts[1] - 1;
        let list = bySection.get(owner);
        if (!list) bySection.set(owner, (list = []));
        list.push(i);
      }
    }
    if (c === 34) {
      // A string: its end is the next quote not escaped by an odd run of backslashes.
      const start = i;
      let end = text.indexOf('"', i + 1);
      while (end !== -1 && text.charCodeAt(end - 1) === 92 && escaped(text, end)) end = text.indexOf('"', end + 1);
      i = end === -1 ? n : end;
      if (expectKey) {
        expectKey = false;
        if (depth === 1) sectionKey = text.slice(start + 1, i);
        else if (depth === 3) {
          const len = i - start - 1;
          subList = (len === 8 && text.startsWith('requires', start + 1)) || (len === 6 && text.startsWith('amends', start + 1));
        }
      }
      continue;
    }
    switch (c) {
      case 123: // {
      case 91: // [
        if (depth >= maxDepth) return { tooDeepAt: i, items, subItems, top, pairs };
        kinds[depth] = c === 123 ? 1 : 2;
        counts[depth] = 0;
        depth++;
        if (c === 123) expectKey = true;
        else expectValue = true;
        break;
      case 125: // }
      case 93: // ]
        depth--;
        expectKey = false;
        expectValue = false;
        break;
      case 44: // ,
        if (kinds[depth - 1] === 1) expectKey = true;
        else expectValue = true;
        break;
      case 58: // :
        pairs++;
        expectValue = true;
        break;
      default:
        break;
    }
  }
  return { tooDeepAt: -1, items, subItems, top, pairs };
}
