import { describe, expect, it } from 'vitest';
import type { AmendmentInfo, AnalysisResult, CandidateResult, EvaluationRef, ProcedureResult, Reason, Status } from '../../../src/analysis/result-types.js';
import { renderHtmlReport } from '../../../src/report/html/render-html-report.js';
import { renderExplainText } from '../../../src/report/explain-text.js';
import type { HtmlReportInput } from '../../../src/report/html/types.js';
import type { Lang } from '../../../src/report/labels.js';
import { allElements, parseXml, type XmlElement } from './xml.js';

/*
 * The report of plain data a library user may give renderHtmlReport: a document issued only
 * by procedures whose state cannot be decided (unknown) appears under `not-obtainable`, which
 * an analysis of a catalog never writes (a procedure that is only unknown makes the document
 * obtainable, and the requirement unknown), but the result's schema allows.
 */

const at = '2023-01-01';
const ref = (code: string, status: Status, extra: Partial<EvaluationRef> = {}): EvaluationRef => ({ code, province: 'HN', status, paper: false, ...extra });

function candidate(id: string, name: string, status: Status, reason: Reason): CandidateResult {
  return { kind: 'document', id, name, form: 'paper', origin: 'required', status, paper: status !== 'met', reason };
}

/** A procedure in Hà Nội with one requirement (of the document of the first of `candidates`, met through them) and the procedures it needs. */
function procedure(code: string, name: string, status: Status, candidates: CandidateResult | CandidateResult[], needs: EvaluationRef[] = []): ProcedureResult {
  const cs = [candidates].flat();
  const c = cs[0];
  const worst = cs.some((x) => x.status === 'met') ? 'met' : cs.some((x) => x.status === 'unknown') ? 'unknown' : 'blocked';
  return {
    code,
    name,
    name_en: name.replace('Cấp', 'Issue').replace('Cần', 'Needs'),
    province: 'HN',
    level: ['xa'],
    essential: false,
    status,
    paper: false,
    best_form: null,
    deadlock: false,
    requirements: [{ index: 0, document: c.id, document_name: c.name, mode: 'submit', basis: null, status: worst, candidates: cs }],
    needs,
  };
}

const notObtainable = (via: EvaluationRef[]): Reason => ({ kind: 'not-obtainable', valid_until: null, via });
const expired: Reason = { kind: 'expired', valid_until: '2022-12-31' };

/** A requirement met, if at all, by a document obtained through one procedure: blocked when it is blocked, unknown when it is unknown. */
const through = (id: string, name: string, status: Status, via: EvaluationRef) =>
  candidate(id, name, status, status === 'blocked' ? notObtainable([via]) : { kind: 'obtainable', valid_until: null, via });

/** A change in force that accepts a document for requirements of a provision the data cannot match for sure. */
const amendment: AmendmentInfo = { legal: 'nd-2-2022', number: '2/2022/NĐ-CP', effective: '2022-01-01', accept: ['don', 'csdl'], label: 'Nghị định 2/2022/NĐ-CP' };

const unresolved = ref('khong-co', 'unknown', { context: 'unresolved' });

const results: ProcedureResult[] = [
  // Blocked: each document they require is issued only by procedures that are blocked or cannot be decided.
  procedure('can-mot', 'Cần giấy một', 'blocked', candidate('giay-mot', 'Giấy một', 'blocked', notObtainable([ref('cap-u', 'unknown')]))),
  procedure(
    'can-hai',
    'Cần giấy hai',
    'blocked',
    candidate('giay-hai', 'Giấy hai', 'blocked', notObtainable([ref('cap-w', 'unknown'), ref('cap-t', 'unknown'), ref('cap-x', 'blocked')])),
  ),
  procedure('can-ba', 'Cần giấy ba', 'blocked', candidate('giay-ba', 'Giấy ba', 'blocked', notObtainable([ref('cap-w', 'unknown'), ref('cap-t', 'unknown')])), [
    ref('can-hai', 'blocked'),
  ]),
  procedure(
    'can-nam',
    'Cần giấy năm',
    'blocked',
    candidate('giay-nam', 'Giấy năm', 'blocked', notObtainable(['cap-x', 'cap-y', 'cap-u', 'cap-z', 'cap-v'].map((c) => ref(c, c === 'cap-x' || c === 'cap-y' ? 'blocked' : 'unknown')))),
  ),
  procedure(
    'can-sau',
    'Cần giấy sáu',
    'blocked',
    candidate('giay-sau', 'Giấy sáu', 'blocked', notObtainable(['cap-u', 'cap-x', 'cap-y', 'cap-v', 'cap-s'].map((c) => ref(c, c === 'cap-u' || c === 'cap-v' ? 'unknown' : 'blocked')))),
  ),
  procedure(
    'can-tam',
    'Cần giấy tám',
    'blocked',
    candidate('giay-tam', 'Giấy tám', 'blocked', notObtainable(['cap-x', 'cap-y', 'cap-s', 'cap-r'].map((c) => ref(c, c === 'cap-r' ? 'unknown' : 'blocked')))),
  ),
  // Unknown: its document is obtained through a procedure the catalog lacks, and it needs one that is unknown too.
  procedure('cap-u', 'Cấp U', 'unknown', through('giay-ma', 'Giấy ma', 'unknown', unresolved), [ref('cap-v', 'unknown')]),
  // Unknown, both for the same reason: their document is obtained through a procedure the catalog lacks.
  procedure('cap-w', 'Cấp W', 'unknown', through('giay-ma', 'Giấy ma', 'unknown', unresolved)),
  procedure('cap-t', 'Cấp T', 'unknown', through('giay-ma', 'Giấy ma', 'unknown', unresolved)),
  // Unknown: its document is obtained through a procedure that is unknown.
  procedure('cap-v', 'Cấp V', 'unknown', through('giay-v', 'Giấy V', 'unknown', ref('cap-z', 'unknown'))),
  procedure('cap-z', 'Cấp Z', 'unknown', candidate('tra-cuu-ma', 'tra-cuu-ma', 'unknown', { kind: 'unresolved', reference: 'tra-cuu-ma' })),
  procedure('can-bay', 'Cần giấy bảy', 'blocked', candidate('giay-bay', 'Giấy bảy', 'blocked', notObtainable([ref('cap-q', 'unknown'), ref('cap-r', 'unknown')]))),
  // Unknown: what would meet its requirement is available, but a change only possibly accepts it.
  procedure('cap-q', 'Cấp Q', 'unknown', [
    candidate('so-ho-khau', 'Sổ hộ khẩu', 'blocked', expired),
    { ...candidate('don', 'Đơn', 'unknown', { kind: 'valid', valid_until: null }), form: 'electronic', origin: 'amendment', amendment, coverage_unknown: true },
    {
      ...candidate('csdl', 'Cơ sở dữ liệu quốc gia về dân cư', 'unknown', { kind: 'connected', since: '2022-07-01', where: 'national' }),
      kind: 'data_source',
      form: 'data',
      origin: 'amendment',
      amendment,
      coverage_unknown: true,
    },
  ]),
  // Unknown, with nothing in the data to say why: a library user's own.
  procedure('cap-r', 'Cấp R', 'unknown', candidate('giay-r', 'Giấy R', 'unknown', { kind: 'valid', valid_until: null })),
  procedure('cap-x', 'Cấp X', 'blocked', candidate('so-ho-khau', 'Sổ hộ khẩu', 'blocked', expired)),
  procedure('cap-y', 'Cấp Y', 'blocked', candidate('so-tam-tru', 'Sổ tạm trú', 'blocked', expired)),
  procedure('cap-s', 'Cấp S', 'blocked', candidate('cmnd', 'Chứng minh nhân dân', 'blocked', expired)),
];

const count = (status: Status) => results.filter((r) => r.status === status).length;
const analysis: AnalysisResult = {
  version: 1,
  catalog: 'undecided',
  at,
  province: null,
  without: [],
  lenient: true,
  results,
  deadlocks: [],
  totals: { procedures: results.length, evaluations: results.length, blocked: count('blocked'), met: 0, paper: 0, paperless: 0, document: 0, unknown: count('unknown') },
};

const input: HtmlReportInput = {
  catalog: 'undecided',
  provinces: [{ code: 'HN', name: 'Hà Nội', name_en: 'Hanoi' }],
  sunset: [],
  national: analysis,
  local: null,
  dependents: [],
  ranking: { version: 1, catalog: 'undecided', at, province: null, without: [], blocked: count('blocked'), unattributed: count('blocked'), provisions: [] },
  plan: null,
  timeline: null,
};

const pages: Record<Lang, string> = { en: renderHtmlReport(input, { lang: 'en' }), vi: renderHtmlReport(input, { lang: 'vi' }) };

/** The entry of `code` in the blocked list of the page: its HTML, and the same read as a tree (which checks it is well-formed). */
function entry(lang: Lang, code: string): { html: string; tree: XmlElement } {
  const section = /<section id="blocked">[\s\S]*?<\/section>/.exec(pages[lang])![0];
  const tree = parseXml(section).children.find((e) => e.name === 'article' && e.attrs['data-code'] === code);
  const html = new RegExp(`<article [^>]*data-code="${code}">[\\s\\S]*?</article>`).exec(section)?.[0];
  if (!tree || !html) throw new Error(`no entry for ${code}`);
  return { html, tree };
}

const withoutMarkup = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

/** The sentences of an entry, one per list item or heading, without markup. */
function sentences(lang: Lang, code: string): string[] {
  return entry(lang, code)
    .html.replace(/<\/?(li|ul|p|details|summary)[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .split('\n')
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s !== '');
}

/** The headings of the explanations below the sentences of an entry, without markup. */
const headings = (lang: Lang, code: string) => [...entry(lang, code).html.matchAll(/<p class="issuer-head">([\s\S]*?)<\/p>/g)].map((m) => withoutMarkup(m[1]));

/** The summaries that count the folded explanations of an entry. */
const folded = (lang: Lang, code: string) =>
  allElements(entry(lang, code).tree)
    .filter((e) => e.name === 'details' && e.attrs.class === 'issuers')
    .map((d) => d.children.find((c) => c.name === 'summary')!.text);

describe('the report of procedures a document is obtained through whose state cannot be decided', () => {
  it('heads the explanation of one with "cannot be decided because:", in both languages', () => {
    // cap-u, and cap-z, through which a document cap-v needs (below cap-u) is obtained.
    expect(headings('en', 'can-mot')).toEqual(['cap-u Issue U cannot be decided because:', 'cap-z Issue Z cannot be decided because:']);
    expect(headings('vi', 'can-mot')).toEqual(['cap-u Cấp U chưa xác định được vì:', 'cap-z Cấp Z chưa xác định được vì:']);
  });

  it('heads the explanation that several share with "cannot be decided because:", apart from those that are blocked', () => {
    expect(headings('en', 'can-hai')).toEqual(['cap-w Issue W, cap-t Issue T cannot be decided because:', 'cap-x Issue X is blocked because:']);
    expect(headings('vi', 'can-hai')).toEqual(['cap-w Cấp W, cap-t Cấp T đều chưa xác định được vì:', 'cap-x Cấp X bị chặn vì:']);
  });

  it('says "cannot be decided (explained above)" of those explained higher up', () => {
    // can-ba needs can-hai: below it, cap-w and cap-t were explained above, under can-ba's own document.
    expect(headings('en', 'can-ba')).toEqual([
      'cap-w Issue W, cap-t Issue T cannot be decided because:',
      'cap-w Issue W, cap-t Issue T cannot be decided (explained above)',
      'cap-x Issue X is blocked because:',
    ]);
    expect(headings('vi', 'can-ba')[1]).toBe('cap-w Cấp W, cap-t Cấp T đều chưa xác định được (đã giải thích ở trên)');
    expect(headings('en', 'can-sau')).toContain('cap-v Issue V cannot be decided (explained above)');
    expect(headings('vi', 'can-sau')).toContain('cap-v Cấp V chưa xác định được (đã giải thích ở trên)');
  });

  it('says that the procedures the document is obtained through cannot be decided, not that they are blocked', () => {
    expect(sentences('en', 'can-mot')).toContain('Giấy một can only be obtained through cap-u Issue U, which cannot be decided');
    expect(sentences('vi', 'can-mot')).toContain('Giấy một chỉ xin được qua thủ tục cap-u Cấp U, mà thủ tục này chưa xác định được');
    expect(sentences('en', 'can-ba')).toContain('Giấy ba can only be obtained through cap-w Issue W, cap-t Issue T, none of which can be decided');
    expect(sentences('vi', 'can-ba')).toContain('Giấy ba chỉ xin được qua các thủ tục cap-w Cấp W, cap-t Cấp T, mà các thủ tục này đều chưa xác định được');
    expect(sentences('en', 'can-hai')).toContain(
      'Giấy hai can only be obtained through cap-w Issue W, cap-t Issue T, cap-x Issue X, each of which is blocked or cannot be decided',
    );
    expect(sentences('vi', 'can-hai')).toContain(
      'Giấy hai chỉ xin được qua các thủ tục cap-w Cấp W, cap-t Cấp T, cap-x Cấp X, mà các thủ tục này đều bị chặn hoặc chưa xác định được',
    );
  });

  it('says that a procedure which cannot be decided needs one that cannot be decided, not one that is blocked', () => {
    expect(sentences('en', 'can-mot')).toContain('it needs cap-v Issue V first, which cannot be decided');
    expect(sentences('vi', 'can-mot')).toContain('phải hoàn thành trước thủ tục cap-v Cấp V, mà thủ tục này chưa xác định được');
  });

  it('counts the folded explanations as procedures that cannot be decided, or are blocked or cannot be decided', () => {
    // Shown: cap-x, cap-y, cap-u; folded: cap-z, cap-v.
    expect(folded('en', 'can-nam')).toEqual(['Why the other 2 procedures cannot be decided']);
    expect(folded('vi', 'can-nam')).toEqual(['Lý do 2 thủ tục còn lại chưa xác định được']);
    // Shown: cap-u, cap-x, cap-y; folded: cap-v (explained above, under cap-u) and cap-s (blocked).
    expect(folded('en', 'can-sau')).toEqual(['Why the other 2 procedures are blocked or cannot be decided']);
    expect(folded('vi', 'can-sau')).toEqual(['Lý do 2 thủ tục còn lại bị chặn hoặc chưa xác định được']);
    // Shown: cap-x, cap-y, cap-s; folded: cap-r.
    expect(folded('en', 'can-tam')).toEqual(['Why the other procedure cannot be decided']);
    expect(folded('vi', 'can-tam')).toEqual(['Lý do thủ tục còn lại chưa xác định được']);
  });
});

describe('the report of a document obtained through a procedure whose state cannot be decided', () => {
  it('says through which procedure it can be obtained, as tthc explain does, never that it is usable', () => {
    for (const code of ['can-mot', 'can-nam']) {
      expect(sentences('en', code)).toContain('Giấy ma can be obtained through khong-co (the code is not in the catalog)');
      expect(sentences('en', code)).toContain('Giấy V can be obtained through cap-z Issue Z');
      expect(sentences('vi', code)).toContain('Giấy ma xin được qua thủ tục khong-co (mã thủ tục không có trong danh mục)');
      expect(sentences('vi', code)).toContain('Giấy V xin được qua thủ tục cap-z Cấp Z');
    }
    expect(pages.en).not.toContain('usable');
    expect(pages.vi).not.toContain('dùng được');
  });

  it('explains below it why that procedure cannot be decided', () => {
    const en = sentences('en', 'can-mot');
    expect(en.slice(en.indexOf('Giấy V can be obtained through cap-z Issue Z') + 1)).toEqual([
      'cap-z Issue Z cannot be decided because:',
      'it requires the applicant to submit tra-cuu-ma (no legal basis recorded)',
      'tra-cuu-ma: the reference “tra-cuu-ma” does not resolve',
    ]);
    const vi = sentences('vi', 'can-mot');
    expect(vi[vi.indexOf('Giấy V xin được qua thủ tục cap-z Cấp Z') + 1]).toBe('cap-z Cấp Z chưa xác định được vì:');
  });

  it('names the procedure the text explanation of the same data names', () => {
    for (const lang of ['en', 'vi'] as const) {
      // tthc explain: "? Giấy V [paper] — the required document; obtainable through procedure cap-z".
      const text = renderExplainText(analysis, 'cap-v', { lang }).split('\n').find((l) => l.includes('Giấy V [')) ?? '';
      const html = sentences(lang, 'can-mot').find((l) => l.startsWith('Giấy V ')) ?? '';
      const named = (line: string) => /(?:through procedure|through|qua thủ tục) (\S+)/.exec(line)?.[1];
      expect(named(text)).toBe('cap-z');
      expect(named(html)).toBe('cap-z');
    }
  });
});

describe('the report of a document or data source whose availability cannot be decided', () => {
  it('says that whether the change accepting it covers the requirement cannot be decided, never that it is usable', () => {
    expect(sentences('en', 'can-bay')).toEqual(
      expect.arrayContaining([
        'Đơn (accepted by Decree 2/2022/NĐ-CP from 2022-01-01): whether that change covers this requirement cannot be decided',
        'Cơ sở dữ liệu quốc gia về dân cư (accepted by Decree 2/2022/NĐ-CP from 2022-01-01): whether that change covers this requirement cannot be decided',
      ]),
    );
    expect(sentences('vi', 'can-bay')).toContain(
      'Đơn (được chấp nhận theo Nghị định 2/2022/NĐ-CP từ 01/01/2022): chưa xác định được thay đổi đó có áp dụng cho yêu cầu này không',
    );
  });

  it('says that one cannot be decided when the data gives no reason', () => {
    expect(sentences('en', 'can-bay')).toContain('Giấy R cannot be decided');
    expect(sentences('vi', 'can-bay')).toContain('Giấy R chưa xác định được');
  });
});
