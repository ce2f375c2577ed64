import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CACHE_FORMAT_VERSION } from './cache-key.js';

const MAGIC = 'tthc-graph-cache';

/**
 * A cache entry is one file: a header line, then the payload as JSON with every non-ASCII
 * character escaped. The header holds the content key, the payload's length and SHA-256,
 * so a truncated, edited or half-written entry is recognised and ignored. Pure ASCII lets
 * the payload be decoded as Latin-1, several times faster than UTF-8 for Vietnamese text.
 */
interface Header {
  magic: string;
  format: number;
  key: string;
  length: number;
  sha256: string;
}

/** Where the cache keeps the entry named `name` (a file-name-safe string). */
export function cacheEntryPath(cacheDir: string, name: string): string {
  return join(cacheDir, `${name}.json`);
}

/**
 * Reads the payload stored under `key`, or undefined when the entry is missing, was written
 * for another key, or is damaged in any way. Never throws for a bad entry.
 */
export function readCacheEntry(path: string, key: string): unknown {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  try {
    const eol = bytes.indexOf(10);
    if (eol < 0 || eol > 4096) return undefined;
    const header = JSON.parse(bytes.toString('latin1', 0, eol)) as Partial<Header>;
    if (header.magic !== MAGIC || header.format !== CACHE_FORMAT_VERSION || header.key !== key) return undefined;
    const payload = bytes.subarray(eol + 1);
    if (payload.byteLength !== header.length) return undefined;
    if (createHash('sha256').update(payload).digest('hex') !== header.sha256) return undefined;
    return JSON.parse(payload.toString('latin1'));
  } catch {
    return undefined;
  }
}

/**
 * Stores `payload` under `key`, atomically: the entry is written to a temporary file in the
 * same folder and renamed over the old one, so a concurrent reader sees either the old entry
 * or the new one, never a mix. Returns false (and leaves no temporary file) when the cache
 * folder cannot be written; a cache that cannot be written is not an error of the load.
 */
export function writeCacheEntry(path: string, key: string, payload: unknown): boolean {
  const json = asciiJson(payload);
  if (json === undefined) return false;
  const body = Buffer.from(json, 'latin1');
  const header: Header = {
    magic: MAGIC,
    format: CACHE_FORMAT_VERSION,
    key,
    length: body.byteLength,
    sha256: createHash('sha256').update(body).digest('hex'),
  };
  const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'latin1'), body]));
    renameSync(tmp, path);
    return true;
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Nothing more to clean up.
    }
    return false;
  }
}

/**
 * JSON.stringify with every character outside printable ASCII written as a \u escape; or
 * undefined when JSON cannot hold the value exactly (Infinity, NaN, -0, a hole in a list),
 * so that a cached value always reads back equal to the one stored.
 */
export function asciiJson(value: unknown): string | undefined {
  let exact = true;
  let text: string | undefined;
  try {
    text = JSON.stringify(value, function (this: unknown, _key, v: unknown) {
      if (typeof v === 'number' ? !Number.isFinite(v) || Object.is(v, -0) : v === undefined && Array.isArray(this)) exact = false;
      return v;
    });
  } catch {
    return undefined;
  }
  if (!exact || text === undefined) return undefined;
  return text.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
