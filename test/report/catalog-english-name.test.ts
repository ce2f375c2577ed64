import { describe, expect, it } from 'vitest';
import { diff } from '../../src/analysis/diff.js';
import { timeline } from '../../src/analysis/timeline.js';
import type { Catalog } from '../../src/catalog/types.js';
import { renderDiffMarkdown } from '../../src/report/diff-markdown.js';
import { renderDiffText } from '../../src/report/diff-text.js';
import { gatherHtmlReportInput } from '../../src/report/html/gather-report-input.js';
import { renderHtmlReport } from '../../src/report/html/render-html-report.js';
import { renderTimelineMarkdown } from '../../src/report/timeline-markdown.js';
import { renderTimelineSvg } from '../../src/report/svg-timeline.js';
import { renderTimelineText } from '../../src/report/timeline-text.js';
import { summarizeCatalog } from '../../src/analysis/summary.js';
import { renderSummaryText } from '../../src/report/summary-text.js';
import { loadReportFixture } from './fixture-analysis.js';

// hokhau-small is named 'hokhau-small'; the copy gets a Vietnamese name and an English one.
const plain = loadReportFixture('hokhau-small');
const named: Catalog = structuredClone(plain);
named.catalog = {
  ...named.catalog!,
  name: 'Sổ hộ khẩu — mẫu',
  name_en: 'Household book — sample',
  ministries_en: { 'Bộ Tư pháp': 'Ministry of Justice' },
};

const firstLine = (text: string) => text.split('\n')[0];

describe("reports name the catalog by its English name in English, where it gives one", () => {
  it('the timeline: its data keeps both names, its text, Markdown and SVG titles use the one of their language', () => {
    const t = timeline(named, { province: 'GL' });
    expect(t).toMatchObject({ catalog: 'Sổ hộ khẩu — mẫu', catalog_en: 'Household book — sample' });
    expect(firstLine(renderTimelineText(t, { lang: 'en' }))).toBe('Administrative procedures over time — Household book — sample (GL)');
    expect(firstLine(renderTimelineMarkdown(t, { lang: 'en' }))).toBe('# Administrative procedures over time — Household book — sample (GL)');
    expect(renderTimelineSvg(t, { lang: 'en' })).toContain('<title id="tl-title">Administrative procedures over time — Household book — sample</title>');
    expect(firstLine(renderTimelineText(t, { lang: 'vi' }))).toContain(' — Sổ hộ khẩu — mẫu (GL)');
    expect(renderTimelineSvg(t, { lang: 'vi' })).not.toContain('Household book — sample');
  });

  it('the diff: each side by its own catalog, so a catalog without an English name keeps its one name', () => {
    const d = diff(plain, named, { at: '2022-12-31', to: '2023-01-01', province: 'GL' });
    expect(d.a).not.toHaveProperty('catalog_en');
    expect(d.b).toMatchObject({ catalog: 'Sổ hộ khẩu — mẫu', catalog_en: 'Household book — sample' });
    expect(firstLine(renderDiffText(d, { lang: 'en' }))).toBe('Comparing hokhau-small (2022-12-31) with Household book — sample (2023-01-01) in GL');
    expect(renderDiffMarkdown(d, { lang: 'en' })).toContain('| hokhau-small 2022-12-31 | Household book — sample 2023-01-01 |');
    expect(firstLine(renderDiffText(d, { lang: 'vi' }))).toContain('Sổ hộ khẩu — mẫu (2023-01-01)');
  });

  it("the HTML report: its title (with the province's name) and footer", () => {
    const input = gatherHtmlReportInput(named, { at: '2023-01-01', province: 'GL' });
    const en = renderHtmlReport(input, { lang: 'en' });
    expect(en).toContain('<title>Administrative procedures report — Household book — sample — Gia Lai (2023-01-01)</title>');
    expect(/<footer>[\s\S]*?<\/footer>/.exec(en)![0]).toContain('Household book — sample');
    const vi = renderHtmlReport(input, { lang: 'vi' });
    expect(vi).toContain('<title>Báo cáo thủ tục hành chính — Sổ hộ khẩu — mẫu — Gia Lai (01/01/2023)</title>');
    // A report of every province names none.
    expect(renderHtmlReport(gatherHtmlReportInput(named, { at: '2023-01-01' }), { lang: 'en' })).toContain('<title>Administrative procedures report — Household book — sample (2023-01-01)</title>');
    expect(vi).not.toContain('Household book — sample');
  });
});

describe('English reports name ministries by the English names of the catalog settings', () => {
  it('the summary: its data gives the name beside the ministry, its English text shows it', () => {
    const s = summarizeCatalog(named);
    const byMinistry = s.sunsets.find((x) => x.document.id === 'so-ho-khau')!.dependents.by_ministry;
    expect(byMinistry.find((g) => g.key === 'Bộ Tư pháp')).toMatchObject({ name_en: 'Ministry of Justice' });
    expect(byMinistry.filter((g) => g.name_en !== undefined)).toHaveLength(1);
    const line = (lang: 'vi' | 'en') => renderSummaryText(s, { lang }).split('\n').find((l) => l.includes(lang === 'en' ? 'dependent procedures:' : 'thủ tục phụ thuộc:'))!;
    expect(line('en')).toContain('Ministry of Justice 2');
    expect(line('en')).not.toContain('Bộ Tư pháp');
    expect(line('vi')).toContain('Bộ Tư pháp 2');
  });

  it('the summary: between semicolons when an English name holds a comma, between commas in Vietnamese', () => {
    const comma: Catalog = structuredClone(named);
    comma.catalog!.ministries_en = { 'Bộ Tư pháp': 'Ministry of Justice', 'Bộ Tài chính': 'Ministry of Finance, Prices and Budget' };
    const lines = (lang: 'vi' | 'en') => renderSummaryText(summarizeCatalog(comma), { lang }).split('\n').filter((l) => l.includes(lang === 'en' ? 'dependent procedures:' : 'thủ tục phụ thuộc:'));
    expect(lines('en')[0]).toContain(': Ministry of Justice 2; Ministry of Finance, Prices and Budget 1; Ngân hàng Chính sách xã hội 1; ');
    // The other book's ministries have no comma in their names.
    expect(lines('en')[1]).toMatch(/: [^;]+$/);
    expect(lines('vi')[0]).toContain(': Bộ Tư pháp 2, Bộ Tài chính 1, Ngân hàng Chính sách xã hội 1, ');
  });

  it('the HTML report: the chart by ministry and the list of procedures', () => {
    const input = gatherHtmlReportInput(named, { at: '2023-01-01', province: 'GL' });
    const en = renderHtmlReport(input, { lang: 'en' });
    const chart = /<figure id="chart-ministry">[\s\S]*?<\/figure>/.exec(en)![0];
    expect(chart).toContain('class="row-label">Ministry of Justice</text>');
    expect(chart).not.toContain('Bộ Tư pháp');
    const list = /<section id="all-procedures">[\s\S]*?<\/section>/.exec(en)![0];
    expect(list).toMatch(/data-code="1\.001193">.*?<td>Ministry of Justice<\/td>/);
    expect(list).toContain('<td>Bộ Công an</td>');
    const vi = renderHtmlReport(input, { lang: 'vi' });
    const chartVi = /<figure id="chart-ministry">[\s\S]*?<\/figure>/.exec(vi)![0];
    expect(chartVi).toContain('class="row-label">Bộ Tư pháp</text>');
    expect(chartVi).not.toContain('Ministry of Justice');
    expect(/<section id="all-procedures">[\s\S]*?<\/section>/.exec(vi)![0]).toMatch(/data-code="1\.001193">.*?<td>Bộ Tư pháp<\/td>/);
  });
});
