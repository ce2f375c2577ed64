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

/** The words of a text, in order, but for a table's rules and a tree's branches. */
const wordsOf = (s: string) => s.split(/\s+/).filter((w) => w !== '' && !/^-+$/.test(w) && !/^[│├└─]+$/.test(w));

/**
 * `argv`'s report as printed to a terminal `width` columns wide, against the same to a pipe:
 * the pipe's body (before "Xem tiếp:") wider than the terminal, the terminal's fitted into it
 * with the same words, in the same order unless `tables` (whose cells' lines interleave),
 * and the commands to run next as `expectNextFitted` has them (as they were when they fit).
 * Both bodies, for what else a report checks.
 */
async function expectFittedText(argv: readonly string[], width: number, tables = false): Promise<{ body: string; wideBody: string }> {
  const wide = await tthc([...argv], {});
  const fitted = await tthc([...argv], { stdoutIsTTY: true, stdoutColumns: width });
  const [body, next = ''] = fitted.split('\nXem tiếp:\n');
  const [wideBody, wideNext = ''] = wide.split('\nXem tiếp:\n');
  expect(Math.max(...wideBody.split('\n').map(textWidth))).toBeGreaterThan(width);
  expect(Math.max(...body.split('\n').map(textWidth))).toBeLessThanOrEqual(width);
  const words = (text: string) => (tables ? wordsOf(text).sort() : wordsOf(text));
  expect(words(body)).toEqual(words(wideBody));
  if (Math.max(...wideNext.split('\n').map(textWidth)) > width) expectNextFitted(next, wideNext, width);
  else expect(next).toBe(wideNext);
  expect(await tthc([...argv], { stdoutIsTTY: false, stdoutColumns: width })).toBe(wide);
  return { body, wideBody };
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

describe.each([
  ['whatif', RUNS.whatif],
  ['diff', RUNS.diff],
])('tthc %s on a terminal', (_, argv) => {
  /** The rows of the table of totals, after its header and rule. */
  const totals = (out: string) => {
    const lines = out.split('\n');
    const at = lines.indexOf('Tổng cộng');
    expect(at).toBeGreaterThan(0);
    return lines.slice(at + 4, lines.indexOf('', at + 4));
  };

  it('breaks the measures of its totals onto more lines, under their indent, to fit 80 columns', async () => {
    const wide = totals(await tthc(argv, {}));
    const fitted = totals(await tthc(argv, { stdoutIsTTY: true, stdoutColumns: 80 }));
    expect(Math.max(...wide.map(textWidth))).toBeGreaterThan(80);
    expect(Math.max(...fitted.map(textWidth))).toBeLessThanOrEqual(80);
    expect(fitted.length).toBeGreaterThan(wide.length);
    const words = (lines: string[]) => lines.join(' ').split(/\s+/).filter(Boolean).sort();
    expect(words(fitted)).toEqual(words(wide));
    // Each measure indented as it was, its further lines (no figures) under its first line's text.
    const start = (line: string) => line.length - line.trimStart().length;
    const figures = (line: string) => /\d\s*$/.test(line);
    expect(fitted.filter(figures).map(start)).toEqual(wide.map(start));
    expect(new Set(wide.map(start)).size).toBeGreaterThan(1);
    let indent = -1;
    for (const line of fitted) {
      if (figures(line)) indent = start(line);
      else expect(start(line), line).toBe(indent);
    }
  });
});

describe('tthc explain on a terminal', () => {
  const argv = ['explain', 'catalog/', '1.001193', '--at', '2023-01-01', '--without', 'nd-104-2022', '--province', 'GL'];

  it("fits the explanation into the terminal's width, each branch of the tree continued in its place, the commands to run next whole", async () => {
    const { body, wideBody } = await expectFittedText(argv, 80);
    expect(body.split('\n').length).toBeGreaterThan(wideBody.split('\n').length);
    await tthc(argv, { stdoutIsTTY: true, stdoutColumns: 80 }, '-o', join(dir, 'explain.txt'));
    expect(readFileSync(join(dir, 'explain.txt'), 'utf8')).toBe(await tthc(argv, {}));
  });
});

describe('tthc summary on a terminal', () => {
  it("fits the summary into the terminal's width, each line continued where its text starts, the commands to run next whole", async () => {
    await expectFittedText(['summary', 'catalog/'], 80);
    expect(await tthc(['summary', 'catalog/'], { stdoutIsTTY: true })).toBe(await tthc(['summary', 'catalog/'], {}));
  });
});

describe('tthc plan on a terminal', () => {
  it("fits the plan into the terminal's width, each step continued after its number", async () => {
    const { body, wideBody } = await expectFittedText(['plan', 'catalog/', '--province', 'GL', '--at', '2023-01-01', '--without', 'nd-104-2022'], 90);
    const lines = (text: string, form: RegExp) => text.split('\n').filter((l) => form.test(l));
    expect(lines(body, /^ {3}\d+\. /)).toHaveLength(lines(wideBody, /^ {3}\d+\. /).length);
    // A step's continuation starts under its text, not under its number.
    expect(lines(body, /^ {4,5}\S/)).toEqual([]);
    expect(lines(body, /^ {6}\S/).length).toBeGreaterThan(lines(wideBody, /^ {6}\S/).length);
  });
});

describe.each([
  ['rank', 80, ['rank', 'catalog/', '--at', '2023-01-01', '--without', 'nd-104-2022']],
  ['count', 80, ['count', 'catalog/', '--depends-on', 'so-ho-khau', '--province', 'GL']],
  // Its headers broken onto more lines: the ids and the header of its counts took 89 columns.
  ['count --each', 80, ['count', 'catalog/', '--each', 'document', '--at', '2023-01-01']],
  // Its counts' headers alone took 113 columns.
  ['timeline', 80, ['timeline', 'catalog/', '--province', 'GL']],
] as const)('tthc %s on a terminal', (_, width, argv) => {
  it("fits its text into the terminal's width, the commands to run next whole", async () => {
    await expectFittedText(argv, width, true);
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

describe('findings on a terminal', () => {
  const FIXTURE = 'test/fixtures/loader/dangling-reference';
  const run1 = async (argv: string[], io: Partial<Io>) => {
    const m = memoryIo({ cwd: process.cwd(), ...io });
    const code = await run(argv, m);
    return { code, out: m.out(), err: m.err() };
  };
  const widest = (text: string) => Math.max(...text.split('\n').map(textWidth));

  it("tthc check fits them into standard output's width, each caret under the reference it marks; a pipe gets them whole", async () => {
    const piped = await run1(['check', FIXTURE], {});
    expect(widest(piped.out)).toBeGreaterThan(100);
    for (const width of [60, 80]) {
      const shown = await run1(['check', FIXTURE], { stdoutIsTTY: true, stdoutColumns: width, env: { NO_COLOR: '1' } });
      expect(shown.code).toBe(piped.code);
      expect(widest(shown.out), shown.out).toBeLessThanOrEqual(width);
      // Each frame shows the reference it marks: the text over the carets is an id the message names.
      const lines = shown.out.split('\n');
      const frames = lines.flatMap((l, i) => (/^ {2}\d+ \| /.test(l) ? [i] : []));
      expect(frames.length).toBe(17);
      for (const i of frames) {
        const shownText = [...lines[i].slice(lines[i].indexOf('|') + 2)];
        const caret = lines[i + 1].slice(lines[i + 1].indexOf('|') + 2);
        const marked = shownText.slice(caret.indexOf('^'), caret.lastIndexOf('^') + 1).join('');
        const message = lines.slice(lines.lastIndexOf('', i) + 1, i).join(' ');
        expect(message, lines.slice(i - 4, i + 2).join('\n')).toContain(`'${marked.replace(/^"|"$/g, '')}'`);
      }
    }
  });

  it('prints the example of docs/diagnostics.md as it shows it, in 80 columns', async () => {
    const doc = readFileSync(new URL('../../docs/diagnostics.md', import.meta.url), 'utf8');
    const block = /```text\n\$ tthc check (test\/fixtures\/loader\/dangling-reference) --lang en\n([\s\S]*?)…\n```/.exec(doc);
    expect(block).not.toBeNull();
    const shown = await run1(['check', block![1], '--lang', 'en'], { stdoutIsTTY: true, stdoutColumns: 80, env: { NO_COLOR: '1' } });
    expect(shown.out.startsWith(block![2])).toBe(true);
  });

  it("the other commands fit the catalog's findings, and what they say of them, into standard error's width", async () => {
    const piped = await run1(['blocked', FIXTURE], {});
    expect(piped.code).toBe(1);
    expect(widest(piped.err)).toBeGreaterThan(100);
    const shown = await run1(['blocked', FIXTURE], { stderrIsTTY: true, stderrColumns: 80, env: { NO_COLOR: '1', CI: '1' } });
    expect(shown.code).toBe(1);
    expect(widest(shown.err), shown.err).toBeLessThanOrEqual(80);
    const last = (err: string) => err.slice(err.lastIndexOf('\nDanh mục có 17 lỗi'));
    expect(last(shown.err).split('\n').length).toBeGreaterThan(last(piped.err).split('\n').length);
    expect(last(shown.err).replace(/\s+/g, ' ')).toBe(last(piped.err).replace(/\s+/g, ' '));
    const places = (err: string) => err.match(/^\S+:\d+:\d+/gm);
    expect(places(shown.err)).toEqual(places(piped.err));
    expect(places(shown.err)).toHaveLength(17);
  });
});
