import type { NeighbourhoodNode, NodeState } from '../analysis/neighbourhood-types.js';

/** Fill and stroke of a node by state (the same in every drawing format). */
export const STATE_STYLE: Record<NodeState | 'none', { fill: string; stroke: string; dashed: boolean }> = {
  none: { fill: '#ffffff', stroke: '#57606a', dashed: false },
  blocked: { fill: '#f9d6d2', stroke: '#c0392b', dashed: false },
  unknown: { fill: '#eeeeee', stroke: '#6e7781', dashed: true },
  paper: { fill: '#fbecc8', stroke: '#b7871b', dashed: false },
  document: { fill: '#e8def3', stroke: '#8e6bb0', dashed: false },
  paperless: { fill: '#d5eee2', stroke: '#2e7d5b', dashed: false },
  expired: { fill: '#f2f2f2', stroke: '#c0392b', dashed: true },
  'not-connected': { fill: '#f2f2f2', stroke: '#b7871b', dashed: true },
  'not-in-force': { fill: '#f2f2f2', stroke: '#6e7781', dashed: true },
};

export function nodeStyle(n: NeighbourhoodNode): { fill: string; stroke: string; dashed: boolean } {
  return STATE_STYLE[n.state ?? 'none'];
}

/** Short, stable ids for formats that dislike `:` and `/` in ids: n0, n1… in node order. */
export function nodeIds(nodes: NeighbourhoodNode[]): Map<string, string> {
  return new Map(nodes.map((n, i) => [n.key, `n${i}`]));
}
