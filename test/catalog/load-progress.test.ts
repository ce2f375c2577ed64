import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCatalog, writeCatalog } from '../../bench/generate.mjs';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import type { LoadProgressEvent } from '../../src/catalog/load-progress.js';
import { buildParseWorker } from './parallel-worker-build.js';

let workerUrl: URL;
let work: string;
let generated: string;

beforeAll(async () => {
  workerUrl = await buildParseWorker();
  work = mkdtempSync(join(tmpdir(), 'tthc-load-progress-'));
  generated = join(work, 'yaml');
  writeCatalog(generated, generateCatalog({ procedures: 300, seed: 5 }), 'yaml');
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(new URL('.', workerUrl), { recursive: true, force: true });
});

/** How many files a load read, and their total size. */
function filesOf(files: readonly string[]): { count: number; bytes: number } {
  return { count: files.length, bytes: files.reduce((n, f) => n + statSync(f).size, 0) };
}

/** Loads with a recording callback; gives the events and the result. */
async function record(dir: string, options: Parameters<typeof loadCatalog>[1] = {}) {
  const events: LoadProgressEvent[] = [];
  const result = await loadCatalog(dir, { ...options, onProgress: (e) => events.push({ ...e }) });
  return { events, result };
}

/** The events of one phase, checked to count up to their total and never go down. */
function phase(events: LoadProgressEvent[], name: LoadProgressEvent['phase']): LoadProgressEvent[] {
  const of = events.filter((e) => e.phase === name);
  for (let i = 1; i < of.length; i++) {
    expect(of[i].done, `${name} #${i}`).toBeGreaterThanOrEqual(of[i - 1].done);
    expect(of[i].bytes, `${name} #${i}`).toBeGreaterThanOrEqual(of[i - 1].bytes);
    expect(of[i].total).toBe(of[0].total);
  }
  if (of.length > 0) {
    expect(of[0].done).toBe(0);
    expect(of.at(-1)!.done).toBe(of.at(-1)!.total);
  }
  return of;
}

describe('the progress of loadCatalog', () => {
  for (const parallel of [false, true]) {
    it(`counts files read and parsed up to their total, then the checks, ${parallel ? 'in worker threads' : 'in one thread'}`, async () => {
      const { events, result } = await record(generated, parallel ? { threads: 2, workerUrl } : { threads: 1 });
      const { count, bytes } = filesOf(result.files);
      expect(count).toBeGreaterThan(10);

      const read = phase(events, 'read');
      expect(read).toHaveLength(count + 1);
      expect(read.at(-1)).toMatchObject({ done: count, total: count, bytes });

      const parsed = phase(events, 'parse');
      expect(parsed).toHaveLength(count + 1);
      expect(parsed.at(-1)).toEqual({ phase: 'parse', done: count, total: count, bytes, totalBytes: bytes });

      const checks = phase(events, 'check');
      expect(checks.map((e) => e.done)).toEqual([0, 1, 2, 3, 4, 5, 6]);

      // One phase after the other, never back.
      const order = events.map((e) => e.phase).filter((p, i, all) => p !== all[i - 1]);
      expect(order).toEqual(['read', 'parse', 'check']);
      // The result is the same as without the callback.
      expect(result).toEqual(await loadCatalog(generated, { threads: 1 }));
    });
  }

  it('reports the cache look-up, and no parsing when the cache has the load', async () => {
    const cacheDir = join(work, 'cache');
    const first = await record(generated, { threads: 1, cacheDir });
    expect(first.events.map((e) => e.phase).filter((p, i, all) => p !== all[i - 1])).toEqual(['read', 'cache', 'parse', 'check']);
    const again = await record(generated, { threads: 1, cacheDir });
    expect(again.events.map((e) => e.phase).filter((p, i, all) => p !== all[i - 1])).toEqual(['read', 'cache']);
    phase(again.events, 'read');
    expect(again.result.catalog).toEqual(first.result.catalog);
  });

  it('counts a file it cannot read as read, with no bytes', async () => {
    const { events, result } = await record(join(import.meta.dirname, 'parallel-fixtures', 'mistakes-across-files'), { threads: 1, maxFileSize: 10 });
    const read = phase(events, 'read');
    expect(result.files.length).toBeGreaterThan(2);
    expect(read.at(-1)!.done).toBe(result.files.length);
    // Every file is too large for the limit: nothing is read and nothing is left to parse.
    expect(read.at(-1)!.bytes).toBe(0);
    expect(phase(events, 'parse').at(-1)).toMatchObject({ done: 0, total: 0 });
  });
});
