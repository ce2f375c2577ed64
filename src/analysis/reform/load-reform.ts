import { DEFAULT_LIMITS } from '../../catalog/load-types.js';
import type { ParseReformOptions, ParseReformResult } from './parse-reform.js';
import { parseReform } from './parse-reform.js';
import { CatalogArgumentError, InputPathError } from '../../diagnostics/errors.js';
import { readInputFile, utf8Text } from '../../util/read-input-file.js';

/** Thrown by `loadReform` when the path cannot be read as a file (NO_PATH, NOT_FOUND, UNREADABLE, NOT_A_FILE, TOO_LARGE). The CLI exits 2. */
export class ReformPathError extends InputPathError {
  override readonly name = 'ReformPathError';
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
  const bytes = await readInputFile(
    path,
    { cwd: options.cwd, maxSize: DEFAULT_LIMITS.maxFileSize, what: 'reform', hint: 'Give the path of a reform YAML file, e.g. --reform reform.yaml.', notAFile: 'Give a YAML file with legal: and connect: entries.' },
    (message, code, hint) => new ReformPathError(message, path, hint, code),
  );
  const { cwd: _cwd, ...parseOptions } = options;
  return reformFromBytes(bytes, { ...parseOptions, fileName: path });
}

/** The bytes of a reform file parsed with `parseReform`, with their text when they are UTF-8 (for code frames). */
export function reformFromBytes(bytes: Uint8Array, options: ParseReformOptions): LoadReformResult {
  const result = parseReform(bytes, options);
  const text = utf8Text(bytes);
  return text === undefined ? result : { ...result, text };
}
