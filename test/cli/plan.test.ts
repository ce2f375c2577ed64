import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { plan } from '../../src/analysis/plan/plan.js';
import { renderPlanText } from '../../src/report/plan-text.js';
import { loadPlanFixture } from '../analysis/plan/helpers/load.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/plan/${name}.yaml`, import.meta.url));
const schema = (name: string) => JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8'));

/** The plan's JSON is valid against schemas/plan.schema.json. */
function expectValidPlan(p: unknown) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  for (const s of ['result.schema.json', 'catalog.schema.json', 'reform.schema.json']) ajv.addSchema(schema(s));
  expect(ajv.validate(schema('plan.schema.json'), p), JSON.stringify(ajv.errors)).toBe(true);
}
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tthc-plan-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function tthc(...argv: string[]) {
  const io = memoryIo({ cwd: dir });
  const code = await run(['plan', ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

describe('tthc plan', () => {
  it('prints the ordered changes as the library renders them', async () => {
    const r = await tthc(fixture('greedy-not-minimal'));
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toBe(renderPlanText(plan(loadPlanFixture('greedy-not-minimal')), { source: fixture('greedy-not-minimal') }));
    expect(r.out).toContain('Số thay đổi: 2 (đã chứng minh là nhỏ nhất).');
  });

  it('passes every option on: --budget, --paperless, --only, --province, --at, --without, --lang', async () => {
    const budget = await tthc(fixture('budget-synergy'), '--budget', '2', '--lang', 'en');
    expect(budget.code).toBe(0);
    expect(budget.out).toBe(renderPlanText(plan(loadPlanFixture('budget-synergy'), { budget: 2 }), { lang: 'en', source: fixture('budget-synergy') }));

    const json = await tthc(fixture('paperless'), '--paperless', '--province', 'gl', '--format', 'json', '--at', '2023-01-01');
    const p = JSON.parse(json.out);
    expect(p).toMatchObject({ paperless: true, province: 'GL', at: '2023-01-01' });
    expect(p.changes.map((c: { id: string }) => c.id)).toEqual(['amend:nd-7-2020/1:csdlqg-dan-cu', 'connect:csdlqg-dan-cu:GL']);
    expectValidPlan(p);

    const only = JSON.parse((await tthc(fixture('greedy-not-minimal'), '--only', 'X5,X6', '--format', 'json')).out);
    expect(only.only).toEqual(['X5', 'X6']);
    expect(only.changes.map((c: { id: string }) => c.id)).toEqual(['connect:lookup-b:HN', 'connect:lookup-c:HN']);
    const repeated = JSON.parse((await tthc(fixture('greedy-not-minimal'), '--only', 'X5', '--only', 'X6', '--format', 'json')).out);
    expect(repeated.only).toEqual(['X5', 'X6']);
    // A procedure by its name, one whose name holds a comma kept whole.
    const named = JSON.parse((await tthc(fileURLToPath(new URL('../../catalog/', import.meta.url)), '--only', 'Cấp đổi, cấp lại thẻ Căn cước công dân', '--only', 'dang ky khai sinh', '--format', 'json')).out);
    expect(named.only).toEqual(['qd06-02', '1.001193']);

    const without = JSON.parse((await tthc(fixture('decree-104'), '--without', '104/2022/ND-CP', '--format', 'json')).out);
    expect(without.without).toEqual(['nd-104-2022']);
    expect(without.changes).toHaveLength(2);
  });

  it('says which ways of an unfixable requirement have expired and which only a blocked procedure gives, in text and JSON', async () => {
    const en = await tthc(fixture('obtain-mixed'), '--lang', 'en');
    expect(en.code).toBe(0);
    expect(en.out).toContain(
      '  M1 (HN): requirement so-ho-khau (Article 2 of Decree 6/2020/NĐ-CP): so-ho-khau is no longer valid, and the-xac-nhan can only be obtained through a procedure that stays blocked: B1 (HN)\n',
    );
    const vi = await tthc(fixture('obtain-mixed'));
    expect(vi.out).toContain('  M1 (HN): yêu cầu so-ho-khau (Điều 2 Nghị định 6/2020/NĐ-CP): so-ho-khau đã hết hiệu lực, còn the-xac-nhan chỉ được cấp qua thủ tục vẫn bị chặn: B1 (HN)\n');
    const p = JSON.parse((await tthc(fixture('obtain-mixed'), '--format', 'json')).out);
    const m1 = p.unfixable.find((u: { code: string }) => u.code === 'M1').reasons[0];
    expect(m1.message).toBe(
      'The requirement 1 (so-ho-khau, Điều 2 Nghị định 6/2020/NĐ-CP) cannot be met: so-ho-khau is no longer valid, and the-xac-nhan can only be obtained from a procedure that stays blocked.',
    );
    expectValidPlan(p);
  });

  it('with --paperless, says that a procedure met only with paper stays blocked or still needs paper (unfixed, in JSON)', async () => {
    const en = await tthc(fixture('obtain-paper'), '--paperless', '--lang', 'en');
    expect(en.code).toBe(0);
    expect(en.out).toContain('  Q1 (HN): every way to meet requirement the-p (Article 2 of Decree 6/2020/NĐ-CP) goes through a procedure that stays blocked or still needs paper: P1 (HN)\n');
    expect(en.out).toContain('  N1 (HN): needs P1 (HN) first, which stays blocked or still needs paper\n');
    const vi = await tthc(fixture('obtain-paper'), '--paperless');
    expect(vi.out).toContain('  Q1 (HN): mọi cách đáp ứng yêu cầu the-p (Điều 2 Nghị định 6/2020/NĐ-CP) đều phải qua thủ tục vẫn bị chặn hoặc còn cần giấy: P1 (HN)\n');
    expect(vi.out).toContain('  N1 (HN): cần làm trước P1 (HN), vẫn bị chặn hoặc còn cần giấy\n');
    const p = JSON.parse((await tthc(fixture('obtain-paper'), '--paperless', '--format', 'json')).out);
    const q1 = p.unfixable.find((u: { code: string }) => u.code === 'Q1').reasons[0];
    expect(q1.message).toBe('Every way to meet the requirement 1 (the-p, Điều 2 Nghị định 6/2020/NĐ-CP) without paper goes through obtaining a document from a procedure that stays unfixed.');
  });

  it('names both the documents only a blocked procedure issues and those no procedure offered here issues, in text and JSON', async () => {
    const en = await tthc(fixture('obtain-both'), '--lang', 'en');
    expect(en.code).toBe(0);
    expect(en.out).toContain(
      '  T1 (HN): requirement so-ho-khau (Article 3 of Decree 6/2020/NĐ-CP): so-ho-khau is no longer valid, no procedure offered here issues the-none, and the-b can only be obtained through a procedure that stays blocked: B1 (HN)\n',
    );
    const vi = await tthc(fixture('obtain-both'));
    expect(vi.out).toContain(
      '  T1 (HN): yêu cầu so-ho-khau (Điều 3 Nghị định 6/2020/NĐ-CP): so-ho-khau đã hết hiệu lực, the-none không được thủ tục nào thực hiện ở đây cấp, còn the-b chỉ được cấp qua thủ tục vẫn bị chặn: B1 (HN)\n',
    );
    const p = JSON.parse((await tthc(fixture('obtain-both'), '--format', 'json')).out);
    const s1 = p.unfixable.find((u: { code: string }) => u.code === 'S1').reasons[0];
    expect(s1.unissued).toEqual(['the-none']);
    expect(s1.message).toBe(
      'Every way to meet the requirement 1 (the-b, Điều 2 Nghị định 6/2020/NĐ-CP) goes through obtaining a document: no procedure offered here issues the-none, and the-b can only be obtained from a procedure that stays blocked.',
    );
    expectValidPlan(p);
  });

  it('stopped early by --max-nodes, prints the best plan found and how far from the best it can be', async () => {
    const text = await tthc(fixture('greedy-not-minimal'), '--budget', '2', '--max-nodes', '1', '--lang', 'en');
    expect(text.code).toBe(0);
    expect(text.out).toContain('Fixes 5 targets with 2 changes; not proven best: at most 6 could be fixed.');
    expect(text.out).toContain('Verified: the analysis re-run with the plan applied shows exactly this.');
    const stopped = JSON.parse((await tthc(fixture('greedy-not-minimal'), '--budget', '2', '--max-nodes', '1', '--format', 'json')).out);
    expect(stopped).toMatchObject({ optimal: false, upper_bound: 6, verified: true, search: { limited: true } });
    expect(stopped.totals.fixed).toBe(5);
    const full = JSON.parse((await tthc(fixture('greedy-not-minimal'), '--budget', '2', '--format', 'json')).out);
    expect(full).toMatchObject({ optimal: true, upper_bound: 6, search: { limited: false } });
    expect(full.totals.fixed).toBe(6);
  });

  it('writes the plan as a reform file with -o, atomically, and the file fixes what the plan says', async () => {
    const r = await tthc(fixture('budget-synergy'), '--budget', '2', '--format', 'yaml', '-o', 'plan.yaml');
    expect(r).toMatchObject({ code: 0, out: '' });
    const text = readFileSync(join(dir, 'plan.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=/);
    const reform = parse(text);
    expect(reform.legal[0].amends).toEqual([
      { provision: { legal: 'nd-3-2020', article: 3 }, accept: ['ct07'] },
      { provision: { legal: 'nd-4-2020', article: 7 }, accept: ['ct07'] },
    ]);
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addSchema(schema('catalog.schema.json'));
    expect(ajv.validate(schema('reform.schema.json'), reform)).toBe(true);
  });

  it('exits 2 with a message and a hint on bad usage, without a stack trace', async () => {
    const cases: [string[], RegExp][] = [
      [[fixture('greedy-not-minimal'), '--budget', 'three'], /--budget 'three' không phải số nguyên không âm/],
      [[fixture('greedy-not-minimal'), '--budget=-1'], /--budget '-1' không phải số nguyên không âm/],
      [[fixture('greedy-not-minimal'), '--budget=2.5'], /--budget '2.5' không phải số nguyên không âm/],
      [[fixture('greedy-not-minimal'), '--only', 'X7'], /không có thủ tục 'X7'/],
      [[fixture('greedy-not-minimal'), '--only', ''], /--only cần ít nhất một mã thủ tục/],
      [[fixture('greedy-not-minimal'), '--only', ' , '], /--only cần ít nhất một mã thủ tục/],
      [[fixture('greedy-not-minimal'), '--province', 'Ha Nol'], /không có tỉnh 'Ha Nol'[\s\S]*Có phải ý bạn là 'HN' \(Hà Nội\)/],
      [[fixture('greedy-not-minimal'), '--at', '31/12/2022'], /YYYY-MM-DD[\s\S]*2022-12-31/],
      [[fixture('greedy-not-minimal'), '--without', 'nd-999'], /không có văn bản pháp luật 'nd-999'/],
      [[fixture('greedy-not-minimal'), '--format', 'csv'], /không phải giá trị hợp lệ của --format/],
      [[fixture('greedy-not-minimal'), '--max-nodes', '0'], /--max-nodes '0' không phải số nguyên từ 1 trở lên/],
      [[], /Thiếu <catalog>/],
      [[join(dir, 'missing.yaml')], /missing\.yaml/],
    ];
    for (const [argv, message] of cases) {
      const r = await tthc(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(r.out).toBe('');
    }
  });

  it('exits 1 with located errors for a catalog with errors', async () => {
    writeFileSync(join(dir, 'bad.yaml'), 'catalog: { name: bad, cutoff: 2023-01-01 }\nprocedures:\n  - { code: A, name: A, level: [xa], needs: [B] }\n');
    const r = await tthc(join(dir, 'bad.yaml'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.yaml:3/);
  });

  it('has help with examples', async () => {
    const io = memoryIo();
    expect(await run(['plan', '--help'], io)).toBe(0);
    expect(io.out()).toMatch(/^cách dùng: tthc plan <catalog>/);
    expect(io.out()).toContain('--paperless');
    expect(io.out()).toContain('Ví dụ:');
  });
});
