import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommandArgs } from '../../src/cli/run.js';
import { commands } from '../../src/cli/commands/index.js';
import { SMALL, tthc } from './analysis-cli-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'tthc-excel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REFORM = 'test/fixtures/reform/catalog.yaml';

/** A CSV report of each command that has one, as a user asks for it from the repository root. */
const CSV_RUNS: Record<string, string[]> = {
  blocked: ['blocked', SMALL, '--at', '2023-01-01'],
  count: ['count', SMALL, '--depends-on', 'so-ho-khau', '--by', 'province'],
  'count --each': ['count', SMALL, '--each', 'document'],
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

  it.each(Object.entries(CSV_RUNS))('puts a UTF-8 byte-order mark before the CSV of %s, and nothing else changes', async (_, argv) => {
    const plain = await tthc(...argv, '--format', 'csv');
    const excel = await tthc(...argv, '--format', 'csv', '--excel');
    expect(plain.out.length).toBeGreaterThan(0);
    expect(plain.out.charCodeAt(0)).not.toBe(0xfeff);
    expect(excel).toEqual({ ...plain, out: `\uFEFF${plain.out}` });
  });

  it('writes the mark as the three bytes EF BB BF at the start of the file of -o, the Vietnamese letters after it in UTF-8', async () => {
    const path = join(dir, 'blocked.csv');
    const r = await tthc(...CSV_RUNS.blocked, '--format', 'csv', '--excel', '-o', path);
    expect(r.code).toBe(0);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text).toBe((await tthc(...CSV_RUNS.blocked, '--format', 'csv')).out);
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
