import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCatalog, writeCatalog } from '../../bench/generate.mjs';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { buildParseWorker } from './parallel-worker-build.js';

const FIXTURES = relative(process.cwd(), join(import.meta.dirname, 'parallel-fixtures'));
let workerUrl: URL;
let generated: string;

beforeAll(async () => {
  workerUrl = await buildParseWorker();
  generated = mkdtempSync(join(tmpdir(), 'tthc-parallel-load-'));
  const files = generateCatalog({ procedures: 400, seed: 11 });
  writeCatalog(join(generated, 'yaml'), files, 'yaml');
  writeCatalog(join(generated, 'json'), files, 'json');
});

afterAll(() => {
  rmSync(generated, { recursive: true, force: true });
  rmSync(new URL('.', workerUrl), { recursive: true, force: true });
});

describe('loading a catalog with worker threads', () => {
  const dirs = () => [join(FIXTURES, 'mistakes-across-files'), join(FIXTURES, 'clean-multi-file'), join(generated, 'yaml'), join(generated, 'json')];

  it('gives the same catalog, diagnostics, files and locations as one thread', async () => {
    for (const dir of dirs()) {
      for (const strict of [true, false]) {
        const serial = await loadCatalog(dir, { strict, threads: 1 });
        const parallel = await loadCatalog(dir, { strict, threads: 2, workerUrl });
        expect(parallel, `${dir} strict=${strict}`).toEqual(serial);
      }
    }
  });

  it('builds the locations when first read, with worker threads as in one thread, in the same order and with the same values', async () => {
    const dir = join(generated, 'yaml');
    const serial = await loadCatalog(dir, { threads: 1 });
    const parallel = await loadCatalog(dir, { threads: 2, workerUrl });
    expect(Object.getOwnPropertyDescriptor(serial, 'locations')?.get).toBeDefined();
    expect(Object.getOwnPropertyDescriptor(parallel, 'locations')?.get).toBeDefined();
    expect(Object.keys(parallel)).toEqual(Object.keys(serial));
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(serial));
    expect(parallel.locations).toBe(parallel.locations);
  });

  it('finds the mistakes of every file, with positions, whichever thread parsed it', async () => {
    const r = await loadCatalog(join(FIXTURES, 'mistakes-across-files'), { threads: 2, workerUrl });
    const codes = new Set(r.diagnostics.map((d) => d.code));
    for (const code of ['YAML_SYNTAX', 'JSON_SYNTAX', 'DUPLICATE_KEY', 'UNKNOWN_KEY', 'DUPLICATE_ID', 'UNKNOWN_REFERENCE', 'INVALID_DATE']) {
      expect(codes, code).toContain(code);
    }
    // Checks of the whole catalog locate their findings in files parsed by the workers.
    const duplicate = r.diagnostics.find((d) => d.code === 'DUPLICATE_ID' && d.location?.file.endsWith('gl.yaml'));
    expect(duplicate?.location).toMatchObject({ line: 9, column: 11, path: ['documents', 0, 'id'] });
    expect(duplicate?.related?.[0]?.location.file).toMatch(/catalog\.yaml$/);
    expect(r.diagnostics.every((d) => d.location === undefined || d.location.line >= 1)).toBe(true);
  });

  it('keeps the limits, strictness and locations option it is given', async () => {
    const dir = join(generated, 'yaml');
    for (const options of [{ maxFileSize: 4000 }, { maxDepth: 3 }, { locations: false }, { strict: false, maxAliasCount: 1 }]) {
      expect(await loadCatalog(dir, { ...options, threads: 2, workerUrl })).toEqual(await loadCatalog(dir, { ...options, threads: 1 }));
    }
  });

  it('parses in its own thread when the worker cannot start, with the same result', async () => {
    const dir = join(FIXTURES, 'mistakes-across-files');
    const missing = new URL('./no-such-worker.mjs', workerUrl);
    expect(await loadCatalog(dir, { threads: 2, workerUrl: missing })).toEqual(await loadCatalog(dir, { threads: 1 }));
  });
});
