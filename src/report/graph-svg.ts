import type { Neighbourhood, NeighbourhoodNode, NodeState } from '../analysis/neighbourhood-types.js';
import type { GraphDrawOptions } from './graph-mermaid.js';
import { GRAPH_LABELS } from './graph-labels.js';
import { layoutGraph, type PlacedNode } from './graph-layout.js';
import { edgeText, graphTitle, nodeLines } from './graph-node-text.js';
import { STATE_STYLE, nodeStyle } from './graph-style.js';
import { escapeXml } from './svg-util.js';
import { expectArgument, expectOptions, langOption } from '../util/expect-argument.js';

const NODE_W = 200;
const GAP_X = 150;
const GAP_Y = 16;
const LINE = 15;
const PAD = 8;
const WRAP = 27;
const MAX_LINES = 5;
const MARGIN = 20;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

/** Word-wraps lines to `WRAP` characters, at most MAX_LINES lines (the last ends with … when cut). */
function wrap(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    let cur = '';
    for (const word of line.split(/\s+/).filter(Boolean)) {
      if (cur && cur.length + 1 + word.length > WRAP) {
        out.push(cur);
        cur = word;
      } else cur = cur ? `${cur} ${word}` : word;
      while (cur.length > WRAP) {
        out.push(cur.slice(0, WRAP));
        cur = cur.slice(WRAP);
      }
    }
    if (cur) out.push(cur);
  }
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
  const head = 30 + notes.length * 18 + 12;
  const legendH = states.length ? 34 : 0;
  const width = Math.max(layout.width + MARGIN * 2, 420);
  const height = head + layout.height + legendH + MARGIN * 2;
  const ox = (width - layout.width) / 2;
  const oy = head + MARGIN;
  const at = (p: PlacedNode) => ({ x: p.x + ox, y: p.y + oy });

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${r(width)}" height="${r(height)}" viewBox="0 0 ${r(width)} ${r(height)}" font-family="${escapeXml(FONT)}" font-size="12" role="img" aria-labelledby="graph-title">`,
    `<title id="graph-title">${escapeXml(title)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#57606a"/></marker></defs>',
    `<rect width="${r(width)}" height="${r(height)}" fill="#ffffff"/>`,
    `<text x="${MARGIN}" y="${MARGIN + 8}" font-size="16" font-weight="bold" fill="#1f2328">${escapeXml(title)}</text>`,
    ...notes.map((t, i) => `<text x="${MARGIN}" y="${MARGIN + 30 + i * 18}" fill="#59636e">${escapeXml(t)}</text>`),
  ];
  // Edges first, so boxes sit on top of them. Labels of edges between the same two nodes
  // (a document replaced by a data source that provides it) are stacked, not overlaid.
  const labelsBetween = new Map<string, number>();
  for (const e of n.edges) {
    const pair = [e.source, e.target].sort().join('\n');
    const stacked = labelsBetween.get(pair) ?? 0;
    labelsBetween.set(pair, stacked + 1);
    const s = layout.nodes.get(e.source)!;
    const t_ = layout.nodes.get(e.target)!;
    const a = at(s);
    const b = at(t_);
    let d: string;
    let mid: { x: number; y: number };
    let anchor = 'middle';
    if (s.layer === t_.layer) {
      const x1 = a.x + s.width;
      const y1 = a.y + s.height / 2;
      const x2 = b.x + t_.width;
      const y2 = b.y + t_.height / 2;
      const bulge = Math.max(x1, x2) + 40;
      d = `M${r(x1)},${r(y1)} C${r(bulge)},${r(y1)} ${r(bulge)},${r(y2)} ${r(x2)},${r(y2)}`;
      mid = { x: bulge - 10, y: (y1 + y2) / 2 };
    } else {
      const rightward = t_.layer > s.layer;
      const x1 = rightward ? a.x + s.width : a.x;
      const x2 = rightward ? b.x : b.x + t_.width;
      const y1 = a.y + s.height / 2;
      const y2 = b.y + t_.height / 2;
      const cx = (x1 + x2) / 2;
      d = `M${r(x1)},${r(y1)} C${r(cx)},${r(y1)} ${r(cx)},${r(y2)} ${r(x2)},${r(y2)}`;
      // The label sits near the end farther from the focus, where edges fan out, not where
      // many of them meet.
      const t = Math.abs(s.layer) > Math.abs(t_.layer) ? 0.2 : Math.abs(s.layer) < Math.abs(t_.layer) ? 0.8 : 0.5;
      mid = bezier([x1, y1], [cx, y1], [cx, y2], [x2, y2], t);
      // Written away from the box it sits next to.
      const outerIsLeft = (t < 0.5) === x1 < x2;
      if (t !== 0.5) anchor = outerIsLeft ? 'start' : 'end';
    }
    const label = edgeText(e, lang);
    out.push(
      `<g class="edge" data-type="${e.type}"><path d="${d}" fill="none" stroke="#8c959f" stroke-width="1.2"${e.type === 'part-of' ? ' stroke-dasharray="4 3"' : ''} marker-end="url(#arrow)"/>` +
        `<text x="${r(mid.x)}" y="${r(mid.y - 3 + stacked * 12)}" text-anchor="${anchor}" font-size="10" fill="#59636e" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeXml(label)}</text></g>`,
    );
  }
  for (const node of n.nodes) {
    const p = layout.nodes.get(node.key)!;
    out.push(box(node, p, at(p), text.get(node.key)!, node.key === n.focus, L.kinds[node.kind]));
  }
  if (states.length) {
    let x = MARGIN;
    const y = height - MARGIN - 8;
    for (const s of states) {
      const st = STATE_STYLE[s];
      out.push(
        `<g class="legend"><rect x="${x}" y="${y - 11}" width="14" height="14" rx="3" fill="${st.fill}" stroke="${st.stroke}"${st.dashed ? ' stroke-dasharray="3 2"' : ''}/>` +
          `<text x="${x + 20}" y="${y}" fill="#1f2328">${escapeXml(L.states[s])}</text></g>`,
      );
      x += 20 + L.states[s].length * 7 + 22;
    }
  }
  out.push('</svg>', '');
  return out.join('\n');
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
