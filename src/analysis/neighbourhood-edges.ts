import type { CatalogGraphView } from '../graph/graph-types.js';
import { procedureKey } from '../graph/node-keys.js';
import type { NeighbourhoodEdge } from './neighbourhood-types.js';

/**
 * The catalog graph's edges with requirement nodes folded away: a requirement's `asks-for`,
 * `accepts` and `based-on` edges start at its procedure instead (`asks-for` becomes
 * `requires`, with the mode). One edge per type and pair of nodes, in graph order.
 */
export function foldedEdges(graph: CatalogGraphView): NeighbourhoodEdge[] {
  const out = new Map<string, NeighbourhoodEdge>();
  graph.forEachEdge((_key, attr, source, target, sourceAttr, targetAttr) => {
    if (attr.type === 'requires' || targetAttr.kind === 'requirement') return;
    let edge: NeighbourhoodEdge;
    if (sourceAttr.kind === 'requirement') {
      const from = sourceAttr.missing ? source : procedureKey(sourceAttr.procedure);
      if (attr.type === 'asks-for') edge = { source: from, target, type: 'requires', mode: attr.mode };
      else if (attr.type === 'accepts' || attr.type === 'based-on') edge = { source: from, target, type: attr.type };
      else return;
    } else if (attr.type === 'asks-for') {
      return;
    } else if (attr.type === 'amends') {
      edge = { source, target, type: 'amends', ...(attr.drop ? { drop: true } : {}) };
    } else {
      edge = { source, target, type: attr.type };
    }
    const k = `${edge.type}:${edge.source}->${edge.target}`;
    if (!out.has(k)) out.set(k, edge);
  });
  return [...out.values()];
}

/**
 * Whether `edge.source` depends on `edge.target` (true for most edges). Three point the
 * other way: a document depends on the legal document that amends its requirements, on the
 * procedure that issues it, and on the data source that provides its information.
 */
export function sourceDependsOnTarget(edge: NeighbourhoodEdge): boolean {
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
