import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';
import { gatherHtmlReportInput } from '../../../src/report/html/gather-report-input.js';
import { renderHtmlReport } from '../../../src/report/html/render-html-report.js';
import { provinceGroupHtml } from '../../../src/report/html/province-group-html.js';
import { LISTED_PROVINCES, provincesEvaluated } from '../../../src/report/province-group.js';
import { loadFixture } from './fixture.js';

const codes = (n: number) => Array.from({ length: n }, (_, i) => `P${String(i + 1).padStart(2, '0')}`);
const names = new Map(codes(30).map((c) => [c, `Tỉnh ${c}`]));

describe('provinceGroupHtml', () => {
  it('names a few provinces one by one, and a central evaluation as such', () => {
    const few = codes(LISTED_PROVINCES);
    expect(provinceGroupHtml('en', few, codes(30), names)).toBe(few.map((c) => `Tỉnh ${c}`).join(', '));
    expect(provinceGroupHtml('en', ['P01', null], codes(30), names)).toBe('Tỉnh P01, Central');
    const manyAndCentral = [...codes(20), null];
    expect(provinceGroupHtml('en', manyAndCentral, codes(20), names)).toContain('Tỉnh P20, Central');
  });

  it('tells every province where the procedure runs as "all"', () => {
    expect(provinceGroupHtml('en', codes(20), codes(20), names)).toBe('all 20 provinces where it runs');
    expect(provinceGroupHtml('vi', codes(20), codes(20), names)).toBe('cả 20 tỉnh nơi thực hiện');
  });

  it('tells all but a few by the few, counting only where the procedure runs', () => {
    const runsIn = codes(20);
    const held = runsIn.filter((c) => c !== 'P03' && c !== 'P17');
    expect(provinceGroupHtml('en', held, runsIn, names)).toBe('every province where it runs but Tỉnh P03, Tỉnh P17 (18 of 20)');
    expect(provinceGroupHtml('vi', held, runsIn, names)).toBe('mọi tỉnh nơi thực hiện trừ Tỉnh P03, Tỉnh P17 (18/20 tỉnh)');
    // Provinces where the procedure does not run are not among the few.
    expect(provinceGroupHtml('en', codes(10), codes(12), names)).toBe('every province where it runs but Tỉnh P11, Tỉnh P12 (10 of 12)');
  });

  it('names every province when neither the group nor the rest is short', () => {
    const held = codes(LISTED_PROVINCES + 1);
    const runsIn = codes(2 * LISTED_PROVINCES + 2);
    expect(provinceGroupHtml('en', held, runsIn, names)).toBe(held.map((c) => `Tỉnh ${c}`).join(', '));
  });

  it('escapes the names', () => {
    expect(provinceGroupHtml('en', ['X'], ['X'], new Map([['X', '<b>&']]))).toBe('&lt;b&gt;&amp;');
  });

  it('reads where each procedure was evaluated from the analysis', async () => {
    const catalog = await loadFixture('many-provinces.yaml');
    const evaluated = provincesEvaluated(analyze(catalog, { at: '2023-01-01' }));
    expect(evaluated.get('every')).toEqual(codes(12));
    expect(evaluated.get('all-but')).toEqual(codes(12));
  });
});

describe('the report says where a procedure is blocked', () => {
  it('as all, or all but a few, in a catalog of many provinces', async () => {
    const catalog = await loadFixture('many-provinces.yaml');
    const html = renderHtmlReport(gatherHtmlReportInput(catalog, { at: '2023-01-01' }), { lang: 'en' });
    const where = (code: string) => new RegExp(`<article class="procedure" id="blocked-${code}"[\\s\\S]*?<p class="where">(.*?)</p>`).exec(html)![1];
    expect(where('every')).toBe('Blocked in: all 12 provinces where it runs');
    expect(where('all-but')).toBe('Blocked in: every province where it runs but Tỉnh Mười Một, Tỉnh Mười Hai (10 of 12)');
    expect(where('nine')).toBe('Blocked in: every province where it runs but Tỉnh Mười, Tỉnh Mười Một, Tỉnh Mười Hai (9 of 12)');
  });

  it('and where a procedure that a central one needs holds it back', async () => {
    const catalog = await loadFixture('many-provinces.yaml');
    const html = renderHtmlReport(gatherHtmlReportInput(catalog, { at: '2023-01-01' }), { lang: 'en' });
    const article = /<article class="procedure" id="blocked-central"[\s\S]*?<\/article>/.exec(html)![0];
    expect(article).toContain('<li>in every province where it runs but Tỉnh Mười Một, Tỉnh Mười Hai (10 of 12):');
    expect(article).not.toContain('Tỉnh Một');
  });
});
