import { createHash } from 'node:crypto';

/**
 * Bump when the shape of a cached load changes, or what a load gives for the same files,
 * so older entries are never read.
 */
export const CACHE_FORMAT_VERSION = 9;

declare const __TTHC_VERSION__: string | undefined;
const VERSION = typeof __TTHC_VERSION__ === 'string' ? __TTHC_VERSION__ : '0.0.0-dev';

/** A catalog file as read from disk: its name as shown in diagnostics, and its raw bytes. */
export interface HashedFile {
  fileName: string;
  bytes: Uint8Array;
}

/**
 * The content key of a load: a SHA-256 over the package and cache-format versions, the
 * settings that change the result (strict mode, limits), and every file's name and content
 * hash in load order. Any change to any file, to the set of files, or to a setting gives a
 * different key, so a cached load is used only for exactly the same input.
 */
export function catalogCacheKey(files: readonly HashedFile[], settings: Record<string, unknown>): string {
  const outer = createHash('sha256');
  outer.update(`tthc-graph ${VERSION} cache ${CACHE_FORMAT_VERSION}\n`);
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
