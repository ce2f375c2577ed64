import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeptDocuments, SourceIndex } from '../../src/catalog/source-index.js';

// Files whose syntax trees were dropped after the per-file step, as a load leaves them: a
// position asked for parses a file again, and KeptDocuments keeps those trees within a budget.

const texts = [0, 1, 2, 3].map((f) => `procedures:\n${Array.from({ length: 3 + f }, (_, i) => `  - code: "${f}.${i}"\n    requires: [{ document: d${i} }]\n`).join('')}`);
const paths = (f: number) => Array.from({ length: 3 + f }, (_, i) => ['procedures', i, 'requires', 0, 'document']);

describe('KeptDocuments', () => {
  it('keeps the trees parsed again within its budget, dropping the one used longest ago, and positions stay the same (property)', () => {
    const plain = texts.map((t, f) => new SourceIndex(`f${f}.yaml`, t));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.array(fc.tuple(fc.nat(3), fc.nat(6)), { minLength: 1, maxLength: 30 }), (budget, asks) => {
        const kept = new KeptDocuments(budget);
        const sources = texts.map((t, f) => new SourceIndex(`f${f}.yaml`, t, { kept }));
        const used: number[] = [];
        for (const [f, i] of asks) {
          const path = paths(f)[i % paths(f).length];
          expect(sources[f].locate(path)).toEqual(plain[f].locate(path));
          used.splice(used.indexOf(f) >>> 0, used.includes(f) ? 1 : 0);
          used.push(f);
          // The files used last, as many as fit, the one in use always among them.
          let expected = texts[f].length;
          for (let k = used.length - 2; k >= 0 && expected + texts[used[k]].length <= budget; k--) expected += texts[used[k]].length;
          expect(kept.keptLength).toBe(expected);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('forgets a tree that its index forgets', () => {
    const kept = new KeptDocuments();
    const source = new SourceIndex('a.yaml', texts[0], { kept });
    source.locate(paths(0)[0]);
    expect(kept.keptLength).toBe(texts[0].length);
    source.forget();
    expect(kept.keptLength).toBe(0);
  });
});
