import { dominatedVars, mergeEqual, splitComponents, withoutVars, type Weighted } from './cover-problem.js';
import { solveBudget, type BudgetSolution } from './solve-budget.js';
import { solveCover } from './solve-cover.js';

export interface SolveOptions {
  /** null: satisfy every constraint with the fewest changes; K: at most K changes satisfying the most weight. */
  budget: number | null;
  /** Node limit of each branch and bound. */
  maxNodes: number;
  /** Set elements all the searches may visit together (default DEFAULT_MAX_WORK). */
  maxWork?: number;
}

/** Roughly a second or two of search in all. */
export const DEFAULT_MAX_WORK = 10_000_000;

export interface Solved {
  /** Global change indices, ascending. */
  chosen: number[];
  /** Size proven minimal (full), or weight proven maximal (budget). */
  optimal: boolean;
  /** Full plan: proven lower bound on the number of changes. */
  lowerBound: number | null;
  /** Budget: proven upper bound on the satisfiable weight. */
  upperBound: number | null;
  /** Weight satisfied (budget), or the total weight (full). */
  covered: number;
  tieOptimal: boolean;
  nodes: number;
  components: number;
  limited: boolean;
}

/**
 * Solves the covering problem: every constraint is a monotone condition (family of change
 * sets) standing for `weight` evaluations; `bonus` families are the tie-break (evaluations
 * that become paperless). The problem is split into independent components and dominated
 * changes are set aside first; full plans add up per component, budgets are shared between
 * components by dynamic programming over each component's best plan per budget.
 */
export function solvePlan(constraints: Weighted[], bonus: Weighted[], options: SolveOptions): Solved {
  const components = splitComponents(mergeEqual(constraints), mergeEqual(bonus)).map((c) => ({ c, removed: dominatedVars(c) }));
  const parts = components.map(({ c, removed }) => ({ c: withoutVars(c, removed), removed }));
  let nodes = 0;
  let limited = false;
  let tieOptimal = true;
  const limits = { maxNodes: options.maxNodes, work: { left: options.maxWork ?? DEFAULT_MAX_WORK } };

  if (options.budget === null) {
    const chosen: number[] = [];
    let lowerBound = 0;
    let covered = 0;
    for (const { c, removed } of parts) {
      const s = solveCover(c, removed, limits);
      nodes += s.nodes;
      if (!s.exhausted) {
        limited = true;
        tieOptimal = false;
      }
      lowerBound += s.lowerBound;
      covered += c.constraints.reduce((a, x) => a + x.weight, 0);
      for (const v of s.chosen) chosen.push(c.vars[v]);
    }
    chosen.sort((a, b) => a - b);
    return { chosen, optimal: lowerBound >= chosen.length, lowerBound, upperBound: null, covered, tieOptimal, nodes, components: parts.length, limited };
  }

  // No plan can use more changes than the components have usable variables.
  const K = Math.min(options.budget, parts.reduce((a, { c, removed }) => a + c.vars.length - removed.size, 0));
  // Per component: the best plan for each budget 0..K (a plan for b also fits b+1).
  const tables = parts.map(({ c, removed }) => {
    const total = c.constraints.reduce((a, x) => a + x.weight, 0);
    const table: BudgetSolution[] = [];
    const empty: BudgetSolution = { chosen: [], covered: 0, bonus: 0, upperBound: 0, exhausted: true, nodes: 0 };
    for (let b = 0; b <= K; b++) {
      // Alone, a component is only ever given the whole budget.
      if (parts.length === 1 && b < K) {
        table.push(empty);
        continue;
      }
      const prev = table[b - 1];
      if (prev && prev.exhausted && prev.covered === total) {
        table.push(prev);
        continue;
      }
      if (b > c.vars.length - removed.size && prev) {
        table.push(prev);
        continue;
      }
      const s = solveBudget(c, removed, b, limits);
      nodes += s.nodes;
      if (!s.exhausted) {
        limited = true;
        tieOptimal = false;
      }
      table.push({ ...s, chosen: s.chosen.map((v) => c.vars[v]) });
    }
    return table;
  });
  // Knapsack over components, lexicographic (covered, fewer changes, bonus); a second table
  // sums the upper bounds the same way.
  type Cell = { covered: number; size: number; bonus: number; pick: number[] };
  const betterCell = (a: Cell, b: Cell) =>
    a.covered > b.covered || (a.covered === b.covered && (a.size < b.size || (a.size === b.size && a.bonus > b.bonus)));
  let dp: Cell[] = Array.from({ length: K + 1 }, () => ({ covered: 0, size: 0, bonus: 0, pick: [] }));
  let ub: number[] = Array.from({ length: K + 1 }, () => 0);
  for (const table of tables) {
    const next: Cell[] = [];
    const nextUb: number[] = [];
    for (let k = 0; k <= K; k++) {
      let bestCell: Cell | null = null;
      let bestUb = -Infinity;
      for (let j = 0; j <= k; j++) {
        const s = table[j];
        const prev = dp[k - j];
        const cell = { covered: prev.covered + s.covered, size: prev.size + s.chosen.length, bonus: prev.bonus + s.bonus, pick: [...prev.pick, ...s.chosen] };
        if (bestCell === null || betterCell(cell, bestCell)) bestCell = cell;
        bestUb = Math.max(bestUb, ub[k - j] + s.upperBound);
      }
      next.push(bestCell!);
      nextUb.push(bestUb);
    }
    dp = next;
    ub = nextUb;
  }
  const final = dp[K];
  const upperBound = Math.max(ub[K], final.covered);
  return {
    chosen: [...final.pick].sort((a, b) => a - b),
    optimal: upperBound <= final.covered,
    lowerBound: null,
    upperBound,
    covered: final.covered,
    tieOptimal,
    nodes,
    components: parts.length,
    limited,
  };
}
