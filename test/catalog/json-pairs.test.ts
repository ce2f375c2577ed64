import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keysGivenOnce } from '../../src/catalog/json-pairs.js';
import { normalizeData } from '../../src/catalog/normalize-data.js';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';
import { scanJson } from '../../src/catalog/scan-json.js';

// Whether a JSON text gives a key twice is told from its colons and the colons of the data's
// strings; the scan that counts the pairs written one by one is the oracle.

/** Written JSON with mappings as lists of pairs, so that a key can be given twice. */
type Written = string | number | null | Written[] | { pairs: [string, Written][] };

const text = fc.string({ unit: fc.constantFrom('a', 'b', ':', '"', '\\', ',', '{', 'ộ', '\u0301', ' '), maxLength: 4 });
const written: fc.Arbitrary<Written> = fc.letrec<{ v: Written }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.constant(null),
    fc.array(tie('v'), { maxLength: 3 }),
    fc.record({ pairs: fc.array(fc.tuple(fc.constantFrom('a', 'b', 'a:b', ':', 'ộ:', '"'), tie('v')), { maxLength: 4 }) }),
  ),
})).v;

/** The JSON text of `w`; with `escapeColons`, a colon in a string written as a \u escape. */
function write(w: Written, escapeColons: boolean, indent: string): string {
  const str = (s: string) => (escapeColons ? JSON.stringify(s).replaceAll(':', '\\u003a') : JSON.stringify(s));
  if (typeof w === 'string') return str(w);
  if (w === null || typeof w === 'number') return JSON.stringify(w);
  if (Array.isArray(w)) return `[${w.map((x) => write(x, escapeColons, indent)).join(`,${indent}`)}]`;
  return `{${indent}${w.pairs.map(([k, v]) => `${str(k)}${indent}:${write(v, escapeColons, indent)}`).join(`,${indent}`)}}`;
}

describe('keysGivenOnce', () => {
  it('says a JSON text gives every key once exactly when the scan counts as many pairs as the data holds keys (property)', () => {
    let twice = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b:c', 'd'), written), { maxLength: 4 }), fc.boolean(), fc.constantFrom('', ' ', '\n  '), (top, escapeColons, indent) => {
        const json = write({ pairs: top }, escapeColons, indent);
        const data = JSON.parse(json) as unknown;
        const pairs = normalizeData(data, 64, true).pairs;
        const once = scanJson(json, 64).pairs === pairs;
        if (!once) twice++;
        expect(keysGivenOnce(json, data, pairs, 64)).toBe(once);
      }),
      { numRuns: 2000 },
    );
    // Both answers were drawn often.
    expect(twice).toBeGreaterThan(200);
  });

  it('is not misled by a colon in a string that a key given twice took out of the data', () => {
    const json = '{"a": "x:y", "a": "z", "b": 1}';
    expect(keysGivenOnce(json, JSON.parse(json), 2, 64)).toBe(false);
    // A colon written as an escape is in the data but not among the text's colons.
    const escaped = '{"a": "z", "a": "\\u003a", "b": 1}';
    expect(keysGivenOnce(escaped, JSON.parse(escaped), 2, 64)).toBe(false);
  });

  it('lets a .json file with a key given twice be reported, with or without entity locations', () => {
    for (const locations of [true, false]) {
      const r = parseCatalog('{"provinces": [{"code": "HN", "name": "a:b", "name": "b"}]}', { fileName: 'c.json', locations });
      expect(r.diagnostics.map((d) => [d.code, d.location?.column])).toEqual([['DUPLICATE_KEY', 46]]);
    }
  });
});
