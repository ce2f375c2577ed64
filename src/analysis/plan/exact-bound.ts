import type { Family } from './antichain.js';
import { packingBound } from './node-view.js';
import { solvePlan, type SolveOptions } from './solve-plan.js';

/**
 * A lower bound on the changes of any plan that fixes every one of `exact`, targets whose
 * families hold every minimal set (not cut short, see `computeFamilies`). A plan fixing all
 * the targets fixes these, so the fewest changes that fix these is such a bound: searched as
 * for a full plan within `limits` (the search's proven bound when it stops early), and never
 * below the packing of their families (targets whose families share no change each need
 * their own smallest set). It holds whatever the other targets' families lack, which is
 * what a plan with families cut short can still promise.
 */
export function exactFamiliesBound(exact: readonly Family[], changeCount: number, limits: Omit<SolveOptions, 'budget'>): number {
  const fixable = exact.filter((f) => f.length > 0);
  const open = fixable.map((f) => ({
    minCost: f.reduce((least, s) => Math.min(least, s.length), Infinity),
    footprint: [...new Set(f.flat())],
  }));
  const packed = packingBound(open, changeCount);
  const searched = solvePlan(
    fixable.map((sets) => ({ sets, weight: 1 })),
    [],
    { ...limits, budget: null },
  ).lowerBound;
  return Math.max(packed, searched ?? 0);
}
