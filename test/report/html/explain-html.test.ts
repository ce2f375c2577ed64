import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';
import type { AnalysisResult } from '../../../src/analysis/result-types.js';
import type { Lang } from '../../../src/report/labels.js';
import { explainHtml } from '../../../src/report/html/explain-html.js';
import { gatherHtmlReportInput } from '../../../src/report/html/gather-report-input.js';
import { renderHtmlReport } from '../../../src/report/html/render-html-report.js';
import { loadReportFixture } from '../fixture-analysis.js';
import { loadFixture as loadAnalysisFixture } from '../../analysis/helpers/fixture.js';
import { parseCatalog } from '../../../src/catalog/parse-catalog.js';
import { amendmentText, candidateName } from '../../../src/report/describe.js';
import { renderExplainText } from '../../../src/report/explain-text.js';
import { label } from '../../../src/report/labels.js';
import { formatDate } from '../../../src/report/timeline-labels.js';
import { withoutNw } from './fixture.js';
import { allElements, parseXml, type XmlElement } from './xml.js';

const provinceNames = new Map([
  ['HN', 'Hà Nội'],
  ['GL', 'Gia Lai'],
]);

/** The sentences of an explanation, one per list item, without markup. */
function sentences(html: string): string[] {
  return html
    .replace(/<(li|ul)[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function explain(result: AnalysisResult, code: string, province: string | null, lang: Lang = 'en'): string[] {
  const r = result.results.find((e) => e.code === code && e.province === province);
  if (!r) throw new Error(`no evaluation ${code}@${province}`);
  return sentences(explainHtml({ lang, result, provinceNames }, r));
}

describe('the HTML explanation of a deadlocked procedure', () => {
  const result = analyze(loadReportFixture('deadlock-waits'));

  it('names the partners of a procedure in the cycle', () => {
    expect(explain(result, 'loop-a', 'HN')[0]).toBe('deadlock: it and loop-b Vòng B wait on each other');
    expect(explain(result, 'loop-b', 'GL', 'vi')[0]).toBe('bế tắc: thủ tục này và loop-a Vòng A chờ lẫn nhau');
  });

  it('says that a procedure needing itself needs itself, and does not follow it into itself', () => {
    expect(explain(result, 'self', null)).toEqual(['deadlock: it needs itself']);
    expect(explain(result, 'self', null, 'vi')).toEqual(['bế tắc: thủ tục này cần chính nó']);
  });

  it('names the cycle a procedure only waits on, never the procedure itself', () => {
    for (const province of ['HN', 'GL']) {
      for (const code of ['after-doc', 'after-needs']) {
        expect(explain(result, code, province)[0]).toBe('deadlock: it waits on loop-a Vòng A ↔ loop-b Vòng B, which wait on each other');
      }
    }
    expect(explain(result, 'after-needs', 'HN', 'vi')[0]).toBe('bế tắc: chờ loop-a Vòng A ↔ loop-b Vòng B, các thủ tục đang chờ lẫn nhau');
    expect(explain(result, 'after-self', null)[0]).toBe('deadlock: it waits on self Tự cần, which needs itself');
    expect(explain(result, 'after-self', null, 'vi')[0]).toBe('bế tắc: chờ self Tự cần, thủ tục cần chính nó');
    expect(explain(result, 'central-after', null)[0]).toBe('deadlock: it waits on loop-a Vòng A ↔ loop-b Vòng B, which wait on each other');
  });

  it('never names a procedure as its own partner', () => {
    for (const r of result.results.filter((e) => e.deadlock)) {
      for (const lang of ['en', 'vi'] as const) {
        const html = explainHtml({ lang, result, provinceNames }, r);
        expect(html).not.toMatch(new RegExp(`(it and|thủ tục này và) (<span class="code">)?${r.code}[ <]`));
      }
    }
  });

  it('says so in the blocked list of the report', () => {
    const html = renderHtmlReport(gatherHtmlReportInput(loadReportFixture('deadlock-waits'), { plan: false, timeline: false }), { lang: 'en' });
    const article = /<article class="procedure" id="blocked-self"[\s\S]*?<\/article>/.exec(html)![0];
    expect(article).toContain('<li>deadlock: it needs itself</li>');
    const after = /<article class="procedure" id="blocked-after-doc"[\s\S]*?<\/article>/.exec(html)![0];
    // The same explanation in both provinces: shown once.
    expect(after.match(/class="explanation"/g)).toHaveLength(1);
    expect(after).toContain('Blocked in: Hà Nội, Gia Lai');
    expect(after).toContain('deadlock: it waits on <span class="code">loop-a</span> Vòng A ↔ <span class="code">loop-b</span> Vòng B, which wait on each other');
  });
});

describe('the HTML explanation of a central procedure that needs a provincial one', () => {
  const catalog = loadReportFixture('central-needs');

  it('shows the provincial procedure once, and below it the provinces that hold it back', () => {
    const lines = explain(analyze(catalog), 'cap-phep', null);
    expect(lines).toEqual([
      'it needs xac-nhan-cu-tru Xác nhận thông tin về cư trú (must be met in every province where it runs) first, which is blocked',
      'in Gia Lai:',
      'it requires the applicant to submit Sổ hộ khẩu (no legal basis recorded)',
      'Sổ hộ khẩu is no longer accepted from 2023-01-01 (valid until 2022-12-31)',
      'CSDLQG về dân cư (accepted from the start) is not connected in this province',
    ]);
    const vi = explain(analyze(catalog), 'cap-phep', null, 'vi');
    expect(vi[0]).toBe('phải hoàn thành trước thủ tục xac-nhan-cu-tru Xác nhận thông tin về cư trú (phải đáp ứng ở mọi tỉnh nơi thủ tục được thực hiện), mà thủ tục này bị chặn');
    expect(vi[1]).toBe('tại Gia Lai:');
  });

  it('explains the provinces that hold it back for the same reasons once, speaking of each as "this province"', () => {
    const lines = explain(analyze(loadReportFixture('deadlock-waits')), 'central-after', null);
    expect(lines).toContain('in Hà Nội, Gia Lai:');
    expect(lines).toContain('Giấy A can only be obtained through loop-a Vòng A, which is blocked');
    expect(lines.filter((l) => l.startsWith('Giấy A can only'))).toHaveLength(1);
    expect(lines.join('\n')).not.toMatch(/in Hà Nội:|in Gia Lai:/);
  });

  it('says where to look when the report is limited to a province that does not hold it back', () => {
    const html = renderHtmlReport(gatherHtmlReportInput(catalog, { province: 'HN', plan: false, timeline: false }), { lang: 'en' });
    const article = /<article class="procedure" id="blocked-cap-phep"[\s\S]*?<\/article>/.exec(html)![0];
    expect(article).toContain('(held back in provinces other than Hà Nội: make the report without --province to see them)');
    expect(article).not.toContain('not in the result');
    const vi = renderHtmlReport(gatherHtmlReportInput(catalog, { province: 'HN', plan: false, timeline: false }));
    expect(vi).toContain('(vướng ở tỉnh khác ngoài Hà Nội: lập báo cáo không kèm --province để xem)');
  });

  it('explains the province the report is limited to when it holds it back', () => {
    const html = renderHtmlReport(gatherHtmlReportInput(catalog, { province: 'GL', plan: false, timeline: false }), { lang: 'en' });
    const article = /<article class="procedure" id="blocked-cap-phep"[\s\S]*?<\/article>/.exec(html)![0];
    expect(article).toContain('<li>in Gia Lai:<ul class="chain">');
    expect(article).toContain('is not connected in this province');
  });
});

describe('the provinces that hold back a procedure that must be met in every province', () => {
  const result = analyze(loadReportFixture('every-province-groups'));
  const names = new Map([
    ['HN', 'Hà Nội'],
    ['GL', 'Gia Lai'],
    ['DN', 'Đà Nẵng'],
    ['HCM', 'Hồ Chí Minh'],
  ]);
  const lines = (lang: Lang) => {
    const r = result.results.find((e) => e.code === 'cap-phep')!;
    return sentences(explainHtml({ lang, result, provinceNames: names }, r));
  };

  it('share one line when their explanations read the same, and have their own when not', () => {
    expect(lines('en')).toEqual([
      'it needs xac-nhan-cu-tru Xác nhận thông tin về cư trú (must be met in every province where it runs) first, which is blocked',
      'in Gia Lai, Đà Nẵng:',
      'it requires the applicant to submit Sổ hộ khẩu (no legal basis recorded)',
      'Sổ hộ khẩu is no longer accepted from 2023-01-01 (valid until 2022-12-31)',
      'CSDLQG về dân cư (accepted from the start) is not connected in this province',
      'in Hồ Chí Minh:',
      'it requires the applicant to submit Sổ hộ khẩu (no legal basis recorded)',
      'Sổ hộ khẩu is no longer accepted from 2023-01-01 (valid until 2022-12-31)',
      'CSDLQG về dân cư (accepted from the start) is connected in this province only from 2023-06-01',
      'it needs dang-ky Đăng ký thường trú (must be met in every province where it runs) first, which is blocked',
      'in Gia Lai, Đà Nẵng, Hồ Chí Minh:',
      'it needs xac-nhan-cu-tru Xác nhận thông tin về cư trú first, which is blocked (explained above)',
    ]);
    expect(lines('vi')).toContain('tại Gia Lai, Đà Nẵng:');
    expect(lines('vi')).toContain('tại Hồ Chí Minh:');
  });

  it('are named, never "this province", so that the evaluations above them can be grouped', () => {
    const html = renderHtmlReport(gatherHtmlReportInput(loadReportFixture('every-province-groups'), { plan: false, timeline: false }), { lang: 'en' });
    const article = /<article class="procedure" id="blocked-gia-han"[\s\S]*?<\/article>/.exec(html)![0];
    // Its four evaluations need the central licence, whose explanation is the same from every province.
    expect(article.match(/class="explanation"/g)).toHaveLength(1);
    expect(article).toContain('Blocked in: Hà Nội, Gia Lai, Đà Nẵng, Hồ Chí Minh');
    expect(article).toContain('<li>in Gia Lai, Đà Nẵng:');
    expect(html).not.toMatch(/<li>in [^<]*this province/);
  });
});

describe('a document obtained through many procedures', () => {
  const result = analyze(loadReportFixture('many-issuers'));
  /** The sentence about the document, without markup, and the text of the list below it, if any. */
  const said = (code: string, lang: Lang) => {
    const r = result.results.find((e) => e.code === code)!;
    const html = explainHtml({ lang, result, provinceNames }, r);
    const item = /<ul><li>([\s\S]*?)(?=<ul class="issuers">)/.exec(html)![1];
    const [sentence, details] = item.split('<details class="via">');
    const text = (s: string) => s.replace(/<[^>]+>/g, '');
    return { sentence: text(sentence), summary: details && text(/<summary>(.*)<\/summary>/.exec(details)![1]), all: details && text(details.replace(/<summary>.*<\/summary>/, '')) };
  };

  it('names the first three in the order of obtained_by, counts the others, and lists them all below', () => {
    expect(said('can-nam', 'en')).toEqual({
      sentence: 'Giấy năm nơi cấp can only be obtained through cap-e Cấp E, cap-b Cấp B, cap-d Cấp D and 2 others, all of which are blocked',
      summary: 'All 5 procedures',
      all: 'cap-e Cấp E, cap-b Cấp B, cap-d Cấp D, cap-a Cấp A, cap-c Cấp C',
    });
    expect(said('can-nam', 'vi')).toEqual({
      sentence: 'Giấy năm nơi cấp chỉ xin được qua các thủ tục cap-e Cấp E, cap-b Cấp B, cap-d Cấp D và 2 thủ tục khác, mà các thủ tục này đều bị chặn',
      summary: 'Cả 5 thủ tục',
      all: 'cap-e Cấp E, cap-b Cấp B, cap-d Cấp D, cap-a Cấp A, cap-c Cấp C',
    });
  });

  it('names them all, with no list below, when there are three or fewer', () => {
    expect(said('can-hai', 'en')).toEqual({ sentence: 'Giấy hai nơi cấp can only be obtained through cap-b Cấp B, cap-a Cấp A, all of which are blocked', summary: undefined, all: undefined });
    expect(said('can-hai', 'vi').sentence).toBe('Giấy hai nơi cấp chỉ xin được qua các thủ tục cap-b Cấp B, cap-a Cấp A, mà các thủ tục này đều bị chặn');
    expect(said('can-mot', 'en')).toEqual({ sentence: 'Giấy một nơi cấp can only be obtained through cap-a Cấp A, which is blocked', summary: undefined, all: undefined });
    expect(said('can-mot', 'vi').sentence).toBe('Giấy một nơi cấp chỉ xin được qua thủ tục cap-a Cấp A, mà thủ tục này bị chặn');
  });
});

describe('the explanations of the procedures a document is obtained through', () => {
  const catalog = loadReportFixture('issuer-explanations');
  const result = analyze(catalog);
  const evaluation = (code: string) => result.results.find((e) => e.code === code)!;
  const html = (code: string, lang: Lang) => explainHtml({ lang, result, provinceNames }, evaluation(code));
  /** The explanation of `code` as a tree, inside one root element. */
  const tree = (code: string, lang: Lang) => parseXml(`<div>${html(code, lang)}</div>`);
  /** The item of the list of candidates that speaks of `document`. */
  const candidate = (root: XmlElement, document: string) =>
    allElements(root).find((e) => e.name === 'li' && e.text.startsWith(`${document} `) && !e.attrs.class)!;
  const child = (e: XmlElement, name: string, cls: string) => e.children.find((c) => c.name === name && c.attrs.class === cls);
  /** The blocks below a candidate: those shown, and those folded with the summary that counts their procedures. */
  const issuers = (item: XmlElement) => {
    const folded = child(item, 'details', 'issuers');
    return {
      shown: child(item, 'ul', 'issuers')?.children ?? [],
      summary: folded?.children.find((c) => c.name === 'summary')?.text,
      folded: folded ? child(folded, 'ul', 'issuers')!.children : [],
    };
  };
  /** The codes of the procedures of each block. */
  const codes = (blocks: XmlElement[]) => blocks.map((b) => b.attrs['data-codes'].split(' '));
  /** The headings of the blocks of an explanation, in order, without markup. */
  const headings = (explanation: string) =>
    [...explanation.matchAll(/<p class="issuer-head">([\s\S]*?)<\/p>/g)].map((m) => m[1].replace(/<[^>]+>/g, '').trim());
  /** Where each procedure named directly in `e` links to (undefined: named, not linked). */
  const links = (e: XmlElement) =>
    e.children.filter((c) => c.attrs.class === 'issuer-name').map((c) => c.children.find((a) => a.name === 'a')?.attrs.href);
  const twelve = (lang: Lang) => issuers(candidate(tree('can-12', lang), 'Giấy mười hai nơi cấp'));

  it('gives the procedures whose explanations read the same one block, in the order of the first of them, followed by that explanation', () => {
    for (const lang of ['en', 'vi'] as const) {
      const { shown, folded } = twelve(lang);
      const blocks = [...shown, ...folded];
      expect(codes(blocks)).toEqual([
        ['cap-01', 'cap-02', 'cap-04', 'cap-05', 'cap-07', 'cap-09'],
        ['cap-03', 'cap-08'],
        ['cap-06'],
        ['cap-10', 'cap-11', 'cap-12'],
      ]);
      // The blocks the procedures' own explanations make, in the order of obtained_by.
      const own = new Map<string, string[]>();
      for (let i = 1; i <= 12; i++) {
        const code = `cap-${String(i).padStart(2, '0')}`;
        own.set(html(code, lang), [...(own.get(html(code, lang)) ?? []), code]);
      }
      expect(codes(blocks)).toEqual([...own.values()]);
      for (const block of blocks) {
        // Below the heading (and the list of a block that names three), the explanation they share.
        expect(block.children.at(-1)).toEqual(tree(block.attrs['data-codes'].split(' ')[0], lang).children[0]);
      }
    }
  });

  it('heads a block with its procedures, three named and the others counted', () => {
    expect(headings(html('can-12', 'en'))).toEqual([
      'cap-01 Issue paper 1, cap-02 Issue paper 2, cap-04 Issue paper 4 and 3 others are blocked because:',
      'cap-03 Issue paper 3, cap-08 Issue paper 8 are blocked because:',
      'cap-06 Issue paper 6 is blocked because:',
      'cap-10 Issue paper 10, cap-11 Issue paper 11, cap-12 Issue paper 12 are blocked because:',
    ]);
    expect(headings(html('can-12', 'vi'))).toEqual([
      'cap-01 Cấp giấy 1, cap-02 Cấp giấy 2, cap-04 Cấp giấy 4 và 3 thủ tục khác đều bị chặn vì:',
      'cap-03 Cấp giấy 3, cap-08 Cấp giấy 8 đều bị chặn vì:',
      'cap-06 Cấp giấy 6 bị chặn vì:',
      'cap-10 Cấp giấy 10, cap-11 Cấp giấy 11, cap-12 Cấp giấy 12 đều bị chặn vì:',
    ]);
  });

  it('lists every procedure of a block that names three, unless the sentence above lists the same', () => {
    for (const [lang, all] of [['en', 'All 6 procedures'], ['vi', 'Cả 6 thủ tục']] as const) {
      const { shown, folded } = twelve(lang);
      const lists = [...shown, ...folded].map((b) => child(b, 'details', 'via'));
      expect(lists.map((d) => d?.children.find((c) => c.name === 'summary')?.text)).toEqual([all, undefined, undefined, undefined]);
      const listed = lists[0]!.children.filter((c) => c.attrs.class === 'issuer-name');
      expect(listed.map((c) => c.children.find((s) => s.attrs.class === 'code')?.text)).toEqual(['cap-01', 'cap-02', 'cap-04', 'cap-05', 'cap-07', 'cap-09']);
    }
    // Five procedures blocked for the same reason: one block, which the sentence's list covers.
    const many = analyze(loadReportFixture('many-issuers'));
    const five = explainHtml({ lang: 'en', result: many, provinceNames }, many.results.find((e) => e.code === 'can-nam')!);
    const { shown, folded } = issuers(candidate(parseXml(`<div>${five}</div>`), 'Giấy năm nơi cấp'));
    expect([codes(shown), folded]).toEqual([[['cap-e', 'cap-b', 'cap-d', 'cap-a', 'cap-c']], []]);
    expect(child(shown[0], 'details', 'via')).toBeUndefined();
    expect(headings(five)).toEqual(['cap-e Cấp E, cap-b Cấp B, cap-d Cấp D and 2 others are blocked because:']);
  });

  it('shows the first three blocks and folds the others under a summary that counts their procedures', () => {
    const en = twelve('en');
    expect([en.shown.length, en.folded.length, en.summary]).toEqual([3, 1, 'Why the other 3 procedures are blocked']);
    expect(twelve('vi').summary).toBe('Lý do 3 thủ tục còn lại bị chặn');
    const four = issuers(candidate(tree('can-4', 'en'), 'Giấy bốn nơi cấp'));
    expect([codes(four.shown), codes(four.folded), four.summary]).toEqual([[['cap-13'], ['cap-03'], ['cap-06']], [['cap-10']], 'Why the other procedure is blocked']);
    expect(issuers(candidate(tree('can-4', 'vi'), 'Giấy bốn nơi cấp')).summary).toBe('Lý do thủ tục còn lại bị chặn');
    const many = analyze(loadReportFixture('many-issuers'));
    const two = parseXml(`<div>${explainHtml({ lang: 'en', result: many, provinceNames }, many.results.find((e) => e.code === 'can-hai')!)}</div>`);
    const fewer = issuers(candidate(two, 'Giấy hai nơi cấp'));
    expect([codes(fewer.shown), fewer.summary]).toEqual([[['cap-b', 'cap-a']], undefined]);
  });

  it('says on the heading\'s line that procedures were explained above, and counts them with the others', () => {
    for (const lang of ['en', 'vi'] as const) {
      const root = tree('can-ca-ba', lang);
      const four = issuers(candidate(root, 'Giấy bốn nơi cấp'));
      const two = issuers(candidate(root, 'Giấy hai nơi cấp'));
      expect([codes(four.shown), four.summary, codes(two.shown)]).toEqual([[['cap-13'], ['cap-03', 'cap-06', 'cap-10']], undefined, [['cap-14'], ['cap-01']]]);
      for (const block of [four.shown[1], two.shown[1]]) {
        const head = child(block, 'p', 'issuer-head')!;
        expect(block.children).toEqual([head]);
        expect(head.children.find((c) => c.attrs.class === 'note')?.text).toBe(lang === 'en' ? '(explained above)' : '(đã giải thích ở trên)');
      }
      expect(headings(html('can-ca-ba', lang)).slice(4)).toEqual(
        lang === 'en'
          ? [
              'cap-13 Issue paper 13 is blocked because:',
              'cap-03 Issue paper 3, cap-06 Issue paper 6, cap-10 Issue paper 10 are blocked (explained above)',
              'cap-14 Issue paper 14 is blocked because:',
              'cap-01 Issue paper 1 is blocked (explained above)',
            ]
          : [
              'cap-13 Cấp giấy 13 bị chặn vì:',
              'cap-03 Cấp giấy 3, cap-06 Cấp giấy 6, cap-10 Cấp giấy 10 đều bị chặn (đã giải thích ở trên)',
              'cap-14 Cấp giấy 14 bị chặn vì:',
              'cap-01 Cấp giấy 1 bị chặn (đã giải thích ở trên)',
            ],
      );
    }
  });

  it('links each procedure a heading or its list names to the procedure\'s own entry in the report when it has one', () => {
    // Entries sort by code, numbers numerically: can-4, can-12, can-ca-ba, cap-01, cap-02 are the first five.
    const page = renderHtmlReport(gatherHtmlReportInput(catalog, { plan: false, timeline: false }), { lang: 'en', maxBlocked: 5 });
    const section = parseXml(/<section id="blocked">[\s\S]*?<\/section>/.exec(page)![0]);
    const entries = section.children.filter((e) => e.name === 'article').map((e) => e.attrs.id);
    expect(entries).toEqual(['blocked-can-4', 'blocked-can-12', 'blocked-can-ca-ba', 'blocked-cap-01', 'blocked-cap-02']);
    const article = section.children.find((e) => e.attrs.id === 'blocked-can-12')!;
    const { shown, folded } = issuers(candidate(article, 'Giấy mười hai nơi cấp'));
    const [first, ...others] = [...shown, ...folded];
    // The procedures other than cap-01 and cap-02 have no entry in this page: named, not linked.
    expect(links(child(first, 'p', 'issuer-head')!)).toEqual(['#blocked-cap-01', '#blocked-cap-02', undefined]);
    expect(links(child(first, 'details', 'via')!)).toEqual(['#blocked-cap-01', '#blocked-cap-02', ...Array<undefined>(4).fill(undefined)]);
    expect(others.map((b) => links(child(b, 'p', 'issuer-head')!))).toEqual([[undefined, undefined], [undefined], [undefined, undefined, undefined]]);
  });
});

describe('a change that covered a requirement and lapsed', () => {
  // Dispatch 5/2023 (2023-01-01 … 2025-01-09) accepted a lookup and the card for Article 1 and
  // dropped Article 2's requirement; Circular 9/2020, in force from the start until
  // 2024-06-30, accepted the card for Article 5. The catalog's date is 2025-01-10.
  const catalog = loadAnalysisFixture('lapsed-amendment');
  const result = analyze(catalog);
  const LINK = '<a href="https://example.org/cd-5-2023" rel="noopener">';

  it('is named below the candidates: the article, what it accepted, from when, and its last day in force', () => {
    for (const province of ['HN', 'GL']) {
      expect(explain(result, 'p-art1', province)).toEqual([
        'it requires the applicant to submit Household registration book, under Article 1 of Decree 61/2015/NĐ-CP',
        'Household registration book is no longer accepted from 2023-01-01 (valid until 2022-12-31)',
        'Article 5(1) of Official Dispatch 5/2023/CĐ-TTg accepted National Population Database, Citizen identity card from 2023-01-01, but lapsed after 2025-01-09',
      ]);
    }
    expect(explain(result, 'p-art1', 'HN', 'vi')[2]).toBe(
      'Điều 5 khoản 1 Công điện 5/2023/CĐ-TTg chấp nhận Cơ sở dữ liệu quốc gia về dân cư, Thẻ Căn cước công dân từ 01/01/2023, nhưng đã hết hiệu lực sau 09/01/2025',
    );
    expect(explain(analyze(catalog, { at: '2024-07-01' }), 'p-art5', null)[2]).toBe(
      'Article 2 of Circular 9/2020/TT-BCA accepted Citizen identity card, but lapsed after 2024-06-30',
    );
  });

  it('says a change that dropped the requirement dropped it', () => {
    expect(explain(result, 'p-art2', null)[2]).toBe('Article 5(2) of Official Dispatch 5/2023/CĐ-TTg dropped the requirement from 2023-01-01, but lapsed after 2025-01-09');
    expect(explain(result, 'p-art2', null, 'vi')[2]).toBe('Điều 5 khoản 2 Công điện 5/2023/CĐ-TTg bãi bỏ yêu cầu này từ 01/01/2023, nhưng đã hết hiệu lực sau 09/01/2025');
  });

  it('states the same facts as tthc explain, in both languages, for a change that accepted and one that dropped', () => {
    const escape = (f: string) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const [code, province, accepted] of [['p-art1', 'HN', 2], ['p-art2', null, 0]] as const) {
      const r = result.results.find((e) => e.code === code && e.province === province)!;
      const [l] = r.requirements[0].lapsed!;
      expect(l.accepted).toHaveLength(accepted);
      for (const lang of ['en', 'vi'] as const) {
        const amendment = amendmentText(l.amendment, lang);
        const text = renderExplainText(result, code, { lang }).split('\n').find((s) => s.includes(amendment))!;
        const html = explain(result, code, province, lang).find((s) => s.includes(amendment))!;
        // The article, what it did (with what it accepted, named), from when, and its last day:
        // in that order in both, each date as the output writes dates.
        const did = l.amendment.drop ? label(lang, 'explain.lapsed-drop') : label(lang, 'explain.lapsed-accept', { candidates: '' }).trim();
        const facts = (date: (d: string) => string) =>
          new RegExp([amendment, did, ...l.accepted.map((c) => candidateName(c, lang)), date(l.amendment.effective!), date(l.expires)].map(escape).join('.*'));
        expect(text).toMatch(facts((d) => d));
        expect(html).toMatch(facts((d) => formatDate(d, lang)));
      }
    }
  });

  it('links the amending article to its source in the blocked list of the report', () => {
    const html = renderHtmlReport(gatherHtmlReportInput(catalog, { plan: false, timeline: false }), { lang: 'en' });
    const article = /<article class="procedure" id="blocked-p-art1"[\s\S]*?<\/article>/.exec(html)![0];
    expect(withoutNw(article)).toContain(`<li>${LINK}Article 5(1) of Official Dispatch 5/2023/CĐ-TTg</a> accepted National Population Database, Citizen identity card from <time datetime="2023-01-01">2023-01-01</time>, but lapsed after <time datetime="2025-01-09">2025-01-09</time></li></ul>`);
    // The same in both provinces: shown once.
    expect(article.match(/class="explanation"/g)).toHaveLength(1);
  });

  it('is named below a paper document the least-paper way needs again', () => {
    const loaded = parseCatalog(
      [
        'catalog: { name: t, cutoff: 2025-01-10 }',
        'documents: [{ id: giay, name: Giấy xác nhận, form: paper }]',
        'data_sources: [{ id: csdl, name: CSDL dân cư, provides: [giay], available_from: 2023-01-01 }]',
        'legal:',
        '  - { id: nd-1, number: 1/2020/NĐ-CP, type: nghi-dinh }',
        '  - { id: cd-2, number: 2/2023/CĐ-TTg, type: cong-dien, effective: 2023-01-01, expires: 2024-12-31,',
        '      amends: [{ provision: { legal: nd-1, article: 1 }, accept: [csdl], by: { article: 3 } }] }',
        'procedures: [{ code: p, name: P, level: [trung-uong], requires: [{ document: giay, basis: { legal: nd-1, article: 1 } }] }]',
        '',
      ].join('\n'),
    );
    const html = renderHtmlReport(gatherHtmlReportInput(loaded.catalog, { plan: false, timeline: false }), { lang: 'en' });
    const article = /<article class="procedure" id="paper-p"[\s\S]*?<\/article>/.exec(html)![0];
    expect(sentences(article.replace(/^[\s\S]*?<\/h3>/, ''))).toEqual([
      'The least-paper way to complete P still needs:',
      'Giấy xác nhận (paper)',
      'Article 3 of Official Dispatch 2/2023/CĐ-TTg accepted CSDL dân cư from 2023-01-01, but lapsed after 2024-12-31',
    ]);
    const vi = renderHtmlReport(gatherHtmlReportInput(loaded.catalog, { plan: false, timeline: false }));
    expect(withoutNw(vi)).toContain(
      'Điều 3 Công điện 2/2023/CĐ-TTg chấp nhận CSDL dân cư từ <time datetime="2023-01-01">01/01/2023</time>, nhưng đã hết hiệu lực sau <time datetime="2024-12-31">31/12/2024</time>',
    );
  });
});
