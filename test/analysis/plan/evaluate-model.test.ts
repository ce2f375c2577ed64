import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/analysis/plan/build-model.js';
import { evaluateModel, modelEvaluator, revert, type ModelState, type StateChange } from '../../../src/analysis/plan/evaluate-model.js';
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

/** The evaluations whose value differs between two states, per fixpoint, ascending. */
function differing(a: ModelState, b: ModelState): StateChange {
  const of = (x: Uint8Array, y: Uint8Array) => [...x.keys()].filter((i) => x[i] !== y[i]);
  return { met: of(a.met, b.met), paperless: of(a.paperless, b.paperless) };
}

const ascending = (change: StateChange): StateChange => ({
  met: [...change.met].sort((a, b) => a - b),
  paperless: [...change.paperless].sort((a, b) => a - b),
});

const copied = (s: ModelState): ModelState => ({ met: s.met.slice(), paperless: s.paperless.slice() });

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

  it('adds and removes in place, listing exactly what it set or cleared, and reverts to where it started', () => {
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
          const full = evaluateModel(model, chosen, order);
          const add = adds[Symbol.iterator]();
          const added = model.changes.flatMap((_, v) => (chosen[v] === 1 && add.next().value ? [v] : []));
          const fewer = chosen.slice();
          for (const v of added) fewer[v] = 0;
          const from = evaluateModel(model, fewer, order);

          const state = copied(from);
          const set = evaluator.addInPlace(state, chosen, added);
          expect(state).toEqual(full);
          expect(ascending(set)).toEqual(differing(from, full));
          revert(state, set, 0);
          expect(state).toEqual(from);

          // One state, each change removed from it and put back in turn.
          const whole = copied(full);
          for (let v = 0; v < model.changes.length; v++) {
            if (chosen[v] !== 1) continue;
            const less = chosen.slice();
            less[v] = 0;
            const expected = evaluateModel(model, less, order);
            const cleared = evaluator.removeInPlace(whole, less, v);
            expect(whole).toEqual(expected);
            expect(ascending(cleared)).toEqual(differing(expected, full));
            revert(whole, cleared, 1);
            expect(whole).toEqual(full);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
