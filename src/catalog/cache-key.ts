import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { SOURCES, VERSION } from '../util/build-info.js';

/** Bump when the shape of a cached load changes, so older entries are never read. */
export const CACHE_FORMAT_VERSION = 9;

let identity: string | undefined;

/**
 * What the code that makes a load is: the package version, the digest of the sources it was
 * built from, the cache format, the versions of yaml and ajv installed beside it, which
 * read and check the files (they are not bundled, and can be updated without a rebuild),
 * and the Unicode version of the runtime, whose tables decide what NFC makes of a string.
 * A cached load is used only by the same code that made it.
 */
export function cacheCodeIdentity(): string {
  if (identity === undefined) {
    const require = createRequire(import.meta.url);
    const version = (name: string): string => {
      try {
        return String((require(`${name}/package.json`) as { version?: unknown }).version);
      } catch {
        return 'unknown';
      }
    };
    identity = `tthc-graph ${VERSION} sources ${SOURCES} cache ${CACHE_FORMAT_VERSION} yaml ${version('yaml')} ajv ${version('ajv')} unicode ${process.versions.unicode ?? 'unknown'}`;
  }
  return identity;
}

/** A catalog file as read from disk: its name as shown in diagnostics, and its raw bytes. */
export interface HashedFile {
  fileName: string;
  bytes: Uint8Array;
}

/**
 * The content key of a load: a SHA-256 over the code that makes it (`cacheCodeIdentity`),
 * the settings that change the result (strict mode, limits), and every file's name and
 * content hash in load order. Any change to any file, to the set of files, to a setting or
 * to the code gives a different key, so a cached load is used only for exactly the same
 * input read by the same code.
 */
export function catalogCacheKey(files: readonly HashedFile[], settings: Record<string, unknown>): string {
  const outer = createHash('sha256');
  outer.update(`${cacheCodeIdentity()}\n`);
  outer.update(`${stableJson(settings)}\n`);
  for (const f of files) {
    const inner = createHash('sha256').update(f.bytes).digest('hex');
    outer.update(`${JSON.stringify(f.fileName)} ${f.bytes.byteLength} ${inner}\n`);
  }
  return outer.digest('hex');
}

/** A short, file-name-safe hash of any JSON-like value (used to name cache entries). */
export function shortHash(value: unknown): string {
  return createHash('sha256').update(stableJson(value)).digest('hex').slice(0, 24);
}

/** JSON with object keys sorted, so equal settings always hash the same. */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
}
