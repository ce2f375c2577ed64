import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';
import { gatherHtmlReportInput } from '../../../src/report/html/gather-report-input.js';
import { renderHtmlReport } from '../../../src/report/html/render-html-report.js';
import { loadFixture, withoutNw } from './fixture.js';

const catalog = await loadFixture('hokhau-small.yaml');
const hostile = await loadFixture('hostile-names.yaml');
const input = gatherHtmlReportInput(catalog, { at: '2023-01-01', province: 'GL' });
const vi = renderHtmlReport(input);
const en = renderHtmlReport(input, { lang: 'en' });

const figure = (html: string, name: string): number => {
  const m = new RegExp(`data-figure="${name.replace('.', '\\.')}">(\\d+)<`).exec(html);
  if (!m) throw new Error(`no figure ${name}`);
  return Number(m[1]);
};
const embedded = (html: string) =>
  JSON.parse(/<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)![1]) as {
    headline: Record<string, Record<string, number>>;
    procedures: { code: string }[];
    catalog: string;
  };

describe('renderHtmlReport of a catalog with amendments set aside', () => {
  const header = (html: string) => /<header>([\s\S]*?)<\/header>/.exec(html)![1].replace(/<[^>]+>/g, '');

  it('says in its header that its figures are what would be without them, not what is', () => {
    const without = gatherHtmlReportInput(catalog, { at: '2023-01-01', province: 'GL', without: ['104/2022/NĐ-CP'] });
    expect(header(renderHtmlReport(without, { lang: 'en' }))).toContain(
      'Situation on 2023-01-01 — Gia Lai (ignoring the amendments of nd-104-2022)This report sets aside every amendment made by nd-104-2022: its figures are what would be without those amendments, not the actual situation.',
    );
    expect(header(renderHtmlReport(without))).toContain('(bỏ qua sửa đổi của nd-104-2022)Báo cáo này bỏ qua mọi sửa đổi do nd-104-2022 đưa ra');
    // With nothing set aside, the header says nothing of it.
    expect(header(en)).not.toMatch(/ignoring|sets aside/);
    expect(en).not.toContain('class="notice"');
  });
});

describe('renderHtmlReport headline', () => {
  // Counted here straight from the analysis results, independently of the report's code.
  for (const [scope, province] of [['national', null], ['local', 'GL']] as const) {
    it(`shows the ${scope} figures of the analysis`, () => {
      const r = analyze(catalog, { at: '2023-01-01', province });
      const codes = (pred: (e: (typeof r.results)[number]) => boolean) => new Set(r.results.filter(pred).map((e) => e.code));
      const blocked = codes((e) => e.status === 'blocked');
      const paper = [...codes((e) => e.status === 'met' && e.paper)].filter((c) => !blocked.has(c) && !codes((e) => e.status === 'unknown').has(c));
      expect(figure(vi, `${scope}.blocked`)).toBe(blocked.size);
      expect(figure(vi, `${scope}.paper`)).toBe(paper.length);
      expect(figure(vi, `${scope}.blockedEvaluations`)).toBe(r.totals.blocked);
      expect(figure(vi, `${scope}.paperEvaluations`)).toBe(r.totals.paper);
      expect(figure(vi, `${scope}.evaluations`)).toBe(r.totals.evaluations);
      expect(figure(vi, `${scope}.procedures`)).toBe(r.totals.procedures);
      const byDocument = (e: (typeof r.results)[number]) => e.status === 'met' && !e.paper && e.best_form !== null && e.best_form !== 'data';
      const notWorse = (c: string) => !blocked.has(c) && !codes((e) => e.status === 'unknown').has(c) && !codes((e) => e.status === 'met' && e.paper).has(c);
      expect(figure(vi, `${scope}.document`)).toBe([...codes(byDocument)].filter(notWorse).length);
      expect(figure(vi, `${scope}.documentEvaluations`)).toBe(r.results.filter(byDocument).length);
      expect(embedded(vi).headline[scope].blocked).toBe(blocked.size);
    });
  }

  it('counts the procedures that depend on a sunset document, through needs too', () => {
    // 1.001193 needs the household book; 1.003091 the temporary book; 2.000001 needs 1.003091.
    expect(figure(vi, 'national.dependent')).toBe(3);
    // 2.000001 runs in HN and GL only; the GL figure keeps all three.
    expect(figure(vi, 'local.dependent')).toBe(3);
    const hcm = renderHtmlReport(gatherHtmlReportInput(catalog, { at: '2023-01-01', province: 'HCM', plan: false }));
    expect(figure(hcm, 'local.dependent')).toBe(2);
  });

  it('has no local column without a province', () => {
    const html = renderHtmlReport(gatherHtmlReportInput(catalog, { at: '2023-01-01', plan: false }));
    expect(html).toContain('data-scope="national"');
    expect(html).not.toContain('data-scope="local"');
  });

  it('before the sunset nothing is blocked', () => {
    const html = renderHtmlReport(gatherHtmlReportInput(catalog, { at: '2022-12-31', plan: false }));
    // The deadlock of 9.000001/9.000002 blocks at every date.
    expect(figure(html, 'national.blocked')).toBe(2);
    expect(html).not.toContain('id="blocked-1.003091"');
    // Before the sunset the temporary residence book is still accepted: paper, not blocked.
    expect(html).toContain('id="paper-1.003091"');
  });
});

describe('renderHtmlReport sections', () => {
  it('explains each blocked procedure down to the article, linking the legal source', () => {
    expect(vi).toContain('id="blocked-1.003091"');
    expect(vi).toContain('id="blocked-2.000001"');
    const article = /<article class="procedure" id="blocked-2\.000001"[\s\S]*?<\/article>/.exec(vi)![0];
    // 2.000001 → needs 1.003091 → requires Sổ tạm trú under Art. 32 cl. 1 of Decree 62/2015 →
    // the book is not accepted from 01/01/2023, under Art. 38 cl. 3 of the Residence Law.
    expect(article).toContain('1.003091');
    expect(withoutNw(article)).toContain('Điều 32 khoản 1 Nghị định 62/2015/NĐ-CP');
    expect(article).toContain('Nghị định <span class="nw">62/2015/NĐ-CP</span>');
    expect(article).toContain('không còn được chấp nhận từ <time datetime="2023-01-01">01/01/2023</time>');
    expect(withoutNw(article)).toMatch(/<a href="https:\/\/thuvienphapluat\.vn\/van-ban\/Quyen-dan-su\/Luat-Cu-tru-2020[^"]*" rel="noopener">Điều 38 khoản 3 Luật 68\/2020\/QH14<\/a>/);
  });

  it('says what paper a procedure that is not blocked still needs, and how it is obtained', () => {
    // In Gia Lai the population database is not connected: birth registration is met only
    // through the residence confirmation (CT07), a paper document obtained through 1.010041.
    const article = /<article class="procedure" id="paper-1\.001193"[\s\S]*?<\/article>/.exec(vi)![0];
    expect(article).toContain('Còn cần giấy tại: Gia Lai');
    expect(article).toContain('<b>Giấy xác nhận thông tin về cư trú</b> (giấy), xin qua thủ tục <span class="code">1.010041</span> Xác nhận thông tin về cư trú');
    expect(vi).toContain('<a href="#paper-1.001193">1.001193</a>');
    expect(en).toContain('obtained through <span class="code">1.010041</span> Confirmation of residence information');
  });

  it('names the deadlock partners', () => {
    const article = /<article class="procedure" id="blocked-9\.000001"[\s\S]*?<\/article>/.exec(vi)![0];
    expect(article).toContain('bế tắc');
    expect(article).toContain('9.000002');
  });

  it('ranks the blocking provisions and shows the verified plan', () => {
    expect(withoutNw(vi)).toMatch(/<section id="rank">[\s\S]*Điều 32 khoản 1 Nghị định 62\/2015\/NĐ-CP[\s\S]*<\/section>/);
    expect(input.plan).not.toBeNull();
    const section = /<section id="plan">[\s\S]*?<\/section>/.exec(vi)![0];
    expect(section).toContain(`trước: ${input.plan!.totals.blocked_before}`);
  });

  it('lays the plan out step by step when there is something to change', () => {
    // Let the population database stand in for the temporary residence book too: amending
    // Decree 62/2015 Art. 32 cl. 1 to accept it unblocks HN and HCM, connecting it in Gia Lai
    // unblocks GL.
    const fixable = structuredClone(catalog);
    fixable.documents.find((d) => d.id === 'so-tam-tru')!.replaced_by = ['csdlqg-dan-cu'];
    fixable.data_sources[0].provides.push('so-tam-tru');
    const planned = gatherHtmlReportInput(fixable, { at: '2023-01-01' });
    expect(planned.plan!.changes.map((c) => c.kind).sort()).toEqual(['amend', 'connect']);
    const section = /<section id="plan">[\s\S]*?<\/section>/.exec(renderHtmlReport(planned))![0];
    expect(section).toContain('2 thay đổi gỡ được');
    expect(withoutNw(section)).toContain('Sửa Điều 32 khoản 1 Nghị định 62/2015/NĐ-CP để chấp nhận <b>CSDLQG về dân cư</b>');
    expect(section).toContain('Kết nối <b>CSDLQG về dân cư</b> tại Gia Lai');
    expect(section.match(/<tr><td class="num">\d<\/td>/g)).toHaveLength(2);
    expect(section).toContain(`trước: ${planned.plan!.totals.blocked_before}`);
    const english = /<section id="plan">[\s\S]*?<\/section>/.exec(renderHtmlReport(planned, { lang: 'en' }))![0];
    expect(withoutNw(english)).toContain('Amend Article 32(1) of Decree 62/2015/NĐ-CP to accept <b>CSDLQG về dân cư</b>');
    expect(english).toContain('Connect <b>CSDLQG về dân cư</b> in Gia Lai');
    // With English names in the catalog, the English plan uses them.
    fixable.data_sources[0].name_en = 'Population database';
    fixable.provinces.find((p) => p.code === 'GL')!.name_en = 'Gia Lai province';
    const named = /<section id="plan">[\s\S]*?<\/section>/.exec(renderHtmlReport(gatherHtmlReportInput(fixable, { at: '2023-01-01' }), { lang: 'en' }))![0];
    expect(named).toContain('to accept <b>Population database</b>');
    expect(named).toContain('Connect <b>Population database</b> in Gia Lai province');
  });

  it('lists every procedure once for the search, with its name and code to search', () => {
    const rows = [...vi.matchAll(/<tr data-search="([^"]*)" data-code="([^"]*)">/g)];
    const codes = [...new Set(input.local!.results.map((r) => r.code))].sort();
    expect(rows.map((r) => r[2])).toEqual(codes);
    expect(rows.find((r) => r[2] === '1.001193')![1]).toBe('1.001193 Đăng ký khai sinh Birth registration');
    expect(embedded(vi).procedures.map((p) => p.code)).toEqual(codes);
  });

  it('cites every legal document with its URL written out', () => {
    const section = /<section id="sources">[\s\S]*?<\/section>/.exec(vi)![0];
    expect(section).toContain('62/2015/NĐ-CP');
    expect(section).toContain('>https://thuvienphapluat.vn/van-ban/Quyen-dan-su/Luat-Cu-tru-2020-68-2020-QH14-444244.aspx<');
  });

  it('draws the bar charts and the timeline, and keeps the page self-contained', () => {
    expect(vi.match(/<svg /g)).toHaveLength(3);
    const timeline = /<figure id="chart-timeline">([\s\S]*?)<\/figure>/.exec(vi)![1];
    // The state before the first change, the day the population database opens, and the
    // day the books sunset and Decree 104 takes effect.
    expect(input.timeline!.points.map((p) => p.date)).toEqual(['2022-06-30', '2022-07-01', '2023-01-01']);
    expect(timeline).toContain('data-date="2023-01-01"');
    expect(timeline).not.toContain('<?xml');
    expect(vi).not.toMatch(/<link|<img|<iframe|\ssrc=|@import|url\(/i);
    // Every href is a link to a legal text or an anchor in the page.
    for (const [, href] of vi.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(https?:\/\/|#)/);
  });

  it('is the same string for the same input', () => {
    expect(renderHtmlReport(input)).toBe(vi);
  });
});

describe('renderHtmlReport in English', () => {
  it('has English labels and names where the catalog gives them', () => {
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Blocked procedures and why');
    expect(en).toContain('Find a procedure by name or code');
    expect(en).toContain('Birth registration');
    expect(en).toContain('is no longer accepted from <time datetime="2023-01-01">2023-01-01</time>');
    for (const word of ['Thủ tục bị chặn và lý do', 'Tóm tắt', 'Tìm thủ tục', 'không còn được chấp nhận']) expect(en).not.toContain(word);
  });

  it('gives the English titles of the cited legal documents where the catalog has them', () => {
    const titled = structuredClone(catalog);
    titled.legal.find((l) => l.id === 'nd-62-2015')!.title_en = 'Detailing the Law on Civil Judgment Enforcement';
    const sources = (html: string) => /<section id="sources">[\s\S]*?<\/section>/.exec(html)![0];
    const input = gatherHtmlReportInput(titled, { at: '2023-01-01', province: 'GL', plan: false, timeline: false });
    const english = sources(renderHtmlReport(input, { lang: 'en' }));
    expect(english).toContain('<b>62/2015/NĐ-CP</b> — Detailing the Law on Civil Judgment Enforcement<br>');
    // Without an English title the Vietnamese one stays; the Vietnamese report keeps its own.
    expect(english).toContain('<b>68/2020/QH14</b> — Luật Cư trú<br>');
    expect(sources(renderHtmlReport(input))).toContain('<b>62/2015/NĐ-CP</b> — Quy định chi tiết và hướng dẫn thi hành');
  });

  it('names documents in the explanations by their English names where the catalog gives them', () => {
    const article = /<article class="procedure" id="blocked-1\.003091"[\s\S]*?<\/article>/.exec(en)![0];
    expect(article).toContain('<b>Temporary residence book</b>');
    expect(article).toContain('Temporary residence book is no longer accepted from <time datetime="2023-01-01">2023-01-01</time>');
    expect(article).not.toContain('Sổ tạm trú');
    // The Vietnamese report keeps the Vietnamese names.
    expect(/<article class="procedure" id="blocked-1\.003091"[\s\S]*?<\/article>/.exec(vi)![0]).toContain('<b>Sổ tạm trú</b>');
    // A document without an English name keeps its name.
    expect(/<article class="procedure" id="paper-1\.001193"[\s\S]*?<\/article>/.exec(en)![0]).toContain('<b>Giấy xác nhận thông tin về cư trú</b>');
  });
});

describe('renderHtmlReport with hostile names', () => {
  const html = renderHtmlReport(gatherHtmlReportInput(hostile, { province: 'HN' }));

  it('runs no catalog string as markup or script', () => {
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toMatch(/<img|<b>đậm|<i>Tư pháp/);
    expect(html).toContain('&lt;script&gt;alert(&#39;procedure&#39;)&lt;/script&gt;');
    expect(html).not.toMatch(/href="javascript:/i);
  });

  it('keeps the embedded JSON inside its element and intact', () => {
    const data = embedded(html);
    expect(data.catalog).toBe("Danh mục <script>alert('catalog')</script>");
    expect(JSON.stringify(data)).toContain("</script><script>alert('doc')</script>");
  });
});

describe('renderHtmlReport order of procedures', () => {
  it('lists codes as the text reports do, numerically where they differ only in a number: x-2 before x-10', () => {
    const result = analyze(catalog, { at: '2023-01-01', province: 'GL' });
    const blocked = result.results.find((r) => r.status === 'blocked')!.code;
    const paper = result.results.find((r) => r.status === 'met' && r.paper)!.code;
    const copies = structuredClone(catalog);
    for (const [from, prefix] of [[blocked, 'b'], [paper, 'p']] as const) {
      const original = copies.procedures.find((p) => p.code === from)!;
      // Added as 10 before 2, so that the order is the report's own.
      for (const n of [10, 2]) copies.procedures.push({ ...structuredClone(original), code: `${prefix}-${n}`, name: `${original.name} ${n}` });
    }
    const html = renderHtmlReport(gatherHtmlReportInput(copies, { at: '2023-01-01', province: 'GL', plan: false, timeline: false }), { lang: 'en' });
    const section = (id: string) => new RegExp(`<section id="${id}">[\\s\\S]*?</section>`).exec(html)![0];
    const order = (text: string, codes: string[]) => codes.map((c) => text.indexOf(`data-code="${c}"`));
    for (const [id, codes] of [
      ['blocked', ['b-2', 'b-10']],
      ['paper', ['p-2', 'p-10']],
      ['all-procedures', ['b-2', 'b-10', 'p-2', 'p-10']],
    ] as const) {
      const at = order(section(id), [...codes]);
      expect(at.every((i) => i >= 0), `${id}: ${codes.join(', ')} at ${at.join(', ')}`).toBe(true);
      expect(at, id).toEqual([...at].sort((a, b) => a - b));
    }
  });
});
