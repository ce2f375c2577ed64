import type { Neighbourhood, NeighbourhoodNode, NodeState } from '../analysis/neighbourhood-types.js';
import type { GraphDrawOptions } from './graph-mermaid.js';
import { GRAPH_LABELS } from './graph-labels.js';
import { layoutGraph, type Lane, type PlacedNode } from './graph-layout.js';
import { edgeText, graphTitle, nodeLines } from './graph-node-text.js';
import { STATE_STYLE, nodeStyle } from './graph-style.js';
import { escapeXml, SVG_FONT } from './svg-util.js';
import { wrapText } from './wrap-text.js';
import { expectArgument, expectOptions, langOption } from '../util/expect-argument.js';

const NODE_W = 200;
const GAP_X = 150;
const GAP_Y = 16;
const LINE = 15;
const PAD = 8;
const WRAP = 27;
const MAX_LINES = 5;
const MARGIN = 20;
/** Widths of a character, at most, in the title (16 px, bold) and in the notes and legend (12 px). */
const TITLE_CHAR = 9.7;
const TEXT_CHAR = 7;

/** Word-wraps lines to `WRAP` characters, at most MAX_LINES lines (the last ends with … when cut). */
function wrap(lines: string[]): string[] {
  const out = lines.flatMap((line) => wrapText(line, WRAP, { breakWords: true }).filter(Boolean));
  if (out.length <= MAX_LINES) return out;
  return [...out.slice(0, MAX_LINES - 1), `${out[MAX_LINES - 1].slice(0, WRAP - 1)}…`];
}

/**
 * The neighbourhood as a standalone SVG, laid out with the built-in layered layout (no
 * external tool): dependents left of the focus, dependencies right, boxes coloured by state
 * with the kind of node above the name, labelled arrows, a title and a legend of the states
 * drawn. Well-formed XML; every catalog string escaped.
 */
export function renderGraphSvg(n: Neighbourhood, options: GraphDrawOptions = {}): string {
  expectOptions(options, 'renderGraphSvg', '{ lang: "en" }');
  expectArgument(n, 'Neighbourhood', 'renderGraphSvg');
  const lang = langOption(options.lang, 'vi');
  const L = GRAPH_LABELS[lang];
  const legal = new Set(n.nodes.filter((x) => x.kind === 'legal').map((x) => x.id));
  const text = new Map(n.nodes.map((x) => [x.key, wrap(nodeLines(x, lang, (id) => legal.has(id)))]));
  const boxHeight = (key: string) => PAD * 2 + LINE * (text.get(key)!.length + 1);
  const layout = layoutGraph(n, { nodeWidth: NODE_W, gapX: GAP_X, gapY: GAP_Y, height: boxHeight });
  const { title, notes } = graphTitle(n, lang, options.provinceName);
  const states = (Object.keys(L.states) as NodeState[]).filter((s) => n.nodes.some((x) => x.state === s));
  const base = Math.max(layout.width + MARGIN * 2, 420);
  const ox = (base - layout.width) / 2;
  // The edges are routed with the drawing's top at 0 and moved down under the title once the
  // title's lines are known, which depend on the drawing's width, which the edges widen when
  // a loop of the last column reaches past it.
  const at = (p: PlacedNode) => ({ x: p.x + ox, y: p.y });
  const boxes = [...layout.nodes.values()].map((p) => ({ ...at(p), width: p.width, height: p.height }));
  // Each label is placed once every edge is known, where it clashes with no box and no label
  // placed before it.
  const placed: Rect[] = [];
  const edges = n.edges.map((e, i) => {
    const s = layout.nodes.get(e.source)!;
    const t = layout.nodes.get(e.target)!;
    const { segments, label: where } = edgeRoute(s, t, at(s), at(t), (layout.lanes.get(i) ?? []).map((l) => ({ ...l, left: l.left + ox, right: l.right + ox })));
    const label = edgeText(e, lang);
    const spot = labelSpot(label, where, boxes, placed);
    placed.push(spot.rect);
    return { e, segments, label, spot };
  });
  // A curve lies within its points' hull, so its control points bound it.
  const right = Math.max(0, ...edges.flatMap(({ segments }) => segments.flatMap((c) => c.map((p) => p[0]))), ...placed.map((l) => l.x + l.width));
  const width = Math.ceil(Math.max(base, right + MARGIN));
  const titleLines = wrapText(title, Math.floor((width - MARGIN * 2) / TITLE_CHAR), { breakWords: true });
  const noteLines = notes.flatMap((t) => wrapText(t, Math.floor((width - MARGIN * 2) / TEXT_CHAR), { breakWords: true }));
  const head = 30 + (titleLines.length - 1) * 22 + noteLines.length * 18 + 12;
  const legend = legendRows(states.map((s) => L.states[s]), width);
  const legendH = legend.length * 22 + (legend.length ? 12 : 0);
  const height = head + layout.height + legendH + MARGIN * 2;
  const oy = head + MARGIN;
  const pt = (p: Point) => `${r(p[0])},${r(p[1] + oy)}`;

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${r(width)}" height="${r(height)}" viewBox="0 0 ${r(width)} ${r(height)}" font-family="${escapeXml(SVG_FONT)}" font-size="12" role="img" aria-labelledby="graph-title">`,
    `<title id="graph-title">${escapeXml(title)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#57606a"/></marker></defs>',
    `<rect width="${r(width)}" height="${r(height)}" fill="#ffffff"/>`,
    ...titleLines.map((t, i) => `<text x="${MARGIN}" y="${MARGIN + 8 + i * 22}" font-size="16" font-weight="bold" fill="#1f2328">${escapeXml(t)}</text>`),
    ...noteLines.map((t, i) => `<text x="${MARGIN}" y="${MARGIN + 30 + (titleLines.length - 1) * 22 + i * 18}" fill="#59636e">${escapeXml(t)}</text>`),
  ];
  // Edges first, so boxes sit on top of them.
  for (const { e, segments, label, spot } of edges) {
    const d = `M${pt(segments[0][0])} ${segments.map((c) => (c.length === 2 ? `L${pt(c[1])}` : `C${pt(c[1])} ${pt(c[2])} ${pt(c[3])}`)).join(' ')}`;
    out.push(
      `<g class="edge" data-type="${e.type}"><path d="${d}" fill="none" stroke="#8c959f" stroke-width="1.2"${e.type === 'part-of' ? ' stroke-dasharray="4 3"' : ''} marker-end="url(#arrow)"/>` +
        `<text x="${r(spot.x)}" y="${r(spot.y + oy)}" text-anchor="${spot.anchor}" font-size="10" fill="#59636e" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeXml(label)}</text></g>`,
    );
  }
  for (const node of n.nodes) {
    const p = layout.nodes.get(node.key)!;
    out.push(box(node, p, { x: p.x + ox, y: p.y + oy }, text.get(node.key)!, node.key === n.focus, L.kinds[node.kind]));
  }
  legend.forEach((row, k) => {
    const y = height - MARGIN - 8 - (legend.length - 1 - k) * 22;
    for (const { index, x } of row) {
      const st = STATE_STYLE[states[index]];
      out.push(
        `<g class="legend"><rect x="${x}" y="${y - 11}" width="14" height="14" rx="3" fill="${st.fill}" stroke="${st.stroke}"${st.dashed ? ' stroke-dasharray="3 2"' : ''}/>` +
          `<text x="${x + 20}" y="${y}" fill="#1f2328">${escapeXml(L.states[states[index]])}</text></g>`,
      );
    }
  });
  out.push('</svg>', '');
  return out.join('\n');
}

/**
 * The legend's entries in rows that fit the drawing's width, each entry's index among
 * `labels` and where it starts: a swatch, its label, then a gap before the next.
 */
function legendRows(labels: readonly string[], width: number): { index: number; x: number }[][] {
  const rows: { index: number; x: number }[][] = [];
  let row: { index: number; x: number }[] = [];
  let x = MARGIN;
  labels.forEach((label, index) => {
    const w = 20 + [...label].length * TEXT_CHAR;
    if (row.length > 0 && x + w > width - MARGIN) {
      rows.push(row);
      row = [];
      x = MARGIN;
    }
    row.push({ index, x });
    x += w + 22;
  });
  if (row.length > 0) rows.push(row);
  return rows;
}

type Point = [number, number];
/** A straight line [from, to] or a cubic Bézier curve [from, control, control, to]. */
type Segment = [Point, Point] | [Point, Point, Point, Point];
interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
/** Where on an edge its label may go: a curve of it, and the point of the curve it is best at. */
interface LabelPlace {
  curve: [Point, Point, Point, Point];
  t: number;
  /** Which way the label's text runs from its point. */
  anchor: 'start' | 'middle' | 'end';
}

/** A curve leaving `from` and reaching `to` horizontally, turning in the gap between them. */
function curve(from: Point, to: Point): [Point, Point, Point, Point] {
  const cx = (from[0] + to[0]) / 2;
  return [from, [cx, from[1]], [cx, to[1]], to];
}

/**
 * The path of an edge from box `s` to box `t`: between boxes of one column, a loop out to the
 * right of the column, the farther the longer it is; between columns next to each other, one curve in the gap between them;
 * farther, a curve to a lane of each column between, straight through it, and on. Each part
 * runs in a gap between columns or in a lane, so none crosses a box. The label goes near the
 * end farther from the focus, where edges fan out, not where many of them meet.
 */
function edgeRoute(s: PlacedNode, t: PlacedNode, a: { x: number; y: number }, b: { x: number; y: number }, lanes: Lane[]): { segments: Segment[]; label: LabelPlace } {
  if (s.layer === t.layer) {
    const from: Point = [a.x + s.width, a.y + s.height / 2];
    const to: Point = [b.x + t.width, b.y + t.height / 2];
    // A longer loop reaches farther out, so that loops between boxes of one column nest
    // rather than run on top of each other.
    const bulge = Math.max(from[0], to[0]) + 24 + Math.min(72, Math.abs(to[1] - from[1]) * 0.12);
    const loop: [Point, Point, Point, Point] = [from, [bulge, from[1]], [bulge, to[1]], to];
    return { segments: [loop], label: { curve: loop, t: 0.5, anchor: 'start' } };
  }
  const rightward = t.layer > s.layer;
  const from: Point = [rightward ? a.x + s.width : a.x, a.y + s.height / 2];
  const to: Point = [rightward ? b.x : b.x + t.width, b.y + t.height / 2];
  const segments: Segment[] = [];
  let cur = from;
  for (const lane of lanes) {
    const [enter, leave]: Point[] = rightward ? [[lane.left, lane.y], [lane.right, lane.y]] : [[lane.right, lane.y], [lane.left, lane.y]];
    segments.push(curve(cur, enter), [enter, leave]);
    cur = leave;
  }
  segments.push(curve(cur, to));
  // The first and last parts are curves; a part in between may be a lane's straight line,
  // which is the curve between its ends.
  const asCurve = (c: Segment): [Point, Point, Point, Point] => (c.length === 4 ? c : curve(c[0], c[1]));
  const farther = Math.abs(s.layer) - Math.abs(t.layer);
  // Written away from the box it sits next to.
  const label: LabelPlace =
    farther > 0
      ? { curve: asCurve(segments[0]), t: 0.2, anchor: rightward ? 'start' : 'end' }
      : farther < 0
        ? { curve: asCurve(segments[segments.length - 1]), t: 0.8, anchor: rightward ? 'end' : 'start' }
        : { curve: asCurve(segments[Math.floor(segments.length / 2)]), t: 0.5, anchor: 'middle' };
  return { segments, label };
}

/** The box an edge label of `text` takes, written at (x, y) in font size 10. */
function labelRect(text: string, x: number, y: number, anchor: LabelPlace['anchor']): Rect {
  const width = [...text].length * 5.6;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x: left, y: y - 9, width, height: 11 };
}

const clash = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Where to write an edge's label: the first place along its curve, from the best one
 * outwards, just above the curve or a line below or above it, where it covers no box and no
 * label placed before; the best place when there is none.
 */
function labelSpot(text: string, place: LabelPlace, boxes: readonly Rect[], placed: readonly Rect[]): { x: number; y: number; anchor: LabelPlace['anchor']; rect: Rect } {
  const spots: { x: number; y: number }[] = [];
  for (let step = 0; step <= 18; step++) {
    const t = place.t + (step % 2 ? 1 : -1) * Math.ceil(step / 2) * 0.05;
    if (t < 0.05 || t > 0.95) continue;
    const p = bezier(...place.curve, t);
    for (const dy of [-3, 9, -15, 21]) spots.push({ x: p.x, y: p.y + dy });
  }
  for (const spot of spots) {
    const rect = labelRect(text, spot.x, spot.y, place.anchor);
    if (!boxes.some((b) => clash(rect, b)) && !placed.some((l) => clash(rect, l))) return { ...spot, anchor: place.anchor, rect };
  }
  const best = spots[0];
  return { ...best, anchor: place.anchor, rect: labelRect(text, best.x, best.y, place.anchor) };
}

function box(node: NeighbourhoodNode, p: PlacedNode, at: { x: number; y: number }, lines: string[], focus: boolean, kind: string): string {
  const s = nodeStyle(node);
  const parts = [
    `<g class="node" data-key="${escapeXml(node.key)}" data-kind="${node.kind}"${node.state ? ` data-state="${node.state}"` : ''}>`,
    `<rect x="${r(at.x)}" y="${r(at.y)}" width="${p.width}" height="${p.height}" rx="${node.kind === 'procedure' ? 6 : 2}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="${focus ? 3 : 1.2}"${s.dashed ? ' stroke-dasharray="5 3"' : ''}/>`,
    `<text x="${r(at.x + PAD)}" y="${r(at.y + PAD + 10)}" font-size="9" letter-spacing="0.5" fill="#59636e">${escapeXml(kind.toUpperCase())}</text>`,
    ...lines.map(
      (line, i) =>
        `<text x="${r(at.x + PAD)}" y="${r(at.y + PAD + LINE * (i + 1) + 10)}" fill="#1f2328"${i === 0 && node.kind === 'procedure' ? ' font-weight="bold"' : ''}>${escapeXml(line)}</text>`,
    ),
    '</g>',
  ];
  return parts.join('');
}

/** The point at `t` on a cubic Bézier curve. */
function bezier(p0: [number, number], p1: [number, number], p2: [number, number], p3: [number, number], t: number): { x: number; y: number } {
  const u = 1 - t;
  const f = (i: 0 | 1) => u * u * u * p0[i] + 3 * u * u * t * p1[i] + 3 * u * t * t * p2[i] + t * t * t * p3[i];
  return { x: f(0), y: f(1) };
}

function r(n: number): string {
  return String(Math.round(n * 10) / 10);
}
