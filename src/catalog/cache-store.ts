import { createHash, randomBytes } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CACHE_FORMAT_VERSION } from './cache-key.js';

const MAGIC = 'tthc-graph-cache';

/**
 * A cache entry is one file: a header line, then one or more sections, each a JSON value
 * with every non-ASCII character escaped. The header holds the content key, the length of
 * each section and a SHA-256 over the key, the lengths and the sections, so a truncated,
 * edited or half-written entry is recognised and ignored. Pure ASCII lets a section be decoded as Latin-1, several times
 * faster than UTF-8 for Vietnamese text. Sections are parsed only when asked for, so a large
 * part that is rarely needed costs little until it is.
 */
interface Header {
  magic: string;
  format: number;
  key: string;
  lengths: number[];
  sha256: string;
}

/** A cache entry whose checksum matched: its sections, each parsed on first use. */
export interface CacheEntry {
  readonly sections: number;
  section(index: number): unknown;
}

/** Where the cache keeps the entry named `name` (a file-name-safe string). */
export function cacheEntryPath(cacheDir: string, name: string): string {
  return join(cacheDir, `${name}.json`);
}

/** How much of an entry is read at a time. */
const CHUNK_BYTES = 1024 * 1024;
/** The header line is at most this long. */
const MAX_HEADER = 4096;

/**
 * Reads the entry stored under `key`, or undefined when it is missing, was written for
 * another key, or is damaged in any way. Never throws for a bad entry.
 *
 * The file is read a chunk at a time into one small buffer, hashed as it goes, and each
 * section kept on its own (the first as text, later ones as bytes): the whole file is never
 * held, and no memory as large as it is touched for the first time.
 */
export function readCacheEntry(path: string, key: string, chunkBytes = CHUNK_BYTES): CacheEntry | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  let slices: (string | Buffer | undefined)[] | undefined;
  try {
    slices = readSections(fd, key, chunkBytes);
  } catch {
    slices = undefined;
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Closing a file only read cannot lose anything.
    }
  }
  if (slices === undefined) return undefined;
  const parsed: unknown[] = [];
  const kept = slices;
  return {
    sections: kept.length,
    section(index: number): unknown {
      if (!(index in parsed)) {
        const slice = kept[index];
        if (slice === undefined) throw new RangeError(`The cache entry has no section ${index}.`);
        parsed[index] = JSON.parse(typeof slice === 'string' ? slice : slice.toString('latin1'));
        kept[index] = undefined;
      }
      return parsed[index];
    },
  };
}

/** The sections of the entry open as `fd` when its header and checksum hold for `key`. */
function readSections(fd: number, key: string, chunkBytes: number): (string | Buffer)[] | undefined {
  const size = fstatSync(fd).size;
  const head = Buffer.alloc(Math.min(size, MAX_HEADER + 1));
  const headBytes = readFully(fd, head, 0);
  const eol = head.subarray(0, headBytes).indexOf(10);
  if (eol < 0) return undefined;
  const header = JSON.parse(head.toString('latin1', 0, eol)) as Partial<Header>;
  if (header.magic !== MAGIC || header.format !== CACHE_FORMAT_VERSION || header.key !== key) return undefined;
  const lengths = header.lengths;
  if (!Array.isArray(lengths) || !lengths.every((n) => Number.isSafeInteger(n) && n > 0)) return undefined;
  const bodyBytes = size - (eol + 1);
  if (bodyBytes !== lengths.reduce((a, b) => a + b, 0)) return undefined;
  const hash = checksumStart(key, lengths);
  // The first section is decoded piece by piece; later ones are copied out, so that a section
  // that may never be asked for holds no string.
  const pieces: string[] = [];
  const rest = lengths.map((n, i) => (i === 0 ? undefined : Buffer.allocUnsafe(n)));
  const chunk = Buffer.allocUnsafe(Math.max(1, Math.min(chunkBytes, bodyBytes)));
  let at = 0;
  let section = 0;
  let sectionStart = 0;
  while (at < bodyBytes) {
    const read = readSync(fd, chunk, 0, Math.min(chunk.length, bodyBytes - at), eol + 1 + at);
    if (read === 0) return undefined;
    const piece = chunk.subarray(0, read);
    hash.update(piece);
    let from = 0;
    while (from < read) {
      const take = Math.min(read - from, sectionStart + lengths[section] - (at + from));
      if (section === 0) pieces.push(piece.toString('latin1', from, from + take));
      else piece.copy(rest[section]!, at + from - sectionStart, from, from + take);
      from += take;
      if (at + from === sectionStart + lengths[section]) {
        sectionStart += lengths[section];
        section++;
      }
    }
    at += read;
  }
  // A file that grew while it was read is not the one the header describes.
  if (readSync(fd, chunk, 0, 1, eol + 1 + at) !== 0) return undefined;
  if (hash.digest('hex') !== header.sha256) return undefined;
  return lengths.map((_, i) => (i === 0 ? pieces.join('') : rest[i]!));
}

/** Reads into `buffer` from `position` until it is full or the file ends; the bytes read. */
function readFully(fd: number, buffer: Buffer, position: number): number {
  let at = 0;
  while (at < buffer.length) {
    const read = readSync(fd, buffer, at, buffer.length - at, position + at);
    if (read === 0) break;
    at += read;
  }
  return at;
}

/**
 * Stores `sections` under `key`, atomically: the entry is written to a temporary file in the
 * same folder and renamed over the old one, so a concurrent reader sees either the old entry
 * or the new one, never a mix. Returns false (and leaves no temporary file) when the cache
 * folder cannot be written or a value cannot be stored exactly; a cache that cannot be
 * written is not an error of the load.
 */
export function writeCacheEntry(path: string, key: string, sections: readonly unknown[]): boolean {
  const bodies: Buffer[] = [];
  for (const value of sections) {
    const json = asciiJson(value);
    if (json === undefined) return false;
    bodies.push(Buffer.from(json, 'latin1'));
  }
  const lengths = bodies.map((b) => b.byteLength);
  const header: Header = { magic: MAGIC, format: CACHE_FORMAT_VERSION, key, lengths, sha256: checksum(key, lengths, bodies) };
  const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    makeFolders(dirname(path));
    writeFileSync(tmp, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'latin1'), ...bodies]));
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
 * mkdir -p, a level at a time: Node 20's `mkdirSync(…, { recursive: true })` loops forever
 * on some paths it cannot create (`/proc/nope`). Throws on the first level that cannot be
 * made.
 */
export function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let at = resolve(dir); !existsSync(at); at = dirname(at)) {
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (e) {
      // Made meanwhile by a concurrent run: as good.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

/** The SHA-256 of the key, the section lengths and the sections: any change to any of them shows. */
function checksum(key: string, lengths: number[], bodies: Uint8Array[]): string {
  const hash = checksumStart(key, lengths);
  for (const b of bodies) hash.update(b);
  return hash.digest('hex');
}

/** The checksum's hash, fed the key and the lengths; the sections follow. */
function checksumStart(key: string, lengths: number[]): Hash {
  return createHash('sha256').update(`${key}\n${lengths.join(',')}\n`);
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
