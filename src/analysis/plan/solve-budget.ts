import type { Component } from './cover-problem.js';
import { greedyBudget } from './greedy.js';
import { bonusValue, nodeWork, viewNode, type Open, type SearchLimits } from './node-view.js';

export interface BudgetSolution {
  /** Local variables chosen (at most the budget). */
  chosen: number[];
  /** Constraint weight satisfied. */
  covered: number;
  bonus: number;
  /** No choice within the budget satisfies more weight. */
  upperBound: number;
  exhausted: boolean;
  nodes: number;
}

/**
 * At most `budget` variables of the component that satisfy the most constraint weight; ties
 * go to fewer variables, then more bonus weight. Depth-first branch and bound on variables
 * with two upper bounds: the open constraints reachable within the remaining budget, and the
 * sum of the best `remaining` per-variable reaches, where a constraint that needs m more
 * variables adds weight/m to the reach of each variable of its footprint (a newly satisfied
 * constraint has at least m chosen variables there, so the sum never falls short). Changes
 * that only help together are found because whole sets are searched, never single-variable
 * gains. A greedy plan (best gain per change, whole sets at a time) is the starting point.
 */
export function solveBudget(component: Component, excludedVars: Set<number>, budget: number, limits: SearchLimits): BudgetSolution {
  const n = component.vars.length;
  const { constraints, bonus } = component;
  const chosen = new Uint8Array(n);
  const excluded = new Uint8Array(n);
  for (const v of excludedVars) excluded[v] = 1;
  let best = { chosen: [] as number[], covered: viewNode(constraints, chosen, excluded).satisfied, bonus: bonusValue(bonus, chosen) };
  const start = greedyBudget(component, excluded, budget);
  for (const v of start) chosen[v] = 1;
  const startView = viewNode(constraints, chosen, excluded);
  if (startView.satisfied > best.covered) best = { chosen: start, covered: startView.satisfied, bonus: bonusValue(bonus, chosen) };
  chosen.fill(0);
  let nodes = 0;
  let limited = false;
  const perNode = nodeWork(constraints);

  const better = (covered: number, size: number, b: number) =>
    covered > best.covered || (covered === best.covered && (size < best.chosen.length || (size === best.chosen.length && b > best.bonus)));

  const dfs = (size: number): number => {
    nodes++;
    limits.work.left -= perNode;
    const room = budget - size;
    const view = viewNode(constraints, chosen, excluded, room);
    const b = bonusValue(bonus, chosen);
    if (better(view.satisfied, size, b)) best = { chosen: [...chosen.keys()].filter((v) => chosen[v] === 1), covered: view.satisfied, bonus: b };
    // Open constraints with no viable set within the room are simply lost here.
    const open = view.open;
    if (room === 0 || open.length === 0) return view.satisfied;
    // Weights are whole numbers: so is the best reachable total.
    const bound = view.satisfied + Math.floor(reachBound(open, n, room) + 1e-9);
    if (bound < best.covered || (bound === best.covered && size + 1 > best.chosen.length)) return bound;
    if (nodes >= limits.maxNodes || limits.work.left <= 0) {
      limited = true;
      return bound;
    }
    const v = pickVar(open, n);
    chosen[v] = 1;
    const a = dfs(size + 1);
    chosen[v] = 0;
    excluded[v] = 1;
    const c = dfs(size);
    excluded[v] = 0;
    return Math.max(view.satisfied, a, c);
  };

  const ub = budget <= 0 ? best.covered : dfs(0);
  return { ...best, upperBound: Math.max(ub, best.covered), exhausted: !limited, nodes };
}

function reachBound(open: Open[], n: number, room: number): number {
  const reach = new Float64Array(n);
  let all = 0;
  for (const o of open) {
    all += o.weight;
    for (const v of o.footprint) reach[v] += o.weight / o.minCost;
  }
  const top = [...reach].filter((x) => x > 0).sort((a, b) => b - a);
  let sum = 0;
  for (let i = 0; i < room && i < top.length; i++) sum += top[i];
  return Math.min(all, sum);
}

function pickVar(open: Open[], n: number): number {
  const score = new Float64Array(n);
  for (const o of open) for (const v of o.footprint) score[v] += o.weight / o.minCost;
  let best = open[0].footprint[0];
  for (const o of open) for (const v of o.footprint) if (score[v] > score[best]) best = v;
  return best;
}
