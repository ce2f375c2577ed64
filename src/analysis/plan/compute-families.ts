import { FALSE, TRUE, and, familyKey, or, type Family } from './antichain.js';
import { solveInOrder, type ModelOrder } from './model-order.js';
import type { Model, ModelCand, ModelEval, Ref } from './model-types.js';

export interface Families {
  /** Per evaluation of the order compiled: the minimal sets of changes that make it met. */
  met: Map<number, Family>;
  /** The same for met without paper. */
  paperless: Map<number, Family>;
  /** true when some family is inexact (below), so the families are not all exact. */
  truncated: boolean;
  /**
   * The evaluations whose `met` (or `paperless`) family may lack sets: cut at the cap or the
   * work limit, or computed from a family that was. Every other family is exact.
   */
  inexact: { met: Set<number>; paperless: Set<number> };
}

/** Largest number of alternative change sets kept per evaluation. */
export const FAMILY_CAP = 128;

/**
 * Pairs of change sets (AND) and change sets (OR) the compilation may combine before it
 * keeps only one set per evaluation: bounds the time on national catalogs, where a central
 * procedure can wait on one in every province.
 */
export const FAMILY_WORK = 2_000_000;

/**
 * Past `FAMILY_WORK`: the most sets a family keeps, and the most pairs of sets an AND still
 * combines in full (a larger one keeps the first set of each side). Small families stay
 * exact, and each operation's work stays bounded.
 */
export const FAMILY_CAP_PAST_WORK = 8;

/**
 * Compiles the evaluations of `within` (see `modelOrder`: some evaluations and what they
 * wait on, through needs and obtaining procedures) into families of minimal change sets:
 * least fixpoints, starting from FALSE, so cycles that only unblock themselves stay FALSE,
 * exactly as in evaluateModel. Past `maxWork`, families keep at most
 * `FAMILY_CAP_PAST_WORK` sets (see there). A family that loses a set, or is computed from
 * one that did, is listed in `inexact` (and `truncated` is set): every set kept still makes
 * its evaluation met, and a family is empty exactly when no change can. The families not
 * listed are exact.
 */
export function computeFamilies(model: Model, within: ModelOrder, cap = FAMILY_CAP, maxWork = FAMILY_WORK): Families {
  const state: Work = { cap, past: Math.min(cap, FAMILY_CAP_PAST_WORK), over: false, work: 0, maxWork };
  const met = solve(model, within, state, false);
  const paperless = solve(model, within, state, true);
  const truncated = met.inexact.size > 0 || paperless.inexact.size > 0;
  return { met: met.fam, paperless: paperless.fam, truncated, inexact: { met: met.inexact, paperless: paperless.inexact } };
}

interface Work {
  /** The cap now: the one asked for, or `past` once `over`. */
  cap: number;
  past: number;
  /** Past `maxWork`. */
  over: boolean;
  work: number;
  maxWork: number;
}

function solve(model: Model, within: ModelOrder, state: Work, paperless: boolean): { fam: Map<number, Family>; inexact: Set<number> } {
  const fam = new Map<number, Family>();
  const inexact = new Set<number>();
  // Whether the family being computed has lost a set, or read one that may have.
  let lost = false;
  const cut = (r: { family: Family; truncated: boolean }): Family => {
    if (r.truncated) lost = true;
    return r.family;
  };
  const spend = (work: number): void => {
    state.work += work;
    if (state.work > state.maxWork && !state.over) {
      state.over = true;
      state.cap = state.past;
    }
  };
  const both = (a: Family, b: Family): Family => {
    spend(a.length * b.length);
    if (!state.over || a.length * b.length <= state.past) return cut(and(a, b, state.cap));
    if (a.length > 1 || b.length > 1) lost = true;
    return cut(and(a.slice(0, 1), b.slice(0, 1), 1));
  };
  const either = (a: Family, b: Family): Family => {
    spend(a.length + b.length);
    return cut(or(a, b, state.cap));
  };
  const refFamily = (ref: Ref, current: Map<number, Family>): Family => {
    if (ref === null) return FALSE;
    let f: Family = TRUE;
    for (const i of ref) {
      if (inexact.has(i)) lost = true;
      f = both(f, current.get(i) ?? FALSE);
    }
    return f;
  };
  const candFamily = (c: ModelCand): Family => {
    if (c.never !== null || (paperless && c.paper)) return FALSE;
    let f: Family = TRUE;
    if (c.amend >= 0) f = [[c.amend]];
    if (c.connect >= 0) f = both(f, [[c.connect]]);
    if (c.obtain !== null) {
      let ways: Family = FALSE;
      for (const r of c.obtain) ways = either(ways, refFamily(r, fam));
      f = both(f, ways);
    }
    return f;
  };
  const evalFamily = (e: ModelEval): Family => {
    let f: Family = TRUE;
    for (const r of e.reqs) {
      if (r.dropped) continue;
      let any: Family = FALSE;
      for (const c of r.cands) any = either(any, candFamily(c));
      f = both(f, any);
      if (f.length === 0) return FALSE;
    }
    for (const n of e.needs) f = both(f, refFamily(n, fam));
    return f;
  };
  // Families only grow, so this ends; a limit guards against oscillation once truncation
  // has made the operators non-monotone.
  const keys = new Map<number, string>();
  const NONE = familyKey(FALSE);
  solveInOrder(
    within,
    (i) => {
      const wasInexact = inexact.has(i);
      lost = false;
      const f = evalFamily(model.evals[i]);
      if (lost) inexact.add(i);
      else inexact.delete(i);
      const key = familyKey(f);
      // A family that becomes inexact with the same sets still changes what reads it.
      if (key === (keys.get(i) ?? NONE) && lost === wasInexact) return false;
      fam.set(i, f);
      keys.set(i, key);
      return true;
    },
    (size) => (4 * size + 10) * size,
    // A cycle left before its fixpoint: any of its families may lack sets.
    (k) => {
      for (let m = within.start[k]; m < within.start[k + 1]; m++) inexact.add(within.order[m]);
    },
  );
  for (const i of within.order) if (!fam.has(i)) fam.set(i, FALSE);
  return { fam, inexact };
}
