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

/** Where an edge crosses a column between its two ends: a free lane between the boxes. */
export interface Lane {
  layer: number;
  /** The column's left and right sides. */
  left: number;
  right: number;
  /** The middle of the lane. */
  y: number;
}

export interface GraphLayout {
  nodes: Map<string, PlacedNode>;
  /**
   * For each edge (by its index in the neighbourhood's `edges`) whose ends are more than one
   * column apart, the lanes it runs through, from its source's side to its target's.
   */
  lanes: Map<number, Lane[]>;
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

/** The height a lane takes in a column, besides the gaps around it. */
const LANE_HEIGHT = 4;

/**
 * A simple layered layout: the focus in the middle column, what depends on it in columns to
 * the left (one per hop), what it depends on to the right. An edge between columns that are
 * not next to each other runs through a lane of its own in each column between, so that no
 * edge is drawn through a box. Within a column, boxes and lanes are ordered by the mean
 * position of their neighbours in the column nearer the focus (barycentre), ties by the
 * neighbourhood's order, which keeps crossings down; columns are centred vertically.
 */
export function layoutGraph(n: Neighbourhood, sizes: LayoutSizes): GraphLayout {
  const layer = assignLayers(n);
  // Columns with no box are left out (a node two hops away may be the only one on its side),
  // so that no column holds only lanes.
  const used = [...new Set(layer.values())].sort((a, b) => a - b);
  const zero = used.indexOf(0);
  for (const [key, l] of layer) layer.set(key, used.indexOf(l) - zero);
  const byLayer = new Map<number, string[]>();
  for (const node of n.nodes) {
    const l = layer.get(node.key)!;
    pushTo(byLayer, l, node.key);
  }
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    pushTo(neighbours, a, b);
    pushTo(neighbours, b, a);
  };
  const order = new Map(n.nodes.map((x, i) => [x.key, i]));
  // Each lane is a node of its own, keyed so that no catalog key can clash with it, and
  // linked to the ends of its edge through the other lanes, so that it is ordered as they are.
  const laneKeys = new Map<number, string[]>();
  n.edges.forEach((e, i) => {
    const from = layer.get(e.source)!;
    const to = layer.get(e.target)!;
    if (Math.abs(to - from) <= 1) {
      link(e.source, e.target);
      return;
    }
    const step = to > from ? 1 : -1;
    const keys: string[] = [];
    for (let l = from + step; l !== to; l += step) {
      const key = `\u0000lane ${i} ${l}`;
      layer.set(key, l);
      pushTo(byLayer, l, key);
      order.set(key, n.nodes.length + i);
      keys.push(key);
    }
    [e.source, ...keys, e.target].forEach((k, j, all) => j > 0 && link(all[j - 1], k));
    laneKeys.set(i, keys);
  });
  const height = (key: string) => (key.startsWith('\u0000') ? LANE_HEIGHT : sizes.height(key));
  const layers = [...byLayer.keys()].sort((a, b) => a - b);
  const rank = new Map<string, number>();
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
    return keys.reduce((s, k) => s + height(k), 0) + sizes.gapY * Math.max(0, keys.length - 1);
  };
  const total = layers.reduce((most, l) => Math.max(most, columnHeight(l)), 0);
  const nodes = new Map<string, PlacedNode>();
  const laneAt = new Map<string, Lane>();
  layers.forEach((l, column) => {
    let y = (total - columnHeight(l)) / 2;
    const x = column * (sizes.nodeWidth + sizes.gapX);
    for (const key of byLayer.get(l)!) {
      const h = height(key);
      if (key.startsWith('\u0000')) laneAt.set(key, { layer: l, left: x, right: x + sizes.nodeWidth, y: y + h / 2 });
      else nodes.set(key, { key, layer: l, x, y, width: sizes.nodeWidth, height: h });
      y += h + sizes.gapY;
    }
  });
  const lanes = new Map([...laneKeys].map(([i, keys]) => [i, keys.map((k) => laneAt.get(k)!)]));
  const width = layers.length * sizes.nodeWidth + Math.max(0, layers.length - 1) * sizes.gapX;
  return { nodes, lanes, width, height: total };
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
