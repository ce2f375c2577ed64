import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import type { DiffResult } from '../../src/analysis/diff-types.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

async function tthc(...argv: string[]) {
  const io = memoryIo({ cwd: fixtures });
  const code = await run(['diff', ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

describe('tthc diff', () => {
  it('compares two catalogs: entities and analysis', async () => {
    const r = await tthc('diff/before.yaml', 'diff/after.yaml');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('So sánh diff-before (2023-01-01) với diff-after (2023-01-01)');
    expect(r.out).toContain('  Giấy tờ\n    + ct07\n    − giay-cu\n    ~ so-ho-khau: replaced_by\n');
    expect(r.out).toMatch(/1\.001193 +Đăng ký khai sinh +GL +Mới đáp ứng +bị chặn → đáp ứng \(còn cần giấy\)/);
    const json = JSON.parse((await tthc('diff/before.yaml', 'diff/after.yaml', '--format', 'json')).out) as DiffResult;
    expect(json.entities.sections.procedures).toEqual({ added: ['1.010041'], removed: ['2.000009'], changed: [] });
    expect(json.counts['newly-met']).toBe(2);
  });

  it('compares one catalog at two dates, with what took effect in between', async () => {
    const r = await tthc('diff/after.yaml', '--at', '2022-12-31', '--to', '2023-06-01', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain('The catalog is unchanged.');
    expect(r.out).toContain('2023-06-01  CSDLQG về dân cư connected in GL');
    expect(r.out).toMatch(/1\.001193 +Đăng ký khai sinh +HN, GL, PY +No longer needing paper/);
    const csv = (await tthc('diff/after.yaml', '--at', '2022-12-31', '--to', '2023-06-01', '--format', 'csv')).out;
    expect(csv.split('\r\n').filter(Boolean)).toEqual([
      'kind,section,id,province,change,fields,status_before,paper_before,status_after,paper_after,best_form_before,best_form_after',
      'evaluation,procedures,1.001193,HN,no-longer-paper,,met,true,met,false,paper,data',
      'evaluation,procedures,1.001193,GL,no-longer-paper,,met,true,met,false,paper,data',
      'evaluation,procedures,1.001193,PY,no-longer-paper,,met,true,met,false,paper,data',
    ]);
    const md = (await tthc('diff/after.yaml', '--to', '2023-06-01', '--format', 'markdown')).out;
    expect(md).toContain('## Thay đổi có hiệu lực sau 2023-01-01 đến hết 2023-06-01');
  });

  it('says in its title which amendments it sets aside', async () => {
    const bundled = fileURLToPath(new URL('../../catalog/', import.meta.url));
    const { code, out } = await tthc(bundled, '--at', '2022-12-31', '--to', '2023-01-01', '--without', '104/2022/NĐ-CP', '--province', 'GL', '--lang', 'en', '--format', 'markdown');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatch(/^# Comparing .* \(2022-12-31\) with .* \(2023-01-01\) in Gia Lai \(GL\) \(ignoring the amendments of nd-104-2022\)$/);
    expect((await tthc(bundled, '--at', '2022-12-31', '--to', '2023-01-01')).out.split('\n')[0]).not.toMatch(/bỏ qua/);
  });

  it('says when an evaluation is met with a card because no lookup works there', async () => {
    const bundled = fileURLToPath(new URL('../../catalog/', import.meta.url));
    const { code, out } = await tthc(bundled, '--at', '2022-12-31', '--to', '2023-01-01', '--province', 'GL', '--lang', 'en');
    expect(code).toBe(0);
    const row = (c: string) => out.split('\n').find((l) => l.startsWith(`${c} `)) ?? '';
    // Gia Lai looks nothing up: the health-insurance registration is met with the CCCD card.
    expect(row('1.001939')).toMatch(/met \(still needs paper\) → met \(needs a card, no lookup\)$/);
    // Birth registration asks for nothing any more (Decree 104 dropped the requirement).
    expect(row('1.001193')).toMatch(/met \(still needs paper\) → met \(paperless\)$/);
  });

  it('--fail-on gates CI on changes', async () => {
    expect((await tthc('diff/before.yaml', 'diff/after.yaml', '--fail-on', 'changed')).code).toBe(1);
    expect((await tthc('diff/before.yaml', 'diff/after.yaml', '--fail-on', 'blocked')).code).toBe(0);
    // going back: the new catalog against the old one newly blocks birth registration
    expect((await tthc('diff/after.yaml', 'diff/before.yaml', '--fail-on', 'blocked')).code).toBe(1);
    expect((await tthc('diff/after.yaml', 'diff/after.yaml', '--fail-on', 'changed')).code).toBe(0);
    expect((await tthc('timeline/catalog.yaml', '--at', '2024-12-31', '--to', '2025-01-01', '--fail-on', 'paper')).code).toBe(1);
  });

  it('names a catalog without a name as such in the title; heads the totals of one catalog at two dates by the dates', async () => {
    const vi = await tthc('diff/unnamed.yaml', '--at', '2023-01-01', '--to', '2023-06-01');
    expect(vi.code).toBe(0);
    expect(vi.out.split('\n')[0]).toBe('So sánh (danh mục không tên) (2023-01-01) với (danh mục không tên) (2023-06-01)');
    const en = await tthc('diff/unnamed.yaml', '--at', '2023-01-01', '--to', '2023-06-01', '--lang', 'en', '--format', 'markdown');
    expect(en.out.split('\n')[0]).toBe('# Comparing (unnamed catalog) (2023-01-01) with (unnamed catalog) (2023-06-01)');
    expect(en.out).toContain('\n| Measure | 2023-01-01 | 2023-06-01 | Change |\n');
    expect(vi.out).toMatch(/\n {2,}2023-01-01 {2}2023-06-01 {2}Thay đổi\n/);
    // Two catalogs by their names too, even at one date.
    const two = await tthc('diff/before.yaml', 'diff/after.yaml', '--lang', 'en');
    expect(two.out).toMatch(/\n {2,}diff-before 2023-01-01 {2}diff-after 2023-01-01 {2}Change\n/);
    expect((await tthc('diff/before.yaml', 'diff/after.yaml', '--lang', 'en', '--format', 'markdown')).out).toContain('\n| Measure | diff-before 2023-01-01 | diff-after 2023-01-01 | Change |\n');
    const io = memoryIo({ cwd: fixtures });
    await run(['summary', 'diff/unnamed.yaml', '--at', '2023-01-01'], io);
    expect(io.out().split('\n')[0]).toBe('(danh mục không tên)');
  });

  it('takes a province by name as by its code', async () => {
    const byCode = await tthc('diff/before.yaml', 'diff/after.yaml', '--province', 'GL', '--format', 'json');
    expect(byCode.code).toBe(0);
    expect((await tthc('diff/before.yaml', 'diff/after.yaml', '--province', 'gia lai', '--format', 'json')).out).toBe(byCode.out);
  });

  it('exits 2 for bad usage', async () => {
    const one = await tthc('diff/after.yaml');
    expect(one.code).toBe(2);
    expect(one.err).toContain('Hãy cho danh mục thứ hai, hoặc --to DATE');
    expect((await tthc('diff/after.yaml', '--to', '2023-13-01')).code).toBe(2);
    expect((await tthc('diff/before.yaml', 'diff/after.yaml', 'third.yaml')).code).toBe(2);
    // PY exists only in the second catalog
    const py = await tthc('diff/before.yaml', 'diff/after.yaml', '--province', 'PY');
    expect(py.code).toBe(2);
    expect(py.err).toContain("lỗi: Danh mục A (diff/before.yaml): Danh mục không có tỉnh 'PY'.");
    const pyEn = await tthc('diff/before.yaml', 'diff/after.yaml', '--province', 'PY', '--lang', 'en');
    expect(pyEn.err).toContain("error: Catalog A (diff/before.yaml): The catalog has no province 'PY'.");
    // By name: the code the second catalog gives it, looked for in the first.
    expect((await tthc('diff/before.yaml', 'diff/after.yaml', '--province', 'Phu Yen')).err).toContain("lỗi: Danh mục A (diff/before.yaml): Danh mục không có tỉnh 'PY'.");
    expect((await tthc('diff/before.yaml', 'missing.yaml')).code).toBe(2);
  });
});
