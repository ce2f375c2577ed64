import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asciiJson, cacheEntryPath, makeFolders, readCacheEntry, writeCacheEntry } from '../../src/catalog/cache-store.js';

const put = (path: string, key: string, value: unknown) => writeCacheEntry(path, key, [value]);
const get = (path: string, key: string) => readCacheEntry(path, key)?.section(0);
import { CACHE_FORMAT_VERSION, cacheCodeIdentity, catalogCacheKey, stableJson } from '../../src/catalog/cache-key.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tthc-cache-store-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const hasNegativeZero = (v: unknown): boolean =>
  Object.is(v, -0) || (typeof v === 'object' && v !== null && Object.values(v).some(hasNegativeZero));

const payload = {
  catalog: { name: 'Sổ hộ khẩu — Đăng ký khai sinh', emoji: '😀', separators: '\u2028\u2029', nul: '\u0000', del: '\u007f' },
  list: [1, 2.5, 0, null, true, 'NĐ-CP', 1e21, 5e-324],
};

describe('cache entries', () => {
  it('give back exactly what was stored, for the same key', () => {
    const path = cacheEntryPath(dir, 'entry');
    expect(put(path, 'k1', payload)).toBe(true);
    expect(get(path, 'k1')).toEqual(JSON.parse(JSON.stringify(payload)));
  });

  it('round-trip any JSON value, whatever characters it holds', () => {
    const path = cacheEntryPath(dir, 'prop');
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const stored = put(path, 'k', value);
        expect(stored).toBe(!hasNegativeZero(value));
        if (stored) expect(get(path, 'k')).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 200 },
    );
  });

  it('are not written for values JSON would change', () => {
    const path = cacheEntryPath(dir, 'odd');
    for (const odd of [{ n: Infinity }, { n: -Infinity }, { n: NaN }, { n: -0 }, [1, undefined, 2], { b: BigInt(1) }]) {
      expect(put(path, 'k', odd)).toBe(false);
    }
    expect(readdirSync(dir)).toEqual([]);
    expect(put(path, 'k', { skipped: undefined, zero: 0 })).toBe(true);
    expect(get(path, 'k')).toEqual({ zero: 0 });
  });

  it('hold several sections, each parsed when first asked for', () => {
    const path = cacheEntryPath(dir, 'sections');
    expect(writeCacheEntry(path, 'k', [{ a: 1 }, ['hai', 'ba'], 'bốn'])).toBe(true);
    const entry = readCacheEntry(path, 'k')!;
    expect(entry.sections).toBe(3);
    expect(entry.section(2)).toBe('bốn');
    expect(entry.section(0)).toEqual({ a: 1 });
    expect(entry.section(1)).toEqual(['hai', 'ba']);
    expect(entry.section(1)).toBe(entry.section(1));
    expect(() => entry.section(3)).toThrow(RangeError);
  });

  it('read the same whatever size of piece the file is read in', () => {
    const path = cacheEntryPath(dir, 'pieces');
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 64 }), (values, chunk) => {
        fc.pre(!values.some(hasNegativeZero));
        expect(writeCacheEntry(path, 'k', values)).toBe(true);
        const entry = readCacheEntry(path, 'k', chunk)!;
        expect(entry.sections).toBe(values.length);
        // Later sections first: each is read on its own.
        for (let i = values.length - 1; i >= 0; i--) expect(entry.section(i)).toEqual(JSON.parse(JSON.stringify(values[i])));
      }),
      { numRuns: 200 },
    );
  });

  it('with no section read back as an entry of none', () => {
    const path = cacheEntryPath(dir, 'none');
    expect(writeCacheEntry(path, 'k', [])).toBe(true);
    expect(readCacheEntry(path, 'k')?.sections).toBe(0);
  });

  it('are stored as pure ASCII', () => {
    const path = cacheEntryPath(dir, 'ascii');
    put(path, 'k', payload);
    const bytes = readFileSync(path);
    expect(bytes.every((b) => b < 0x80)).toBe(true);
    expect(asciiJson('đ')).toBe('"\\u0111"');
  });

  it('are not read under another key', () => {
    const path = cacheEntryPath(dir, 'entry');
    put(path, 'k1', payload);
    expect(get(path, 'k2')).toBeUndefined();
  });

  it('are missing when nothing was stored', () => {
    expect(get(cacheEntryPath(dir, 'none'), 'k')).toBeUndefined();
  });

  it('leave no temporary file behind', () => {
    const path = cacheEntryPath(dir, 'entry');
    put(path, 'k1', payload);
    put(path, 'k2', { other: true });
    expect(readdirSync(dir)).toEqual(['entry.json']);
    expect(get(path, 'k2')).toEqual({ other: true });
  });

  it('report a folder that cannot be written, without throwing or leaving files', () => {
    writeFileSync(join(dir, 'plain-file'), 'not a folder');
    const path = cacheEntryPath(join(dir, 'plain-file', 'sub'), 'entry');
    expect(put(path, 'k', payload)).toBe(false);
    expect(readdirSync(dir)).toEqual(['plain-file']);
  });
});

describe('cache folders', () => {
  it('are made a level at a time, and a folder that cannot be made is no cache rather than a hang', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-folders-'));
    try {
      makeFolders(join(dir, 'a', 'b', 'c'));
      expect(statSync(join(dir, 'a', 'b', 'c')).isDirectory()).toBe(true);
      makeFolders(join(dir, 'a', 'b', 'c'));
      writeFileSync(join(dir, 'file'), 'x');
      expect(() => makeFolders(join(dir, 'file', 'sub'))).toThrow();
      expect(writeCacheEntry(join(dir, 'file', 'sub', 'entry'), 'k', [1])).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Node 20's recursive mkdir never returns on this path.
    if (existsSync('/proc/self')) expect(writeCacheEntry('/proc/nope/tthc/entry', 'k', [1])).toBe(false);
  });
});

describe('damaged cache entries are ignored, never trusted', () => {
  const damages: [string, (bytes: Buffer) => Buffer | string][] = [
    ['empty file', () => ''],
    ['garbage', () => 'this is not a cache entry'],
    ['header only', (b) => b.subarray(0, b.indexOf(10) + 1)],
    ['truncated payload', (b) => b.subarray(0, b.length - 7)],
    ['extra bytes appended', (b) => Buffer.concat([b, Buffer.from(' ')])],
    ['one payload byte changed, still valid JSON', (b) => {
      const copy = Buffer.from(b);
      const at = copy.indexOf('2.5', copy.indexOf(10));
      copy[at] = '3'.charCodeAt(0);
      return copy;
    }],
    ['header edited', (b) => Buffer.from(b.toString('latin1').replace(/"format":\d+/, '"format":99'), 'latin1')],
    ['section lengths edited', (b) => Buffer.from(b.toString('latin1').replace(/"lengths":\[(\d+),(\d+)\]/, (_m, n, m) => `"lengths":[${Number(n) - 2},${Number(m) + 2}]`), 'latin1')],
    ['header not JSON', (b) => Buffer.concat([Buffer.from('{oops\n'), b.subarray(b.indexOf(10) + 1)])],
    ['non-ASCII bytes', (b) => Buffer.concat([b.subarray(0, b.indexOf(10) + 1), Buffer.from('đđđ')])],
    ['binary noise', () => Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37) % 256))],
  ];
  for (const [name, damage] of damages) {
    it(name, () => {
      const path = cacheEntryPath(dir, 'entry');
      writeCacheEntry(path, 'k', [payload, ['more']]);
      writeFileSync(path, damage(readFileSync(path)));
      for (const chunk of [1, 5, 64, undefined]) expect(readCacheEntry(path, 'k', chunk)).toBeUndefined();
    });
  }

  it('a folder where the entry should be', () => {
    const path = cacheEntryPath(dir, 'entry');
    mkdirSync(path);
    expect(get(path, 'k')).toBeUndefined();
    expect(put(path, 'k', payload)).toBe(false);
  });
});

describe('cache keys', () => {
  const file = (fileName: string, text: string) => ({ fileName, bytes: Buffer.from(text) });
  const base = [file('a.yaml', 'documents: []\n'), file('b.yaml', 'procedures: []\n')];

  it('are the same for the same files and settings', () => {
    expect(catalogCacheKey(base, { strict: true })).toBe(catalogCacheKey([...base], { strict: true }));
  });

  it('change with any byte of any file, a file name, the file set, the order, or a setting', () => {
    const key = catalogCacheKey(base, { strict: true });
    const variants = [
      catalogCacheKey([file('a.yaml', 'documents: [] \n'), base[1]], { strict: true }),
      catalogCacheKey([base[0], file('c.yaml', 'procedures: []\n')], { strict: true }),
      catalogCacheKey([base[0]], { strict: true }),
      catalogCacheKey([...base, file('c.yaml', '')], { strict: true }),
      catalogCacheKey([base[1], base[0]], { strict: true }),
      catalogCacheKey(base, { strict: false }),
      catalogCacheKey(base, { strict: true, maxDepth: 10 }),
    ];
    for (const v of variants) expect(v).not.toBe(key);
    expect(new Set(variants).size).toBe(variants.length);
  });

  it('do not confuse where one file ends and the next begins', () => {
    const a = catalogCacheKey([file('a.yaml', 'xy'), file('b.yaml', 'z')], {});
    const b = catalogCacheKey([file('a.yaml', 'x'), file('b.yaml', 'yz')], {});
    expect(a).not.toBe(b);
  });

  it('name the code that reads the files: the cache format, the yaml and ajv installed, the Unicode tables', () => {
    const installed = (name: string) => (JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    const identity = cacheCodeIdentity();
    expect(identity).toContain(`cache ${CACHE_FORMAT_VERSION} `);
    expect(identity).toContain(`yaml ${installed('yaml')} `);
    expect(identity).toContain(`ajv ${installed('ajv')} `);
    expect(identity).toMatch(new RegExp(`unicode ${(process.versions.unicode ?? 'unknown').replace(/\./g, '\\.')}$`));
    // Run from the sources, the build's digest is not known.
    expect(identity).toMatch(/^tthc-graph \S+ sources source /);
  });

  it('ignore the order of setting keys', () => {
    expect(stableJson({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe(stableJson({ a: [1, { c: 3, d: 2 }], b: 1 }));
  });
});
