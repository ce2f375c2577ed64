import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { SMALL, tthc } from './analysis-cli-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'tthc-baseline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
const validateBaseline = ajv.compile(JSON.parse(readFileSync(new URL('../../schemas/baseline.schema.json', import.meta.url), 'utf8')));
const validateResult = ajv.compile(JSON.parse(readFileSync(new URL('../../schemas/result.schema.json', import.meta.url), 'utf8')));

type Finding = { code: string; province: string | null; finding: string };
const keyOf = (f: Finding) => `${f.code}@${f.province ?? ''}:${f.finding}`;

/** The findings of `tthc blocked --format json` with these arguments, told from each evaluation. */
async function findingsOf(...args: string[]): Promise<Finding[]> {
  const result = JSON.parse((await tthc('blocked', SMALL, '-f', 'json', ...args)).out);
  const out: Finding[] = [];
  for (const r of result.results) {
    const finding = r.status === 'met' ? (r.paper ? 'paper' : null) : r.status;
    if (finding) out.push({ code: r.code, province: r.province, finding });
  }
  return out;
}

/** Writes a baseline with `--format baseline -o FILE` and these arguments; returns its path. */
async function writeBaseline(name: string, ...args: string[]): Promise<string> {
  const path = join(dir, name);
  const r = await tthc('blocked', SMALL, '--format', 'baseline', '-o', path, ...args);
  expect(r.code).toBe(0);
  expect(r.out).toBe('');
  return path;
}

const readFindings = (path: string): Finding[] => JSON.parse(readFileSync(path, 'utf8')).findings;

describe('tthc blocked --format baseline', () => {
  it('writes every finding, in the schema, by code', async () => {
    const path = await writeBaseline('all.json', '--at', '2023-01-01');
    const data = JSON.parse(readFileSync(path, 'utf8'));
    expect(validateBaseline(data), JSON.stringify(validateBaseline.errors)).toBe(true);
    const found = await findingsOf('--at', '2023-01-01');
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(data.findings.map(keyOf))).toEqual(new Set(found.map(keyOf)));
    expect(data.findings.length).toBe(found.length);
    const codes = data.findings.map((f: Finding) => f.code);
    expect(codes).toEqual([...codes].sort(new Intl.Collator('en', { numeric: true }).compare));
  });
});

describe('tthc blocked --baseline', () => {
  it('passes --fail-on when every finding is known, and says so', async () => {
    const path = await writeBaseline('same.json', '--at', '2023-01-01');
    const before = readFileSync(path);
    const vi = await tthc('blocked', SMALL, '--at', '2023-01-01', '--baseline', path, '--fail-on', 'paper');
    expect(vi.code).toBe(0);
    expect(vi.err).toBe('');
    expect(vi.out).toContain(`(chỉ những gì ${path} chưa ghi)`);
    expect(vi.out).toContain('Không có thủ tục nào mới bị chặn.');
    expect(vi.out).toContain('Không có thủ tục nào mới còn cần giấy.');
    expect(vi.out).toMatch(new RegExp(`So với baseline ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n  Phát hiện mới \\(in ở trên\\) +0\\n  Phát hiện đã ghi trong baseline \\(không in\\) +${readFindings(path).length}\\n  Mục của baseline không còn thấy +0\\n$`));
    // The baseline is only read.
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('prints and fails on only the findings the baseline does not list', async () => {
    // Before the book's sunset, fewer procedures are blocked than after it.
    const path = await writeBaseline('before.json', '--at', '2022-12-31');
    const listed = new Set(readFindings(path).map(keyOf));
    const after = await findingsOf('--at', '2023-01-01');
    const fresh = after.filter((f) => !listed.has(keyOf(f)));
    expect(fresh.some((f) => f.finding === 'blocked')).toBe(true);

    const r = await tthc('blocked', SMALL, '--at', '2023-01-01', '--baseline', path, '--fail-on', 'blocked', '--lang', 'en');
    expect(r.code).toBe(1);
    const blockedSection = r.out.slice(0, r.out.indexOf('Procedures not blocked'));
    for (const f of after.filter((f) => f.finding === 'blocked')) {
      if (listed.has(keyOf(f))) expect(blockedSection).not.toMatch(new RegExp(`^${f.code} `, 'm'));
      else expect(blockedSection).toMatch(new RegExp(`^${f.code} `, 'm'));
    }
    expect(r.out).toMatch(/New findings \(shown above\) +(\d+)/);
    expect(Number(/New findings \(shown above\) +(\d+)/.exec(r.out)![1])).toBe(fresh.length);

    // The CSV keeps every evaluation and says which findings are new.
    const csv = await tthc('blocked', SMALL, '--at', '2023-01-01', '--baseline', path, '-f', 'csv');
    const lines = csv.out.trim().split(/\r?\n/);
    expect(lines[0].endsWith(',baseline')).toBe(true);
    expect(lines.filter((l) => l.endsWith(',new')).length).toBe(fresh.length);
    expect(lines.filter((l) => l.endsWith(',known')).length).toBe(after.length - fresh.length);
  });

  it('reports the entries no longer found, and drops them when written again with it', async () => {
    const path = await writeBaseline('stale.json', '--at', '2023-01-01');
    const then = readFindings(path);
    const now = new Set((await findingsOf('--at', '2022-12-31')).map(keyOf));
    const stale = then.filter((f) => !now.has(keyOf(f)));
    expect(stale.length).toBeGreaterThan(0);

    const r = await tthc('blocked', SMALL, '--at', '2022-12-31', '--baseline', path, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`Entries of the baseline no longer found +${stale.length}\\n`));
    for (const code of new Set(stale.map((f) => f.code))) expect(r.out).toMatch(new RegExp(`^${code} +blocked`, 'm'));
    expect(r.out).toContain(`To drop the entries no longer found, run the command again with --format baseline -o ${path}.`);

    const json = await tthc('blocked', SMALL, '--at', '2022-12-31', '--baseline', path, '-f', 'json');
    const result = JSON.parse(json.out);
    expect(validateResult(result), JSON.stringify(validateResult.errors)).toBe(true);
    expect(result.baseline.stale.map(keyOf).sort()).toEqual(stale.map(keyOf).sort());
    expect(json.err).toContain(`Cảnh báo: ${stale.length} mục của ${path} không còn thấy:`);

    // Written again over itself with --baseline: the stale entries go, and nothing new comes in.
    await writeBaseline('stale.json', '--at', '2022-12-31', '--baseline', path);
    const pruned = readFindings(path);
    expect(new Set(pruned.map(keyOf))).toEqual(new Set(then.filter((f) => now.has(keyOf(f))).map(keyOf)));
    const again = await tthc('blocked', SMALL, '--at', '2022-12-31', '--baseline', path, '-f', 'json');
    expect(JSON.parse(again.out).baseline.stale).toEqual([]);
  });

  it('looks for a national baseline only in the province analysed', async () => {
    const path = await writeBaseline('national.json', '--at', '2023-01-01');
    const all = readFindings(path);
    const r = await tthc('blocked', SMALL, '--at', '2023-01-01', '--province', 'GL', '--baseline', path, '-f', 'json', '--fail-on', 'paper');
    expect(r.code).toBe(0);
    const { baseline } = JSON.parse(r.out);
    expect(baseline.stale).toEqual([]);
    expect(baseline.new).toEqual([]);
    expect(baseline.out_of_scope).toBe(all.filter((f) => f.province !== null && f.province !== 'GL').length);
    expect(baseline.out_of_scope).toBeGreaterThan(0);
  });

  it('refuses a baseline with errors (exit 1, where and why) and one it cannot read (exit 2)', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"version": 1, "findings": [{"code": "1.000894", "province": 5, "finding": "bloked"}]}\n');
    const vi = await tthc('blocked', SMALL, '--baseline', bad);
    expect(vi.code).toBe(1);
    expect(vi.out).toBe('');
    expect(vi.err).toContain(`${bad}:1:62  lỗi  WRONG_TYPE  \`findings[0].province\` phải là văn bản hoặc rỗng (null), không phải một số nguyên.`);
    expect(vi.err).toContain(`${bad}:1:76  lỗi  INVALID_VALUE  \`findings[0].finding\` là 'bloked', không thuộc các giá trị: blocked, unknown, paper.`);
    expect(vi.err).toContain("gợi ý: Có phải ý bạn là 'blocked'?");
    expect(vi.err).toContain('Tệp baseline có 2 lỗi nên không dùng được.');
    const en = await tthc('blocked', SMALL, '--baseline', bad, '--lang', 'en');
    expect(en.err).toContain('`findings[0].province` must be text or empty (null), not a whole number.');
    expect(en.err).toContain('The baseline has 2 errors and cannot be used.');

    const missing = await tthc('blocked', SMALL, '--baseline', join(dir, 'nope.json'), '--lang', 'en');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(`The baseline file '${join(dir, 'nope.json')}' does not exist.`);
    expect(missing.err).toContain('Give the path of a baseline file written by tthc blocked --format baseline -o FILE.');
    const folder = await tthc('blocked', SMALL, '--baseline', dir);
    expect(folder.code).toBe(2);
    expect(folder.err).toContain(`Đường dẫn baseline '${dir}' không phải là tệp.`);
  });
});

describe('the baseline of the test catalog in test/fixtures/report/baselines/', () => {
  it('is what --format baseline writes on the last day of the book', async () => {
    const r = await tthc('blocked', SMALL, '--at', '2022-12-31', '--format', 'baseline');
    expect(r.code).toBe(0);
    expect(readFileSync(new URL('../fixtures/report/baselines/hokhau-small-2022-12-31.json', import.meta.url), 'utf8')).toBe(r.out);
  });
});
