import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoveringIndex } from '../../src/graph/covering-index.js';
import { provisionCovers, type ProvisionRef } from '../../src/graph/provision-ref.js';

// Small alphabets, so that equal parts written differently ("2" and 2, "Đ" and "đ", NFD and
// NFC, stray spaces) and unnamed parts come up often.
const part = <T>(...values: T[]) => fc.option(fc.constantFrom(...values), { nil: undefined, freq: 2 });
const provision: fc.Arbitrary<ProvisionRef> = fc
  .record({
    legal: fc.constantFrom('nd-104-2022', 'tt-55-2021', 'unresolved/x'),
    article: part<number | string>(1, 2, '2', ' 2 ', 28),
    clause: part<number | string>(1, '1', 3),
    point: part('a', 'A', 'đ', 'Đ', 'd\u0303'.normalize('NFD'), 'đ'.normalize('NFD')),
    form: part('CT01', 'ct01', 'TK1'),
  })
  .map(({ legal, ...parts }) => {
    const ref: ProvisionRef = { legal, legalIndex: legal.startsWith('unresolved') ? -1 : 0 };
    for (const [k, v] of Object.entries(parts)) if (v !== undefined) Object.assign(ref, { [k]: v });
    return ref;
  });

describe('CoveringIndex', () => {
  it('finds exactly the provisions that cover the one asked about, in the order given', () => {
    fc.assert(
      fc.property(fc.array(provision, { maxLength: 40 }), fc.array(provision, { minLength: 1, maxLength: 10 }), (outers, inners) => {
        const items = outers.map((ref, i) => ({ ref, i }));
        const index = new CoveringIndex(items, (item) => item.ref);
        for (const inner of inners) {
          expect(index.covering(inner)).toEqual(items.filter((item) => provisionCovers(item.ref, inner)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds a whole document, an article and a clause above a point, and nothing beside it', () => {
    const at = (article?: number, clause?: number, point?: string): ProvisionRef => ({
      legal: 'nd-104-2022',
      legalIndex: 0,
      ...(article !== undefined ? { article } : {}),
      ...(clause !== undefined ? { clause } : {}),
      ...(point !== undefined ? { point } : {}),
    });
    const items = [at(), at(2), at(2, 1), at(2, 1, 'a'), at(2, 2), at(3), { ...at(2), legal: 'tt-55-2021' }];
    const index = new CoveringIndex(items, (ref) => ref);
    expect(index.covering(at(2, 1, 'a'))).toEqual([at(), at(2), at(2, 1), at(2, 1, 'a')]);
    expect(index.covering(at(2))).toEqual([at(), at(2)]);
    expect(index.covering({ ...at(9), legal: 'nd-1-2000' })).toEqual([]);
  });
});
