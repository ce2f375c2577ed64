import { describe, expect, it } from 'vitest';
import type { TimelineResult } from '../../src/analysis/timeline-types.js';
import type { Totals } from '../../src/analysis/result-types.js';
import { renderTimelineSvg } from '../../src/report/svg-timeline.js';
import { allElements, parseXml, textOf } from './xml.js';

function totals(blocked: number, paper: number, paperless: number, unknown = 0): Totals {
  const met = paper + paperless;
  return { procedures: 3, evaluations: blocked + met + unknown, blocked, met, paper, paperless, document: 0, unknown };
}

function result(): TimelineResult {
  return {
    version: 2,
    catalog: 'ví dụ <A&B>',
    province: null,
    from: null,
    to: null,
    without: [],
    points: [
      { date: '2022-12-31', start: true, events: [], totals: totals(0, 7, 3), changes: [] },
      {
        date: '2023-01-01',
        start: false,
        events: [
          { kind: 'sunset', date: '2023-01-01', section: 'documents', id: 'so-ho-khau', name: 'Sổ hộ khẩu', until: '2022-12-31' },
          { kind: 'effective', date: '2023-01-01', section: 'legal', id: 'nd-104-2022', name: '104/2022/NĐ-CP' },
        ],
        totals: totals(4, 5, 1),
        changes: [],
      },
      { date: '2023-07-01', start: false, events: [], totals: totals(0, 2, 8), changes: [] },
    ],
  };
}

describe('renderTimelineSvg', () => {
  it('is well-formed XML with an svg root, a title and Vietnamese labels by default', () => {
    const svg = renderTimelineSvg(result());
    const root = parseXml(svg);
    expect(root.name).toBe('svg');
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    const title = allElements(root).find((e) => e.name === 'title')!;
    expect(textOf(title)).toBe('Thủ tục hành chính theo thời gian — ví dụ <A&B>');
    const legend = allElements(root).filter((e) => e.attrs.class === 'legend').map(textOf);
    expect(legend).toEqual(['Đáp ứng, không cần giấy', 'Đáp ứng, còn cần giấy', 'Bị chặn']);
    // dates in the Vietnamese way
    expect(svg).toContain('>01/01/2023<');
  });

  it('draws one stacked bar per date whose segments carry the counts', () => {
    const root = parseXml(renderTimelineSvg(result(), { lang: 'en' }));
    const groups = allElements(root).filter((e) => e.attrs.class === 'point');
    expect(groups.map((g) => g.attrs['data-date'])).toEqual(['2022-12-31', '2023-01-01', '2023-07-01']);
    const counts = groups.map((g) =>
      Object.fromEntries(
        allElements(g)
          .filter((e) => e.name === 'rect')
          .map((r) => [r.attrs.class, Number(/: (\d+)$/.exec(textOf(r))![1])]),
      ),
    );
    expect(counts).toEqual([
      { paper: 7, paperless: 3 },
      { blocked: 4, paper: 5, paperless: 1 },
      { paper: 2, paperless: 8 },
    ]);
    // segment heights are proportional to the counts, stacked on one baseline
    const rects = allElements(groups[1]).filter((e) => e.name === 'rect');
    const h = Object.fromEntries(rects.map((r) => [r.attrs.class, Number(r.attrs.height)]));
    expect(h.paper / h.paperless).toBeCloseTo(5, 0);
    expect(h.blocked / h.paperless).toBeCloseTo(4, 0);
    const bottoms = rects.map((r) => Number(r.attrs.y) + Number(r.attrs.height));
    expect(Number(rects[0].attrs.y)).toBeCloseTo(bottoms[1], 0);
    // the events of a date are described in its tooltip
    const tip = groups[1].children.filter((c) => typeof c !== 'string' && c.name === 'title').map((c) => textOf(c as never));
    expect(tip[0]).toContain('Sổ hộ khẩu no longer accepted (valid until 2022-12-31)');
    expect(tip[0]).toContain('104/2022/NĐ-CP takes effect');
  });

  it('labels in English with --lang en and adds an unknown series only when there are unknowns', () => {
    const en = renderTimelineSvg(result(), { lang: 'en' });
    expect(en).toContain('Administrative procedures over time');
    expect(en).not.toContain('Unknown');
    const r = result();
    r.points[2].totals = totals(0, 2, 6, 2);
    const root = parseXml(renderTimelineSvg(r, { lang: 'en' }));
    const legend = allElements(root).filter((e) => e.attrs.class === 'legend').map(textOf);
    expect(legend).toContain('Unknown');
  });

  it('needs nothing from outside: no script, no external reference, no web font', () => {
    const svg = renderTimelineSvg(result());
    expect(svg).not.toMatch(/<script|href=|url\(|@import|@font-face/i);
  });

  it('stays well-formed with many dates and with none', () => {
    const r = result();
    r.points = Array.from({ length: 40 }, (_, i) => ({
      date: `2023-02-${String((i % 28) + 1).padStart(2, '0')}`,
      start: i === 0,
      events: [],
      totals: totals(i, 40 - i, 0),
      changes: [],
    }));
    expect(() => parseXml(renderTimelineSvg(r))).not.toThrow();
    r.points = [];
    const empty = parseXml(renderTimelineSvg(r, { lang: 'en' }));
    expect(allElements(empty).map(textOf)).toContain('The catalog has no procedure to evaluate.');
  });
});

describe('the test XML parser', () => {
  it('rejects what is not well-formed', () => {
    for (const bad of ['<a><b></a></b>', '<a x="1" x="2"/>', '<a>&nbsp;</a>', '<a>1 < 2</a>', '<a/><b/>', '<a x=1/>', '<a>']) {
      expect(() => parseXml(bad), bad).toThrow(/not well-formed/);
    }
    expect(parseXml('<?xml version="1.0"?><a x="&lt;&#233;">t&amp;u<b/></a>')).toEqual({
      name: 'a',
      attrs: { x: '<é' },
      children: ['t&u', { name: 'b', attrs: {}, children: [] }],
    });
  });
});

describe('renderTimelineSvg titles', () => {
  it('wraps a long catalog name onto more lines instead of cutting it, and moves the plot down', () => {
    const long = result();
    long.catalog = 'Bãi bỏ sổ hộ khẩu và sổ tạm trú giấy: các thủ tục hành chính phải thay đổi theo Nghị định 104/2022/NĐ-CP, toàn bộ 63 tỉnh, thành phố';
    const svg = parseXml(renderTimelineSvg(long));
    const texts = allElements(svg).filter((e) => e.name === 'text').map(textOf);
    expect(texts.join(' ')).toContain(long.catalog);
    expect(texts.some((t) => t.includes('…'))).toBe(false);
    const short = parseXml(renderTimelineSvg(result()));
    const barTop = (root: ReturnType<typeof parseXml>) => Math.min(...allElements(root).filter((e) => e.name === 'rect' && e.attrs.class).map((e) => Number(e.attrs.y) + Number(e.attrs.height)));
    expect(Number(svg.attrs.height)).toBeGreaterThan(Number(short.attrs.height));
    expect(barTop(svg)).toBeGreaterThan(barTop(short));
  });

  it('names the province, with its code, when given its name', () => {
    const r = { ...result(), province: 'GL' };
    const texts = (svg: string) => allElements(parseXml(svg)).filter((e) => e.name === 'text').map(textOf).join('\n');
    expect(texts(renderTimelineSvg(r, { provinceName: 'Gia Lai' }))).toContain('Tỉnh: Gia Lai (GL)');
    expect(texts(renderTimelineSvg(r, { lang: 'en' }))).toContain('Province: GL');
  });
});
