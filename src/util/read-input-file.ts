import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathErrorCode, pathReason, type PathErrorCode } from '../diagnostics/errors.js';

/** Why `readInputFile` could not read a file, in the words of its caller's error. */
export type InputFileFailure = (message: string, code: PathErrorCode, hint: string | undefined) => Error;

/**
 * Reads a file that a command takes beside the catalog (a reform, a baseline), refusing a
 * directory and a file over `maxSize` bytes before reading it. `what` names it in messages
 * ("reform" gives "The reform file 'x' does not exist."); `hint` follows a path that cannot be
 * read, `notAFile` one that is not a file; `fail` builds the error thrown.
 */
export async function readInputFile(
  path: string,
  options: { cwd: string | undefined; maxSize: number; what: string; hint: string; notAFile: string },
  fail: InputFileFailure,
): Promise<Uint8Array> {
  const { cwd, maxSize, what, hint } = options;
  const full = resolve(cwd ?? process.cwd(), path);
  let info;
  try {
    info = await stat(full);
  } catch (e) {
    throw fail(`The ${what} file '${path}' ${pathReason(e)}.`, pathErrorCode(e), hint);
  }
  if (!info.isFile()) throw fail(`The ${what} path '${path}' is not a file.`, 'NOT_A_FILE', options.notAFile);
  if (info.size > maxSize) throw fail(`The ${what} file '${path}' is ${info.size} bytes, more than the limit of ${maxSize}.`, 'TOO_LARGE', undefined);
  try {
    const bytes = await readFile(full);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (e) {
    throw fail(`The ${what} file '${path}' ${pathReason(e)}.`, pathErrorCode(e), hint);
  }
}

/** The bytes as UTF-8 text, or undefined when they are not UTF-8. */
export function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
