import { stronglyConnected } from '../util/strongly-connected.js';
import type { DependentsGraph } from './dependents-graph.js';
import { heldEdges, listedIn, provinceSlot } from './dependents-walk.js';
import type { DependentsOptions } from './dependents-types.js';

/** What `reachCounts` gives, by origin, in the order the origins were given. */
export interface ReachCounts {
  /** Procedures reached from the origin (the origin itself never), listed in the province. */
  total: Int32Array;
  /** Of which the origin's own edges reach. */
  direct: Int32Array;
}

/** At most this many 32-bit words of reach sets are held at once (32 MB). */
const WORDS_HELD = 8 << 20;

/**
 * How many procedures each origin reaches on the graph under the options' conditions, and
 * how many directly: what a walk from each origin alone (`reachDependents`) finds, counted
 * among the procedures listed in the options' province, for many origins at once. The
 * procedures are condensed into strongly connected components over the edges that hold;
 * each origin of a batch gets one bit, and in one pass over the components, every one
 * before those it reaches, a component's bits are or-ed into the components its edges reach.
 * A component's bits then name the origins that reach it. Origins are nodes of the graph
 * (-1: none, which reaches nothing), taken `batch` at a time (default: as many as 32 MB of
 * bits hold) to bound memory. Options are assumed checked, as `compiledGraph` does.
 */
export function reachCounts(graph: DependentsGraph, origins: Int32Array, options: DependentsOptions = {}, batch?: number): ReachCounts {
  const held = heldEdges(graph, options);
  const position = provinceSlot(graph, options.province ?? null);
  const components = procedureComponents(graph, held);
  const C = components.start.length - 1;
  // Listed procedures of each component: every one counts where the component is reached.
  const listed = new Int32Array(C);
  for (let i = 0; i < graph.procedureCount; i++) if (listedIn(graph, position, i)) listed[components.component[i]]++;

  const total = new Int32Array(origins.length);
  const direct = directCounts(graph, origins, held, position);
  // Only origins with an edge that holds reach anything.
  const reaching = origins.map((o, n) => (o >= 0 && hasHeldEdge(graph, held, o) ? n : -1)).filter((n) => n >= 0);
  const size = Math.min(reaching.length, Math.max(1, batch ?? Math.max(32, Math.floor(WORDS_HELD / Math.max(1, C)) * 32)));
  // A batch's bits: `words` words for each component, a bit for each origin; one buffer serves every batch.
  const sets = { words: (size + 31) >>> 5, bits: new Uint32Array(C * ((size + 31) >>> 5)), marked: new Uint8Array(C) };
  for (let from = 0; from < reaching.length; from += size) {
    if (from > 0) {
      sets.bits.fill(0);
      sets.marked.fill(0);
    }
    const slice = reaching.subarray(from, Math.min(reaching.length, from + size));
    countBatch(graph, held, components, listed, origins, slice, sets, total);
  }
  // An origin that is a listed procedure was counted in its own component.
  for (const n of reaching) if (origins[n] < graph.procedureCount && listedIn(graph, position, origins[n])) total[n]--;
  return { total, direct };
}

/** The procedures' strongly connected components over the edges that hold between them. */
function procedureComponents(graph: DependentsGraph, held: Uint8Array | null) {
  const P = graph.procedureCount;
  const { start, items } = graph.reverse;
  const kept = items.slice(0, start[P]);
  if (held !== null) for (let k = 0; k < kept.length; k++) if (held[k] === 0) kept[k] = -1;
  return stronglyConnected({ start: start.subarray(0, P + 1), items: kept }, P);
}

/** Whether any edge of the node holds: an origin without one reaches nothing. */
function hasHeldEdge(graph: DependentsGraph, held: Uint8Array | null, node: number): boolean {
  const { start } = graph.reverse;
  for (let k = start[node]; k < start[node + 1]; k++) if (held === null || held[k] === 1) return true;
  return false;
}

/** Distinct procedures, other than the origin and listed in the province, that each origin's edges reach. */
function directCounts(graph: DependentsGraph, origins: Int32Array, held: Uint8Array | null, position: number): Int32Array {
  const { start, items } = graph.reverse;
  const direct = new Int32Array(origins.length);
  const stamp = new Int32Array(graph.procedureCount).fill(-1);
  origins.forEach((o, n) => {
    if (o < 0) return;
    let count = 0;
    for (let k = start[o]; k < start[o + 1]; k++) {
      const w = items[k];
      if ((held !== null && held[k] === 0) || w === o || stamp[w] === n) continue;
      stamp[w] = n;
      if (listedIn(graph, position, w)) count++;
    }
    direct[n] = count;
  });
  return direct;
}

/** Adds to `total` what the origins `slice` (positions in `origins`) reach, one bit each. */
function countBatch(
  graph: DependentsGraph,
  held: Uint8Array | null,
  components: ReturnType<typeof stronglyConnected>,
  listed: Int32Array,
  origins: Int32Array,
  slice: Int32Array,
  { words: W, bits, marked }: { words: number; bits: Uint32Array; marked: Uint8Array },
  total: Int32Array,
): void {
  const P = graph.procedureCount;
  const { start, items } = graph.reverse;
  const { component, order } = components;
  const C = components.start.length - 1;
  const mark = (c: number, j: number) => {
    bits[c * W + (j >>> 5)] |= 1 << (j & 31);
    marked[c] = 1;
  };
  for (let j = 0; j < slice.length; j++) {
    const o = origins[slice[j]];
    if (o < P) mark(component[o], j);
    else for (let k = start[o]; k < start[o + 1]; k++) if (held === null || held[k] === 1) mark(component[items[k]], j);
  }
  // Components are listed after every component they reach: the last reach the first.
  for (let c = C - 1; c >= 0; c--) {
    if (marked[c] === 0) continue;
    const row = c * W;
    for (let m = components.start[c]; m < components.start[c + 1]; m++) {
      const v = order[m];
      for (let k = start[v]; k < start[v + 1]; k++) {
        if (held !== null && held[k] === 0) continue;
        const d = component[items[k]];
        if (d === c) continue;
        const to = d * W;
        for (let q = 0; q < W; q++) bits[to + q] |= bits[row + q];
        marked[d] = 1;
      }
    }
  }
  for (let c = 0; c < C; c++) {
    const weight = listed[c];
    if (marked[c] === 0 || weight === 0) continue;
    const row = c * W;
    for (let q = 0; q < W; q++) {
      let x = bits[row + q];
      const base = q << 5;
      while (x !== 0) {
        const low = x & -x;
        total[slice[base + 31 - Math.clz32(low)]] += weight;
        x ^= low;
      }
    }
  }
}
