import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { FileKind } from './file-kind.js';
import { LineIndex } from './line-index.js';

/**
 * The decoded text, or why there is none. `nulChecked` tells whether the text is known to
 * hold no NUL character (always for bytes; for a string unless `checkNul` was false).
 */
export type Decoded = { text: string; nulChecked: boolean; diagnostic?: undefined } | { text?: undefined; diagnostic: Diagnostic };

const MB = 1024 * 1024;
const GB = 1024 * MB;

function fileLocation(file: string, line = 1, column = 1) {
  return { file, line, column, path: [] };
}

function formatSize(n: number): string {
  if (n >= GB) return `${(n / GB).toFixed(1)} GB`;
  return n >= MB ? `${(n / MB).toFixed(1)} MB` : `${n} bytes`;
}

/**
 * Turns a file's content into text: refuses files over the size limit, binary files (NUL
 * bytes) and anything that is not UTF-8; drops a UTF-8 byte-order mark. `checkNul: false`
 * leaves the NUL check of a string to the caller (JSON.parse refuses raw NULs itself).
 * `kind` names the file in the diagnostics.
 */
export function decodeSource(input: string | Uint8Array, file: string, maxFileSize: number, checkNul = true, kind: FileKind = 'catalog'): Decoded {
  const size = input.length;
  if (size > maxFileSize) return { diagnostic: tooLarge(file, size, maxFileSize, kind) };
  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    if (!checkNul) return { text, nulChecked: false };
    const nul = nulDiagnostic(text, file, kind);
    return nul ? { diagnostic: nul } : { text, nulChecked: true };
  }
  const wide = wideEncoding(input);
  if (wide) {
    return {
      diagnostic: createDiagnostic('FILE_ENCODING', {
        message: `The file is encoded as ${wide}, but ${kind} files must be UTF-8.`,
        hint: 'Save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8).',
        location: fileLocation(file),
        args: { encoding: wide },
      }),
    };
  }
  const nul = input.indexOf(0);
  if (nul !== -1) return { diagnostic: binaryDiagnostic(file, byteLocation(input, nul), kind) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(input), nulChecked: true };
  } catch {
    const at = firstInvalidUtf8(input);
    const { line, column } = byteLocation(input, at);
    return {
      diagnostic: createDiagnostic('FILE_ENCODING', {
        message: `The file is not valid UTF-8: the byte at line ${line}, column ${column} (0x${input[at]
          .toString(16)
          .padStart(2, '0')}) does not belong to a UTF-8 character.`,
        hint: 'Save the file as UTF-8; files saved as Windows-1258 or TCVN3 (ABC) must be converted.',
        location: fileLocation(file, line, column),
        args: { offset: at },
      }),
    };
  }
}

/**
 * The diagnostic for a file over the size limit (the loader checks the size before reading).
 * Only a catalog can be split, or given a higher limit: another kind of file gets no hint.
 */
export function tooLarge(file: string, size: number, maxFileSize: number, kind: FileKind = 'catalog'): Diagnostic {
  return createDiagnostic('FILE_TOO_LARGE', {
    message: `The file is ${formatSize(size)}, more than the limit of ${formatSize(maxFileSize)}.`,
    ...(kind === 'catalog'
      ? {
          hint: 'Split the catalog into several files in one directory, or raise the limit: the maxFileSize option, or the environment variable TTHC_MAX_FILE_SIZE of tthc, in megabytes (e.g. TTHC_MAX_FILE_SIZE=200).',
        }
      : {}),
    location: fileLocation(file),
    args: { size, limit: maxFileSize },
  });
}

/**
 * The diagnostic for a file whose parse ran out of memory in a worker thread whose heap may
 * hold `heapLimit` bytes (see `parseInWorkers`).
 */
export function outOfMemory(file: string, size: number, heapLimit: number): Diagnostic {
  return createDiagnostic('FILE_OUT_OF_MEMORY', {
    message: `Parsing this ${formatSize(size)} file needs more memory than Node may use (${formatSize(heapLimit)}).`,
    hint: 'Split the catalog into several files in one directory, or write it as JSON, which takes far less memory to read; or let Node use more memory, e.g. NODE_OPTIONS=--max-old-space-size=8192.',
    location: fileLocation(file),
    args: { size, limit: heapLimit },
  });
}

/**
 * UTF-32 or UTF-16 when the bytes say so: by a byte-order mark, or, for UTF-16 without one,
 * by the first 512 bytes holding a zero in every other byte (the high bytes of ASCII text,
 * which starts every catalog file) and almost none in the bytes between.
 */
export function wideEncoding(input: Uint8Array): 'UTF-16' | 'UTF-32' | undefined {
  const [a, b, c, d] = input;
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff)) return 'UTF-32';
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return 'UTF-16';
  const units = Math.min(input.length, 512) >> 1;
  if (units < 2) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < units; i++) {
    if (input[2 * i] === 0) zeroEven++;
    if (input[2 * i + 1] === 0) zeroOdd++;
  }
  const [many, few] = zeroEven > zeroOdd ? [zeroEven, zeroOdd] : [zeroOdd, zeroEven];
  return many * 2 >= units && few * 16 <= units ? 'UTF-16' : undefined;
}

/** FILE_BINARY when the text holds a NUL character. */
export function nulDiagnostic(text: string, file: string, kind: FileKind = 'catalog'): Diagnostic | undefined {
  const nul = text.indexOf('\0');
  return nul === -1 ? undefined : binaryDiagnostic(file, LineIndex.fromText(text).position(nul), kind);
}

function binaryDiagnostic(file: string, at: { line: number; column: number }, kind: FileKind): Diagnostic {
  return createDiagnostic('FILE_BINARY', {
    message: `The file contains a NUL byte (line ${at.line}, column ${at.column}): it looks like a binary file, not a YAML or JSON text.`,
    hint: kind === 'catalog' ? 'Check that the path points at catalog files; remove binary files from the catalog directory.' : `Check that the path points at the ${kind} file.`,
    location: fileLocation(file, at.line, at.column),
  });
}

/** Line and column of a byte offset; the column counts characters decoded leniently. */
function byteLocation(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: prefix.length + 1 };
}

/** Offset of the first byte that breaks UTF-8 (only called when decoding failed). */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n: number;
    let min: number;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      n = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined || (x & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (x & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}
