import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, foldNames, suggestAmong } from '../../src/text/suggest.js';

/** The textbook table of the edit distance with adjacent swaps (optimal string alignment), whole. */
function tableDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

// Few letters, so that strings share many and swaps occur; lengths past the rows first kept (64).
const word = fc.oneof(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'đ', '-'), maxLength: 12 }), fc.string({ unit: fc.constantFrom('a', 'b'), minLength: 60, maxLength: 150 }));

describe('editDistance', () => {
  it('is the distance of the whole table, and past `max` says only that it is', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, word, fc.integer({ min: 0, max: 5 })), { minLength: 1, maxLength: 8 }), (pairs) => {
        for (const [a, b, max] of pairs) {
          const want = tableDistance(a, b);
          expect(editDistance(a, b)).toBe(want);
          const bounded = editDistance(a, b, max);
          if (want <= max) expect(bounded).toBe(want);
          else expect(bounded).toBeGreaterThan(max);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('suggestAmong', () => {
  it('compares each input with the folded names and gives the names as written, for input after input', () => {
    const folded = foldNames(['đăng-ký', 'dang-ky-2', 'nd-123-2015', '123/2015/NĐ-CP', 'GL', 'HN']);
    expect(folded.folded).toEqual(['dang-ky', 'dang-ky-2', 'nd-123-2015', '123/2015/nd-cp', 'gl', 'hn']);
    expect(suggestAmong('Dang-Ky', folded)).toEqual(['đăng-ký', 'dang-ky-2']);
    expect(suggestAmong('123/2015/ND-CP', folded)).toEqual(['123/2015/NĐ-CP']);
    expect(suggestAmong('nd-123-2051', folded)).toEqual(['nd-123-2015']);
    expect(suggestAmong('gn', folded)).toEqual(['GL', 'HN']);
    expect(suggestAmong('zzz', folded)).toEqual([]);
  });
});
