import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanJson } from '../../src/catalog/scan-json.js';

// The scan must read JSON as JSON.parse does: what it counts and where it says entities
// start are checked here against the data the text was written from.

/** Strings full of what a scan can trip over: quotes, backslashes, brackets, escapes. */
const tricky = fc.string({
  unit: fc.constantFrom('a', 'ộ', '"', '\\', '{', '}', '[', ']', ':', ',', '\n', '\u0301', '–', '\u0000', ' '),
  maxLength: 8,
});

const leaf = fc.oneof(tricky, fc.integer(), fc.boolean(), fc.constant(null));
const value = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(tricky, tie('v'), { maxKeys: 3 })),
})).v;
const entity = fc.record({
  code: tricky,
  name: tricky,
  extra: value,
  requires: fc.array(fc.record({ document: tricky, note: value }), { maxLength: 3 }),
});
const catalogData = fc.record({
  procedures: fc.array(entity, { maxLength: 4 }),
  legal: fc.array(fc.record({ id: tricky, amends: fc.array(fc.record({ provision: tricky }), { maxLength: 2 }) }), { maxLength: 3 }),
  catalog: fc.dictionary(tricky, value, { maxKeys: 2 }),
});

function pairsIn(v: unknown): number {
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + pairsIn(x), 0);
  if (v !== null && typeof v === 'object') return Object.values(v).reduce((n: number, x) => n + 1 + pairsIn(x), 0);
  return 0;
}

describe('scanJson', () => {
  it('counts the keys and finds every entity and requirement (property)', () => {
    fc.assert(
      fc.property(catalogData, fc.boolean(), (data, pretty) => {
        const text = pretty ? JSON.stringify(data, null, 2) : JSON.stringify(data);
        const scan = scanJson(text, 64);
        expect(scan.tooDeepAt).toBe(-1);
        expect(scan.pairs).toBe(pairsIn(data));
        expect(text.startsWith(JSON.stringify(data.catalog, null, pretty ? 2 : undefined).split('\n')[0], scan.top.get('catalog'))).toBe(true);
        for (const section of ['procedures', 'legal'] as const) {
          const offsets = scan.items.get(section) ?? [];
          expect(offsets.length).toBe(data[section].length);
          data[section].forEach((item, k) => {
            // An item starts where its own text does: its first line, as written.
            const first = JSON.stringify(item, null, pretty ? 2 : undefined).split('\n')[0];
            expect(text.startsWith(first, offsets[k])).toBe(true);
          });
        }
        const subItems = (section: string, k: number, list: unknown[]) => {
          const subs = scan.subItems.get(section)?.get(k) ?? [];
          expect(subs.length).toBe(list.length);
          list.forEach((r, j) => expect(text.startsWith(JSON.stringify(r, null, pretty ? 2 : undefined).split('\n')[0], subs[j])).toBe(true));
        };
        data.procedures.forEach((p, k) => subItems('procedures', k, p.requires));
        data.legal.forEach((l, k) => subItems('legal', k, l.amends));
      }),
      { numRuns: 400 },
    );
  });

  it('stops where nesting goes deeper than the limit', () => {
    const text = '{"a": [[["x\\"[[[", [[1]]]]]}';
    expect(scanJson(text, 4).tooDeepAt).toBe(text.indexOf('[[1'));
    expect(scanJson(text, 5).tooDeepAt).toBe(text.indexOf('[[1') + 1);
    expect(scanJson(text, 6).tooDeepAt).toBe(-1);
  });
});
