import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DEFAULT_LIMITS } from '../../catalog/load-types.js';
import type { ParseReformOptions, ParseReformResult } from './parse-reform.js';
import { parseReform } from './parse-reform.js';
import { CatalogArgumentError, pathErrorCode, pathReason, type PathErrorCode } from '../../diagnostics/errors.js';

/** Thrown by `loadReform` when the path cannot be read as a file. The CLI exits 2. */
export class ReformPathError extends Error {
  override readonly name = 'ReformPathError';
  constructor(
    message: string,
    readonly path: string,
    readonly hint?: string,
    /** Stable code: NO_PATH, NOT_FOUND, UNREADABLE, NOT_A_FILE, TOO_LARGE. */
    readonly code: PathErrorCode = 'UNREADABLE',
  ) {
    super(message);
  }
}

export interface LoadReformOptions extends Omit<ParseReformOptions, 'fileName'> {
  /** Directory a relative `path` is read from (default: the process's). Locations keep the path as given. */
  cwd?: string;
}

export interface LoadReformResult extends ParseReformResult {
  /** The file's text, for code frames under diagnostics (absent when it could not be decoded). */
  text?: string;
}

/**
 * Reads a reform file and parses it with `parseReform` (checked against `catalog` when
 * given). The file is only read. Throws `ReformPathError` when the path does not name a
 * readable file; everything wrong inside it is reported as diagnostics.
 */
export async function loadReform(path: string, options: LoadReformOptions = {}): Promise<LoadReformResult> {
  if (typeof path !== 'string' || path === '') throw new ReformPathError('No reform path was given.', String(path), 'Give the path of a reform YAML file, e.g. --reform reform.yaml.', 'NO_PATH');
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new CatalogArgumentError('INVALID_OPTIONS', 'The options must be an object such as { catalog }.');
  const full = resolve(options.cwd ?? process.cwd(), path);
  let bytes: Buffer;
  try {
    const info = await stat(full);
    if (!info.isFile()) throw new ReformPathError(`The reform path '${path}' is not a file.`, path, 'Give a YAML file with legal: and connect: entries.', 'NOT_A_FILE');
    if (info.size > DEFAULT_LIMITS.maxFileSize) {
      throw new ReformPathError(`The reform file '${path}' is ${info.size} bytes, more than the limit of ${DEFAULT_LIMITS.maxFileSize}.`, path, undefined, 'TOO_LARGE');
    }
    bytes = await readFile(full);
  } catch (e) {
    if (e instanceof ReformPathError) throw e;
    throw new ReformPathError(`The reform file '${path}' ${pathReason(e)}.`, path, 'Give the path of a reform YAML file, e.g. --reform reform.yaml.', pathErrorCode(e));
  }
  const { cwd: _cwd, ...parseOptions } = options;
  const result = parseReform(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { ...parseOptions, fileName: path });
  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = undefined;
  }
  return text === undefined ? result : { ...result, text };
}
