import type { ChangeSet } from './antichain.js';
import type { Weighted } from './cover-problem.js';

/** A constraint not yet satisfied at a search node, with the sets still possible. */
export interface Open {
  index: number;
  weight: number;
  /** Sets that use no excluded variable. */
  viable: ChangeSet[];
  /** Fewest variables still to add to satisfy it. */
  minCost: number;
  /** Variables (not chosen yet) of its viable sets. */
  footprint: number[];
}

export interface NodeView {
  satisfied: number;
  open: Open[];
  /** Some constraint has no viable set left. */
  dead: boolean;
}

export function cost(set: ChangeSet, chosen: Uint8Array): number {
  let c = 0;
  for (const v of set) if (chosen[v] !== 1) c++;
  return c;
}

const usable = (set: ChangeSet, excluded: Uint8Array): boolean => set.every((v) => excluded[v] !== 1);

/** Where each constraint stands given the chosen and the excluded variables. */
export function viewNode(constraints: Weighted[], chosen: Uint8Array, excluded: Uint8Array, maxCost = Infinity): NodeView {
  let satisfied = 0;
  let dead = false;
  const open: Open[] = [];
  constraints.forEach((c, index) => {
    const viable: ChangeSet[] = [];
    let minCost = Infinity;
    for (const s of c.sets) {
      const k = cost(s, chosen);
      if (k === 0) {
        minCost = 0;
        break;
      }
      if (k <= maxCost && usable(s, excluded)) {
        viable.push(s);
        if (k < minCost) minCost = k;
      }
    }
    if (minCost === 0) {
      satisfied += c.weight;
      return;
    }
    if (viable.length === 0) {
      dead = true;
      return;
    }
    const fp = new Set<number>();
    for (const s of viable) for (const v of s) if (chosen[v] !== 1) fp.add(v);
    open.push({ index, weight: c.weight, viable, minCost, footprint: [...fp] });
  });
  return { satisfied, open, dead };
}

/**
 * A lower bound on the variables still needed to satisfy every open constraint: open
 * constraints whose footprints are pairwise disjoint each need their own minCost variables.
 */
export function packingBound(open: readonly Pick<Open, 'minCost' | 'footprint'>[], size: number): number {
  const order = [...open].sort((a, b) => b.minCost - a.minCost || a.footprint.length - b.footprint.length);
  const used = new Uint8Array(size);
  let bound = 0;
  for (const o of order) {
    if (o.footprint.some((v) => used[v] === 1)) continue;
    for (const v of o.footprint) used[v] = 1;
    bound += o.minCost;
  }
  return bound;
}

/** Weight of the bonus families satisfiable by adding at most `room` usable variables. */
export function bonusReach(bonus: Weighted[], chosen: Uint8Array, excluded: Uint8Array, room: number): number {
  let w = 0;
  for (const b of bonus) if (b.sets.some((s) => usable(s, excluded) && cost(s, chosen) <= room)) w += b.weight;
  return w;
}

/** Weight of the bonus families the chosen variables satisfy. */
export function bonusValue(bonus: Weighted[], chosen: Uint8Array): number {
  let w = 0;
  for (const b of bonus) if (b.sets.some((s) => cost(s, chosen) === 0)) w += b.weight;
  return w;
}

/** What the searches may spend: nodes per search, and set elements visited in all of them together. */
export interface SearchLimits {
  maxNodes: number;
  /** Shared by every search of one plan; each node costs the size of its component's constraints. */
  work: { left: number };
}

/** The set elements a search node visits: the size of the constraints, plus one. */
export function nodeWork(constraints: Weighted[]): number {
  let w = 1;
  for (const c of constraints) for (const s of c.sets) w += s.length + 1;
  return w;
}
