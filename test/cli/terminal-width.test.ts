import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo, type Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { textWidth } from '../../src/report/text-width.js';

const ARGS = ['blocked', 'catalog/', '--at', '2023-01-01', '--without', 'nd-104-2022', '--province', 'GL'];
/** The commands whose text reports have tables of long cells, each as a user asks. */
const RUNS: Record<string, string[]> = {
  blocked: ARGS,
  whatif: ['whatif', 'test/fixtures/reform/catalog.yaml', '--reform', 'test/fixtures/reform/unblock-civil-status.yaml'],
  diff: ['diff', 'catalog/', '--at', '2022-12-31', '--to', '2023-01-01', '--province', 'GL'],
  timeline: ['timeline', 'catalog/', '--province', 'GL'],
};
const dir = mkdtempSync(join(tmpdir(), 'tthc-width-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function tthc(argv: string[], io: Partial<Io>, ...more: string[]): Promise<string> {
  const m = memoryIo({ cwd: process.cwd(), ...io });
  const code = await run([...argv, ...more], m);
  if (code !== 0) throw new Error(m.err());
  return m.out();
}

const blocked = (io: Partial<Io>, ...more: string[]) => tthc(ARGS, io, ...more);

/** The lines of the report's tables: from each header to the blank line after it. */
function tableLines(out: string): string[] {
  const lines = out.split('\n');
  const rules = lines.flatMap((l, i) => (/^-+(?: {2}-+)+$/.test(l) ? [i] : []));
  return rules.flatMap((r) => {
    const end = lines.indexOf('', r);
    return lines.slice(r - 1, end);
  });
}

/**
 * The commands to run next as fitted into `width`: the commands of `wide` ("  command  #
 * comment" lines), each whole on a line of its own, under its comment ("  # comment").
 */
function expectNextFitted(fitted: string, wide: string, width: number): void {
  const pairs = wide.trimEnd().split('\n').map((l) => /^ {2}(\S.*?) +# (.*)$/.exec(l)!.slice(1));
  expect(pairs.some(([c, comment]) => textWidth(`  ${c}  # ${comment}`) > width)).toBe(true);
  expect(fitted.trimEnd().split('\n')).toEqual(pairs.flatMap(([command, comment]) => [`  # ${comment}`, `  ${command.trimEnd()}`]));
}

describe('tthc blocked on a terminal', () => {
  it("fits its tables into the terminal's width, breaking names, bases and reasons onto more lines", async () => {
    const wide = await blocked({});
    expect(Math.max(...tableLines(wide).map(textWidth))).toBeGreaterThan(200);
    for (const columns of [80, 100, 120, 160]) {
      const fitted = await blocked({ stdoutIsTTY: true, stdoutColumns: columns });
      const lines = tableLines(fitted);
      // Its title, longer than 80 columns, too.
      expect(textWidth(wide.split('\n')[0])).toBeGreaterThan(80);
      expect(Math.max(...fitted.split('\nXem tiếp:\n')[0].split('\n').map(textWidth)), String(columns)).toBeLessThanOrEqual(columns);
      expect(lines.length, String(columns)).toBeGreaterThan(tableLines(wide).length);
      expect(Math.max(...lines.map(textWidth)), String(columns)).toBeLessThanOrEqual(columns);
      // The same words, only on more lines; the totals and the commands that end it as they were.
      const words = (s: string) => s.split(/\s+/).filter((w) => !/^-+$/.test(w)).sort();
      expect(words(lines.join(' ')), String(columns)).toEqual(words(tableLines(wide).join(' ')));
      const totals = (out: string) => {
        const at = out.indexOf('\nTổng cộng\n');
        expect(at).toBeGreaterThan(0);
        return out.slice(at).split('\nXem tiếp:\n');
      };
      const [fittedTotals, fittedNext] = totals(fitted);
      const [wideTotals, wideNext] = totals(wide);
      expect(fittedTotals, String(columns)).toBe(wideTotals);
      if (columns >= Math.max(...wideNext.split('\n').map(textWidth))) expect(fittedNext).toBe(wideNext);
      else expectNextFitted(fittedNext, wideNext, columns);
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

describe.each(Object.entries(RUNS))('tthc %s on a terminal', (_, argv) => {
  it("fits its tables of procedures or dates into the terminal's width, with the same words", async () => {
    const wide = await tthc(argv, {});
    const fitted = await tthc(argv, { stdoutIsTTY: true, stdoutColumns: 140 });
    // The tables whose first column is a code or a date, not those of totals.
    const fittedTables = (out: string) => {
      const lines = out.split('\n');
      return lines.flatMap((l, i) => (/^(?:Mã|Code|Ngày|Date) {2}/.test(l) ? lines.slice(i, lines.indexOf('', i)) : []));
    };
    expect(fittedTables(fitted).length).toBeGreaterThan(3);
    expect(Math.max(...fittedTables(wide).map(textWidth))).toBeGreaterThan(140);
    expect(Math.max(...fittedTables(fitted).map(textWidth))).toBeLessThanOrEqual(140);
    // The lines around the tables (titles, events, a timeline's details) are fitted too.
    const tables = new Set(tableLines(fitted));
    expect(Math.max(...fitted.split('\n').filter((l) => !tables.has(l)).map(textWidth))).toBeLessThanOrEqual(140);
    const words = (s: string) => s.split(/\s+/).filter((w) => !/^-+$/.test(w)).sort();
    expect(words(fitted)).toEqual(words(wide));
    expect(await tthc(argv, { stdoutIsTTY: false, stdoutColumns: 140 })).toBe(wide);
  });
});

describe('tthc explain on a terminal', () => {
  const argv = ['explain', 'catalog/', '1.001193', '--at', '2023-01-01', '--without', 'nd-104-2022', '--province', 'GL'];

  it("fits the explanation into the terminal's width, each branch of the tree continued in its place, the commands to run next whole", async () => {
    const wide = await tthc(argv, {});
    const fitted = await tthc(argv, { stdoutIsTTY: true, stdoutColumns: 80 });
    const [body, next] = fitted.split('\nXem tiếp:\n');
    expectNextFitted(next, wide.split('\nXem tiếp:\n')[1], 80);
    expect(Math.max(...wide.split('\nXem tiếp:\n')[0].split('\n').map(textWidth))).toBeGreaterThan(80);
    expect(Math.max(...body.split('\n').map(textWidth))).toBeLessThanOrEqual(80);
    expect(body.split('\n').length).toBeGreaterThan(wide.split('\nXem tiếp:\n')[0].split('\n').length);
    const words = (s: string) => s.split(/\s+/).filter((w) => !/^[│├└─]+$/.test(w) && w !== '');
    expect(words(body)).toEqual(words(wide.split('\nXem tiếp:\n')[0]));
    expect(await tthc(argv, { stdoutIsTTY: true, stdoutColumns: 80 }, '-o', join(dir, 'explain.txt'))).toBe('');
    expect(readFileSync(join(dir, 'explain.txt'), 'utf8')).toBe(wide);
  });
});

describe('tthc summary on a terminal', () => {
  it("fits the summary into the terminal's width, each line continued where its text starts, the commands to run next whole", async () => {
    const argv = ['summary', 'catalog/'];
    const wide = await tthc(argv, {});
    const fitted = await tthc(argv, { stdoutIsTTY: true, stdoutColumns: 80 });
    const [body, next] = fitted.split('\nXem tiếp:\n');
    expectNextFitted(next, wide.split('\nXem tiếp:\n')[1], 80);
    expect(Math.max(...wide.split('\nXem tiếp:\n')[0].split('\n').map(textWidth))).toBeGreaterThan(100);
    expect(Math.max(...body.split('\n').map(textWidth))).toBeLessThanOrEqual(80);
    const words = (s: string) => s.split(/\s+/).filter((w) => w !== '');
    expect(words(body)).toEqual(words(wide.split('\nXem tiếp:\n')[0]));
    expect(await tthc(argv, { stdoutIsTTY: true })).toBe(wide);
  });
});

describe('tthc plan on a terminal', () => {
  it("fits the plan into the terminal's width, each step continued after its number", async () => {
    const argv = ['plan', 'catalog/', '--province', 'GL', '--at', '2023-01-01', '--without', 'nd-104-2022'];
    const wide = await tthc(argv, {});
    const fitted = await tthc(argv, { stdoutIsTTY: true, stdoutColumns: 90 });
    const [body, next] = fitted.split('\nXem tiếp:\n');
    const [wideBody, wideNext] = wide.split('\nXem tiếp:\n');
    expect(Math.max(...wideBody.split('\n').map(textWidth))).toBeGreaterThan(90);
    expect(Math.max(...body.split('\n').map(textWidth))).toBeLessThanOrEqual(90);
    expect(body.split('\n').filter((l) => /^ {3}\d+\. /.test(l))).toHaveLength(wideBody.split('\n').filter((l) => /^ {3}\d+\. /.test(l)).length);
    // A step's continuation starts under its text, not under its number.
    expect(body.split('\n').filter((l) => /^ {4,5}\S/.test(l))).toEqual([]);
    expect(body.split('\n').filter((l) => /^ {6}\S/.test(l)).length).toBeGreaterThan(wideBody.split('\n').filter((l) => /^ {6}\S/.test(l)).length);
    const words = (s: string) => s.split(/\s+/).filter((w) => w !== '');
    expect(words(body)).toEqual(words(wideBody));
    expectNextFitted(next, wideNext, 90);
  });
});

describe.each([
  ['rank', 80, ['rank', 'catalog/', '--at', '2023-01-01', '--without', 'nd-104-2022']],
  ['count', 80, ['count', 'catalog/', '--depends-on', 'so-ho-khau', '--province', 'GL']],
  // Its ids and the header of its counts take 89 columns with the names at their narrowest.
  ['count --each', 100, ['count', 'catalog/', '--each', 'document', '--at', '2023-01-01']],
] as const)('tthc %s on a terminal', (_, width, argv) => {
  it("fits its text into the terminal's width, the commands to run next whole", async () => {
    const wide = await tthc([...argv], {});
    const fitted = await tthc([...argv], { stdoutIsTTY: true, stdoutColumns: width });
    const [body, next] = fitted.split('\nXem tiếp:\n');
    const [wideBody, wideNext] = wide.split('\nXem tiếp:\n');
    expect(Math.max(...wideBody.split('\n').map(textWidth))).toBeGreaterThan(width);
    expect(Math.max(...body.split('\n').map(textWidth))).toBeLessThanOrEqual(width);
    const words = (s: string) => s.split(/\s+/).filter((w) => w !== '' && !/^-+$/.test(w)).sort();
    expect(words(body)).toEqual(words(wideBody));
    if (Math.max(...wideNext.split('\n').map(textWidth)) > width) expectNextFitted(next, wideNext, width);
    else expect(next).toBe(wideNext);
    expect(await tthc([...argv], { stdoutIsTTY: false, stdoutColumns: width })).toBe(wide);
  });
});

describe('tthc blocked nationally on a terminal', () => {
  it('breaks the provinces too, so that its table fits into 80 columns', async () => {
    const argv = ['blocked', 'catalog/', '--at', '2023-01-01', '--without', 'nd-104-2022'];
    const wide = await tthc(argv, {});
    expect(wide).toContain('cả 63 tỉnh nơi thực hiện');
    const fitted = await tthc(argv, { stdoutIsTTY: true, stdoutColumns: 80 });
    expect(Math.max(...tableLines(fitted).map(textWidth))).toBeLessThanOrEqual(80);
  });
});
