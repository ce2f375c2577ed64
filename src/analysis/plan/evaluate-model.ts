import type { Model, ModelCand, ModelEval, Ref } from './model-types.js';
import { modelOrder, type ModelOrder } from './model-order.js';

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

/**
 * Component by component, in order: an evaluation that waits on nothing of its own
 * component is decided once; a cycle is gone over until nothing in it changes. The least
 * fixpoint does not depend on the order.
 */
function fixpoint(model: Model, within: ModelOrder, holds: (e: ModelEval, state: Uint8Array) => boolean): Uint8Array {
  const state = new Uint8Array(model.evals.length);
  const { order, start, cyclic } = within;
  for (let k = 0; k < cyclic.length; k++) {
    if (!cyclic[k]) {
      const i = order[start[k]];
      if (holds(model.evals[i], state)) state[i] = 1;
      continue;
    }
    let changed = true;
    while (changed) {
      changed = false;
      for (let m = start[k]; m < start[k + 1]; m++) {
        const i = order[m];
        if (state[i] === 0 && holds(model.evals[i], state)) {
          state[i] = 1;
          changed = true;
        }
      }
    }
  }
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
