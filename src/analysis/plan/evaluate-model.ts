import type { Model, ModelCand, ModelEval, Ref } from './model-types.js';

/** Per evaluation: 1 when met (not blocked), and 1 when met with no paper step. */
export interface ModelState {
  met: Uint8Array;
  paperless: Uint8Array;
}

/**
 * Evaluates the model with the changes marked in `chosen` made: least fixpoints of "met"
 * and of "met without paper", so procedures that can only be unblocked by each other stay
 * blocked.
 */
export function evaluateModel(model: Model, chosen: Uint8Array): ModelState {
  const met = fixpoint(model, (e, state) => evalHolds(e, chosen, state, state, false));
  const paperless = fixpoint(model, (e, state) => evalHolds(e, chosen, met, state, true));
  return { met, paperless };
}

function fixpoint(model: Model, holds: (e: ModelEval, state: Uint8Array) => boolean): Uint8Array {
  const state = new Uint8Array(model.evals.length);
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < model.evals.length; i++) {
      if (state[i] === 0 && holds(model.evals[i], state)) {
        state[i] = 1;
        changed = true;
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
