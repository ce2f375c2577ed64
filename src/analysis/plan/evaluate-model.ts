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

/** The evaluations an in-place step set (0 → 1) or cleared (1 → 0), per fixpoint. */
export interface StateChange {
  met: number[];
  paperless: number[];
}

/** Evaluates the model for one set of changes after another (see `modelEvaluator`). */
export interface ModelEvaluator {
  /** The model evaluated with no change made. */
  none: ModelState;
  /** The model evaluated with the changes marked in `chosen` made. */
  evaluate(chosen: Uint8Array): ModelState;
  /**
   * Turns `state`, the evaluation with the changes of `chosen` other than `added`, into the one
   * with `chosen`, in place. Goes over only what the added changes touch and what waits on
   * that. Returns what it set: all that differs (`revert(state, change, 0)` undoes it).
   */
  addInPlace(state: ModelState, chosen: Uint8Array, added: number[]): StateChange;
  /**
   * Turns `state`, the evaluation with the changes of `chosen` and `removed`, into the one with
   * `chosen`, in place. Goes over only what the removed change touches and what waits on that.
   * Returns what it cleared: all that differs (`revert(state, change, 1)` undoes it).
   */
  removeInPlace(state: ModelState, chosen: Uint8Array, removed: number): StateChange;
}

/** Writes `value` back into what `change` lists: undoes an in-place step (see `ModelEvaluator`). */
export function revert(state: ModelState, change: StateChange, value: 0 | 1): void {
  for (const i of change.met) state.met[i] = value;
  for (const i of change.paperless) state.paperless[i] = value;
}

/**
 * Evaluates the model, in `order`, for many sets of changes: each from the evaluation with
 * none, going over only the evaluations whose candidates the changes make and what waits on
 * them. Changes only add candidates, so that evaluation is below the one sought and the
 * least fixpoints are reached from it, as `evaluateModel` reaches them from nothing.
 *
 * `addInPlace` starts from an evaluation with fewer changes in the same way. `removeInPlace` starts from one
 * with a change more, which is above the one sought: what is met there only through the
 * removed change (what it touches and what waits on that, met there but not with no change)
 * goes back to its value with no change made; the rest was met without it and stays so, and
 * the least fixpoints are reached again from there.
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
  // Sets, in place, what holds among the seeds and what waits on them; lists what it set in `set`.
  const grow = (state: Uint8Array, seeds: number[], holds: (e: ModelEval, state: Uint8Array) => boolean, set: number[]): void => {
    const stack = [...seeds];
    while (stack.length > 0) {
      const i = stack.pop()!;
      if (state[i] === 1 || !holds(model.evals[i], state)) continue;
      state[i] = 1;
      set.push(i);
      for (let q = dependents.start[i]; q < dependents.start[i + 1]; q++) {
        const j = dependents.items[q];
        if (inside[j] && state[j] === 0) stack.push(j);
      }
    }
  };
  // Both fixpoints, in place, going over the seeds (`paperlessSeeds` for the second) and what
  // waits on them; what each set.
  const both = (state: ModelState, chosen: Uint8Array, seeds: number[], paperlessSeeds = seeds): StateChange => {
    const change: StateChange = { met: [], paperless: [] };
    const met = state.met;
    grow(met, seeds, (e, s) => evalHolds(e, chosen, s, s, false), change.met);
    grow(state.paperless, paperlessSeeds, (e, s) => evalHolds(e, chosen, met, s, true), change.paperless);
    return change;
  };
  const copy = (from: ModelState): ModelState => ({ met: from.met.slice(), paperless: from.paperless.slice() });
  // Clears, in place, what a removed change touches (`touched`) and everything that waits on
  // those, back to its value with no change made (`base`): only evaluations met in `state` and
  // not in `base` can change, and only through each other. Returns those cleared: the seeds.
  const undo = (state: Uint8Array, base: Uint8Array, touched: number[]): number[] => {
    const seeds: number[] = [];
    const reset = (i: number) => {
      if (state[i] === 1 && base[i] === 0) {
        state[i] = 0;
        seeds.push(i);
      }
    };
    for (const i of touched) reset(i);
    for (let k = 0; k < seeds.length; k++) {
      for (let q = dependents.start[seeds[k]]; q < dependents.start[seeds[k] + 1]; q++) {
        if (inside[dependents.items[q]]) reset(dependents.items[q]);
      }
    }
    return seeds;
  };
  const touchedBy = (changes: Iterable<number>): number[] => {
    const seeds: number[] = [];
    for (const v of changes) for (const i of touching[v]) seeds.push(i);
    return seeds;
  };
  const addInPlace = (state: ModelState, chosen: Uint8Array, added: number[]): StateChange => both(state, chosen, touchedBy(added));
  const removeInPlace = (state: ModelState, chosen: Uint8Array, removed: number): StateChange => {
    const met = undo(state.met, none.met, touching[removed]);
    const paperless = undo(state.paperless, none.paperless, touching[removed]);
    both(state, chosen, met, paperless);
    // Cleared, and not set again by the fixpoints.
    return { met: met.filter((i) => state.met[i] === 0), paperless: paperless.filter((i) => state.paperless[i] === 0) };
  };
  return {
    none,
    evaluate(chosen) {
      const changes: number[] = [];
      for (let v = 0; v < chosen.length; v++) if (chosen[v] === 1) changes.push(v);
      const state = copy(none);
      addInPlace(state, chosen, changes);
      return state;
    },
    addInPlace,
    removeInPlace,
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
