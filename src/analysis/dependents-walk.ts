import { amendmentCounts, withoutLegalIds } from './dependents-index.js';
import type { DependentsGraph } from './dependents-graph.js';
import { resolveDependencyTarget } from './dependents-target.js';
import type { DependentTarget, DependentsOptions } from './dependents-types.js';

/**
 * What a walk from a target on a `DependentsGraph` reached: the procedures that depend on
 * it, as procedure positions, with their depths. Paths are not built: `parent` keeps, for
 * each dependent, the procedure through which the walk reached it (-1: a direct
 * dependent), from which `dependents` builds its path when one is asked for. `depth`,
 * `parent` and `found` are the graph's working arrays: they hold until the next walk on
 * the graph.
 */
export interface DependentsReach {
  target: DependentTarget;
  at: string | null;
  province: string | null;
  without: string[];
  /** Per procedure: hops to the target (0: direct), or -1 when it does not depend on it. */
  depth: Int32Array;
  /** Per dependent procedure: the procedure it was reached through, or -1 for a direct dependent. */
  parent: Int32Array;
  /** Every procedure reached (in every province), in the order reached: the direct ones first. */
  found: Int32Array;
}

/** The dependents of a target: the same procedures, depths and order as `dependents` gives. */
export interface DependentsWalk extends DependentsReach {
  /** The dependents listed (with `province`: those that run there, and central ones), closest first, then by code. */
  order: Int32Array;
}

/**
 * The arrays a walk works in, kept with the graph and reused by its next walk, which first
 * undoes what the last one marked: allocating them anew made up about a fifth of a count
 * at national scale (fresh memory is faulted in page by page).
 */
interface WalkArrays {
  depth: Int32Array;
  parent: Int32Array;
  /** The procedures reached, in the order reached (the first `reached`). */
  queue: Int32Array;
  seen: Uint8Array;
  reached: number;
  origin: number;
}

const arraysOf = new WeakMap<DependentsGraph, WalkArrays>();

function walkArrays(graph: DependentsGraph): WalkArrays {
  const kept = arraysOf.get(graph);
  if (kept === undefined) {
    const fresh: WalkArrays = {
      depth: new Int32Array(graph.procedureCount).fill(-1),
      parent: new Int32Array(graph.procedureCount).fill(-1),
      queue: new Int32Array(graph.procedureCount),
      seen: new Uint8Array(graph.nodeCount),
      reached: 0,
      origin: -1,
    };
    arraysOf.set(graph, fresh);
    return fresh;
  }
  const { depth, parent, queue, seen } = kept;
  for (let k = 0; k < kept.reached; k++) {
    const i = queue[k];
    depth[i] = -1;
    parent[i] = -1;
    seen[i] = 0;
  }
  if (kept.origin >= 0) seen[kept.origin] = 0;
  kept.reached = 0;
  kept.origin = -1;
  return kept;
}

/** Walks the graph backwards from the target and lists the dependents. Options are assumed checked, as `compiledGraph` does. */
export function walkDependents(graph: DependentsGraph, id: string, options: DependentsOptions = {}): DependentsWalk {
  const reached = reachDependents(graph, id, options);
  return { ...reached, order: inCodeOrder(graph, reached.found, reached.depth, options.province) };
}

/** Walks the graph backwards from the target, without listing the dependents. */
export function reachDependents(graph: DependentsGraph, id: string, options: DependentsOptions = {}): DependentsReach {
  return reacher(graph, options)(id);
}

/**
 * `reachDependents` of many targets under the same options: which amendments count and
 * which requirements are dropped worked out once. Each walk reuses the arrays of the last:
 * read its result before the next.
 */
export function reacher(graph: DependentsGraph, options: DependentsOptions = {}): (id: string) => DependentsReach {
  const without = withoutLegalIds(graph.index, options.without);
  const { active, dropped } = conditions(graph, without, options.at);
  return (id) => reachWith(graph, id, options, without, active, dropped);
}

function reachWith(graph: DependentsGraph, id: string, options: DependentsOptions, without: string[], active: Uint8Array | null, dropped: Uint8Array | null): DependentsReach {
  const target = resolveDependencyTarget(graph.index, id, options.kind);
  const arrays = walkArrays(graph);
  const { depth, parent, queue } = arrays;
  const origin = targetNode(graph, target);
  if (origin !== undefined) {
    arrays.origin = origin;
    arrays.reached = reach(graph, origin, active, dropped, arrays);
  }
  const found = queue.subarray(0, arrays.reached);
  return { target, at: options.at ?? null, province: options.province ?? null, without, depth, parent, found };
}

/** The target's node in the graph (undefined: none, as for a reference that does not resolve). */
export function targetNode(graph: DependentsGraph, target: DependentTarget): number | undefined {
  return target.kind === 'procedure'
    ? graph.procedureIndex.get(target.id)
    : target.kind === 'legal'
      ? graph.legalNode.get(target.id)
      : graph.evidenceNode.get(target.id);
}

/**
 * Breadth-first from `origin` over the edges that hold: each procedure reached is queued
 * once, with its depth and the procedure it was reached through. Returns how many.
 */
function reach(
  graph: DependentsGraph,
  origin: number,
  active: Uint8Array | null,
  dropped: Uint8Array | null,
  { depth, parent, queue, seen }: WalkArrays,
): number {
  const { start, items } = graph.reverse;
  const { edgeAmendment, edgeRequirement } = graph;
  seen[origin] = 1;
  let tail = 0;
  // The origin's own edges give depth 0 (queue[-1] stands for the origin).
  for (let head = -1; head < tail; head++) {
    const v = head < 0 ? origin : queue[head];
    const d = head < 0 ? 0 : depth[v] + 1;
    const from = head < 0 ? -1 : v;
    for (let k = start[v]; k < start[v + 1]; k++) {
      const w = items[k];
      if (seen[w] !== 0) continue;
      if (active !== null) {
        const a = edgeAmendment[k];
        if (a >= 0 && active[a] === 0) continue;
        const r = edgeRequirement[k];
        if (dropped !== null && r >= 0 && dropped[r] !== 0) continue;
      }
      seen[w] = 1;
      depth[w] = d;
      parent[w] = from;
      queue[tail++] = w;
    }
  }
  return tail;
}

/**
 * Which edges of the graph a walk under the options follows (1) and which it does not (0),
 * by edge position in `graph.reverse`; null when it follows every edge.
 */
export function heldEdges(graph: DependentsGraph, options: DependentsOptions = {}): Uint8Array | null {
  const { active, dropped } = conditions(graph, withoutLegalIds(graph.index, options.without), options.at);
  if (active === null) return null;
  const { edgeAmendment, edgeRequirement } = graph;
  const held = new Uint8Array(edgeAmendment.length);
  for (let k = 0; k < held.length; k++) {
    const a = edgeAmendment[k];
    const r = edgeRequirement[k];
    held[k] = (a >= 0 && active[a] === 0) || (dropped !== null && r >= 0 && dropped[r] !== 0) ? 0 : 1;
  }
  return held;
}

/** A walk's province as `listedIn` takes it: -1 for none, -2 for one the catalog does not have. */
export function provinceSlot(graph: DependentsGraph, province: string | null): number {
  return province === null ? -1 : (graph.provincePosition.get(province) ?? -2);
}

/** Whether procedure `i` is listed in the province at `position` (see `provinceSlot`): it runs there, or is central. */
export function listedIn(graph: DependentsGraph, position: number, i: number): boolean {
  if (position === -1 || graph.provinceMode[i] !== 2) return true;
  const { start, items } = graph.listedProvinces;
  for (let k = start[i]; k < start[i + 1]; k++) if (items[k] === position) return true;
  return false;
}

/**
 * The dependents found (`found`, in the order the walk found them) that are listed: with a
 * province, those that run there and central ones. Sorted by depth, then by code: a
 * counting sort over the procedures in code order; procedures whose codes compare equal
 * keep the order they were found in, as a stable sort of the found list would.
 */
function inCodeOrder(graph: DependentsGraph, found: Int32Array, depth: Int32Array, province: string | undefined): Int32Array {
  const position = provinceSlot(graph, province ?? null);
  const listed = (i: number): boolean => listedIn(graph, position, i);
  const deepest = found.length === 0 ? -1 : depth[found[found.length - 1]];
  const offset = new Int32Array(deepest + 2);
  let total = 0;
  for (let k = 0; k < found.length; k++) {
    const i = found[k];
    if (listed(i)) {
      offset[depth[i] + 1]++;
      total++;
    }
  }
  for (let d = 0; d <= deepest; d++) offset[d + 1] += offset[d];
  const order = new Int32Array(total);
  const { byRank } = graph;
  for (let k = 0; k < byRank.length; k++) {
    const i = byRank[k];
    const d = depth[i];
    if (d >= 0 && (position === -1 || listed(i))) order[offset[d]++] = i;
  }
  if (graph.rankTies) keepFoundOrderOfTies(graph, order, found, depth);
  return order;
}

function keepFoundOrderOfTies(graph: DependentsGraph, order: Int32Array, found: Int32Array, depth: Int32Array): void {
  const foundAt = new Int32Array(graph.procedureCount);
  found.forEach((i, k) => (foundAt[i] = k));
  const { rank } = graph;
  for (let a = 0; a < order.length; ) {
    let b = a + 1;
    while (b < order.length && rank[order[b]] === rank[order[a]] && depth[order[b]] === depth[order[a]]) b++;
    if (b - a > 1) order.subarray(a, b).sort((x, y) => foundAt[x] - foundAt[y]);
    a = b;
  }
}

/**
 * Which amendments are in force and not ignored, and which requirements an amendment in
 * force drops (only with a date). Both null when every edge holds.
 */
function conditions(graph: DependentsGraph, without: string[], at: string | undefined) {
  const amendments = graph.index.amendments;
  const active = new Uint8Array(amendments.length);
  let all = true;
  let drops = false;
  amendments.forEach((a, i) => {
    active[i] = amendmentCounts(a, without, at) ? 1 : 0;
    if (active[i] === 0) all = false;
    else if (at !== undefined && a.amendment.drop) drops = true;
  });
  if (all && !drops) return { active: null, dropped: null };
  let dropped: Uint8Array | null = null;
  if (drops) {
    dropped = new Uint8Array(graph.requirementCount);
    const { start, items } = graph.coveredBy;
    amendments.forEach((a, i) => {
      if (active[i] === 1 && a.amendment.drop) for (let k = start[i]; k < start[i + 1]; k++) dropped![items[k]] = 1;
    });
  }
  return { active, dropped };
}
