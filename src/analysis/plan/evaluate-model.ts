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
