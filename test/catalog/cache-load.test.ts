import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decodeLocations, encodeLocations } from '../../src/catalog/cache-locations.js';
import type { StoredLocations } from '../../src/catalog/cache-locations.js';
import { loadThroughCache } from '../../src/catalog/cache-load.js';
import { readCacheEntry, writeCacheEntry } from '../../src/catalog/cache-store.js';
import { outOfMemory } from '../../src/catalog/decode-source.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import type { LoadResult } from '../../src/catalog/load-types.js';
import { buildForNode } from './parallel-worker-build.js';

const FIXTURES = join(import.meta.dirname, 'parallel-fixtures');
let work: string;
let cacheDir: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'tthc-cache-load-'));
  cacheDir = join(work, 'cache');
  cpSync(join(FIXTURES, 'clean-multi-file'), join(work, 'clean'), { recursive: true });
  cpSync(join(FIXTURES, 'mistakes-across-files'), join(work, 'mistakes'), { recursive: true });
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

const fresh = (dir: string, strict = true) => loadCatalog(dir, { strict, threads: 1 });
const cached = (dir: string, strict = true) => loadCatalog(dir, { strict, threads: 1, cacheDir });

/** The only entry in the cache folder, and the content key in its header. */
function theEntry(): { path: string; key: string } {
  const names = readdirSync(cacheDir);
  expect(names).toHaveLength(1);
  const path = join(cacheDir, names[0]);
  const bytes = readFileSync(path);
  const header = JSON.parse(bytes.toString('latin1', 0, bytes.indexOf(10))) as { key: string };
  return { path, key: header.key };
}

/** Replaces the stored result with a recognisable one under the same key: a later load that returns it was served by the cache. */
function plantMarker(): LoadResult {
  const { path, key } = theEntry();
  const entry = readCacheEntry(path, key)!;
  const rest = entry.section(0) as Omit<LoadResult, 'locations'>;
  const locations = decodeLocations(entry.section(1) as StoredLocations);
  rest.catalog.catalog = { name: 'served from the cache' };
  expect(writeCacheEntry(path, key, [rest, encodeLocations(locations)])).toBe(true);
  return { ...rest, locations };
}

describe('loading through the cache', () => {
  it('gives exactly the fresh result, on the first load and on repeat loads', async () => {
    for (const name of ['clean', 'mistakes']) {
      const dir = join(work, name);
      for (const strict of [true, false]) {
        const expected = await fresh(dir, strict);
        expect(await cached(dir, strict)).toEqual(expected);
        expect(await cached(dir, strict)).toEqual(expected);
      }
    }
    const mistakes = await cached(join(work, 'mistakes'));
    expect(mistakes.ok).toBe(false);
    expect(mistakes.diagnostics.find((d) => d.code === 'DUPLICATE_ID')?.location?.line).toBeGreaterThan(1);
  });

  it('serves a repeat load from the cache', async () => {
    const dir = join(work, 'clean');
    await cached(dir);
    const marker = plantMarker();
    expect(await cached(dir)).toEqual(marker);
  });

  it('is not used by a load without cacheDir', async () => {
    const dir = join(work, 'clean');
    await cached(dir);
    plantMarker();
    expect((await fresh(dir)).catalog.catalog?.name).toBe('clean multi-file');
  });

  const changes: [string, (dir: string) => void][] = [
    ['one byte of a file changes', (dir) => {
      const f = join(dir, 'catalog.yaml');
      writeFileSync(f, readFileSync(f, 'utf8').replace('cutoff: 2023-01-01', 'cutoff: 2023-01-02'));
    }],
    ['a file is added', (dir) => writeFileSync(join(dir, 'procedures', 'extra.yaml'), 'procedures:\n  - { code: "9.000001", name: Thêm, level: [xa] }\n')],
    ['a file is removed', (dir) => rmSync(join(dir, 'procedures', 'cu-tru.json'))],
    ['a file is renamed', (dir) => renameSync(join(dir, 'procedures', 'ho-tich.yaml'), join(dir, 'procedures', 'a-ho-tich.yaml'))],
    ['a file is replaced by one of the same size', (dir) => {
      const f = join(dir, 'procedures', 'ho-tich.yaml');
      writeFileSync(f, readFileSync(f, 'utf8').replace('Đăng ký khai sinh', 'Đăng ký khai tử'));
    }],
    ['a file becomes broken', (dir) => writeFileSync(join(dir, 'procedures', 'ho-tich.yaml'), 'procedures: [\n')],
  ];
  for (const [name, change] of changes) {
    it(`is never stale: ${name}`, async () => {
      const dir = join(work, 'clean');
      await cached(dir);
      const marker = plantMarker();
      change(dir);
      const after = await cached(dir);
      expect(after).not.toEqual(marker);
      expect(after).toEqual(await fresh(dir));
      expect(await cached(dir)).toEqual(await fresh(dir));
    });
  }

  it('keeps a load of one folder by a relative path and by an absolute one apart, each served from the cache in turn', async () => {
    // A load is served from the cache when nothing is parsed.
    const load = async (path: string, cwd?: string) => {
      const phases = new Set<string>();
      const result = await loadCatalog(path, { threads: 1, cacheDir, cwd, onProgress: (e) => phases.add(e.phase) });
      return { result, parsed: phases.has('parse') };
    };
    const relative = () => load('clean', work);
    const absolute = () => load(join(work, 'clean'));
    expect((await relative()).parsed).toBe(true);
    expect((await absolute()).parsed).toBe(true);
    expect(readdirSync(cacheDir)).toHaveLength(2);
    for (let turn = 0; turn < 2; turn++) {
      const r = await relative();
      expect(r.parsed).toBe(false);
      expect(r.result).toEqual(await loadCatalog('clean', { threads: 1, cwd: work }));
      const a = await absolute();
      expect(a.parsed).toBe(false);
      expect(a.result).toEqual(await fresh(join(work, 'clean')));
    }
    expect(readdirSync(cacheDir)).toHaveLength(2);
  });

  it('keeps results of other settings apart', async () => {
    const dir = join(work, 'mistakes');
    await cached(dir, true);
    const lenient = await cached(dir, false);
    expect(lenient).toEqual(await fresh(dir, false));
    expect(lenient).not.toEqual(await fresh(dir, true));
    expect(await loadCatalog(dir, { cacheDir, threads: 1, maxDepth: 2 })).toEqual(await loadCatalog(dir, { threads: 1, maxDepth: 2 }));
  });

  const damages: [string, (path: string) => void][] = [
    ['truncated', (p) => writeFileSync(p, readFileSync(p).subarray(0, 100))],
    ['emptied', (p) => writeFileSync(p, '')],
    ['overwritten with garbage', (p) => writeFileSync(p, 'garbage\n{"catalog": 1}')],
    ['one digit changed', (p) => {
      const b = readFileSync(p);
      const at = b.indexOf('2023', b.indexOf(10));
      b[at + 3] = '4'.charCodeAt(0);
      writeFileSync(p, b);
    }],
    ['replaced by a folder', (p) => {
      rmSync(p);
      mkdirSync(p);
    }],
  ];
  for (const [name, damage] of damages) {
    it(`ignores a damaged entry and rebuilds it: ${name}`, async () => {
      const dir = join(work, 'clean');
      await cached(dir);
      damage(theEntry().path);
      const expected = await fresh(dir);
      expect(await cached(dir)).toEqual(expected);
      if (name !== 'replaced by a folder') {
        const marker = plantMarker();
        expect(await cached(dir)).toEqual(marker);
      }
    });
  }

  it('still loads when the cache folder cannot be written', async () => {
    const dir = join(work, 'clean');
    writeFileSync(join(work, 'not-a-folder'), '');
    expect(await loadCatalog(dir, { threads: 1, cacheDir: join(work, 'not-a-folder', 'cache') })).toEqual(await fresh(dir));
  });

  it('does not keep a load in which a file ran out of memory, which another run may not', async () => {
    const dir = join(work, 'clean');
    const files = [{ fileName: join(dir, 'catalog.yaml'), bytes: readFileSync(join(dir, 'catalog.yaml')) }];
    const clean = await fresh(dir);
    const failed: LoadResult = { ...clean, ok: false, diagnostics: [outOfMemory(files[0].fileName, files[0].bytes.byteLength, 2 ** 31)] };
    expect(await loadThroughCache(cacheDir, dir, dir, files, {}, () => failed)).toBe(failed);
    expect(existsSync(cacheDir) ? readdirSync(cacheDir) : []).toEqual([]);
    // The next run, with the memory it needs, loads again, and its result is kept and served.
    let loads = 0;
    const load = () => (loads++, clean);
    expect(await loadThroughCache(cacheDir, dir, dir, files, {}, load)).toBe(clean);
    expect(await loadThroughCache(cacheDir, dir, dir, files, {}, load)).toEqual(clean);
    expect(loads).toBe(1);
  });

  it('does not cache a result JSON cannot hold exactly', async () => {
    const dir = join(work, 'odd');
    mkdirSync(dir);
    writeFileSync(join(dir, 'catalog.yaml'), 'catalog:\n  name: odd\n  reported:\n    - { claim: Không giới hạn, value: .inf }\n    - { claim: Âm không, value: -0 }\n');
    const first = await cached(dir);
    expect(first.catalog.catalog?.reported?.[0].value).toBe(Infinity);
    expect(Object.is(first.catalog.catalog?.reported?.[1].value, -0)).toBe(true);
    expect(await cached(dir)).toEqual(first);
    expect(existsSync(cacheDir) ? readdirSync(cacheDir) : []).toEqual([]);
  });
});

describe('concurrent runs sharing a cache', () => {
  let runner: URL;
  beforeAll(async () => {
    runner = await buildForNode('cache-race-runner', 'test/catalog/cache-race-runner.ts');
  });
  afterAll(() => {
    rmSync(new URL('.', runner), { recursive: true, force: true });
  });

  const hash = (r: LoadResult) => createHash('sha256').update(JSON.stringify(r)).digest('hex');
  const runChild = (path: string, times: number) =>
    new Promise<string[]>((resolve, reject) => {
      const child = spawn(process.execPath, [fileURLToPath(runner), path, cacheDir, String(times)], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve(out.trim().split('\n')) : reject(new Error(`runner exit ${code}`))));
    });

  it('always give a fresh result while the catalog file is swapped between two versions', async () => {
    const dir = join(work, 'swap');
    mkdirSync(dir);
    const file = join(dir, 'catalog.yaml');
    const base = readFileSync(join(FIXTURES, 'clean-multi-file', 'catalog.yaml'), 'utf8');
    const versions = [base, base.replace('cutoff: 2023-01-01', 'cutoff: 2022-06-30')];
    const expected = new Set<string>();
    for (const v of versions) {
      writeFileSync(file, v);
      expected.add(hash(await fresh(file)));
    }
    expect(expected.size).toBe(2);
    let flips = 0;
    let stop = false;
    const flipper = (async () => {
      while (!stop) {
        const tmp = `${file}.${flips}.tmp`;
        writeFileSync(tmp, versions[flips++ % 2]);
        renameSync(tmp, file);
        await new Promise((r) => setTimeout(r, 3));
      }
    })();
    const results = (await Promise.all([runChild(file, 12), runChild(file, 12), runChild(file, 12)])).flat();
    stop = true;
    await flipper;
    expect(results).toHaveLength(36);
    for (const r of results) expect(expected).toContain(r);
    expect(readdirSync(cacheDir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
