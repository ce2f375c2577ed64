import { sourceDependsOnTarget } from '../analysis/neighbourhood-edges.js';
import type { Neighbourhood } from '../analysis/neighbourhood-types.js';
import { pushTo } from '../util/push-all.js';

/** Where a node's box goes: its column (layer) and its top-left corner. */
export interface PlacedNode {
  key: string;
  layer: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GraphLayout {
  nodes: Map<string, PlacedNode>;
  width: number;
  height: number;
}

export interface LayoutSizes {
  nodeWidth: number;
  gapX: number;
  gapY: number;
  /** Height of each node's box. */
  height: (key: string) => number;
}

/**
 * A simple layered layout: the focus in the middle column, what depends on it in columns to
 * the left (one per hop), what it depends on to the right. Within a column, nodes are ordered
 * by the mean position of their neighbours in the column nearer the focus (barycentre), ties
 * by the neighbourhood's order, which keeps crossings down; columns are centred vertically.
 */
export function layoutGraph(n: Neighbourhood, sizes: LayoutSizes): GraphLayout {
  const layer = assignLayers(n);
  const byLayer = new Map<number, string[]>();
  for (const node of n.nodes) {
    const l = layer.get(node.key)!;
    pushTo(byLayer, l, node.key);
  }
  const layers = [...byLayer.keys()].sort((a, b) => a - b);
  const neighbours = new Map<string, string[]>();
  for (const e of n.edges) {
    pushTo(neighbours, e.source, e.target);
    pushTo(neighbours, e.target, e.source);
  }
  const rank = new Map<string, number>();
  const order = new Map(n.nodes.map((x, i) => [x.key, i]));
  const place = (l: number, inner: number | undefined) => {
    const keys = byLayer.get(l) ?? [];
    const bary = (k: string) => {
      if (inner === undefined) return order.get(k)!;
      const ranks = (neighbours.get(k) ?? []).filter((m) => layer.get(m) === inner).map((m) => rank.get(m)!);
      return ranks.length ? ranks.reduce((a, b) => a + b, 0) / ranks.length : Infinity;
    };
    const sorted = [...keys].sort((a, b) => bary(a) - bary(b) || order.get(a)! - order.get(b)!);
    sorted.forEach((k, i) => rank.set(k, i));
    byLayer.set(l, sorted);
  };
  place(0, undefined);
  for (const l of layers.filter((x) => x > 0)) place(l, l - 1);
  for (const l of layers.filter((x) => x < 0).reverse()) place(l, l + 1);

  const columnHeight = (l: number) => {
    const keys = byLayer.get(l)!;
    return keys.reduce((s, k) => s + sizes.height(k), 0) + sizes.gapY * Math.max(0, keys.length - 1);
  };
  const height = layers.reduce((most, l) => Math.max(most, columnHeight(l)), 0);
  const nodes = new Map<string, PlacedNode>();
  layers.forEach((l, column) => {
    let y = (height - columnHeight(l)) / 2;
    for (const key of byLayer.get(l)!) {
      const h = sizes.height(key);
      nodes.set(key, { key, layer: l, x: column * (sizes.nodeWidth + sizes.gapX), y, width: sizes.nodeWidth, height: h });
      y += h + sizes.gapY;
    }
  });
  const width = layers.length * sizes.nodeWidth + Math.max(0, layers.length - 1) * sizes.gapX;
  return { nodes, width, height };
}

/** Columns: 0 for the focus, +k for what it depends on k hops away, −k for its dependents. */
export function assignLayers(n: Neighbourhood): Map<string, number> {
  const direction = new Map(n.nodes.map((x) => [x.key, x.direction]));
  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  for (const e of n.edges) {
    const [from, to] = sourceDependsOnTarget(e) ? [e.source, e.target] : [e.target, e.source];
    pushTo(forward, from, to);
    pushTo(backward, to, from);
  }
  const layer = new Map<string, number>([[n.focus, 0]]);
  const sweep = (next: Map<string, string[]>, step: number, accept: (k: string) => boolean) => {
    const queue = [n.focus];
    while (queue.length) {
      const k = queue.shift()!;
      for (const m of next.get(k) ?? []) {
        if (layer.has(m) || !accept(m)) continue;
        layer.set(m, layer.get(k)! + step);
        queue.push(m);
      }
    }
  };
  sweep(forward, 1, (k) => direction.get(k) === 'dependency' || direction.get(k) === 'both');
  sweep(backward, -1, (k) => direction.get(k) === 'dependent');
  for (const x of n.nodes) if (!layer.has(x.key)) layer.set(x.key, x.direction === 'dependent' ? -Math.max(1, x.distance) : Math.max(1, x.distance));
  return layer;
}
