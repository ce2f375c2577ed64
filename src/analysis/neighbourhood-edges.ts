import type { AmendsEdge, AsksForEdge, CatalogGraphView, EdgeAttributes } from '../graph/graph-types.js';
import { procedureKey } from '../graph/node-keys.js';
import type { NeighbourhoodEdge } from './neighbourhood-types.js';

/**
 * The catalog graph's edges with requirement nodes folded away: a requirement's `asks-for`,
 * `accepts` and `based-on` edges start at its procedure instead (`asks-for` becomes
 * `requires`, with the mode). One edge per type and pair of nodes, in graph order.
 */
export function foldedEdges(graph: CatalogGraphView): NeighbourhoodEdge[] {
  const folded = foldGraph(graph);
  return folded.edgesAmong(new Uint8Array(folded.keys.length).fill(1));
}

/** Whether a folded edge is a free step of a walk: a provision's to what it is part of. */
const FREE = 'part-of';

/**
 * The folded graph (see `foldedEdges`) with its nodes numbered, for a walk over all of it:
 * each folded edge's ends and the graph edge it comes from, edges added twice kept twice (a
 * walk steps to a node once either way), and each node's edges along dependence
 * (`forward`: to what it depends on) and against it (`backward`), in graph order.
 */
export interface FoldedGraph {
  /** Node keys by number: the graph's nodes in its order. */
  keys: string[];
  /** The number of a node key; undefined for a key the graph lacks. */
  id(key: string): number | undefined;
  /** Node `n`'s steps along dependence: `to[start[n]] … to[start[n + 1] - 1]`, `free` for a `part-of` step. */
  forward: Steps;
  backward: Steps;
  /** The folded edges whose ends are both kept, one per type and pair of nodes, in graph order. */
  edgesAmong(kept: Uint8Array): NeighbourhoodEdge[];
}

/** Each node's steps, as CSR arrays (see `FoldedGraph.forward`). */
export interface Steps {
  start: Int32Array;
  to: Int32Array;
  free: Uint8Array;
}

/** The catalog graph folded and numbered, in one pass over its nodes and one over its edges. */
export function foldGraph(graph: CatalogGraphView): FoldedGraph {
  const ids = new Map<string, number>();
  const keys: string[] = [];
  const number = (key: string): number => {
    let n = ids.get(key);
    if (n === undefined) {
      ids.set(key, (n = keys.length));
      keys.push(key);
    }
    return n;
  };
  graph.forEachNode((key) => void number(key));
  const sources: number[] = [];
  const targets: number[] = [];
  const types: NeighbourhoodEdge['type'][] = [];
  // The graph edge's attributes, for a `requires` edge's mode and an `amends` edge's drop.
  const attributes: EdgeAttributes[] = [];
  graph.forEachEdge((_key, attr, source, target, sourceAttr, targetAttr) => {
    if (attr.type === 'requires' || targetAttr.kind === 'requirement') return;
    let type: NeighbourhoodEdge['type'];
    let from = source;
    if (sourceAttr.kind === 'requirement') {
      if (!sourceAttr.missing) from = procedureKey(sourceAttr.procedure);
      if (attr.type === 'asks-for') type = 'requires';
      else if (attr.type === 'accepts' || attr.type === 'based-on') type = attr.type;
      else return;
    } else if (attr.type === 'asks-for') {
      return;
    } else {
      type = attr.type;
    }
    sources.push(number(from));
    targets.push(number(target));
    types.push(type);
    attributes.push(attr);
  });
  const n = keys.length;
  const steps = (along: boolean): Steps => {
    const start = new Int32Array(n + 1);
    const ends = (e: number): [number, number] => {
      const forward = sourceDependsOnTarget({ type: types[e] });
      return forward === along ? [sources[e], targets[e]] : [targets[e], sources[e]];
    };
    for (let e = 0; e < types.length; e++) start[ends(e)[0] + 1]++;
    for (let i = 0; i < n; i++) start[i + 1] += start[i];
    const to = new Int32Array(types.length);
    const free = new Uint8Array(types.length);
    const fill = start.slice(0, n);
    for (let e = 0; e < types.length; e++) {
      const [a, b] = ends(e);
      to[fill[a]] = b;
      free[fill[a]++] = types[e] === FREE ? 1 : 0;
    }
    return { start, to, free };
  };
  return {
    keys,
    id: (key) => ids.get(key),
    forward: steps(true),
    backward: steps(false),
    edgesAmong(kept) {
      const seen = new Set<string>();
      const out: NeighbourhoodEdge[] = [];
      for (let e = 0; e < types.length; e++) {
        if (!kept[sources[e]] || !kept[targets[e]]) continue;
        const source = keys[sources[e]];
        const target = keys[targets[e]];
        const type = types[e];
        const k = `${type}:${source}->${target}`;
        if (seen.has(k)) continue;
        seen.add(k);
        const attr = attributes[e];
        if (type === 'requires') out.push({ source, target, type, mode: (attr as AsksForEdge).mode });
        else if (type === 'amends') out.push({ source, target, type, ...((attr as AmendsEdge).drop ? { drop: true } : {}) });
        else out.push({ source, target, type } as NeighbourhoodEdge);
      }
      return out;
    },
  };
}

/**
 * Whether `edge.source` depends on `edge.target` (true for most edges). Three point the
 * other way: a document depends on the legal document that amends its requirements, on the
 * procedure that issues it, and on the data source that provides its information.
 */
export function sourceDependsOnTarget(edge: Pick<NeighbourhoodEdge, 'type'>): boolean {
  return edge.type !== 'amends' && edge.type !== 'produces' && edge.type !== 'provides';
}

/**
 * Provisions that only link a smaller provision to a larger one (Article 38 between
 * "Article 38 clause 3" and the law) are left out, their `part-of` edges joined, so chains
 * stay short. The focus and provisions with any other edge stay.
 */
export function foldPassThroughProvisions<N extends { key: string; kind: string }>(
  nodes: N[],
  edges: NeighbourhoodEdge[],
  focus: string,
): { nodes: N[]; edges: NeighbourhoodEdge[] } {
  let currentEdges = edges;
  const dropped = new Set<string>();
  for (const node of nodes) {
    if (node.kind !== 'provision' || node.key === focus) continue;
    const touching = currentEdges.filter((e) => e.source === node.key || e.target === node.key);
    if (touching.length === 0 || touching.some((e) => e.type !== 'part-of')) continue;
    const children = touching.filter((e) => e.target === node.key).map((e) => e.source);
    const parents = touching.filter((e) => e.source === node.key).map((e) => e.target);
    if (children.length === 0 || parents.length === 0) continue;
    dropped.add(node.key);
    const joined: NeighbourhoodEdge[] = children.flatMap((c) => parents.map((p) => ({ source: c, target: p, type: 'part-of' as const })));
    currentEdges = [...currentEdges.filter((e) => !touching.includes(e)), ...joined];
  }
  return { nodes: nodes.filter((n) => !dropped.has(n.key)), edges: currentEdges };
}
