import { describe, expect, it } from 'vitest';
import { renderGraphSvg } from '../../src/report/graph-svg.js';
import { allElements, parseXml } from './html/xml.js';
import { bundledNeighbourhood, foci } from './bundled-drawings.js';

interface Box {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Points along an SVG path of M, L and C commands (absolute), `steps` to each segment. */
function pathPoints(d: string, steps = 40): [number, number][] {
  const tokens = d.match(/[MLC]|-?[\d.]+/g)!;
  const points: [number, number][] = [];
  let cur: [number, number] = [0, 0];
  let i = 0;
  const num = () => Number(tokens[i++]);
  while (i < tokens.length) {
    const cmd = tokens[i++];
    if (cmd === 'M') {
      cur = [num(), num()];
      points.push(cur);
    } else if (cmd === 'L') {
      const to: [number, number] = [num(), num()];
      for (let s = 1; s <= steps; s++) points.push([cur[0] + ((to[0] - cur[0]) * s) / steps, cur[1] + ((to[1] - cur[1]) * s) / steps]);
      cur = to;
    } else if (cmd === 'C') {
      const [p1, p2, p3]: [number, number][] = [[num(), num()], [num(), num()], [num(), num()]];
      for (let s = 1; s <= steps; s++) {
        const t = s / steps;
        const u = 1 - t;
        const at = (k: 0 | 1) => u * u * u * cur[k] + 3 * u * u * t * p1[k] + 3 * u * t * t * p2[k] + t * t * t * p3[k];
        points.push([at(0), at(1)]);
      }
      cur = p3;
    } else throw new Error(`unexpected path command ${cmd} in ${d}`);
  }
  return points;
}

const inside = (b: Box, [x, y]: [number, number], margin: number) =>
  x > b.x + margin && x < b.x + b.width - margin && y > b.y + margin && y < b.y + b.height - margin;

/** An edge label's box: its width estimated from its length at font size 10. */
function labelBox(t: { attrs: Record<string, string>; text: string }) {
  const width = [...t.text].length * 5.6;
  const x = Number(t.attrs.x);
  const left = t.attrs['text-anchor'] === 'start' ? x : t.attrs['text-anchor'] === 'end' ? x - width : x - width / 2;
  return { x: left, y: Number(t.attrs.y) - 9, width, height: 11 };
}

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function geometry(svg: string) {
  const all = allElements(parseXml(svg));
  const boxes: Box[] = all
    .filter((g) => g.name === 'g' && g.attrs.class === 'node')
    .map((g) => {
      const rect = g.children.find((c) => c.name === 'rect')!;
      return { key: g.attrs['data-key'], x: Number(rect.attrs.x), y: Number(rect.attrs.y), width: Number(rect.attrs.width), height: Number(rect.attrs.height) };
    });
  const edges = all
    .filter((g) => g.name === 'g' && g.attrs.class === 'edge')
    .map((g) => ({ d: g.children.find((c) => c.name === 'path')!.attrs.d, label: g.children.find((c) => c.name === 'text')! }));
  const root = all.find((e) => e.name === 'svg')!;
  return { boxes, edges, width: Number(root.attrs.width), height: Number(root.attrs.height) };
}

describe('the SVG drawing of the bundled catalog, around every procedure, document, data source and legal document, 2 and 3 hops deep', () => {
  const drawings = [2, 3].flatMap((depth) =>
    foci.map((focus) => ({ focus: `${focus} (depth ${depth})`, svg: renderGraphSvg(bundledNeighbourhood(focus, depth), { lang: 'en' }) })),
  );

  it('draws no edge through a box', () => {
    const crossings: string[] = [];
    for (const { focus, svg } of drawings) {
      const { boxes, edges } = geometry(svg);
      for (const e of edges) {
        const hit = boxes.find((b) => pathPoints(e.d).some((p) => inside(b, p, 2)));
        if (hit) crossings.push(`${focus}: '${e.label.text}' through ${hit.key}`);
      }
    }
    expect(crossings).toEqual([]);
  });

  it('writes no edge label over another, or over a box', () => {
    const clashes: string[] = [];
    for (const { focus, svg } of drawings) {
      const { boxes, edges } = geometry(svg);
      const labels = edges.map((e) => ({ text: e.label.text, box: labelBox(e.label) }));
      labels.forEach((a, i) => {
        for (const b of labels.slice(i + 1)) if (overlap(a.box, b.box)) clashes.push(`${focus}: '${a.text}' over '${b.text}'`);
        for (const b of boxes) if (overlap(a.box, b)) clashes.push(`${focus}: '${a.text}' over ${b.key}`);
      });
    }
    expect(clashes).toEqual([]);
  });

  it('keeps every edge label beside its own edge', () => {
    const far: string[] = [];
    for (const { focus, svg } of drawings) {
      for (const e of geometry(svg).edges) {
        const box = labelBox(e.label);
        const near = pathPoints(e.d).some(([x, y]) => x >= box.x - 30 && x <= box.x + box.width + 30 && y >= box.y - 30 && y <= box.y + box.height + 30);
        if (!near) far.push(`${focus}: '${e.label.text}'`);
      }
    }
    expect(far).toEqual([]);
  });

  it('draws every box, edge and edge label inside the picture', () => {
    const outside: string[] = [];
    for (const { focus, svg } of drawings) {
      const { boxes, edges, width, height } = geometry(svg);
      const within = (x: number, y: number) => x >= 0 && x <= width && y >= 0 && y <= height;
      for (const b of boxes) if (!within(b.x, b.y) || !within(b.x + b.width, b.y + b.height)) outside.push(`${focus}: ${b.key}`);
      for (const e of edges) {
        const l = labelBox(e.label);
        if (!pathPoints(e.d).every(([x, y]) => within(x, y))) outside.push(`${focus}: the edge '${e.label.text}'`);
        if (!within(l.x, l.y) || !within(l.x + l.width, l.y + l.height)) outside.push(`${focus}: the label '${e.label.text}'`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('nests the loops between boxes of one column: of two loops beside a column, the longer reaches farther out', () => {
    const crossed: string[] = [];
    let pairs = 0;
    for (const { focus, svg } of drawings) {
      // A loop is one curve that leaves and comes back to the same side of a column.
      const loops = geometry(svg)
        .edges.map((e) => e.d.match(/^M([\d.]+),([\d.]+) C([\d.]+),[\d.]+ [\d.]+,[\d.]+ ([\d.]+),([\d.]+)$/))
        .filter((m): m is RegExpMatchArray => m !== null && m[1] === m[4])
        .map((m) => ({ side: m[1], span: Math.abs(Number(m[5]) - Number(m[2])), reach: Number(m[3]) }));
      for (const a of loops) {
        for (const b of loops) {
          if (a.side !== b.side || a.span <= b.span + 1 || a.span > 500) continue;
          pairs++;
          if (a.reach <= b.reach) crossed.push(`${focus}: a loop over ${a.span} px reaches ${a.reach}, one over ${b.span} px ${b.reach}`);
        }
      }
    }
    expect(pairs).toBeGreaterThan(0);
    expect(crossed).toEqual([]);
  });
});
