import { FALSE, TRUE, and, familyKey, or, type Family } from './antichain.js';
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
  const reach = reachable(model, roots);
  const state = { truncated: false };
  const met = solve(model, reach, cap, state, false);
  const paperless = solve(model, reach, cap, state, true);
  return { met, paperless, truncated: state.truncated };
}

function reachable(model: Model, roots: number[]): number[] {
  const seen = new Set<number>(roots);
  const stack = [...roots];
  const visit = (ref: Ref) => {
    for (const i of ref ?? []) {
      if (!seen.has(i)) {
        seen.add(i);
        stack.push(i);
      }
    }
  };
  while (stack.length) {
    const e = model.evals[stack.pop()!];
    e.needs.forEach(visit);
    for (const r of e.reqs) for (const c of r.cands) c.obtain?.forEach(visit);
  }
  return [...seen].sort((a, b) => a - b);
}

function solve(model: Model, reach: number[], cap: number, state: { truncated: boolean }, paperless: boolean): Map<number, Family> {
  const fam = new Map<number, Family>(reach.map((i) => [i, FALSE]));
  const keys = new Map<number, string>(reach.map((i) => [i, familyKey(FALSE)]));
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
  // Kleene iteration; families only grow, so this ends. A round limit guards against
  // oscillation once truncation has made the operators non-monotone.
  for (let round = 0, changed = true; changed; round++) {
    changed = false;
    if (round > 4 * reach.length + 10) {
      state.truncated = true;
      break;
    }
    for (const i of reach) {
      const f = evalFamily(model.evals[i]);
      const k = familyKey(f);
      if (k !== keys.get(i)) {
        changed = true;
        fam.set(i, f);
        keys.set(i, k);
      }
    }
  }
  return fam;
}
