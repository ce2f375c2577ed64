import { DEFAULT_LIMITS } from '../../catalog/load-types.js';
import { CatalogArgumentError, InputPathError } from '../../diagnostics/errors.js';
import { readInputFile, utf8Text } from '../../util/read-input-file.js';
import { parseBaseline, type ParseBaselineOptions, type ParseBaselineResult } from './parse-baseline.js';

/** Thrown by `loadBaseline` when the path cannot be read as a file (NO_PATH, NOT_FOUND, UNREADABLE, NOT_A_FILE, TOO_LARGE). The CLI exits 2. */
export class BaselinePathError extends InputPathError {
  override readonly name = 'BaselinePathError';
}

export interface LoadBaselineResult extends ParseBaselineResult {
  /** The file's text, for code frames under diagnostics (absent when it could not be decoded). */
  text?: string;
}

const HINT = 'Give the path of a baseline file written by tthc blocked --format baseline -o FILE.';

/**
 * Reads a baseline file and parses it with `parseBaseline`. The file is only read. Throws
 * `BaselinePathError` when the path does not name a readable file; everything wrong inside
 * it is reported as diagnostics.
 */
export async function loadBaseline(path: string, options: { cwd?: string } = {}): Promise<LoadBaselineResult> {
  if (typeof path !== 'string' || path === '') throw new BaselinePathError('No baseline path was given.', String(path), HINT, 'NO_PATH');
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new CatalogArgumentError('INVALID_OPTIONS', 'The options must be an object such as { cwd }.');
  const bytes = await readInputFile(
    path,
    { cwd: options.cwd, maxSize: DEFAULT_LIMITS.maxFileSize, what: 'baseline', hint: HINT, notAFile: HINT },
    (message, code, hint) => new BaselinePathError(message, path, hint, code),
  );
  return baselineFromBytes(bytes, { fileName: path });
}

/** The bytes of a baseline file parsed with `parseBaseline`, with their text when they are UTF-8 (for code frames). */
export function baselineFromBytes(bytes: Uint8Array, options: ParseBaselineOptions): LoadBaselineResult {
  const result = parseBaseline(bytes, options);
  const text = utf8Text(bytes);
  return text === undefined ? result : { ...result, text };
}
