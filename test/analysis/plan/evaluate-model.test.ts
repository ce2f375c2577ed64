import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/analysis/plan/build-model.js';
import { evaluateModel, modelEvaluator } from '../../../src/analysis/plan/evaluate-model.js';
import { modelOrder } from '../../../src/analysis/plan/model-order.js';
import type { Model, ModelCand, Ref } from '../../../src/analysis/plan/model-types.js';
import { AT, catalogs } from './helpers/random-catalogs.js';

/** Least fixpoints the plain way: rounds over every evaluation in index order until none changes. */
function oracle(model: Model, chosen: Uint8Array): { met: number[]; paperless: number[] } {
  const all = (ref: Ref, state: number[]) => ref !== null && ref.every((i) => state[i] === 1);
  const usable = (c: ModelCand, met: number[], state: number[], paperless: boolean) =>
    c.never === null &&
    (c.amend < 0 || chosen[c.amend] === 1) &&
    (c.connect < 0 || chosen[c.connect] === 1) &&
    !(paperless && c.paper) &&
    (c.obtain === null || c.obtain.some((ref) => all(ref, paperless ? state : met)));
  const rounds = (met: number[] | null) => {
    const state = model.evals.map(() => 0);
    for (let changed = true; changed; ) {
      changed = false;
      model.evals.forEach((e, i) => {
        const ok =
          e.reqs.every((r) => r.dropped || r.cands.some((c) => usable(c, met ?? state, state, met !== null))) &&
          e.needs.every((n) => all(n, state));
        if (ok && state[i] === 0) {
          state[i] = 1;
          changed = true;
        }
      });
    }
    return state;
  };
  const met = rounds(null);
  return { met, paperless: rounds(met) };
}

describe('evaluateModel', () => {
  it('gives the least fixpoints of met and paperless for any set of changes, whole or within some evaluations', () => {
    fc.assert(
      fc.property(catalogs, fc.infiniteStream(fc.boolean()), fc.infiniteStream(fc.boolean()), (catalog, picks, roots) => {
        const model = buildModel(catalog, { at: AT });
        const pick = picks[Symbol.iterator]();
        const chosen = Uint8Array.from(model.changes, () => (pick.next().value ? 1 : 0));
        const expected = oracle(model, chosen);

        const whole = evaluateModel(model, chosen);
        expect([...whole.met]).toEqual(expected.met);
        expect([...whole.paperless]).toEqual(expected.paperless);

        const root = roots[Symbol.iterator]();
        const within = model.evals.flatMap((_, i) => (root.next().value ? [i] : []));
        const part = evaluateModel(model, chosen, modelOrder(model, within));
        for (const i of within) {
          expect(part.met[i]).toBe(expected.met[i]);
          expect(part.paperless[i]).toBe(expected.paperless[i]);
        }
      }),
      { numRuns: 300 },
    );
  });


  it('evaluates each set of changes from the evaluation with none as it evaluates from nothing', () => {
    fc.assert(
      fc.property(
        catalogs,
        fc.infiniteStream(fc.boolean()),
        fc.array(fc.infiniteStream(fc.boolean()), { minLength: 1, maxLength: 5 }),
        (catalog, roots, choices) => {
          const model = buildModel(catalog, { at: AT });
          const root = roots[Symbol.iterator]();
          const order = modelOrder(model, model.evals.flatMap((_, i) => (root.next().value ? [i] : [])));
          const evaluator = modelEvaluator(model, order);
          const none = evaluateModel(model, new Uint8Array(model.changes.length), order);
          expect(evaluator.none).toEqual(none);
          for (const choice of choices) {
            const pick = choice[Symbol.iterator]();
            const chosen = Uint8Array.from(model.changes, () => (pick.next().value ? 1 : 0));
            expect(evaluator.evaluate(chosen)).toEqual(evaluateModel(model, chosen, order));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('adds changes to an evaluation, and removes one, as it evaluates the result from nothing', () => {
    fc.assert(
      fc.property(
        catalogs,
        fc.infiniteStream(fc.boolean()),
        fc.infiniteStream(fc.boolean()),
        fc.infiniteStream(fc.boolean()),
        (catalog, roots, picks, adds) => {
          const model = buildModel(catalog, { at: AT });
          const root = roots[Symbol.iterator]();
          const order = modelOrder(model, model.evals.flatMap((_, i) => (root.next().value ? [i] : [])));
          const evaluator = modelEvaluator(model, order);
          const pick = picks[Symbol.iterator]();
          const chosen = Uint8Array.from(model.changes, () => (pick.next().value ? 1 : 0));
          const full = evaluator.evaluate(chosen);
          const add = adds[Symbol.iterator]();
          const added = model.changes.flatMap((_, v) => (chosen[v] === 1 && add.next().value ? [v] : []));
          const fewer = chosen.slice();
          for (const v of added) fewer[v] = 0;
          const from = evaluateModel(model, fewer, order);
          const kept = { met: from.met.slice(), paperless: from.paperless.slice() };
          expect(evaluator.add(from, chosen, added)).toEqual(full);
          expect(from).toEqual(kept);
          for (let v = 0; v < model.changes.length; v++) {
            if (chosen[v] !== 1) continue;
            const less = chosen.slice();
            less[v] = 0;
            expect(evaluator.remove(full, less, v)).toEqual(evaluateModel(model, less, order));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
