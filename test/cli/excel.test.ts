import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommandArgs } from '../../src/cli/run.js';
import { commands } from '../../src/cli/commands/index.js';
import { excelShown, readCsv } from '../report/csv-reader.js';
import { SMALL, tthc } from './analysis-cli-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'tthc-excel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REFORM = 'test/fixtures/reform/catalog.yaml';

/** A CSV report of each command that has one, as a user asks for it from the repository root. */
const CSV_RUNS: Record<string, string[]> = {
  blocked: ['blocked', SMALL, '--at', '2023-01-01'],
  count: ['count', SMALL, '--depends-on', 'so-ho-khau', '--by', 'province'],
  'count --each': ['count', SMALL, '--each', 'legal'],
  rank: ['rank', SMALL, '--at', '2023-01-01'],
  whatif: ['whatif', REFORM, '--reform', 'test/fixtures/reform/unblock-civil-status.yaml'],
  timeline: ['timeline', SMALL],
  diff: ['diff', SMALL, '--at', '2022-12-31', '--to', '2023-01-01'],
};

describe('--excel', () => {
  it('is taken by exactly the commands with a CSV report', () => {
    const withCsv = commands.filter((c) => c.options.some((o) => o.name === 'format' && o.choices?.includes('csv'))).map((c) => c.name);
    const withExcel = commands.filter((c) => c.options.some((o) => o.name === 'excel')).map((c) => c.name);
    expect(withExcel).toEqual(withCsv);
    expect(new Set(Object.values(CSV_RUNS).map((argv) => argv[0]))).toEqual(new Set(withCsv));
    for (const c of commands.filter((c) => withExcel.includes(c.name))) expect(c.usage, c.name).toContain(' [--excel] ');
  });

  it.each(Object.entries(CSV_RUNS))('puts a UTF-8 byte-order mark before the CSV of %s and writes as formulas the text cells Excel would not keep', async (_, argv) => {
    const plain = await tthc(...argv, '--format', 'csv');
    const excel = await tthc(...argv, '--format', 'csv', '--excel');
    expect(plain.out.length).toBeGreaterThan(0);
    expect(plain.out.charCodeAt(0)).not.toBe(0xfeff);
    expect({ ...excel, out: '' }).toEqual({ ...plain, out: '' });
    expect(excel.out.charCodeAt(0)).toBe(0xfeff);
    const before = readCsv(plain.out);
    const after = readCsv(excel.out.slice(1));
    expect(after.map((r) => r.length)).toEqual(before.map((r) => r.length));
    let formulas = 0;
    after.forEach((row, i) =>
      row.forEach((cell, j) => {
        const was = before[i][j];
        expect(excelShown(cell).text, `${i}:${j}`).toBe(was);
        if (cell !== was) formulas++;
        // What stays as it is: empty, a text that starts with a letter, an ISO date, or a count.
        else expect(was, `${i}:${j}`).toMatch(/^(?:|\p{L}.*|\d{4}-\d{2}-\d{2}|\d+)$/su);
      }),
    );
    if (argv[0] !== 'timeline') expect(formulas).toBeGreaterThan(0);
  });

  it('writes the national procedure codes of the blocked report (1.001193) as formulas, the others (dl-a) as they are', async () => {
    const plain = readCsv((await tthc(...CSV_RUNS.blocked, '--format', 'csv')).out).slice(1);
    const excel = readCsv((await tthc(...CSV_RUNS.blocked, '--format', 'csv', '--excel')).out.slice(1)).slice(1);
    const national = plain.filter((r) => /^\d+\.\d+$/.test(r[0])).length;
    expect(national).toBeGreaterThan(0);
    expect(national).toBeLessThan(plain.length);
    plain.forEach((r, i) => expect(excel[i][0]).toBe(/^\d/.test(r[0]) ? `="${r[0]}"` : r[0]));
    expect(excel.map((r) => r[0])).toContain('="1.001193"');
  });

  it('writes the mark as the three bytes EF BB BF at the start of the file of -o, the Vietnamese letters after it in UTF-8', async () => {
    const path = join(dir, 'blocked.csv');
    const r = await tthc(...CSV_RUNS.blocked, '--format', 'csv', '--excel', '-o', path);
    expect(r.code).toBe(0);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(`\uFEFF${text}`).toBe((await tthc(...CSV_RUNS.blocked, '--format', 'csv', '--excel')).out);
    expect(text).toContain('Đăng ký khai sinh');
  });

  it('is refused with any other format, before the catalog is read, saying what to write instead; exit 2', async () => {
    for (const format of [undefined, 'text', 'json', 'markdown', 'baseline']) {
      const r = await tthc('blocked', 'no-such-catalog/', ...(format ? ['--format', format] : []), '--excel', '--lang', 'en');
      expect(r.code, String(format)).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toContain(`error: --excel goes only with --format csv, not with --format ${format ?? 'text'}.\n  hint: Add --format csv, or leave out --excel.\n`);
    }
    const vi = await tthc('timeline', SMALL, '--format', 'svg', '--excel');
    expect(vi.code).toBe(2);
    expect(vi.err).toContain('lỗi: --excel chỉ dùng với --format csv, không dùng với --format svg.');
  });

  it('is an unknown option to the commands without a CSV report', () => {
    const explain = commands.find((c) => c.name === 'explain')!;
    expect(() => parseCommandArgs(explain, [SMALL, '1.001193', '--excel'], 'en')).toThrow(/--excel/);
  });
});
