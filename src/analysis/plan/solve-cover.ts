import type { Component } from './cover-problem.js';
import { bonusReach, bonusValue, nodeWork, packingBound, viewNode, type SearchLimits } from './node-view.js';
import { greedyCover } from './greedy.js';

export interface CoverSolution {
  /** Local variables chosen. */
  chosen: number[];
  bonus: number;
  /** No plan satisfying every constraint has fewer variables. */
  lowerBound: number;
  /** The whole tree was searched (size and tie-break both proven). */
  exhausted: boolean;
  nodes: number;
}

/**
 * The fewest variables that satisfy every constraint of the component, and among those the
 * most bonus weight: depth-first branch and bound on variables (include, then exclude),
 * with unit propagation, a disjoint-footprint packing lower bound, and a greedy start.
 * Stops at the node or work limit with the best plan found and a proven lower bound.
 * Every constraint must be satisfiable with all variables chosen.
 */
export function solveCover(component: Component, excludedVars: Set<number>, limits: SearchLimits): CoverSolution {
  const n = component.vars.length;
  const { constraints, bonus } = component;
  const chosen = new Uint8Array(n);
  const excluded = new Uint8Array(n);
  for (const v of excludedVars) excluded[v] = 1;

  let best = greedyCover(component, excluded);
  let nodes = 0;
  let limited = false;
  const perNode = nodeWork(constraints);

  const dfs = (size: number): number => {
    nodes++;
    limits.work.left -= perNode;
    // Unit propagation: a constraint with one viable set forces its variables.
    const forced: number[] = [];
    let view = viewNode(constraints, chosen, excluded);
    while (!view.dead) {
      const units = view.open.filter((o) => o.viable.length === 1);
      if (units.length === 0) break;
      for (const unit of units) {
        for (const v of unit.viable[0]) {
          if (chosen[v] !== 1) {
            chosen[v] = 1;
            forced.push(v);
          }
        }
      }
      view = viewNode(constraints, chosen, excluded);
    }
    const undo = () => {
      for (const v of forced) chosen[v] = 0;
    };
    const here = size + forced.length;
    if (view.dead) {
      undo();
      return Infinity;
    }
    if (view.open.length === 0) {
      const b = bonusValue(bonus, chosen);
      if (here < best.chosen.length || (here === best.chosen.length && b > best.bonus)) {
        best = { chosen: [...chosen.keys()].filter((v) => chosen[v] === 1), bonus: b };
      }
      undo();
      return here;
    }
    const bound = here + packingBound(view.open, n);
    if (bound > best.chosen.length) {
      undo();
      return bound;
    }
    if (bound === best.chosen.length && bonusReach(bonus, chosen, excluded, best.chosen.length - here) <= best.bonus) {
      undo();
      return bound;
    }
    if (nodes >= limits.maxNodes || limits.work.left <= 0) {
      limited = true;
      undo();
      return bound;
    }
    const v = pickVar(view.open, n);
    chosen[v] = 1;
    const a = dfs(here + 1);
    chosen[v] = 0;
    excluded[v] = 1;
    const b = dfs(here);
    excluded[v] = 0;
    undo();
    return Math.min(a, b);
  };

  const lb = dfs(0);
  return {
    chosen: best.chosen,
    bonus: best.bonus,
    lowerBound: Math.min(lb, best.chosen.length),
    exhausted: !limited,
    nodes,
  };
}

/** The variable to branch on: in the open constraint with the fewest viable sets, the most used one. */
function pickVar(open: ReturnType<typeof viewNode>['open'], n: number): number {
  const score = new Float64Array(n);
  for (const o of open) for (const v of o.footprint) score[v] += o.weight / o.minCost;
  const tight = open.reduce((a, b) => (b.viable.length < a.viable.length || (b.viable.length === a.viable.length && b.minCost > a.minCost) ? b : a));
  let best = tight.footprint[0];
  for (const v of tight.footprint) if (score[v] > score[best]) best = v;
  return best;
}
