import { foldVietnamese } from './vietnamese.js';

/** Edit distance (insertions, deletions, substitutions, adjacent swaps), stopping early past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, prev2[j - 2] + 1);
      }
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The known names closest to `input`, best first, compared after folding Vietnamese
 * diacritics (so "dang-ky" finds "đăng-ký"). Returns at most `limit` names within a
 * distance that grows with the input's length; an exact folded match always comes first.
 */
export function suggest(input: string, known: Iterable<string>, limit = 3): string[] {
  const folded = foldVietnamese(input);
  const max = Math.max(1, Math.min(4, Math.floor(folded.length / 3)));
  const scored: { name: string; d: number }[] = [];
  for (const name of known) {
    const f = foldVietnamese(name);
    let d = f === folded ? 0 : editDistance(folded, f, max);
    if (d > max && folded.length >= 3 && (f.includes(folded) || folded.includes(f))) d = max;
    if (d <= max) scored.push({ name, d });
  }
  scored.sort((x, y) => x.d - y.d || x.name.localeCompare(y.name));
  return scored.slice(0, limit).map((s) => s.name);
}

/** " Did you mean X?" / " Did you mean X or Y?", or '' when there is nothing close. */
export function didYouMean(input: string, known: Iterable<string>): string {
  const s = suggest(input, known);
  if (s.length === 0) return '';
  const quoted = s.map((x) => `'${x}'`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
  return `Did you mean ${list}?`;
}
