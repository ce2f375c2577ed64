import { toCsr } from '../csr.js';
import { stronglyConnected } from '../strongly-connected.js';
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

/**
 * Rounds over every evaluation until none changes. The rounds visit evaluations after what
 * they wait on (see `waitOrder`), so outside cycles one round sets everything and the next
 * confirms it; the least fixpoint does not depend on the order.
 */
function fixpoint(model: Model, holds: (e: ModelEval, state: Uint8Array) => boolean): Uint8Array {
  const state = new Uint8Array(model.evals.length);
  const order = waitOrder(model);
  let changed = true;
  while (changed) {
    changed = false;
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      if (state[i] === 0 && holds(model.evals[i], state)) {
        state[i] = 1;
        changed = true;
      }
    }
  }
  return state;
}

const orders = new WeakMap<Model, Int32Array>();

/**
 * The model's evaluations, each after the evaluations it waits on (its needs, and the
 * procedures that obtain its candidates), those that wait on each other together: the
 * components of "waits on" in dependency-first order, computed once per model.
 */
function waitOrder(model: Model): Int32Array {
  const known = orders.get(model);
  if (known) return known;
  const waits = model.evals.map((e) => {
    const on: number[] = [];
    const add = (ref: Ref) => {
      if (ref !== null) for (const i of ref) on.push(i);
    };
    for (const r of e.reqs) for (const c of r.cands) for (const ref of c.obtain ?? []) add(ref);
    for (const ref of e.needs) add(ref);
    return on;
  });
  const { order } = stronglyConnected(toCsr(waits), waits.length);
  orders.set(model, order);
  return order;
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
