import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { plan, type PlanOptions } from '../../src/analysis/plan/plan.js';
import { applyReform } from '../../src/analysis/reform/apply-reform.js';
import { analyze } from '../../src/analysis/analyze.js';
import { planLabelKeys, planLabel } from '../../src/report/plan-labels.js';
import { renderPlanMarkdown } from '../../src/report/plan-markdown.js';
import { renderPlanText, unfixableText } from '../../src/report/plan-text.js';
import { renderPlanJson, renderPlanYaml } from '../../src/report/plan-yaml.js';
import { loadPlanFixture } from '../analysis/plan/helpers/load.js';
import { loadFixture } from '../analysis/helpers/fixture.js';
import { expectGolden } from './golden.js';

const GOLDEN = new URL('../fixtures/plan/golden/', import.meta.url);

/** The line of `text` that starts with `start`. */
const line = (text: string, start: string) => text.split('\n').find((l) => l.startsWith(start));
const schema = (name: string) => JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8'));

/** Compares with a golden file; TTHC_UPDATE_GOLDEN=1 rewrites it. */
const golden = (name: string, text: string) => expectGolden(text, new URL(name, GOLDEN));

const cases: [string, string, PlanOptions][] = [
  ['greedy-not-minimal', 'greedy-not-minimal', {}],
  ['budget-synergy-2', 'budget-synergy', { budget: 2 }],
  ['unfixable', 'unfixable', {}],
  ['paperless', 'paperless', { paperless: true }],
  ['decree-104-without-gl', 'decree-104', { without: ['nd-104-2022'], province: 'GL' }],
  ['nothing-possible', 'unfixable', { only: ['U1', 'U2'] }],
];

describe('plan reporters', () => {
  for (const [name, fixture, options] of cases) {
    it(`render ${name} as text (vi, en), Markdown and a reform file, as the golden files show`, () => {
      const p = plan(loadPlanFixture(fixture), options);
      golden(`${name}.vi.txt`, renderPlanText(p));
      golden(`${name}.en.txt`, renderPlanText(p, { lang: 'en' }));
      golden(`${name}.en.md`, renderPlanMarkdown(p, { lang: 'en' }));
      golden(`${name}.yaml`, renderPlanYaml(p));
    });
  }

  it('write names in Markdown as text: markup in them is written as entities', () => {
    const catalog = loadPlanFixture('budget-synergy');
    const named = { ...catalog, documents: catalog.documents.map((d) => (d.id === 'ct07' ? { ...d, name: '<b>Giấy</b> & <script>x</script>' } : d)) };
    const md = renderPlanMarkdown(plan(named, { budget: 2 }), { lang: 'en' });
    expect(md).toContain('to accept &lt;b&gt;Giấy&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt; (ct07)');
    expect(md).not.toMatch(/[<>]/);
  });

  it('write a reform file that is valid, and that, applied, fixes what the plan says', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addSchema(schema('catalog.schema.json'));
    const validate = ajv.compile(schema('reform.schema.json'));
    for (const [, fixture, options] of cases) {
      const catalog = loadPlanFixture(fixture);
      const p = plan(catalog, options);
      const reform = parse(renderPlanYaml(p)) ?? {};
      expect(validate(reform), JSON.stringify(validate.errors)).toBe(true);
      expect(reform).toEqual(JSON.parse(JSON.stringify(p.reform)));
      const after = analyze(applyReform(catalog, reform));
      expect(after.totals.blocked).toBe(p.totals.blocked_after);
      expect(after.totals.paper).toBe(p.totals.paper_after);
    }
  });

  it('write the result itself as JSON', () => {
    const p = plan(loadPlanFixture('greedy-not-minimal'));
    expect(JSON.parse(renderPlanJson(p))).toEqual(p);
  });

  it('say an unfixable reason shared by many provinces once, and keep reasons that name other provinces apart', () => {
    const catalog = loadPlanFixture('unfixable');
    const codes = ['HN', 'GL', 'PY', 'BK', 'HP', 'DN', 'CT'];
    catalog.provinces = codes.map((code) => ({ code, name: code }));
    const p = plan(catalog);
    expect(p.unfixable.filter((u) => u.code === 'U1')).toHaveLength(7);
    const lines = (text: string, code: string) => text.split('\n').filter((l) => l.startsWith(`  ${code} (`));

    const en = renderPlanText(p, { lang: 'en' });
    expect(en).toContain(`Cannot be fixed by any candidate change (${p.unfixable.length})`);
    expect(lines(en, 'U1')).toEqual(['  U1 (7 provinces): requirement giay-cu (Article 1 of Decree 6/2020/NĐ-CP) has no substitute that is still valid']);
    expect(lines(en, 'U3')).toEqual([expect.stringMatching(/^ {2}U3 \(central\): requirement so-tam-tru/)]);
    // U4 needs U1 in its own province: one reason per province, so one line each.
    expect(lines(en, 'U4')).toEqual(codes.map((c) => `  U4 (${c}): needs U1 (${c}) first, which stays blocked`));
    expect(lines(renderPlanText(p), 'U1')).toEqual([expect.stringMatching(/^ {2}U1 \(7 tỉnh\): /)]);

    catalog.provinces = catalog.provinces.slice(0, 3);
    expect(lines(renderPlanText(plan(catalog), { lang: 'en' }), 'U2')).toEqual([
      '  U2 (HN, GL, PY): requirement so-ho-khau cites no legal basis, so there is no provision to amend',
    ]);
  });

  it('name what a change accepts or connects, and where, in English with --lang en when the catalog gives English names', () => {
    const connect = loadPlanFixture('greedy-not-minimal');
    connect.data_sources.find((d) => d.id === 'lookup-b')!.name_en = 'Lookup B';
    connect.provinces.find((p) => p.code === 'HN')!.name_en = 'Hanoi';
    const p = plan(connect);
    expect(p.changes.find((c) => c.id === 'connect:lookup-b:HN')).toMatchObject({ data_source_name_en: 'Lookup B', province_name_en: 'Hanoi' });
    expect(p.changes.find((c) => c.id === 'connect:lookup-c:HN')).not.toHaveProperty('data_source_name_en');
    const en = renderPlanText(p, { lang: 'en' });
    expect(en).toContain('Connect Lookup B (lookup-b) in Hanoi (HN)');
    expect(en).toContain('Connect Tra cứu C (lookup-c) in Hanoi (HN)');
    expect(renderPlanText(p)).toContain('Kết nối Tra cứu B (lookup-b) tại Hà Nội (HN)');

    const amend = loadPlanFixture('budget-synergy');
    amend.documents.find((d) => d.id === 'ct07')!.name_en = 'Residence information confirmation (CT07)';
    const q = plan(amend, { budget: 2 });
    expect(q.changes.every((c) => c.kind === 'amend' && c.accept_name_en === 'Residence information confirmation (CT07)')).toBe(true);
    expect(renderPlanText(q, { lang: 'en' })).toContain('Amend Article 7 of Decree 4/2020/NĐ-CP to accept Residence information confirmation (CT07) (ct07)');
    expect(renderPlanText(q)).toContain('để chấp nhận Giấy xác nhận thông tin về cư trú (ct07)');

    const ajv = new Ajv({ allErrors: true, strict: false });
    for (const name of ['result.schema.json', 'catalog.schema.json', 'reform.schema.json']) ajv.addSchema(schema(name));
    const validate = ajv.compile(schema('plan.schema.json'));
    for (const result of [p, q]) expect(validate(JSON.parse(renderPlanJson(result))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('say that no procedure offered here issues a document, rather than list no blocked procedure', () => {
    // In obtained-by, giay-none has an empty obtained_by, and giay-b is issued only in HN.
    const p = plan(loadFixture('obtained-by'));
    const none = p.unfixable.find((u) => u.code === 'needs-none')!.reasons[0];
    expect(none).toMatchObject({ kind: 'obtain-blocked', procedures: [] });
    expect(none.message).toBe('Every way to meet the requirement 1 (giay-none) goes through obtaining a document that no procedure offered here issues.');
    const en = renderPlanText(p, { lang: 'en' });
    expect(line(en, '  needs-none ')).toBe('  needs-none (HN, GL): every way to meet requirement giay-none goes through a document that no procedure offered here issues');
    expect(line(en, '  issue-a ')).toBe('  issue-a (GL): every way to meet requirement giay-b goes through a document that no procedure offered here issues');
    // A blocked issuer is still named.
    expect(line(en, '  needs-a ')).toBe('  needs-a (GL): every way to meet requirement giay-a goes through a procedure that stays blocked: issue-a (GL)');
    expect(line(renderPlanText(p), '  needs-none ')).toBe(
      '  needs-none (HN, GL): mọi cách đáp ứng yêu cầu giay-none đều cần một giấy tờ mà không thủ tục nào được thực hiện ở đây cấp',
    );
  });

  it('name what is no longer valid, paper or not national, and what only a blocked procedure or none offered here issues, when not every way goes through an issuer', () => {
    const p = plan(loadPlanFixture('obtain-mixed'));
    const en = renderPlanText(p, { lang: 'en' });
    expect(line(en, '  M1 ')).toBe(
      '  M1 (HN): requirement so-ho-khau (Article 2 of Decree 6/2020/NĐ-CP): so-ho-khau is no longer valid, and the-xac-nhan can only be obtained through a procedure that stays blocked: B1 (HN)',
    );
    expect(line(en, '  M2 ')).toBe(
      '  M2 (HN): requirement so-tam-tru (Article 3 of Decree 6/2020/NĐ-CP): so-tam-tru is no longer valid, and no procedure offered here issues the-khong-ai-cap',
    );
    expect(line(en, '  M3 ')).toBe(
      '  M3 (central): requirement so-cu-tru (Article 4 of Decree 6/2020/NĐ-CP): so-cu-tru is no longer valid, tra-cuu-hn is not available nationally, and the-xac-nhan can only be obtained through a procedure that stays blocked: B1 (HN)',
    );
    const vi = renderPlanText(p);
    expect(line(vi, '  M1 ')).toBe(
      '  M1 (HN): yêu cầu so-ho-khau (Điều 2 Nghị định 6/2020/NĐ-CP): so-ho-khau đã hết hiệu lực, còn the-xac-nhan chỉ được cấp qua thủ tục vẫn bị chặn: B1 (HN)',
    );
    expect(line(vi, '  M2 ')).toBe('  M2 (HN): yêu cầu so-tam-tru (Điều 3 Nghị định 6/2020/NĐ-CP): so-tam-tru đã hết hiệu lực, còn the-khong-ai-cap không được thủ tục nào thực hiện ở đây cấp');
    expect(line(vi, '  M3 ')).toBe(
      '  M3 (Trung ương): yêu cầu so-cu-tru (Điều 4 Nghị định 6/2020/NĐ-CP): so-cu-tru đã hết hiệu lực, tra-cuu-hn chưa có trên toàn quốc, còn the-xac-nhan chỉ được cấp qua thủ tục vẫn bị chặn: B1 (HN)',
    );
    for (const text of [en, vi]) expect(text).not.toMatch(/every way to meet|mọi cách đáp ứng/);
    const paperless = plan(loadPlanFixture('obtain-mixed'), { paperless: true });
    expect(line(renderPlanText(paperless, { lang: 'en' }), '  M4 ')).toBe(
      '  M4 (HN): requirement ct07 (Article 5 of Decree 6/2020/NĐ-CP): ct07 is a paper document, and the-xac-nhan can only be obtained through a procedure that stays blocked or still needs paper: B1 (HN)',
    );
    expect(line(renderPlanText(paperless), '  M4 ')).toBe(
      '  M4 (HN): yêu cầu ct07 (Điều 5 Nghị định 6/2020/NĐ-CP): ct07 là giấy tờ giấy, còn the-xac-nhan chỉ được cấp qua thủ tục vẫn bị chặn hoặc còn cần giấy: B1 (HN)',
    );
    // Several ids of one kind.
    const two = {
      kind: 'obtain-blocked' as const,
      requirement: { index: 0, document: 'a', basis: null },
      candidates: [{ id: 'a', why: 'expired' as const }, { id: 'b', why: 'expired' as const }, { id: 'c', why: 'obtain-blocked' as const }, { id: 'd', why: 'obtain-blocked' as const }],
      procedures: [{ code: 'P', province: 'HN' }],
      message: '',
    };
    expect(unfixableText(two, 'en')).toBe('requirement a: a, b are no longer valid, and c, d can only be obtained through a procedure that stays blocked: P (HN)');
  });

  it('with --paperless, say that a procedure in the way stays blocked or still needs paper; without it, that it stays blocked', () => {
    // P1 is met, with paper, and alone issues the-p.
    const p = plan(loadPlanFixture('obtain-paper'), { paperless: true });
    const en = renderPlanText(p, { lang: 'en' });
    expect(line(en, '  Q1 ')).toBe(
      '  Q1 (HN): every way to meet requirement the-p (Article 2 of Decree 6/2020/NĐ-CP) goes through a procedure that stays blocked or still needs paper: P1 (HN)',
    );
    expect(line(en, '  R1 ')).toBe(
      '  R1 (HN): requirement giay-p (Article 3 of Decree 6/2020/NĐ-CP): giay-p is a paper document, and the-p can only be obtained through a procedure that stays blocked or still needs paper: P1 (HN)',
    );
    expect(line(en, '  N1 ')).toBe('  N1 (HN): needs P1 (HN) first, which stays blocked or still needs paper');
    const vi = renderPlanText(p);
    expect(line(vi, '  Q1 ')).toBe('  Q1 (HN): mọi cách đáp ứng yêu cầu the-p (Điều 2 Nghị định 6/2020/NĐ-CP) đều phải qua thủ tục vẫn bị chặn hoặc còn cần giấy: P1 (HN)');
    expect(line(vi, '  R1 ')).toBe(
      '  R1 (HN): yêu cầu giay-p (Điều 3 Nghị định 6/2020/NĐ-CP): giay-p là giấy tờ giấy, còn the-p chỉ được cấp qua thủ tục vẫn bị chặn hoặc còn cần giấy: P1 (HN)',
    );
    expect(line(vi, '  N1 ')).toBe('  N1 (HN): cần làm trước P1 (HN), vẫn bị chặn hoặc còn cần giấy');
    // Without --paperless, the same reasons say "stays blocked".
    const needs = p.unfixable.find((u) => u.code === 'N1')!.reasons[0];
    expect(unfixableText(needs, 'en')).toBe('needs P1 (HN) first, which stays blocked');
    expect(unfixableText(needs, 'vi')).toBe('cần làm trước P1 (HN), vẫn bị chặn');
  });

  it('name both the documents only a blocked procedure issues and those no procedure offered here issues', () => {
    // B1 alone issues the-b and stays blocked; nobody issues the-none.
    const p = plan(loadPlanFixture('obtain-both'));
    const en = renderPlanText(p, { lang: 'en' });
    expect(line(en, '  S1 ')).toBe(
      '  S1 (HN): every way to meet requirement the-b (Article 2 of Decree 6/2020/NĐ-CP) goes through obtaining a document: no procedure offered here issues the-none, and the-b can only be obtained through a procedure that stays blocked: B1 (HN)',
    );
    expect(line(en, '  T1 ')).toBe(
      '  T1 (HN): requirement so-ho-khau (Article 3 of Decree 6/2020/NĐ-CP): so-ho-khau is no longer valid, no procedure offered here issues the-none, and the-b can only be obtained through a procedure that stays blocked: B1 (HN)',
    );
    const vi = renderPlanText(p);
    expect(line(vi, '  S1 ')).toBe(
      '  S1 (HN): mọi cách đáp ứng yêu cầu the-b (Điều 2 Nghị định 6/2020/NĐ-CP) đều cần được cấp một giấy tờ: the-none không được thủ tục nào thực hiện ở đây cấp, còn the-b chỉ được cấp qua thủ tục vẫn bị chặn: B1 (HN)',
    );
    expect(line(vi, '  T1 ')).toBe(
      '  T1 (HN): yêu cầu so-ho-khau (Điều 3 Nghị định 6/2020/NĐ-CP): so-ho-khau đã hết hiệu lực, the-none không được thủ tục nào thực hiện ở đây cấp, còn the-b chỉ được cấp qua thủ tục vẫn bị chặn: B1 (HN)',
    );
  });

  it('say that a procedure needs one that does not run in its province, rather than naming none', () => {
    // needs-hn runs in GL too, but only-hn, which it needs, runs in HN only.
    const p = plan(loadPlanFixture('needs-away'));
    expect(line(renderPlanText(p, { lang: 'en' }), '  needs-hn (GL)')).toBe('  needs-hn (GL): needs first a procedure that does not run here');
    expect(line(renderPlanText(p), '  needs-hn (GL)')).toBe('  needs-hn (GL): cần làm trước một thủ tục không được thực hiện ở đây');
    expect(p.unfixable.find((u) => u.code === 'needs-hn')?.reasons.map((r) => r.message)).toEqual(['needs-hn needs a procedure that does not run here.']);
  });

  it('have every label in both languages, with the same placeholders', () => {
    for (const key of planLabelKeys()) {
      const vi = planLabel('vi', key);
      const en = planLabel('en', key);
      expect(en).not.toBe('');
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(en)).toEqual(names(vi));
    }
  });
});
