import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo, type Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { textWidth } from '../../src/report/text-width.js';

const CATALOG = 'catalog/';
const ARGS = ['blocked', CATALOG, '--at', '2023-01-01', '--without', 'nd-104-2022', '--province', 'GL'];
const dir = mkdtempSync(join(tmpdir(), 'tthc-width-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function blocked(io: Partial<Io>, ...more: string[]): Promise<string> {
  const m = memoryIo({ cwd: process.cwd(), ...io });
  const code = await run([...ARGS, ...more], m);
  if (code !== 0) throw new Error(m.err());
  return m.out();
}

/** The lines of the report's tables: from each header to the blank line after it. */
function tableLines(out: string): string[] {
  const lines = out.split('\n');
  const rules = lines.flatMap((l, i) => (/^-+(?: {2}-+)+$/.test(l) ? [i] : []));
  return rules.flatMap((r) => {
    const end = lines.indexOf('', r);
    return lines.slice(r - 1, end);
  });
}

describe('tthc blocked on a terminal', () => {
  it("fits its tables into the terminal's width, breaking names, bases and reasons onto more lines", async () => {
    const wide = await blocked({});
    expect(Math.max(...tableLines(wide).map(textWidth))).toBeGreaterThan(200);
    for (const columns of [80, 100, 120, 160]) {
      const fitted = await blocked({ stdoutIsTTY: true, stdoutColumns: columns });
      const lines = tableLines(fitted);
      expect(lines.length, String(columns)).toBeGreaterThan(tableLines(wide).length);
      expect(Math.max(...lines.map(textWidth)), String(columns)).toBeLessThanOrEqual(columns);
      // The same words, only on more lines; the totals and the commands that end it as they were.
      const words = (s: string) => s.split(/\s+/).filter((w) => !/^-+$/.test(w)).sort();
      expect(words(lines.join(' ')), String(columns)).toEqual(words(tableLines(wide).join(' ')));
      expect(fitted.slice(fitted.indexOf('\nTổng số'))).toBe(wide.slice(wide.indexOf('\nTổng số')));
    }
  });

  it('writes rows on one line into a file, to a pipe, or when the terminal gives no width', async () => {
    const wide = await blocked({});
    expect(await blocked({ stdoutIsTTY: true })).toBe(wide);
    expect(await blocked({ stdoutIsTTY: false, stdoutColumns: 80 })).toBe(wide);
    expect(await blocked({ stdoutIsTTY: true, stdoutColumns: 0 })).toBe(wide);
    const file = join(dir, 'blocked.txt');
    await blocked({ stdoutIsTTY: true, stdoutColumns: 80 }, '-o', file);
    expect(readFileSync(file, 'utf8')).toBe(wide);
    // Other formats are data: never fitted.
    for (const format of ['markdown', 'csv']) {
      expect(await blocked({ stdoutIsTTY: true, stdoutColumns: 80 }, '--format', format), format).toBe(await blocked({}, '--format', format));
    }
  });
});
