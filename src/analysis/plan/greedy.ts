import type { ChangeSet } from './antichain.js';
import type { Component } from './cover-problem.js';
import { bonusValue } from './node-view.js';
import { RateHeap } from './rate-heap.js';

/** Which constraints each variable occurs in, and what adding a set gains. */
class Gains {
  readonly chosen: Uint8Array;
  readonly done: Uint8Array;
  private readonly occurs: number[][];
  constructor(private readonly component: Component) {
    const n = component.vars.length;
    this.chosen = new Uint8Array(n);
    this.done = new Uint8Array(component.constraints.length);
    this.occurs = Array.from({ length: n }, () => []);
    component.constraints.forEach((c, i) => {
      const seen = new Set<number>();
      for (const s of c.sets) {
        for (const v of s) {
          if (!seen.has(v)) {
            seen.add(v);
            this.occurs[v].push(i);
          }
        }
      }
    });
  }
  holds(i: number): boolean {
    return this.component.constraints[i].sets.some((s) => s.every((v) => this.chosen[v] === 1));
  }
  /** The variables of `set` not chosen yet, and the weight they would newly satisfy. */
  gain(set: ChangeSet): { add: number[]; gain: number } {
    const add = set.filter((v) => this.chosen[v] !== 1);
    if (add.length === 0) return { add, gain: 0 };
    for (const v of add) this.chosen[v] = 1;
    const touched = new Set<number>();
    for (const v of add) for (const j of this.occurs[v]) if (!this.done[j]) touched.add(j);
    let gain = 0;
    for (const j of touched) if (this.holds(j)) gain += this.component.constraints[j].weight;
    for (const v of add) this.chosen[v] = 0;
    return { add, gain };
  }
  choose(add: number[]): void {
    for (const v of add) this.chosen[v] = 1;
    for (const v of add) for (const j of this.occurs[v]) if (!this.done[j] && this.holds(j)) this.done[j] = 1;
  }
  /** Drops chosen variables that no satisfied constraint needs. */
  prune(): void {
    for (let v = 0; v < this.chosen.length; v++) {
      if (this.chosen[v] !== 1) continue;
      this.chosen[v] = 0;
      if (this.occurs[v].some((j) => !this.holds(j))) this.chosen[v] = 1;
    }
  }
  list(): number[] {
    return [...this.chosen.keys()].filter((v) => this.chosen[v] === 1);
  }
  /** Distinct usable sets of the constraints not yet satisfied. */
  openSets(excluded: Uint8Array): ChangeSet[] {
    const seen = new Set<string>();
    const out: ChangeSet[] = [];
    this.component.constraints.forEach((c, i) => {
      if (this.done[i]) return;
      for (const s of c.sets) {
        const key = s.join(',');
        if (seen.has(key) || s.some((v) => excluded[v] === 1)) continue;
        seen.add(key);
        out.push(s);
      }
    });
    return out;
  }
}

/**
 * A first plan satisfying every constraint: repeatedly add the usable set that satisfies
 * the most weight per new variable, then drop what is redundant. Gains are re-evaluated
 * lazily (a set whose fresh gain still tops the queue is taken), good enough for a starting
 * point: the search, not the start, decides optimality.
 */
export function greedyCover(component: Component, excluded: Uint8Array): { chosen: number[]; bonus: number } {
  const g = new Gains(component);
  const heap = new RateHeap();
  const rate = (s: ChangeSet) => {
    const { add, gain } = g.gain(s);
    return add.length === 0 ? 0 : gain / add.length;
  };
  for (const s of g.openSets(excluded)) heap.push(s, rate(s));
  while (heap.size > 0) {
    const top = heap.pop()!;
    const now = rate(top.set);
    if (now <= 0) continue;
    if (heap.size > 0 && now < heap.peekRate()) {
      heap.push(top.set, now);
      continue;
    }
    g.choose(g.gain(top.set).add);
  }
  g.prune();
  return { chosen: g.list(), bonus: bonusValue(component.bonus, g.chosen) };
}

/** Up to `budget` variables, a whole usable set at a time, each time the most weight per variable added. */
export function greedyBudget(component: Component, excluded: Uint8Array, budget: number): number[] {
  const g = new Gains(component);
  let size = 0;
  for (;;) {
    let best: number[] | null = null;
    let bestRate = 0;
    for (const s of g.openSets(excluded)) {
      const { add, gain } = g.gain(s);
      if (add.length === 0 || size + add.length > budget) continue;
      if (gain / add.length > bestRate) {
        bestRate = gain / add.length;
        best = add;
      }
    }
    if (!best) break;
    g.choose(best);
    size += best.length;
  }
  return g.list();
}
