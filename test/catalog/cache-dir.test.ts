import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliCacheDir } from '../../src/catalog/cache-dir.js';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

describe('the CLI cache folder', () => {
  it('is the user cache folder by default', () => {
    expect(cliCacheDir({ HOME: '/home/an' }, '/w', 'linux')).toBe('/home/an/.cache/tthc-graph');
    expect(cliCacheDir({ HOME: '/home/an', XDG_CACHE_HOME: '/var/cache/an' }, '/w', 'linux')).toBe('/var/cache/an/tthc-graph');
    expect(cliCacheDir({ LOCALAPPDATA: 'C:\\Users\\an\\AppData\\Local' }, 'C:\\w', 'win32')).toMatch(/tthc-graph.Cache$/);
  });

  it('is TTHC_CACHE_DIR when set, relative to the working folder', () => {
    expect(cliCacheDir({ HOME: '/home/an', TTHC_CACHE_DIR: '.tthc-cache' }, '/w', 'linux')).toBe('/w/.tthc-cache');
    expect(cliCacheDir({ TTHC_CACHE_DIR: '/tmp/c' }, '/w', 'linux')).toBe('/tmp/c');
  });

  it('is none with TTHC_NO_CACHE, or without a home to put it in', () => {
    expect(cliCacheDir({ HOME: '/home/an', TTHC_NO_CACHE: '1' }, '/w', 'linux')).toBeUndefined();
    expect(cliCacheDir({ TTHC_CACHE_DIR: '/tmp/c', TTHC_NO_CACHE: 'yes' }, '/w', 'linux')).toBeUndefined();
    expect(cliCacheDir({ HOME: '/home/an', TTHC_NO_CACHE: '0' }, '/w', 'linux')).toBe('/home/an/.cache/tthc-graph');
    expect(cliCacheDir({}, '/w', 'linux')).toBeUndefined();
    expect(cliCacheDir({ HOME: 'relative/home' }, '/w', 'linux')).toBeUndefined();
    expect(cliCacheDir({ XDG_CACHE_HOME: 'rel', HOME: '/h' }, '/w', 'linux')).toBe('/h/.cache/tthc-graph');
  });
});

describe('analysis commands with a cache', () => {
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'tthc-cache-cli-'));
    cpSync(join(import.meta.dirname, 'parallel-fixtures', 'clean-multi-file'), join(work, 'catalog'), { recursive: true });
  });
  afterEach(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('print the same as without it, and fill it', async () => {
    const commands = [
      ['blocked', 'catalog', '--format', 'json'],
      ['count', 'catalog', '--depends-on', 'so-ho-khau', '--format', 'json'],
      ['explain', 'catalog', '1.001193', '--province', 'GL'],
    ];
    for (const argv of commands) {
      const plain = memoryIo({ cwd: work, env: { TTHC_NO_CACHE: '1' } });
      const code = await run(argv, plain);
      for (let i = 0; i < 2; i++) {
        const io = memoryIo({ cwd: work, env: { TTHC_CACHE_DIR: '.cache' } });
        expect(await run(argv, io)).toBe(code);
        expect(io.out()).toBe(plain.out());
        expect(io.err()).toBe(plain.err());
      }
    }
    expect(readdirSync(join(work, '.cache')).filter((n) => n.endsWith('.json'))).toHaveLength(1);
  });
});
