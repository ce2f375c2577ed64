import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { neighbourhood } from '../../src/analysis/neighbourhood.js';
import { NEIGHBOURHOOD_VERSION, type Neighbourhood, type NeighbourhoodNode, type NodeState } from '../../src/analysis/neighbourhood-types.js';
import { buildGraph } from '../../src/graph/build-graph.js';
import { renderGraphDot } from '../../src/report/graph-dot.js';
import { assignLayers } from '../../src/report/graph-layout.js';
import { renderGraphMermaid } from '../../src/report/graph-mermaid.js';
import { renderGraphSvg } from '../../src/report/graph-svg.js';
import { allElements, parseXml } from './html/xml.js';
import { loadFixture } from './html/fixture.js';
import { expectGolden } from './golden.js';

// To accept a change: TTHC_UPDATE_GOLDEN=1 npx vitest run test/report/graph-render.test.ts, then
// review `git diff test/report/graph-golden`.
const matchesGolden = (name: string, text: string) => expectGolden(text, new URL(`./graph-golden/${name}`, import.meta.url));

const catalog = await loadFixture('hokhau-small.yaml');
const hostile = await loadFixture('hostile-names.yaml');
const graph = buildGraph(catalog);
const at = '2023-01-01';
const gl = analyze(catalog, { at, province: 'GL' });
const around = (focus: string, depth = 2): Neighbourhood => neighbourhood(graph, focus, { depth, at, province: 'GL', result: gl });

describe('graph drawings match their golden files', () => {
  const cases: [string, string, number][] = [
    ['so-ho-khau', 'so-ho-khau', 2],
    ['procedure-2.000001', '2.000001', 3],
    ['nd-104-2022', '104/2022/NĐ-CP', 1],
  ];
  for (const [name, focus, depth] of cases) {
    for (const lang of ['vi', 'en'] as const) {
      it(`${name} (${lang})`, () => {
        const n = around(focus, depth);
        const options = { lang, provinceName: 'Gia Lai' };
        matchesGolden(`${name}.${lang}.mmd`, renderGraphMermaid(n, options));
        matchesGolden(`${name}.${lang}.dot`, renderGraphDot(n, options));
        matchesGolden(`${name}.${lang}.svg`, renderGraphSvg(n, options));
      });
    }
  }
});

describe('renderGraphSvg', () => {
  it('is well-formed XML with one box per node, marking states, and one path per edge', () => {
    const n = around('so-tam-tru', 3);
    const svg = renderGraphSvg(n, { lang: 'vi' });
    const root = parseXml(svg);
    const groups = allElements(root).filter((e) => e.name === 'g');
    const boxes = groups.filter((g) => g.attrs.class === 'node');
    expect(boxes.map((b) => b.attrs['data-key']).sort()).toEqual(n.nodes.map((x) => x.key).sort());
    expect(groups.filter((g) => g.attrs.class === 'edge')).toHaveLength(n.edges.length);
    const blocked = boxes.filter((b) => b.attrs['data-state'] === 'blocked').map((b) => b.attrs['data-key']);
    expect(blocked.sort()).toEqual(['procedure:1.003091', 'procedure:2.000001']);
    const texts = allElements(root).filter((e) => e.name === 'text').map((e) => e.text);
    expect(texts).toContain('[bị chặn]');
    expect(texts).toContain('bị chặn'); // the legend
  });

  it('puts dependents left of the focus and dependencies right of it', () => {
    const n = around('so-tam-tru', 3);
    const layers = assignLayers(n);
    expect(layers.get('document:so-tam-tru')).toBe(0);
    expect(layers.get('procedure:1.003091')).toBe(-1);
    expect(layers.get('procedure:2.000001')).toBe(-2);
    expect(layers.get('provision:luat-cu-tru-2020/38/3')).toBe(1);
    const svg = renderGraphSvg(n);
    const x = (key: string) => Number(new RegExp(`data-key="${key}"[^>]*><rect x="([\\d.]+)"`).exec(svg)![1]);
    expect(x('procedure:2.000001')).toBeLessThan(x('procedure:1.003091'));
    expect(x('procedure:1.003091')).toBeLessThan(x('document:so-tam-tru'));
    expect(x('document:so-tam-tru')).toBeLessThan(x('provision:luat-cu-tru-2020/38/3'));
  });

  it('says when the states drawn set amendments aside, in every format', () => {
    const without = analyze(catalog, { at, province: 'GL', without: ['nd-104-2022'] });
    const n = neighbourhood(graph, '1.001193', { depth: 2, at, province: 'GL', result: without });
    expect(n.without).toEqual(['nd-104-2022']);
    expect(renderGraphMermaid(n, { lang: 'en' })).toContain('%% on 2023-01-01 in GL (ignoring the amendments of nd-104-2022)\n');
    expect(renderGraphDot(n, { lang: 'vi' })).toContain('(bỏ qua sửa đổi của nd-104-2022)');
    expect(renderGraphSvg(n, { lang: 'en' })).toContain('>on 2023-01-01 in GL (ignoring the amendments of nd-104-2022)</text>');
    // Drawn from the analysis as it is, nothing is said.
    expect(renderGraphMermaid(around('1.001193'), { lang: 'en' })).not.toContain('ignoring');
  });

  it('says how many nodes were left out', () => {
    const n = neighbourhood(graph, 'so-ho-khau', { depth: 4, maxNodes: 3 });
    expect(n.omitted).toBeGreaterThan(0);
    const svg = renderGraphSvg(n, { lang: 'en' });
    expect(svg).toContain(`${n.omitted} more nodes within 4 hops are not drawn`);
    expect(renderGraphMermaid(n, { lang: 'en' })).toContain(`%% ${n.omitted} more nodes within 4 hops`);
    expect(renderGraphDot(n, { lang: 'vi' })).toContain(`${n.omitted} nút khác trong phạm vi 4 bước`);
  });
});

describe('renderGraphSvg in a narrow picture', () => {
  // A procedure and eight documents it asks for, one in each state: two columns, and a
  // legend of eight entries too wide for them on one line.
  const states: NodeState[] = ['blocked', 'unknown', 'paper', 'document', 'paperless', 'expired', 'not-connected', 'not-in-force'];
  const focus: NeighbourhoodNode = { key: 'procedure:p', kind: 'procedure', id: 'p', name: 'Cấp lại giấy chứng nhận '.repeat(6).trim(), distance: 0, direction: 'focus' };
  const n: Neighbourhood = {
    version: NEIGHBOURHOOD_VERSION,
    focus: focus.key,
    depth: 1,
    max_nodes: 40,
    nodes: [focus, ...states.map((state, i): NeighbourhoodNode => ({ key: `document:d${i}`, kind: 'document', id: `d${i}`, name: `Giấy ${i}`, distance: 1, direction: 'dependency', state }))],
    edges: states.map((_, i) => ({ source: focus.key, target: `document:d${i}`, type: 'requires' as const })),
    omitted: 0,
    at,
    province: null,
    without: [],
  };

  it('writes the title and the legend in as many lines as they take, each within the width', () => {
    for (const lang of ['vi', 'en'] as const) {
      const all = allElements(parseXml(renderGraphSvg(n, { lang })));
      const width = Number(all.find((e) => e.name === 'svg')!.attrs.width);
      const title = all.filter((e) => e.name === 'text' && e.attrs['font-size'] === '16');
      expect(title.length).toBeGreaterThan(1);
      expect(title.map((t) => t.text).join(' ')).toBe(all.find((e) => e.name === 'title')!.text);
      for (const t of title) expect(Number(t.attrs.x) + [...t.text].length * 9.7).toBeLessThanOrEqual(width);
      const legend = all.filter((e) => e.name === 'g' && e.attrs.class === 'legend').map((g) => g.children.find((c) => c.name === 'text')!);
      expect(legend).toHaveLength(states.length);
      const rows = new Set(legend.map((t) => t.attrs.y));
      expect(rows.size).toBeGreaterThan(1);
      for (const t of legend) expect(Number(t.attrs.x) + [...t.text].length * 7).toBeLessThanOrEqual(width);
      const lowestBox = Math.max(...all.filter((e) => e.name === 'g' && e.attrs.class === 'node').map((g) => g.children.find((c) => c.name === 'rect')!).map((r) => Number(r.attrs.y) + Number(r.attrs.height)));
      for (const y of rows) expect(Number(y) - 11).toBeGreaterThan(lowestBox);
      expect(Math.max(...[...rows].map(Number))).toBeLessThanOrEqual(Number(all.find((e) => e.name === 'svg')!.attrs.height));
    }
  });
});

describe('hostile names', () => {
  const n = neighbourhood(buildGraph(hostile), '1.000001', { depth: 2 });

  it('stay text in the SVG', () => {
    const svg = renderGraphSvg(n);
    expect(svg).not.toMatch(/<script|<b>|<i>/);
    const texts = allElements(parseXml(svg)).filter((e) => e.name === 'text').map((e) => e.text).join('\n');
    expect(texts).toContain("<script>alert('procedure')</script>");
  });

  it('cannot break out of mermaid labels', () => {
    const mmd = renderGraphMermaid(n);
    for (const line of mmd.split('\n').filter((l) => /^\s+n\d+[[(]/.test(l))) {
      // Each node line: id, opening bracket(s), one quoted label, closing bracket(s); the
      // only markup is the line break the renderer puts between lines.
      expect(line.replace(/<br\/>/g, ' ')).toMatch(/^\s+n\d+(\["|\[\/"|\[\("|\[\["|\(")[^"<>]*("\]|"\/\]|"\)\]|"\]\]|"\))$/);
    }
    expect(mmd).toContain('#60;script#62;');
  });

  it('keep mermaid on its lines when a name or the province holds line breaks', () => {
    const broken = structuredClone(hostile);
    const focus = broken.procedures.find((p) => p.code === '1.000001')!;
    focus.name = 'Đăng ký\r\nkhai sinh\rx --> y\u2028z';
    const m = neighbourhood(buildGraph(broken), '1.000001', { depth: 2, at: '2023-01-01', province: 'HN' });
    const mmd = renderGraphMermaid(m, { provinceName: 'Gia Lai\nx --> y\r\nz' });
    const lines = mmd.split(/[\r\n\u2028\u2029]/);
    // Comments first, then the diagram's header, then indented statements, nothing else.
    const header = lines.indexOf('flowchart LR');
    expect(lines.slice(0, header).every((l) => l.startsWith('%% '))).toBe(true);
    expect(lines.slice(header + 1, -1).every((l) => /^ {2}\S/.test(l))).toBe(true);
    expect(lines.at(-1)).toBe('');
    expect(mmd).toContain('Gia Lai x --> y z');
    expect(mmd).toContain('Đăng ký khai sinh x --#62; y z');
  });

  it('cannot break out of dot strings', () => {
    const dot = renderGraphDot(n);
    for (const line of dot.split('\n').filter((l) => l.includes('label='))) {
      // Strip escaped characters; what remains must have balanced quotes.
      const bare = line.replace(/\\./g, '');
      expect((bare.match(/"/g) ?? []).length % 2).toBe(0);
    }
    expect(dot).toContain('\\"khai sinh\\"');
  });
});
