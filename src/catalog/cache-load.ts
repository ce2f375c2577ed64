import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import { defineLazy } from '../util/lazy-property.js';
import { catalogCacheKey, shortHash } from './cache-key.js';
import { decodeLocations, encodeLocations } from './cache-locations.js';
import type { StoredLocations } from './cache-locations.js';
import { cacheEntryPath, readCacheEntry, writeCacheEntry } from './cache-store.js';
import type { LoadOptions, LoadResult } from './load-types.js';
import { DEFAULT_LIMITS } from './load-types.js';
import type { LoadProgress } from './load-progress.js';
import { parseSources } from './parallel-load.js';
import type { ParallelOptions, RawFile } from './parallel-parse.js';
import { combineFiles } from './parse-catalog.js';
import type { ParsedSource } from './parse-file.js';
import { SECTIONS } from './types.js';

/** Options of `loadCatalog`, which reads files: those of `parseCatalogFiles`, plus how to read fast. */
export interface LoadCatalogOptions extends LoadOptions, ParallelOptions {
  /**
   * A folder for the cache of loaded catalogs (created when missing; off by default). A
   * repeat load of the same files with the same options is read from it instead of being
   * parsed again; any change to any file is noticed by its content hash, so the cache is
   * never stale. Damaged or half-written entries are ignored and rebuilt.
   */
  cacheDir?: string;
  /**
   * Called as loading goes on: files read, files parsed, the checks of the whole catalog
   * (see `LoadProgressEvent`). Nothing is counted without it.
   */
  onProgress?: LoadProgress;
}

/** A catalog file after reading: its bytes, or the diagnostic of why it could not be read. */
export type ReadFile = RawFile | { fileName: string; failure: ParsedSource };

/**
 * Parses the files `loadCatalog` read (in parallel when worth it) and merges them, through
 * the cache when `cacheDir` is given and every file could be read.
 */
export async function loadReadFiles(
  catalogPath: string,
  shownPath: string,
  read: readonly ReadFile[],
  options: LoadCatalogOptions,
  extra: Diagnostic[],
): Promise<LoadResult> {
  const strict = options.strict ?? true;
  const fileOptions = {
    maxFileSize: options.maxFileSize ?? DEFAULT_LIMITS.maxFileSize,
    maxDepth: options.maxDepth ?? DEFAULT_LIMITS.maxDepth,
    maxAliasCount: options.maxAliasCount ?? DEFAULT_LIMITS.maxAliasCount,
    locations: options.locations ?? true,
  };
  const readable = read.filter((r): r is RawFile => 'bytes' in r);
  const build = async () => {
    const parsed = await parseSources(readable, fileOptions, options, options.onProgress);
    let next = 0;
    return combineFiles(read.map((r) => ('bytes' in r ? parsed[next++] : r.failure)), strict, extra, options.onProgress);
  };
  if (options.cacheDir === undefined || extra.length > 0 || readable.length < read.length) return build();
  options.onProgress?.({ phase: 'cache', done: 0, total: 0, bytes: 0, totalBytes: 0 });
  return loadThroughCache(options.cacheDir, catalogPath, shownPath, readable, { strict, ...fileOptions }, build);
}

/**
 * A load through the cache. The entry for a catalog path (and settings) holds the last load
 * of it with the content key of its files; it is used only when the key of the files read
 * now is the same, so it is never stale. Anything else (no entry, another key, a damaged
 * entry) runs `load` and stores its result, replacing the entry atomically, unless a file
 * ran out of memory (`FILE_OUT_OF_MEMORY`), which another run may not. The path as
 * given (`shownPath`), which the files' names in the result start with, names the entry
 * too: loads of one folder by a relative and by an absolute path keep an entry each, rather
 * than replacing each other's.
 *
 * The entity locations, as large as the catalog itself and needed only to point at an
 * entity, are stored as a section of their own and parsed the first time
 * `result.locations` is read.
 */
export async function loadThroughCache(
  cacheDir: string,
  catalogPath: string,
  shownPath: string,
  files: readonly RawFile[],
  settings: Record<string, unknown>,
  load: () => Promise<LoadResult> | LoadResult,
): Promise<LoadResult> {
  const key = catalogCacheKey(files, settings);
  const path = cacheEntryPath(cacheDir, `catalog-${shortHash({ path: resolve(catalogPath), shown: shownPath, settings })}`);
  const entry = readCacheEntry(path, key);
  const cached = entry?.sections === 2 ? entry.section(0) : undefined;
  if (isCachedLoad(cached)) {
    return defineLazy(cached as LoadResult, 'locations', () => decodeLocations(entry!.section(1) as StoredLocations));
  }
  const result = await load();
  // Running out of memory tells of this run's machine, not of the files: not kept.
  if (result.diagnostics.some((d) => d.code === 'FILE_OUT_OF_MEMORY')) return result;
  const { locations, ...rest } = result;
  writeCacheEntry(path, key, [rest, encodeLocations(locations)]);
  return result;
}

/** Whether a cached value has the shape of a load result without its locations (a sanity check beyond the checksum). */
function isCachedLoad(value: unknown): value is Omit<LoadResult, 'locations'> {
  if (value === null || typeof value !== 'object') return false;
  const r = value as Record<string, unknown>;
  if (typeof r.ok !== 'boolean' || !Array.isArray(r.diagnostics) || !Array.isArray(r.files)) return false;
  const c = r.catalog as Record<string, unknown> | null;
  return c !== null && typeof c === 'object' && SECTIONS.every((s) => Array.isArray(c[s]));
}
