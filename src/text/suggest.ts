import { foldVietnamese } from './vietnamese.js';
import { expectList, expectText } from '../util/expect-argument.js';

/** The rows `editDistance` fills, kept from call to call: it is called for every known name. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Edit distance (insertions, deletions, substitutions, adjacent swaps), stopping early past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0].length <= b.length) rows = rows.map(() => new Int32Array(2 * (b.length + 1)));
  // Three rows of the table: the one before the previous (for swaps), the previous, the current.
  let [prev2, prev, cur] = rows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, prev2[j - 2] + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const oldest = prev2;
    prev2 = prev;
    prev = cur;
    cur = oldest;
  }
  return prev[b.length];
}

/** Names with their forms folded as `suggest` compares them, to compare many inputs with (`suggestAmong`). */
export interface FoldedNames {
  readonly names: readonly string[];
  readonly folded: readonly string[];
}

/** `known` with each name folded once. */
export function foldNames(known: Iterable<string>): FoldedNames {
  const names = [...known];
  return { names, folded: names.map(foldVietnamese) };
}

/**
 * The known names closest to `input`, best first, compared after folding Vietnamese
 * diacritics (so "dang-ky" finds "đăng-ký"). Returns at most `limit` names within a
 * distance that grows with the input's length; an exact folded match always comes first.
 */
export function suggest(input: string, known: Iterable<string>, limit = 3): string[] {
  expectText(input, 'suggest', 'the text to find near misses of');
  expectList(known, 'suggest', 'the names to look among');
  return suggestAmong(input, foldNames(known), limit);
}

/** `suggest` among names folded beforehand: the same names, without folding them again for each input. */
export function suggestAmong(input: string, known: FoldedNames, limit = 3): string[] {
  const folded = foldVietnamese(input);
  const max = Math.max(1, Math.min(4, Math.floor(folded.length / 3)));
  const scored: { name: string; d: number }[] = [];
  known.names.forEach((name, i) => {
    const f = known.folded[i];
    let d = f === folded ? 0 : editDistance(folded, f, max);
    if (d > max && folded.length >= 3 && (f.includes(folded) || folded.includes(f))) d = max;
    if (d <= max) scored.push({ name, d });
  });
  scored.sort((x, y) => x.d - y.d || x.name.localeCompare(y.name));
  return scored.slice(0, limit).map((s) => s.name);
}

/** " Did you mean X?" / " Did you mean X or Y?", or '' when there is nothing close. */
export function didYouMean(input: string, known: Iterable<string>): string {
  expectText(input, 'didYouMean', 'the text to find near misses of');
  expectList(known, 'didYouMean', 'the names to look among');
  const s = suggest(input, known);
  if (s.length === 0) return '';
  const quoted = s.map((x) => `'${x}'`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
  return `Did you mean ${list}?`;
}
