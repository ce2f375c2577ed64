import { FALSE, TRUE, and, familyKey, or, type Family } from './antichain.js';
import { modelOrder, solveInOrder, type ModelOrder } from './model-order.js';
import type { Model, ModelCand, ModelEval, Ref } from './model-types.js';

export interface Families {
  /** Per evaluation index (reachable ones only): the minimal sets of changes that make it met. */
  met: Map<number, Family>;
  /** The same for met without paper. */
  paperless: Map<number, Family>;
  /** true when some family was cut at the cap, so the families are not exact. */
  truncated: boolean;
}

/** Largest number of alternative change sets kept per evaluation. */
export const FAMILY_CAP = 128;

/**
 * Compiles the evaluations reachable from `roots` (through needs and obtaining procedures)
 * into families of minimal change sets: least fixpoints, starting from FALSE, so cycles
 * that only unblock themselves stay FALSE, exactly as in evaluateModel.
 */
export function computeFamilies(model: Model, roots: number[], cap = FAMILY_CAP): Families {
  const order = modelOrder(model, roots);
  const state = { truncated: false };
  const met = solve(model, order, cap, state, false);
  const paperless = solve(model, order, cap, state, true);
  return { met, paperless, truncated: state.truncated };
}

function solve(model: Model, within: ModelOrder, cap: number, state: { truncated: boolean }, paperless: boolean): Map<number, Family> {
  const fam = new Map<number, Family>();
  const cut = (r: { family: Family; truncated: boolean }): Family => {
    if (r.truncated) state.truncated = true;
    return r.family;
  };
  const refFamily = (ref: Ref, current: Map<number, Family>): Family => {
    if (ref === null) return FALSE;
    let f: Family = TRUE;
    for (const i of ref) f = cut(and(f, current.get(i) ?? FALSE, cap));
    return f;
  };
  const candFamily = (c: ModelCand): Family => {
    if (c.never !== null || (paperless && c.paper)) return FALSE;
    let f: Family = TRUE;
    if (c.amend >= 0) f = [[c.amend]];
    if (c.connect >= 0) f = cut(and(f, [[c.connect]], cap));
    if (c.obtain !== null) {
      let ways: Family = FALSE;
      for (const r of c.obtain) ways = cut(or(ways, refFamily(r, fam), cap));
      f = cut(and(f, ways, cap));
    }
    return f;
  };
  const evalFamily = (e: ModelEval): Family => {
    let f: Family = TRUE;
    for (const r of e.reqs) {
      if (r.dropped) continue;
      let any: Family = FALSE;
      for (const c of r.cands) any = cut(or(any, candFamily(c), cap));
      f = cut(and(f, any, cap));
      if (f.length === 0) return FALSE;
    }
    for (const n of e.needs) f = cut(and(f, refFamily(n, fam), cap));
    return f;
  };
  // Families only grow, so this ends; a limit guards against oscillation once truncation
  // has made the operators non-monotone.
  const keys = new Map<number, string>();
  const NONE = familyKey(FALSE);
  const complete = solveInOrder(
    within,
    (i) => {
      const f = evalFamily(model.evals[i]);
      const key = familyKey(f);
      if (key === (keys.get(i) ?? NONE)) return false;
      fam.set(i, f);
      keys.set(i, key);
      return true;
    },
    (size) => (4 * size + 10) * size,
  );
  if (!complete) state.truncated = true;
  for (const i of within.order) if (!fam.has(i)) fam.set(i, FALSE);
  return fam;
}
