import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCatalog, writeCatalog } from '../../bench/generate.mjs';
import { parsedApart, parseInWorkers, parseThreadCount, PARALLEL_MIN_BYTES, WorkerParseError } from '../../src/catalog/parallel-parse.js';
import type { RawFile } from '../../src/catalog/parallel-parse.js';
import { parseFile } from '../../src/catalog/parse-file.js';
import { buildParseWorker } from './parallel-worker-build.js';

const FIXTURES = join(import.meta.dirname, 'parallel-fixtures');
let workerUrl: URL;
let generated: string;

function readDir(dir: string): RawFile[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((p) => /\.(ya?ml|json)$/.test(p) && !p.startsWith('.'))
    .sort()
    .map((p) => ({ fileName: relative(process.cwd(), join(dir, p)), bytes: readFileSync(join(dir, p)) }));
}

beforeAll(async () => {
  workerUrl = await buildParseWorker();
  generated = mkdtempSync(join(tmpdir(), 'tthc-parallel-'));
  const files = generateCatalog({ procedures: 300, seed: 3 });
  writeCatalog(join(generated, 'yaml'), files, 'yaml');
  writeCatalog(join(generated, 'json'), files, 'json');
});

afterAll(() => {
  rmSync(generated, { recursive: true, force: true });
  rmSync(new URL('.', workerUrl), { recursive: true, force: true });
});

describe('parsing files in worker threads', () => {
  const cases: [string, () => RawFile[]][] = [
    ['files full of mistakes (YAML and JSON)', () => readDir(join(FIXTURES, 'mistakes-across-files'))],
    ['a clean catalog split into files', () => readDir(join(FIXTURES, 'clean-multi-file'))],
    ['a generated national catalog in YAML', () => readDir(join(generated, 'yaml'))],
    ['a generated national catalog in JSON', () => readDir(join(generated, 'json'))],
  ];
  for (const [name, files] of cases) {
    it(`gives exactly the per-file results of one thread: ${name}`, async () => {
      const raw = files();
      expect(raw.length).toBeGreaterThan(2);
      const serial = raw.map((f) => parseFile(f.bytes, f.fileName));
      for (const threads of [2, 3]) {
        const parallel = await parseInWorkers(raw, {}, threads, workerUrl);
        expect(parallel).toEqual(serial);
      }
    });
  }

  it('sends each file\'s locations as text, read when first asked for, in the order and with the values of one thread', async () => {
    const raw = readDir(join(generated, 'yaml'));
    const serial = raw.map((f) => parseFile(f.bytes, f.fileName));
    const parallel = await parseInWorkers(raw, {}, 2, workerUrl);
    for (const [i, file] of parallel.entries()) {
      expect(Object.getOwnPropertyDescriptor(file, 'locations')?.get, file.file).toBeDefined();
      expect(Object.keys(file)).toEqual(Object.keys(serial[i]));
      expect(JSON.stringify(file)).toBe(JSON.stringify(serial[i]));
    }
  });

  it('keeps the limits it is given', async () => {
    const raw = readDir(join(FIXTURES, 'clean-multi-file'));
    const limits = { maxFileSize: 200, maxDepth: 3 };
    const serial = raw.map((f) => parseFile(f.bytes, f.fileName, limits));
    expect(serial.some((r) => r.diagnostics.some((d) => d.code === 'FILE_TOO_LARGE'))).toBe(true);
    expect(await parseInWorkers(raw, limits, 2, workerUrl)).toEqual(serial);
  });

  // About 1.5 MB of YAML, which takes far more than 24 MB of heap to parse.
  const huge = (): RawFile => {
    const items = Array.from({ length: 20_000 }, (_, i) => `  - { id: giay-${i}, name: Giấy tờ số ${i}, form: paper }`);
    return { fileName: 'huge.yaml', bytes: new TextEncoder().encode(`documents:\n${items.join('\n')}\n`) };
  };

  it('reports a file whose parse runs out of the worker\'s memory, and parses the others', async () => {
    const others = readDir(join(FIXTURES, 'clean-multi-file'));
    const raw = [...others.slice(0, 1), huge(), ...others.slice(1)];
    const serial = raw.map((f) => parseFile(f.bytes, f.fileName));
    for (const threads of [1, 2]) {
      const parsed = await parseInWorkers(raw, {}, threads, workerUrl, undefined, { maxOldGenerationSizeMb: 24 });
      const size = raw[1].bytes.byteLength;
      expect(parsed[1]).toEqual({
        file: 'huge.yaml',
        data: undefined,
        locations: {},
        diagnostics: [
          {
            code: 'FILE_OUT_OF_MEMORY',
            severity: 'error',
            message: `Parsing this ${(size / 1048576).toFixed(1)} MB file needs more memory than Node may use (24.0 MB).`,
            hint: 'Split the catalog into several files in one directory, or write it as JSON, which takes far less memory to read; or let Node use more memory, e.g. NODE_OPTIONS=--max-old-space-size=8192.',
            location: { file: 'huge.yaml', line: 1, column: 1, path: [] },
            args: { size, limit: 24 * 1048576 },
          },
        ],
      });
      expect(parsed.filter((_, i) => i !== 1), `${threads} thread(s)`).toEqual(serial.filter((_, i) => i !== 1));
    }
    // With the memory it needs, the same file parses as in one thread.
    expect(serial[1].diagnostics).toEqual([]);
    expect(await parseInWorkers([huge()], {}, 1, workerUrl)).toEqual([serial[1]]);
  });

  it('fails with WorkerParseError, not a hang, when the worker cannot run', async () => {
    const raw = readDir(join(FIXTURES, 'clean-multi-file'));
    const missing = new URL('./no-such-worker.mjs', workerUrl);
    await expect(parseInWorkers(raw, {}, 2, missing)).rejects.toBeInstanceOf(WorkerParseError);
  });
});

describe('how many threads parse a catalog', () => {
  const file = (size: number): RawFile => ({ fileName: 'f.yaml', bytes: new Uint8Array(size) });
  it('one for a single file or a small catalog', () => {
    expect(parseThreadCount([file(50 * PARALLEL_MIN_BYTES)])).toBe(1);
    expect(parseThreadCount([file(10), file(10), file(10)])).toBe(1);
  });
  it('several for a large catalog of several files, never more than files', () => {
    const big = [file(PARALLEL_MIN_BYTES), file(PARALLEL_MIN_BYTES)];
    expect(parseThreadCount(big)).toBeGreaterThanOrEqual(1);
    expect(parseThreadCount(big)).toBeLessThanOrEqual(2);
    expect(parseThreadCount(big, 8)).toBe(2);
    expect(parseThreadCount([file(1), file(1), file(1)], 2)).toBe(2);
  });
  it('a worker of its own for a YAML file that may not fit in the memory left, when one thread would parse it', () => {
    const json = (size: number): RawFile => ({ fileName: 'f.json', bytes: new Uint8Array(size) });
    // 1 MB of YAML is counted as 80 MB.
    const left = 80 * 1048576;
    expect(parsedApart([file(1048576 + 1)], 'auto', left)).toBe(true);
    expect(parsedApart([json(10), file(1048576 + 1)], 'auto', left)).toBe(true);
    expect(parsedApart([file(1048576)], 'auto', left)).toBe(false);
    // JSON takes far less memory to parse; several threads already use workers; 1 asks for this thread.
    expect(parsedApart([json(1048576 + 1)], 'auto', left)).toBe(false);
    expect(parsedApart([file(1048576 + 1), file(1048576 + 1)], 'auto', left)).toBe(availableParallelism() === 1);
    expect(parsedApart([file(1048576 + 1)], 1, left)).toBe(false);
    expect(parsedApart([file(1048576 + 1)], 0, left)).toBe(false);
    // The memory left is the calling thread's: a small file fits.
    expect(parsedApart([file(1048576)])).toBe(false);
  });
  it('one when asked for 0 or 1; a bad count is a RangeError', () => {
    expect(parseThreadCount([file(1), file(1)], 0)).toBe(1);
    expect(parseThreadCount([file(1), file(1)], 1)).toBe(1);
    expect(() => parseThreadCount([file(1), file(1)], -1)).toThrow(RangeError);
    expect(() => parseThreadCount([file(1), file(1)], 1.5)).toThrow(RangeError);
  });
});
