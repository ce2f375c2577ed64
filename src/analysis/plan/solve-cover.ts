import type { Component } from './cover-problem.js';
import { bonusReach, bonusValue, packingBound, viewNode } from './node-view.js';

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
 * Stops after `maxNodes` nodes with the best plan found and a proven lower bound.
 * Every constraint must be satisfiable with all variables chosen.
 */
export function solveCover(component: Component, excludedVars: Set<number>, maxNodes: number): CoverSolution {
  const n = component.vars.length;
  const { constraints, bonus } = component;
  const chosen = new Uint8Array(n);
  const excluded = new Uint8Array(n);
  for (const v of excludedVars) excluded[v] = 1;

  let best = greedy(component, excluded);
  let nodes = 0;
  let limited = false;

  const dfs = (size: number): number => {
    nodes++;
    // Unit propagation: a constraint with one viable set forces its variables.
    const forced: number[] = [];
    let view = viewNode(constraints, chosen, excluded);
    while (!view.dead) {
      const unit = view.open.find((o) => o.viable.length === 1);
      if (!unit) break;
      for (const v of unit.viable[0]) {
        if (chosen[v] !== 1) {
          chosen[v] = 1;
          forced.push(v);
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
    if (nodes >= maxNodes) {
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

/** A first plan: repeatedly add the viable set that satisfies the most weight per new variable, then drop what is redundant. */
function greedy(component: Component, excluded: Uint8Array): { chosen: number[]; bonus: number } {
  const n = component.vars.length;
  const chosen = new Uint8Array(n);
  for (;;) {
    const view = viewNode(component.constraints, chosen, excluded);
    if (view.open.length === 0) break;
    let bestSet: readonly number[] | null = null;
    let bestRatio = -1;
    for (const o of view.open) {
      for (const s of o.viable) {
        const add = s.filter((v) => chosen[v] !== 1);
        for (const v of add) chosen[v] = 1;
        const gain = viewNode(component.constraints, chosen, excluded).satisfied - view.satisfied;
        for (const v of add) chosen[v] = 0;
        const ratio = gain / add.length;
        if (ratio > bestRatio) {
          bestRatio = ratio;
          bestSet = add;
        }
      }
    }
    if (!bestSet) break;
    for (const v of bestSet) chosen[v] = 1;
  }
  for (let v = 0; v < n; v++) {
    if (chosen[v] !== 1) continue;
    chosen[v] = 0;
    const view = viewNode(component.constraints, chosen, excluded);
    if (view.open.length > 0) chosen[v] = 1;
  }
  const list = [...chosen.keys()].filter((v) => chosen[v] === 1);
  return { chosen: list, bonus: bonusValue(component.bonus, chosen) };
}

