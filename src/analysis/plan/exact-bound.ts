import type { Family } from './antichain.js';
import { packingBound } from './node-view.js';

/**
 * A lower bound on the changes of any plan that fixes every one of `exact`, targets whose
 * families hold every minimal set (not cut short, see `computeFamilies`): a plan fixing a
 * target contains one of its sets, so targets whose families share no change each need their
 * own smallest set (a packing, as in the search). It holds whatever the other targets'
 * families lack, which is what a plan with families cut short can still promise.
 */
export function exactFamiliesBound(exact: readonly Family[], changeCount: number): number {
  const open = exact
    .filter((f) => f.length > 0)
    .map((f) => ({
      minCost: Math.min(...f.map((s) => s.length)),
      footprint: [...new Set(f.flat())],
    }));
  return packingBound(open, changeCount);
}
