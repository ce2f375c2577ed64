import { toCsr } from '../csr.js';
import { stronglyConnected, type Components } from '../strongly-connected.js';
import type { Model, Ref } from './model-types.js';

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
