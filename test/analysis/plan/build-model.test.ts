import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/analysis/plan/build-model.js';
import { evaluateModel } from '../../../src/analysis/plan/evaluate-model.js';
import { evalKey } from '../../../src/analysis/plan/model-types.js';
import { AT, catalogs } from './helpers/random-catalogs.js';

describe('buildModel for one province', () => {
  it('holds the evaluations of the province and of central procedures, and evaluates them as the whole model does', () => {
    fc.assert(
      fc.property(catalogs, fc.infiniteStream(fc.boolean()), (catalog, picks) => {
        const province = catalog.provinces[0].code;
        const whole = buildModel(catalog, { at: AT });
        const part = buildModel(catalog, { at: AT, province });
        for (const e of whole.evals) {
          if (e.province === null || e.province === province) expect(part.evalIndex.has(evalKey(e.code, e.province))).toBe(true);
        }
        const pick = picks[Symbol.iterator]();
        const ids = new Set(whole.changes.filter(() => pick.next().value).map((c) => c.id));
        const chosen = (m: typeof whole) => Uint8Array.from(m.changes, (c) => (ids.has(c.id) ? 1 : 0));
        const all = evaluateModel(whole, chosen(whole));
        const some = evaluateModel(part, chosen(part));
        part.evals.forEach((e, i) => {
          const j = whole.evalIndex.get(evalKey(e.code, e.province))!;
          expect(some.met[i]).toBe(all.met[j]);
          expect(some.paperless[i]).toBe(all.paperless[j]);
        });
      }),
      { numRuns: 300 },
    );
  });
});
