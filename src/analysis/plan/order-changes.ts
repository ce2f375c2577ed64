import type { Family } from './antichain.js';

/** Plans up to this size are ordered exactly (dynamic programming over subsets). */
export const EXACT_ORDER_LIMIT = 12;

/**
 * An order of the plan's changes (0…n-1) that unblocks the most evaluations earliest: it
 * maximises the sum, over the steps, of the evaluations fixed after each step. `families`
 * are the evaluations' conditions over plan indices. Exact up to EXACT_ORDER_LIMIT changes;
 * beyond, greedy, taking the smallest group of up to three changes with the best gain per
 * change when no single change fixes anything, so synergies are not left to the end.
 */
export function orderChanges(n: number, families: Family[]): number[] {
  const useful = families.filter((f) => f.length > 0);
  if (n <= EXACT_ORDER_LIMIT) return exactOrder(n, useful);
  return greedyOrder(n, useful);
}

function exactOrder(n: number, families: Family[]): number[] {
  const masks = families.map((f) => f.map((s) => s.reduce((m, v) => m | (1 << v), 0)));
  const full = (1 << n) - 1;
  const count = new Int32Array(full + 1);
  for (let mask = 0; mask <= full; mask++) {
    let c = 0;
    for (const f of masks) if (f.some((m) => (m & mask) === m)) c++;
    count[mask] = c;
  }
  const best = new Float64Array(full + 1).fill(-1);
  const last = new Int32Array(full + 1).fill(-1);
  best[0] = 0;
  for (let mask = 1; mask <= full; mask++) {
    // On a tie the highest change goes last, so that changes as good as each other come in
    // their numbering, as the greedy order takes them.
    for (let v = 0; v < n; v++) {
      if (!(mask & (1 << v))) continue;
      const prev = best[mask ^ (1 << v)] + count[mask];
      if (prev >= best[mask]) {
        best[mask] = prev;
        last[mask] = v;
      }
    }
  }
  const order: number[] = [];
  for (let mask = full; mask > 0; mask ^= 1 << last[mask]) order.unshift(last[mask]);
  return order;
}

/**
 * The greedy order: at each step the change that fixes the most evaluations not fixed yet
 * (the first such change on a tie), or, when none fixes any, the group of two, then three,
 * changes that fixes the most per change, as the missing changes of a set in family order.
 * What each change alone would fix is kept up to date as changes are taken: per family not
 * fixed yet, each change that is the only one some set of it still lacks.
 */
function greedyOrder(n: number, families: Family[]): number[] {
  const chosen = new Uint8Array(n);
  // Sets numbered in family order; per set its family, members and how many are not chosen.
  const setFamily: number[] = [];
  const setMembers: (readonly number[])[] = [];
  const missing: number[] = [];
  const setsOf: number[][] = Array.from({ length: n }, () => []);
  families.forEach((f, k) => {
    for (const s of f) {
      for (const v of s) setsOf[v].push(setMembers.length);
      setFamily.push(k);
      setMembers.push(s);
      missing.push(s.length);
    }
  });
  const fixed = new Uint8Array(families.length);
  // Per family not fixed yet: the changes that alone would complete one of its sets.
  const near: Set<number>[] = families.map(() => new Set());
  // Per change: the families not fixed yet that it alone would fix.
  const gain = new Int32Array(n);
  const lastMissing = (set: number): number => setMembers[set].find((v) => chosen[v] !== 1)!;
  const nearBy = (k: number, v: number) => {
    if (near[k].has(v)) return;
    near[k].add(v);
    gain[v]++;
  };
  const fix = (k: number) => {
    if (fixed[k]) return;
    fixed[k] = 1;
    for (const v of near[k]) gain[v]--;
    near[k].clear();
  };
  for (let set = 0; set < setMembers.length; set++) {
    if (missing[set] === 0) fix(setFamily[set]);
  }
  for (let set = 0; set < setMembers.length; set++) {
    if (missing[set] === 1 && !fixed[setFamily[set]]) nearBy(setFamily[set], setMembers[set][0]);
  }
  const take = (v: number) => {
    chosen[v] = 1;
    for (const set of setsOf[v]) {
      const k = setFamily[set];
      missing[set]--;
      if (fixed[k]) continue;
      if (missing[set] === 0) fix(k);
      else if (missing[set] === 1) nearBy(k, lastMissing(set));
    }
  };
  // How many families not fixed yet `group` (changes not chosen) would fix, taken together.
  const groupGain = (group: number[]): number => {
    const hit = new Set<number>();
    for (const v of group) {
      for (const set of setsOf[v]) {
        const k = setFamily[set];
        if (fixed[k] || hit.has(k) || missing[set] > group.length) continue;
        if (setMembers[set].every((u) => chosen[u] === 1 || group.includes(u))) hit.add(k);
      }
    }
    return hit.size;
  };

  const order: number[] = [];
  while (order.length < n) {
    let best: number[] = [];
    let bestRate = 0;
    for (let v = 0; v < n; v++) {
      if (chosen[v] === 1) continue;
      if (best.length === 0) best = [v];
      if (gain[v] > bestRate) {
        bestRate = gain[v];
        best = [v];
      }
    }
    for (let size = 2; size <= 3 && bestRate === 0; size++) {
      // Groups drawn from the sets that still fix something.
      for (let set = 0; set < setMembers.length; set++) {
        if (missing[set] !== size) continue;
        const group = setMembers[set].filter((v) => chosen[v] !== 1);
        const rate = groupGain(group) / size;
        if (rate > bestRate) {
          bestRate = rate;
          best = group;
        }
      }
    }
    for (const v of best) {
      take(v);
      order.push(v);
    }
  }
  return order;
}
