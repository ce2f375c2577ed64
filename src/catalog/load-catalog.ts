import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDiagnostic } from '../diagnostics/create.js';
import { CatalogPathError, pathErrorCode, pathReason } from '../diagnostics/errors.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { tooLarge } from './decode-source.js';
import { catalogPathOrder, findCatalogFiles } from './find-catalog-files.js';
import type { LoadResult } from './load-types.js';
import { DEFAULT_LIMITS } from './load-types.js';
import { loadReadFiles } from './cache-load.js';
import type { LoadCatalogOptions as ReadOptions, ReadFile } from './cache-load.js';
import { fileCounter } from './load-progress.js';
import { checkOptions } from './check-options.js';
import { givenWords } from '../util/expect-argument.js';

export interface LoadCatalogOptions extends ReadOptions {
  /**
   * Directory a relative `path` is read from (default: the process's). File names in the
   * result stay as given: `catalog/` gives `catalog/documents.yaml`.
   */
  cwd?: string;
}

/**
 * The path a caller gave: a string, or a file: URL as a path. Anything else, or an empty
 * string, throws CatalogPathError NO_PATH saying what was given.
 */
function pathOf(given: unknown): string {
  if (given instanceof URL) {
    if (given.protocol === 'file:') return fileURLToPath(given);
    throw new CatalogPathError(`The catalog URL '${given.href}' is not a file: URL.`, given.href, 'Give a path, or a file: URL.', 'NO_PATH');
  }
  if (typeof given === 'string' && given !== '') return given;
  if (given === '' || given === undefined) throw new CatalogPathError('No catalog path was given.', String(given), undefined, 'NO_PATH');
  throw new CatalogPathError(`The catalog path must be a string or a file: URL, not ${givenWords(given)}.`, String(given), undefined, 'NO_PATH');
}

/**
 * Loads a catalog from a file or a directory (searched recursively for `*.yaml`, `*.yml`
 * and `*.json`, merged in sorted order). Input files are only read. Throws
 * `CatalogPathError` when the path cannot be read, holds no catalog file, or is a directory
 * of which nothing can be read; everything wrong inside the files is reported as diagnostics.
 */
export async function loadCatalog(given: string | URL, options: LoadCatalogOptions = {}): Promise<LoadResult> {
  const path = pathOf(given);
  checkOptions(options);
  const real = (name: string) => (options.cwd === undefined ? name : resolve(options.cwd, name));
  let info;
  try {
    info = await stat(real(path));
  } catch (e) {
    throw new CatalogPathError(`The catalog path '${path}' ${pathReason(e)}.`, path, 'Give a catalog file (.yaml, .yml, .json) or a directory that holds such files.', pathErrorCode(e));
  }
  const extra: Diagnostic[] = [];
  const links = new Map<string, string>();
  const folders: Unread[] = [];
  let files: string[];
  if (info.isDirectory()) {
    const found = await findCatalogFiles(path, options.cwd);
    const whole = found.unreadable.find((u) => u.path === path);
    if (whole) throw new CatalogPathError(`The catalog path '${path}' ${pathReason({ code: whole.reason })}.`, path, 'Check its permissions.', 'UNREADABLE');
    for (const u of found.unreadable) {
      if (u.link) {
        links.set(u.path, u.reason);
        continue;
      }
      folders.push({ kind: 'directory', path: u.path, reason: pathReason({ code: u.reason }) });
      extra.push(
        createDiagnostic('FILE_UNREADABLE', {
          message: `The directory '${u.path}' cannot be read (${u.reason}); the catalog files in it are left out.`,
          hint: 'Check its permissions.',
          location: { file: u.path, line: 1, column: 1, path: [] },
        }),
      );
    }
    // A link named as a catalog file that leads nowhere is a catalog file that cannot be
    // read, as one without permission is: listed among the files, in its place.
    files = links.size === 0 ? found.files : [...found.files, ...links.keys()].sort(catalogPathOrder(path));
    if (files.length === 0 && folders.length > 0) throw nothingReadable(path, folders);
    if (files.length === 0) {
      throw new CatalogPathError(`The directory '${path}' holds no catalog files (*.yaml, *.yml or *.json).`, path, 'Point at the directory that holds the catalog, or at one file.', 'NO_CATALOG_FILES');
    }
  } else if (info.isFile()) {
    files = [path];
  } else {
    throw new CatalogPathError(`The catalog path '${path}' is neither a file nor a directory.`, path, undefined, 'NOT_A_FILE');
  }
  const maxFileSize = options.maxFileSize ?? DEFAULT_LIMITS.maxFileSize;
  // Read concurrently: a national catalog has a hundred files, and waiting for each in turn
  // costs more than reading them once they are in the cache (see bench/README.md).
  const counted = options.onProgress && fileCounter(options.onProgress, 'read', files.length, 0);
  const read: (ReadFile & { unread?: Unread })[] = await Promise.all(
    files.map(async (file) => {
      const link = links.get(file);
      const r = link === undefined ? await readOne(file, real(file), maxFileSize, file === path) : unreadLink(file, link);
      counted?.('bytes' in r ? r.bytes.byteLength : 0);
      return r;
    }),
  );
  // A directory of which nothing could be read is a catalog path that cannot be read, as a
  // file given that cannot be read is.
  if (info.isDirectory() && read.every((r) => r.unread !== undefined)) throw nothingReadable(path, [...read.map((r) => r.unread!), ...folders]);
  return loadReadFiles(real(path), path, read, options, extra);
}

/** Something in a catalog directory that could not be read, and why ("cannot be read (permission denied)"). */
interface Unread {
  kind: 'file' | 'link' | 'directory';
  path: string;
  reason: string;
}

/** UNREADABLE for a catalog directory that holds nothing that can be read: names the first thing, and says how many. */
function nothingReadable(path: string, unread: readonly Unread[]): CatalogPathError {
  const first = unread[0];
  const named = `the ${first.kind} '${first.path}'`;
  const more = unread.length - 1;
  const detail = `${named} ${first.reason}${more > 0 ? `, and ${more} more ${more === 1 ? 'file or directory' : 'files or directories'} in it cannot be read either` : ''}`;
  return new CatalogPathError(
    `The catalog directory '${path}' has no catalog file that can be read: ${detail}.`,
    path,
    'Check the permissions of the files and directories in it, and where its links lead.',
    'UNREADABLE',
  );
}

/** A catalog file whose content is not known, with the diagnostic that says why. */
function unreadFile(file: string, d: Diagnostic): ReadFile {
  return { fileName: file, failure: { file, data: undefined, diagnostics: [d], locations: {}, source: undefined } };
}

/** A link, named as a catalog file, that leads to no file (FILE_UNREADABLE). */
function unreadLink(file: string, code: string): ReadFile & { unread: Unread } {
  const d = createDiagnostic('FILE_UNREADABLE', {
    message: `The link '${file}' leads to no file (${code}), so that part of the catalog is left out.`,
    hint: 'Point the link at the catalog file, or remove it.',
    location: { file, line: 1, column: 1, path: [] },
  });
  return { ...unreadFile(file, d), unread: { kind: 'link', path: file, reason: `leads to no file (${code})` } };
}

/**
 * Reads one catalog file. One that cannot be read is a FILE_UNREADABLE diagnostic when it
 * was found in the catalog directory, and a CatalogPathError when it is the path given.
 */
async function readOne(file: string, realPath: string, maxFileSize: number, given: boolean): Promise<ReadFile & { unread?: Unread }> {
  try {
    const s = await stat(realPath);
    if (s.size > maxFileSize) return unreadFile(file, tooLarge(file, s.size, maxFileSize));
    const bytes = await readFile(realPath);
    return { fileName: file, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  } catch (e) {
    if (given) throw new CatalogPathError(`The catalog path '${file}' ${pathReason(e)}.`, file, 'Check its permissions.', pathErrorCode(e));
    const d = createDiagnostic('FILE_UNREADABLE', {
      message: `The file ${pathReason(e)}.`,
      hint: 'Check its permissions, or move it out of the catalog directory.',
      location: { file, line: 1, column: 1, path: [] },
    });
    return { ...unreadFile(file, d), unread: { kind: 'file', path: file, reason: pathReason(e) } };
  }
}
