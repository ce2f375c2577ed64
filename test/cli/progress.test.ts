import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import type { Io } from '../../src/cli/io.js';
import { createProgress, progressLine } from '../../src/cli/progress.js';
import { run } from '../../src/cli/run.js';
import { ROOT, SMALL, UNRESOLVED } from './analysis-cli-helpers.js';
import { progressPhases } from '../../src/cli/progress-text.js';
import { textWidth } from '../../src/report/text-width.js';

function clock(start = 1000) {
  let t = start;
  const timers: (() => void)[] = [];
  return {
    now: () => t,
    advance: (ms: number) => (t += ms),
    // A scheduler whose timers the test fires by hand.
    schedule: (draw: () => void) => {
      let live = true;
      timers.push(() => live && draw());
      return () => {
        live = false;
      };
    },
    fire: () => timers.splice(0).forEach((f) => f()),
  };
}

describe('createProgress', () => {
  it('draws nothing when stderr is not a terminal', () => {
    const io = memoryIo({ stderrIsTTY: false });
    const c = clock();
    const p = createProgress(io, { now: c.now, schedule: c.schedule, delayMs: 0 });
    c.advance(1000);
    p.onProgress({ phase: 'analyse', done: 5, total: 10 });
    p.done();
    expect(p.active).toBe(false);
    expect(io.err()).toBe('');
    expect(io.out()).toBe('');
  });

  it('draws nothing on a terminal when CI is set', () => {
    const io = memoryIo({ stderrIsTTY: true, env: { CI: 'true' } });
    const c = clock();
    const p = createProgress(io, { now: c.now, schedule: c.schedule, delayMs: 0 });
    c.advance(1000);
    p.onProgress({ phase: 'analyse', done: 5, total: 10 });
    p.done();
    expect(p.active).toBe(false);
    expect(io.err()).toBe('');
  });

  it('stays silent during the delay, then redraws one line on stderr and erases it at the end', () => {
    const io = memoryIo({ stderrIsTTY: true });
    const c = clock();
    const p = createProgress(io, { now: c.now, schedule: c.schedule, delayMs: 400, intervalMs: 100, phases: { analyse: 'Analysing' } });
    p.onProgress({ phase: 'analyse', done: 1, total: 10 });
    c.advance(399);
    p.onProgress({ phase: 'analyse', done: 2, total: 10 });
    expect(io.err()).toBe('');
    c.advance(1);
    p.onProgress({ phase: 'analyse', done: 3, total: 10 });
    expect(io.err()).toBe('\r\x1b[KAnalysing 3/10 (30%)');
    c.advance(50);
    p.onProgress({ phase: 'analyse', done: 4, total: 10 });
    expect(io.err()).toBe('\r\x1b[KAnalysing 3/10 (30%)');
    c.advance(10);
    p.onProgress({ phase: 'analyse', done: 10, total: 10 });
    expect(io.err().endsWith('\r\x1b[KAnalysing 10/10 (100%)')).toBe(true);
    p.done();
    expect(io.err().endsWith('\r\x1b[K')).toBe(true);
    expect(io.out()).toBe('');
    const before = io.err();
    p.done();
    expect(io.err()).toBe(before);
  });

  it('cuts the line short of a narrow terminal, so that it is drawn again in place rather than wrapped', () => {
    const draw = (columns: number | undefined) => {
      const io = memoryIo({ stderrIsTTY: true, ...(columns !== undefined ? { stderrColumns: columns } : {}) });
      const c = clock();
      const p = createProgress(io, { now: c.now, schedule: c.schedule, delayMs: 0, phases: progressPhases('vi') });
      c.advance(1);
      p.onProgress({ phase: 'parse', done: 103, total: 103, bytes: 51 * 1024 * 1024, totalBytes: 51 * 1024 * 1024 });
      return io.err().replace('\r\x1b[K', '');
    };
    const whole = draw(undefined);
    expect(whole).toBe('Đang phân tích và kiểm tra từng tệp 103/103 (100%) · 51/51 MB');
    expect(draw(80)).toBe(whole);
    expect(draw(textWidth(whole) + 1)).toBe(whole);
    expect(draw(textWidth(whole))).toBe(`${whole.slice(0, -3)}…`);
    const narrow = draw(40);
    expect(textWidth(narrow)).toBeLessThanOrEqual(39);
    expect(narrow).toBe('Đang phân tích và kiểm tra từng tệp 10…');
  });

  it('redraws at once when the phase changes', () => {
    const io = memoryIo({ stderrIsTTY: true });
    const c = clock();
    const p = createProgress(io, { now: c.now, schedule: c.schedule, delayMs: 0, intervalMs: 1000 });
    p.onProgress({ phase: 'load', done: 1, total: 3 });
    p.onProgress({ phase: 'analyse', done: 1, total: 50 });
    expect(io.err()).toBe('\r\x1b[Kload 1/3 (33%)\r\x1b[Kanalyse 1/50 (2%)');
  });

  it('does not erase anything when nothing was drawn', () => {
    const io = memoryIo({ stderrIsTTY: true });
    const c = clock();
    const p = createProgress(io, { now: c.now, schedule: c.schedule, delayMs: 400 });
    p.onProgress({ phase: 'load', done: 1, total: 3 });
    p.done();
    c.fire();
    expect(io.err()).toBe('');
  });
});

describe('createProgress during a long asynchronous step', () => {
  it('shows the step that started during the delay once the delay is over', () => {
    const io = memoryIo({ stderrIsTTY: true });
    const c = clock();
    const p = createProgress(io, { now: c.now, schedule: c.schedule, delayMs: 400, phases: { load: 'Loading' } });
    p.onProgress({ phase: 'load', done: 0, total: 0 });
    expect(io.err()).toBe('');
    c.advance(400);
    c.fire();
    expect(io.err()).toBe('\r\x1b[KLoading…');
    p.done();
    expect(io.err()).toBe('\r\x1b[KLoading…\r\x1b[K');
  });

  it('draws nothing when the run ends before the delay', () => {
    const io = memoryIo({ stderrIsTTY: true });
    const c = clock();
    const p = createProgress(io, { now: c.now, schedule: c.schedule, delayMs: 400 });
    p.onProgress({ phase: 'load', done: 0, total: 0 });
    p.done();
    c.fire();
    expect(io.err()).toBe('');
  });

  it('never schedules anything when inactive', () => {
    let scheduled = 0;
    const schedule = () => {
      scheduled++;
      return () => {};
    };
    createProgress(memoryIo({ stderrIsTTY: false }), { schedule });
    createProgress(memoryIo({ stderrIsTTY: true, env: { CI: '1' } }), { schedule });
    expect(scheduled).toBe(0);
    createProgress(memoryIo({ stderrIsTTY: true }), { schedule });
    expect(scheduled).toBe(1);
  });
});

describe('Progress.io', () => {
  it('erases the line before a message on stderr, and the next step draws it again', () => {
    const io = memoryIo({ stderrIsTTY: true });
    const c = clock();
    const p = createProgress(io, { now: c.now, schedule: c.schedule, delayMs: 0, phases: { load: 'Loading', analyse: 'Analysing' } });
    p.onProgress({ phase: 'load', done: 0, total: 0 });
    p.io.stderr('warning: something\n');
    p.onProgress({ phase: 'analyse', done: 0, total: 2 });
    p.done();
    expect(io.err()).toBe('\r\x1b[KLoading…\r\x1b[Kwarning: something\n\r\x1b[KAnalysing 0/2 (0%)\r\x1b[K');
  });

  it('is the plain Io when inactive', () => {
    const io = memoryIo({ stderrIsTTY: false });
    expect(createProgress(io).io).toBe(io);
  });
});

describe('progressLine', () => {
  it('adds the megabytes done, of the total when known, from one megabyte on', () => {
    const mb = 1024 * 1024;
    expect(progressLine({ phase: 'parse', done: 3, total: 10, bytes: 12.4 * mb, totalBytes: 49.2 * mb })).toBe('parse 3/10 (30%) · 12/49 MB');
    expect(progressLine({ phase: 'read', done: 3, total: 10, bytes: 2 * mb, totalBytes: 0 })).toBe('read 3/10 (30%) · 2 MB');
    expect(progressLine({ phase: 'read', done: 3, total: 10, bytes: 1000, totalBytes: 5000 })).toBe('read 3/10 (30%)');
  });
  it('gives the phase alone when the total is unknown', () => {
    expect(progressLine({ phase: 'load', done: 0, total: 0 }, { load: 'Đang đọc danh mục' })).toBe('Đang đọc danh mục…');
  });
  it('caps the percentage at 100', () => {
    expect(progressLine({ phase: 'x', done: 12, total: 10 })).toBe('x 12/10 (100%)');
  });
});

/**
 * A terminal Io that keeps stdout and stderr in the order they were written, so a test can
 * see that the progress line is erased before the output starts.
 */
function terminal(overrides: Partial<Io> = {}) {
  const writes: { to: 'out' | 'err'; text: string }[] = [];
  const io = memoryIo({
    cwd: ROOT,
    stderrIsTTY: true,
    ...overrides,
    stdout: (text) => writes.push({ to: 'out', text }),
    stderr: (text) => writes.push({ to: 'err', text }),
  });
  const err = () => writes.filter((w) => w.to === 'err').map((w) => w.text).join('');
  return {
    io,
    err,
    out: () => writes.filter((w) => w.to === 'out').map((w) => w.text).join(''),
    /** The progress lines drawn, in order, each once. */
    lines: () => err().split('\r\x1b[K').filter((l, i, all) => l !== '' && !l.includes('\n') && l !== all[i - 1]),
    /** What stderr held when stdout was first written to. */
    errBeforeOutput: () => writes.slice(0, writes.findIndex((w) => w.to === 'out')).filter((w) => w.to === 'err').map((w) => w.text).join(''),
  };
}

describe('progress of the commands while the catalog loads', () => {
  // Progress draws only after 0.4 s, and these catalogs load faster: the clock is made to
  // move a second at every reading, so that every step is drawn.
  beforeEach(() => {
    let t = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => (t += 1000));
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const MULTI = 'test/catalog/parallel-fixtures/clean-multi-file';

  it('tthc check: files read and parsed, the checks, then erased before the findings', async () => {
    const t = terminal();
    expect(await run(['check', MULTI, '--lang', 'en'], t.io)).toBe(0);
    const lines = t.lines();
    expect(lines[0]).toBe('Finding the catalog files…');
    const files = lines.filter((l) => l.startsWith('Parsing and validating files')).at(-1);
    expect(files).toMatch(/^Parsing and validating files (\d+)\/\1 \(100%\)$/);
    expect(lines.filter((l) => l.startsWith('Reading files')).at(-1)).toMatch(/^Reading files (\d+)\/\1 \(100%\)$/);
    expect(lines.at(-1)).toBe('Checking the whole catalog 6/6 (100%)');
    const phases = lines.map((l) => l.replace(/ \d.*|…$/, '')).filter((p, i, all) => p !== all[i - 1]);
    expect(phases).toEqual(['Finding the catalog files', 'Reading files', 'Parsing and validating files', 'Checking the whole catalog']);
    expect(t.errBeforeOutput().endsWith('\r\x1b[K')).toBe(true);
    expect(t.err().endsWith('\r\x1b[K')).toBe(true);
    expect(t.out()).not.toContain('\r');
  });

  it('tthc blocked, timeline, plan and count: the load, then the step of the command, in Vietnamese by default', async () => {
    const runs: [string[], string][] = [
      [['blocked', SMALL], 'Đang phân tích…'],
      [['timeline', SMALL], 'Đang tính theo thời gian…'],
      [['plan', SMALL], 'Đang lập kế hoạch…'],
      [['count', SMALL, '--depends-on', 'so-ho-khau'], 'Đang đếm thủ tục phụ thuộc…'],
    ];
    for (const [argv, last] of runs) {
      const t = terminal();
      expect(await run(argv, t.io), argv.join(' ')).toBe(0);
      const lines = t.lines();
      expect(lines, argv.join(' ')).toContain('Đang đọc tệp 1/1 (100%)');
      expect(lines).toContain('Đang phân tích và kiểm tra từng tệp 1/1 (100%)');
      expect(lines).toContain('Đang kiểm tra toàn danh mục 6/6 (100%)');
      expect(lines.at(-1)).toBe(last);
      expect(t.errBeforeOutput().endsWith('\r\x1b[K')).toBe(true);
      expect(t.out()).not.toBe('');
    }
  });

  it('tthc count names counting after the checks of the catalog', async () => {
    const t = terminal();
    expect(await run(['count', SMALL, '--depends-on', 'so-ho-khau', '--lang', 'en'], t.io)).toBe(0);
    expect(t.lines().slice(-2)).toEqual(['Checking the whole catalog 6/6 (100%)', 'Counting dependents…']);
  });

  it('starts the diagnostics of the catalog on a clean line, and the line goes on after them', async () => {
    const t = terminal();
    expect(await run(['blocked', UNRESOLVED, '--lenient', '--lang', 'en'], t.io)).toBe(0);
    const warnings = t.err().indexOf('UNKNOWN_REFERENCE');
    expect(warnings).toBeGreaterThan(0);
    const before = t.err().slice(0, warnings);
    // The last thing before the diagnostics is the erasing of the line, then only their text.
    expect(before.lastIndexOf('\r\x1b[K')).toBeGreaterThan(before.lastIndexOf('Checking the whole catalog'));
    expect(before.slice(before.lastIndexOf('\r\x1b[K') + 3)).not.toMatch(/Checking|Analysing/);
    expect(t.lines().at(-1)).toBe('Analysing…');
    expect(t.errBeforeOutput().endsWith('\r\x1b[K')).toBe(true);
  });

  it('erases the line before an error about the command line', async () => {
    const t = terminal({ env: { NO_COLOR: '1' } });
    expect(await run(['blocked', SMALL, '--province', 'ZZ', '--lang', 'en'], t.io)).toBe(2);
    expect(t.lines()).toContain('Checking the whole catalog 6/6 (100%)');
    const error = t.err().indexOf('error');
    expect(error).toBeGreaterThan(0);
    expect(t.err().slice(0, error).endsWith('\r\x1b[K')).toBe(true);
  });

  it('draws nothing in a pipe or in CI, whatever the command', async () => {
    for (const overrides of [{ stderrIsTTY: false }, { stderrIsTTY: true, env: { CI: 'true' } }]) {
      for (const argv of [['check', MULTI], ['blocked', SMALL], ['timeline', SMALL], ['summary', SMALL], ['blocked', UNRESOLVED, '--lenient']]) {
        const t = terminal(overrides);
        await run(argv, t.io);
        expect(t.err(), `${argv.join(' ')} ${JSON.stringify(overrides)}`).not.toContain('\r');
        expect(t.err()).not.toContain('\x1b[K');
      }
    }
  });
});
