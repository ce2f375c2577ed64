import type { Model, ModelCand, ModelEval, Ref } from './model-types.js';
import { modelOrder, solveInOrder, type ModelOrder } from './model-order.js';

/** Per evaluation: 1 when met (not blocked), and 1 when met with no paper step. */
export interface ModelState {
  met: Uint8Array;
  paperless: Uint8Array;
}

/**
 * Evaluates the model with the changes marked in `chosen` made: least fixpoints of "met"
 * and of "met without paper", so procedures that can only be unblocked by each other stay
 * blocked. Evaluations outside `order` (see `modelOrder`) are left at 0.
 */
export function evaluateModel(model: Model, chosen: Uint8Array, order: ModelOrder = modelOrder(model)): ModelState {
  const met = fixpoint(model, order, (e, state) => evalHolds(e, chosen, state, state, false));
  const paperless = fixpoint(model, order, (e, state) => evalHolds(e, chosen, met, state, true));
  return { met, paperless };
}

/** Evaluates the model for one set of changes after another (see `modelEvaluator`). */
export interface ModelEvaluator {
  /** The model evaluated with no change made. */
  none: ModelState;
  /** The model evaluated with the changes marked in `chosen` made. */
  evaluate(chosen: Uint8Array): ModelState;
}

/**
 * Evaluates the model, in `order`, for many sets of changes: each from the evaluation with
 * none, going over only the evaluations whose candidates the changes make and what waits on
 * them. Changes only add candidates, so that evaluation is below the one sought and the
 * least fixpoints are reached from it, as `evaluateModel` reaches them from nothing.
 */
export function modelEvaluator(model: Model, order: ModelOrder = modelOrder(model)): ModelEvaluator {
  const none = evaluateModel(model, new Uint8Array(model.changes.length), order);
  const inside = new Uint8Array(model.evals.length);
  for (const i of order.order) inside[i] = 1;
  const touching: number[][] = model.changes.map(() => []);
  for (const i of order.order) {
    const changes = new Set<number>();
    for (const r of model.evals[i].reqs) {
      for (const c of r.cands) {
        if (c.amend >= 0) changes.add(c.amend);
        if (c.connect >= 0) changes.add(c.connect);
      }
    }
    for (const v of changes) touching[v].push(i);
  }
  const { dependents } = order;
  const grow = (from: Uint8Array, seeds: number[], holds: (e: ModelEval, state: Uint8Array) => boolean): Uint8Array => {
    const state = from.slice();
    const stack = [...seeds];
    while (stack.length > 0) {
      const i = stack.pop()!;
      if (state[i] === 1 || !holds(model.evals[i], state)) continue;
      state[i] = 1;
      for (let q = dependents.start[i]; q < dependents.start[i + 1]; q++) {
        const j = dependents.items[q];
        if (inside[j] && state[j] === 0) stack.push(j);
      }
    }
    return state;
  };
  return {
    none,
    evaluate(chosen) {
      const seeds: number[] = [];
      for (let v = 0; v < chosen.length; v++) if (chosen[v] === 1) for (const i of touching[v]) seeds.push(i);
      const met = grow(none.met, seeds, (e, state) => evalHolds(e, chosen, state, state, false));
      const paperless = grow(none.paperless, seeds, (e, state) => evalHolds(e, chosen, met, state, true));
      return { met, paperless };
    },
  };
}

/** The least fixpoint of `holds`, from nothing met. */
function fixpoint(model: Model, within: ModelOrder, holds: (e: ModelEval, state: Uint8Array) => boolean): Uint8Array {
  const state = new Uint8Array(model.evals.length);
  solveInOrder(within, (i) => {
    if (state[i] === 1 || !holds(model.evals[i], state)) return false;
    state[i] = 1;
    return true;
  });
  return state;
}

const refHolds = (ref: Ref, state: Uint8Array): boolean => ref !== null && ref.every((i) => state[i] === 1);

function candHolds(c: ModelCand, chosen: Uint8Array, met: Uint8Array, state: Uint8Array, paperless: boolean): boolean {
  if (c.never !== null) return false;
  if (c.amend >= 0 && chosen[c.amend] !== 1) return false;
  if (c.connect >= 0 && chosen[c.connect] !== 1) return false;
  if (paperless && c.paper) return false;
  if (c.obtain === null) return true;
  return c.obtain.some((r) => refHolds(r, paperless ? state : met));
}

function evalHolds(e: ModelEval, chosen: Uint8Array, met: Uint8Array, state: Uint8Array, paperless: boolean): boolean {
  for (const r of e.reqs) {
    if (r.dropped) continue;
    if (!r.cands.some((c) => candHolds(c, chosen, met, state, paperless))) return false;
  }
  return e.needs.every((n) => refHolds(n, state));
}
