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
    for (let v = 0; v < n; v++) {
      if (!(mask & (1 << v))) continue;
      const prev = best[mask ^ (1 << v)] + count[mask];
      if (prev > best[mask]) {
        best[mask] = prev;
        last[mask] = v;
      }
    }
  }
  const order: number[] = [];
  for (let mask = full; mask > 0; mask ^= 1 << last[mask]) order.unshift(last[mask]);
  return order;
}

function greedyOrder(n: number, families: Family[]): number[] {
  const chosen = new Uint8Array(n);
  const fixed = () => families.reduce((c, f) => c + (f.some((s) => s.every((v) => chosen[v] === 1)) ? 1 : 0), 0);
  const order: number[] = [];
  let now = 0;
  while (order.length < n) {
    const rest = [...Array(n).keys()].filter((v) => chosen[v] !== 1);
    let best: number[] = [rest[0]];
    let bestRate = 0;
    const tryGroup = (group: number[]) => {
      for (const v of group) chosen[v] = 1;
      const rate = (fixed() - now) / group.length;
      for (const v of group) chosen[v] = 0;
      if (rate > bestRate) {
        bestRate = rate;
        best = group;
      }
    };
    for (const v of rest) tryGroup([v]);
    for (let size = 2; size <= 3 && bestRate === 0; size++) {
      // Groups drawn from the sets that still fix something.
      for (const f of families) {
        for (const s of f) {
          const missing = s.filter((v) => chosen[v] !== 1);
          if (missing.length === size) tryGroup(missing);
        }
      }
    }
    for (const v of best) {
      chosen[v] = 1;
      order.push(v);
    }
    now = fixed();
  }
  return order;
}
