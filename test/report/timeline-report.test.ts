import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';
import { timeline } from '../../src/analysis/timeline.js';
import { renderTimelineCsv } from '../../src/report/timeline-csv.js';
import { renderTimelineJson } from '../../src/report/timeline-json.js';
import { renderTimelineSvg } from '../../src/report/svg-timeline.js';
import { renderTimelineMarkdown } from '../../src/report/timeline-markdown.js';
import { renderTimelineText } from '../../src/report/timeline-text.js';
import { describeEvent } from '../../src/report/timeline-labels.js';
import { expectGolden } from './golden.js';
import { allElements, parseXml } from './xml.js';

const dir = new URL('../fixtures/timeline/', import.meta.url);
const catalog = parseCatalog(readFileSync(new URL('catalog.yaml', dir), 'utf8')).catalog;
const result = timeline(catalog);
const golden = (name: string) => new URL(`golden/${name}`, dir);

describe('timeline reporters', () => {
  it.each(['vi', 'en'] as const)('text, SVG and Markdown in %s match the golden files', (lang) => {
    expectGolden(renderTimelineText(result, { lang }), golden(`timeline.${lang}.txt`));
    expectGolden(renderTimelineSvg(result, { lang }), golden(`timeline.${lang}.svg`));
    expectGolden(renderTimelineMarkdown(result, { lang }), golden(`timeline.${lang}.md`));
  });

  it('text names a procedure in English with --lang en when the catalog gives its English name', () => {
    const named = structuredClone(catalog);
    named.procedures.find((p) => p.code === '1.001193')!.name_en = 'Birth registration';
    const r = timeline(named);
    const changes = r.points.flatMap((p) => p.changes);
    expect(changes.filter((c) => c.code === '1.001193').every((c) => c.name_en === 'Birth registration')).toBe(true);
    expect(changes.find((c) => c.code === '2.000002')).not.toHaveProperty('name_en');
    const rows = (text: string, code: string) => text.split('\n').filter((l) => l.startsWith(`  ${code}  `));
    const en = renderTimelineText(r, { lang: 'en' });
    expect(rows(en, '1.001193').length).toBeGreaterThan(0);
    for (const row of rows(en, '1.001193')) expect(row).toMatch(/^ {2}1\.001193 {2}Birth registration \(/);
    for (const row of rows(en, '2.000002')) expect(row).toMatch(/^ {2}2\.000002 {2}Cấp giấy phép lái xe \(/);
    for (const row of rows(renderTimelineText(r), '1.001193')) expect(row).toMatch(/^ {2}1\.001193 {2}Đăng ký khai sinh \(/);
  });

  it('text and SVG name documents and data sources in English with --lang en when the catalog gives their English names', () => {
    const named = structuredClone(catalog);
    named.documents.find((d) => d.id === 'so-ho-khau')!.name_en = 'Household registration book';
    named.data_sources.find((d) => d.id === 'csdlqg-dan-cu')!.name_en = 'National population database';
    const r = timeline(named);
    const events = r.points.flatMap((p) => p.events);
    expect(events.find((e) => e.id === 'so-ho-khau')).toMatchObject({ name: 'Sổ hộ khẩu', name_en: 'Household registration book' });
    expect(events.find((e) => e.id === 'cmnd')).not.toHaveProperty('name_en');
    const en = renderTimelineText(r, { lang: 'en' });
    expect(en).toContain('Household registration book no longer accepted (valid until 2022-12-31)');
    expect(en).toContain('National population database available nationwide');
    expect(en).toContain('National population database connected in PY');
    expect(en).toContain('Chứng minh nhân dân no longer accepted');
    expect(en).not.toContain('Sổ hộ khẩu');
    expect(renderTimelineSvg(r, { lang: 'en' })).toContain('Household registration book no longer accepted');
    const vi = renderTimelineText(r);
    expect(vi).toContain('Sổ hộ khẩu hết giá trị sử dụng');
    expect(vi).not.toContain('Household registration book');
  });

  it('names the provinces a nationwide availability leaves out: up to five, then how many more (six are all named)', () => {
    const e = { kind: 'available' as const, date: '2023-01-01', section: 'data_sources' as const, id: 'db', name: 'CSDL', name_en: 'Database' };
    expect(describeEvent(e, 'en')).toBe('Database available nationwide');
    expect(describeEvent({ ...e, except: ['GL'] }, 'vi')).toBe('CSDL khai thác được trên toàn quốc, trừ GL');
    const seven = ['AG', 'BK', 'GL', 'HN', 'PY', 'QN', 'SL'];
    expect(describeEvent({ ...e, except: seven }, 'en')).toBe('Database available nationwide, except in AG, BK, GL, HN, PY and 2 more');
    expect(describeEvent({ ...e, except: seven }, 'vi')).toBe('CSDL khai thác được trên toàn quốc, trừ AG, BK, GL, HN, PY và 2 tỉnh khác');
    // One more than five is named, not counted.
    expect(describeEvent({ ...e, except: seven.slice(0, 6) }, 'en')).toBe(`Database available nationwide, except in ${seven.slice(0, 6).join(', ')}`);
  });

  it('CSV matches the golden file and JSON is the result itself', () => {
    expectGolden(renderTimelineCsv(result), golden('timeline.csv'));
    expect(JSON.parse(renderTimelineJson(result))).toEqual(result);
  });

  it('the SVG of the real fixture has a bar per date whose segments add up to the evaluations', () => {
    const root = parseXml(renderTimelineSvg(result));
    const bars = allElements(root).filter((e) => e.attrs.class === 'point');
    expect(bars).toHaveLength(result.points.length);
    bars.forEach((bar, i) => {
      const heights = allElements(bar).filter((e) => e.name === 'rect').map((r) => Number(r.attrs.height));
      const sum = heights.reduce((a, b) => a + b, 0);
      const full = result.points[i].totals.evaluations;
      // 9 evaluations on an axis up to 10: every bar is 9/10 of the plot height (260 px)
      expect(full).toBe(9);
      expect(sum).toBeCloseTo(234, 0);
    });
  });
});
