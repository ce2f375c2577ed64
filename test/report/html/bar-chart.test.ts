import { describe, expect, it } from 'vitest';
import { allElements, parseXml } from './xml.js';
import { barChart } from '../../../src/report/html/bar-chart.js';

const input = {
  title: 'Theo tỉnh',
  series: [
    { label: 'Bị chặn', color: '#c0392b' },
    { label: 'Còn cần giấy', color: '#e0a100' },
  ],
  rows: [
    { label: 'Hà Nội', values: [4, 2] },
    { label: 'Gia Lai <script>', values: [8, 0] },
  ],
};

const bars = (svg: string) =>
  allElements(parseXml(svg)).filter((e) => e.name === 'rect' && e.attrs.height === '11');

describe('barChart', () => {
  it('is well-formed XML with a title, one bar per row and series, and every value written', () => {
    const svg = barChart(input);
    const root = parseXml(svg);
    expect(root.name).toBe('svg');
    expect(root.children.find((c) => c.name === 'title')?.text).toBe('Theo tỉnh');
    expect(bars(svg)).toHaveLength(4);
    const texts = allElements(root).filter((e) => e.name === 'text').map((e) => e.text);
    expect(texts).toEqual(expect.arrayContaining(['Hà Nội', 'Gia Lai <script>', '4', '2', '8', '0', 'Bị chặn']));
  });

  it('draws bar lengths proportional to the values on one scale', () => {
    const [hn1, hn2, gl1, gl2] = bars(barChart(input)).map((b) => Number(b.attrs.width));
    expect(gl1).toBeGreaterThan(0);
    expect(hn1 / gl1).toBeCloseTo(0.5, 2);
    expect(hn2 / gl1).toBeCloseTo(0.25, 2);
    expect(gl2).toBe(0);
  });

  it('escapes labels', () => {
    const svg = barChart(input);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('Gia Lai &lt;script&gt;');
  });

  it('copes with no rows and all-zero values', () => {
    expect(parseXml(barChart({ ...input, rows: [] })).name).toBe('svg');
    const zero = barChart({ ...input, rows: [{ label: 'x', values: [0, 0] }] });
    expect(zero).not.toContain('NaN');
    expect(bars(zero).map((b) => b.attrs.width)).toEqual(['0', '0']);
  });
});

describe('barChart with many rows', () => {
  const many = {
    ...input,
    rows: Array.from({ length: 25 }, (_, i) => ({ label: `Tỉnh ${i}`, values: [i, 25 - i], ...(i === 7 ? { highlight: true } : {}) })),
  };

  it('draws thinner bars so 63 provinces fit a page or two', () => {
    const thin = allElements(parseXml(barChart(many))).filter((e) => e.name === 'rect' && e.attrs.height === '6');
    expect(thin).toHaveLength(50);
    expect(Number(parseXml(barChart(many)).attrs.height)).toBeLessThan(25 * 30);
  });

  it('puts the highlighted row in bold', () => {
    const labels = allElements(parseXml(barChart(many))).filter((e) => e.name === 'text' && e.attrs.class === 'row-label');
    expect(labels.filter((l) => l.attrs['font-weight'] === 'bold').map((l) => l.text)).toEqual(['Tỉnh 7']);
  });
});

describe('barChart row labels', () => {
  const labels = (svg: string) => allElements(parseXml(svg)).filter((e) => e.name === 'text' && e.attrs.class === 'row-label');
  const lines = (label: ReturnType<typeof labels>[number]) => (label.children.length ? label.children.map((c) => c.text) : [label.text]);
  const long = 'Ministry of Agriculture and Rural Development';
  const longer = 'Ministry of Labour, Invalids and Social Affairs, and of everything else a ministry could be asked to look after';

  it('go on to a second line when too long for their column, cut only when two lines are not enough', () => {
    const svg = barChart({ ...input, rows: [{ label: long, values: [1, 2] }, { label: longer, values: [3, 0] }, { label: 'Hà Nội', values: [1, 1] }] });
    const [a, b, c] = labels(svg);
    expect(lines(a)).toEqual(['Ministry of Agriculture and Rural', 'Development']);
    expect(lines(b)).toHaveLength(2);
    expect(lines(b)[1]).toMatch(/…$/);
    expect(lines(c)).toEqual(['Hà Nội']);
    // Two lines sit around the middle of the row's bars: the first half a line above where one
    // line would be (rows of two bars are 32 high).
    expect(Number(a.attrs.y)).toBe(Number(c.attrs.y) - 2 * 32 - 6.5);
    expect(a.children.map((t) => t.attrs.x)).toEqual([a.attrs.x, a.attrs.x]);
  });

  it('are cut on one line in rows too thin for two', () => {
    const thin = barChart({ ...input, rows: Array.from({ length: 25 }, (_, i) => ({ label: i === 3 ? long : `Tỉnh ${i}`, values: [i, 1] })) });
    const label = labels(thin)[3];
    expect(label.children).toEqual([]);
    expect(label.text).toBe('Ministry of Agriculture and Rural De…');
  });
});
