import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { createProgress, progressLine } from '../../src/cli/progress.js';

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
  it('gives the phase alone when the total is unknown', () => {
    expect(progressLine({ phase: 'load', done: 0, total: 0 }, { load: 'Đang đọc danh mục' })).toBe('Đang đọc danh mục…');
  });
  it('caps the percentage at 100', () => {
    expect(progressLine({ phase: 'x', done: 12, total: 10 })).toBe('x 12/10 (100%)');
  });
});
