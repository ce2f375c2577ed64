import { filterCsr, toCsr, type Csr } from '../csr.js';
import { stronglyConnected } from '../../util/strongly-connected.js';
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
  /** Per evaluation (of the whole model): the evaluations that wait on it. */
  dependents: Csr;
  /** The same, only those of its own cyclic component. */
  cycleDependents: Csr;
}

const orders = new WeakMap<Model, ModelOrder>();

/**
 * The order to evaluate in: the components of "waits on" in dependency-first order,
 * computed once per model; with `within`, only the components of those evaluations and of
 * what they wait on (a component is all there or not at all).
 */
export function modelOrder(model: Model, within?: readonly number[]): ModelOrder {
  let all = orders.get(model);
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
    const { order, start, component, cyclic } = stronglyConnected(toCsr(waits), waits.length);
    const rows: number[][] = waits.map(() => []);
    waits.forEach((on, i) => {
      for (const j of new Set(on)) rows[j].push(i);
    });
    const dependents = toCsr(rows);
    const cycleDependents = filterCsr(dependents, (j, i) => cyclic[component[j]] === 1 && component[i] === component[j]);
    all = { order, start, cyclic, dependents, cycleDependents };
    orders.set(model, all);
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
  return {
    order: Int32Array.from(order),
    start: Int32Array.from(start),
    cyclic: Uint8Array.from(cyclic),
    dependents: all.dependents,
    cycleDependents: all.cycleDependents,
  };
}

/**
 * Runs a least fixpoint in `within`'s order: `update(i)` recomputes evaluation i from what
 * it waits on and says whether it changed. Outside cycles each evaluation is updated once,
 * after what it waits on; in a cycle, each once and then again whenever something of the
 * cycle that it waits on changes. `limit(size)` bounds the updates in a cycle of that size;
 * `cut(k)` is told of each component k left at its limit, before anything after it is
 * updated.
 */
export function solveInOrder(
  within: ModelOrder,
  update: (i: number) => boolean,
  limit: (size: number) => number = () => Infinity,
  cut: (k: number) => void = () => {},
): void {
  const { order, start, cyclic, cycleDependents } = within;
  const queued = new Uint8Array(cycleDependents.start.length - 1);
  for (let k = 0; k < cyclic.length; k++) {
    if (!cyclic[k]) {
      update(order[start[k]]);
      continue;
    }
    const queue: number[] = [];
    for (let m = start[k]; m < start[k + 1]; m++) {
      queue.push(order[m]);
      queued[order[m]] = 1;
    }
    const most = limit(start[k + 1] - start[k]);
    let updates = 0;
    for (let head = 0; head < queue.length; head++) {
      if (++updates > most) {
        for (let rest = head; rest < queue.length; rest++) queued[queue[rest]] = 0;
        cut(k);
        break;
      }
      const i = queue[head];
      queued[i] = 0;
      if (!update(i)) continue;
      for (let q = cycleDependents.start[i]; q < cycleDependents.start[i + 1]; q++) {
        const j = cycleDependents.items[q];
        if (!queued[j]) {
          queued[j] = 1;
          queue.push(j);
        }
      }
    }
  }
}
