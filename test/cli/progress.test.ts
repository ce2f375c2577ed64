import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { createProgress, progressLine } from '../../src/cli/progress.js';

function clock(start = 1000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('createProgress', () => {
  it('draws nothing when stderr is not a terminal', () => {
    const io = memoryIo({ stderrIsTTY: false });
    const c = clock();
    const p = createProgress(io, { now: c.now, delayMs: 0 });
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
    const p = createProgress(io, { now: c.now, delayMs: 0 });
    c.advance(1000);
    p.onProgress({ phase: 'analyse', done: 5, total: 10 });
    p.done();
    expect(p.active).toBe(false);
    expect(io.err()).toBe('');
  });

  it('stays silent during the delay, then redraws one line on stderr and erases it at the end', () => {
    const io = memoryIo({ stderrIsTTY: true });
    const c = clock();
    const p = createProgress(io, { now: c.now, delayMs: 400, intervalMs: 100, phases: { analyse: 'Analysing' } });
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
    const p = createProgress(io, { now: c.now, delayMs: 0, intervalMs: 1000 });
    p.onProgress({ phase: 'load', done: 1, total: 3 });
    p.onProgress({ phase: 'analyse', done: 1, total: 50 });
    expect(io.err()).toBe('\r\x1b[Kload 1/3 (33%)\r\x1b[Kanalyse 1/50 (2%)');
  });

  it('does not erase anything when nothing was drawn', () => {
    const io = memoryIo({ stderrIsTTY: true });
    const c = clock();
    const p = createProgress(io, { now: c.now, delayMs: 400 });
    p.onProgress({ phase: 'load', done: 1, total: 3 });
    p.done();
    expect(io.err()).toBe('');
  });
});

describe('progressLine', () => {
  it('gives the count alone when the total is unknown', () => {
    expect(progressLine({ phase: 'load', done: 7, total: 0 })).toBe('load 7');
  });
  it('caps the percentage at 100', () => {
    expect(progressLine({ phase: 'x', done: 12, total: 10 })).toBe('x 12/10 (100%)');
  });
});
