import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/cli/command.js';
import { checkDate, failOnExit, suggestNamed, writeFileAtomic } from '../../src/cli/options.js';

function usageError(f: () => unknown): UsageError {
  try {
    f();
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error('no UsageError');
}

describe('checkDate', () => {
  it('accepts real calendar days, including 29 February of a leap year', () => {
    expect(checkDate('2023-01-01', '--at')).toBe('2023-01-01');
    expect(checkDate('2024-02-29', '--at')).toBe('2024-02-29');
  });

  it('explains what is wrong with other dates', () => {
    expect(usageError(() => checkDate('2023-02-29', '--at')).hint).toBe('2023-02 has 28 days.');
    expect(usageError(() => checkDate('2023-04-31', '--at')).hint).toBe('2023-04 has 30 days.');
    expect(usageError(() => checkDate('2023-00-10', '--at')).hint).toBe('Months run from 01 to 12.');
    expect(usageError(() => checkDate('31/12/2022', '--at')).hint).toBe('Write the day 31 month 12 year 2022 as 2022-12-31.');
    expect(usageError(() => checkDate('1.1.2023', '--at')).hint).toBe('Write the day 1 month 1 year 2023 as 2023-01-01.');
    expect(usageError(() => checkDate('2023-1-1', '--at')).message).toBe("--at '2023-1-1' is not a date in the form YYYY-MM-DD.");
  });
});

describe('suggestNamed', () => {
  const provinces = [
    { code: 'HN', name: 'Hà Nội' },
    { code: 'HCM', name: 'Thành phố Hồ Chí Minh' },
    { code: 'DNA', name: 'Đà Nẵng' },
  ];

  it('matches names without diacritics, and codes', () => {
    expect(suggestNamed('ha noi', provinces)).toEqual({ vi: "Có phải ý bạn là 'HN' (Hà Nội)?", en: "Did you mean 'HN' (Hà Nội)?" });
    expect(suggestNamed('da nang', provinces)?.en).toBe("Did you mean 'DNA' (Đà Nẵng)?");
    expect(suggestNamed('HNM', provinces)?.vi).toContain("'HN' (Hà Nội)");
    expect(suggestNamed('Quang Tri', provinces)).toBeUndefined();
  });
});

describe('failOnExit', () => {
  const totals = (blocked: number, unknown: number, paper: number) => ({ blocked, unknown, paper });
  it('fails on blocked or unknown for blocked, and on paper too for paper', () => {
    expect(failOnExit(undefined, totals(5, 5, 5))).toBe(0);
    expect(failOnExit('blocked', totals(0, 0, 5))).toBe(0);
    expect(failOnExit('blocked', totals(1, 0, 0))).toBe(1);
    expect(failOnExit('blocked', totals(0, 1, 0))).toBe(1);
    expect(failOnExit('paper', totals(0, 0, 1))).toBe(1);
    expect(failOnExit('paper', totals(0, 0, 0))).toBe(0);
  });
});

describe('writeFileAtomic', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-write-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces a file whole and leaves no temporary file', () => {
    const file = join(dir, 'out.txt');
    writeFileSync(file, 'old content that is longer');
    writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  it('throws InputError when the folder is missing', () => {
    expect(() => writeFileAtomic(join(dir, 'nope', 'out.txt'), 'x')).toThrow(InputError);
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });
});

describe('writeFileAtomic on a pipe', () => {
  it('writes a FIFO in place instead of renaming a regular file over it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-fifo-'));
    try {
      const fifo = join(dir, 'pipe');
      execFileSync('mkfifo', [fifo]);
      // Held open for reading and writing, so opening it to write does not wait for a reader.
      const fd = openSync(fifo, 'r+');
      try {
        writeFileAtomic(fifo, 'through the pipe');
        // Checked before reading: had the FIFO been replaced, the read below would wait forever.
        expect(statSync(fifo).isFIFO()).toBe(true);
        expect(readdirSync(dir)).toEqual(['pipe']);
        const buf = Buffer.alloc(64);
        const n = readSync(fd, buf, 0, 64, null);
        expect(buf.subarray(0, n).toString('utf8')).toBe('through the pipe');
      } finally {
        closeSync(fd);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
