import { toCsr } from '../csr.js';
import { stronglyConnected, type Components } from '../strongly-connected.js';
import type { Model, ModelCand, ModelEval, Ref } from './model-types.js';

/** Per evaluation: 1 when met (not blocked), and 1 when met with no paper step. */
export interface ModelState {
  met: Uint8Array;
  paperless: Uint8Array;
}

/**
 * The evaluations to compute, in components of "waits on" (its needs, and the procedures
 * that obtain its candidates), each component after those it waits on: every evaluation of
 * the model, or with `within` only those and what they wait on, directly or not.
 */
export interface ModelOrder {
  order: Int32Array;
  /** Component k is `order[start[k]] … order[start[k + 1] - 1]`. */
  start: Int32Array;
  /** 1 when the evaluations of the component wait on each other. */
  cyclic: Uint8Array;
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

const components = new WeakMap<Model, Components>();

/**
 * The order to evaluate in: the components of "waits on" in dependency-first order,
 * computed once per model; with `within`, only the components of those evaluations and of
 * what they wait on (a component is all there or not at all).
 */
export function modelOrder(model: Model, within?: readonly number[]): ModelOrder {
  let all = components.get(model);
  if (!all) {
    const waits = model.evals.map((e) => {
      const on: number[] = [];
      const add = (ref: Ref) => {
        if (ref !== null) for (const i of ref) on.push(i);
      };
      for (const r of e.reqs) for (const c of r.cands) for (const ref of c.obtain ?? []) add(ref);
      for (const ref of e.needs) add(ref);
      return on;
    });
    all = stronglyConnected(toCsr(waits), waits.length);
    components.set(model, all);
  }
  if (within === undefined) return all;

  const reached = new Uint8Array(model.evals.length);
  const stack: number[] = [];
  const visit = (ref: Ref) => {
    for (const i of ref ?? []) {
      if (!reached[i]) {
        reached[i] = 1;
        stack.push(i);
      }
    }
  };
  visit([...within]);
  while (stack.length > 0) {
    const e = model.evals[stack.pop()!];
    e.needs.forEach(visit);
    for (const r of e.reqs) for (const c of r.cands) c.obtain?.forEach(visit);
  }
  const order: number[] = [];
  const start: number[] = [0];
  const cyclic: number[] = [];
  for (let k = 0; k < all.cyclic.length; k++) {
    if (!reached[all.order[all.start[k]]]) continue;
    for (let m = all.start[k]; m < all.start[k + 1]; m++) order.push(all.order[m]);
    start.push(order.length);
    cyclic.push(all.cyclic[k]);
  }
  return { order: Int32Array.from(order), start: Int32Array.from(start), cyclic: Uint8Array.from(cyclic) };
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
