import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, lstatSync, openSync, readlinkSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type { ParsedArgs } from './command.js';
import { InputError } from './command.js';
import { stdoutWidth, type Io } from './io.js';
import { stringValue } from './options.js';
import { envLang, type Text } from './text.js';
import type { CommandSite } from '../report/next-commands.js';

// Where a command's report goes: standard output, or the file of --output, written atomically.

/**
 * What a command writes: a text, or a function that writes it a piece at a time, for output
 * too long to hold as one string (a JavaScript string has at most about 500 million
 * characters).
 */
export type Output = string | ((write: (piece: string) => void) => void);

/** Writes `output` through `write`, whole or a piece at a time. */
function writeOutput(output: Output, write: (piece: string) => void): void {
  if (typeof output === 'string') write(output);
  else output(write);
}

/** The byte-order mark --excel puts before a CSV report (written as UTF-8: EF BB BF). */
export const EXCEL_BOM = '\uFEFF';

/**
 * The width of the terminal the report goes to, for text tables to fit into: the terminal's
 * columns when the report goes to standard output (no -o, or -o -) and that is a terminal
 * that gives its width; undefined otherwise (a file or a pipe takes rows on one line).
 */
export function terminalWidth(io: Io, args: ParsedArgs): number | undefined {
  const out = stringValue(args, 'output');
  if (out !== undefined && out !== '-') return undefined;
  return stdoutWidth(io);
}

/**
 * How a report is shaped for where it goes: the width of the terminal it is printed to
 * (`terminalWidth`), and whether a CSV report is for Excel (--excel: `CsvOptions.excel`).
 */
export interface OutputShape {
  width: number | undefined;
  excel: boolean;
}

/** The shape of the report of a command run with `args` (`OutputShape`). */
export function outputShape(io: Io, args: ParsedArgs): OutputShape {
  return { width: terminalWidth(io, args), excel: args.values.excel === true };
}

/**
 * Where the commands a report suggests are run (`CommandSite`): the catalog's path as the
 * command line gave it, and the language tthc answers in there without --lang (`envLang`).
 */
export function commandSiteOf(io: Io, args: ParsedArgs): CommandSite {
  return { source: args.positionals[0], shellLang: envLang(io.env) };
}

/**
 * Prints `report` to standard output, or writes it atomically to --output (temp file, then
 * rename); with --excel, after a byte-order mark.
 */
export function emit(io: Io, args: ParsedArgs, report: Output): void {
  const output: Output =
    args.values.excel === true
      ? (write) => {
          write(EXCEL_BOM);
          writeOutput(report, write);
        }
      : report;
  const out = stringValue(args, 'output');
  if (out === undefined || out === '-') {
    writeOutput(output, io.stdout);
    return;
  }
  const path = resolve(io.cwd, out);
  // This process's standard output or error by name (/dev/stdout, or a link to it): written
  // as the stream it is, whatever it is open on (a terminal, a pipe, a socket, a file).
  const stream = ownStream(path);
  if (stream === 1) writeOutput(output, io.stdout);
  else if (stream === 2) writeOutput(output, io.stderr);
  else writeFileAtomic(path, output);
}

/** 1 or 2 when a path (or the links it leads through) names this process's standard output or error. */
export function ownStream(path: string): 1 | 2 | undefined {
  const { target, descriptor } = followLinks(path);
  if (!descriptor) return undefined;
  const [, stream, fdOfDev, pid, fdOfProc] = DESCRIPTOR.exec(target)!;
  if (pid !== undefined && pid !== 'self' && Number(pid) !== process.pid) return undefined;
  const fd = stream === 'stdout' ? 1 : stream === 'stderr' ? 2 : Number(fdOfDev ?? fdOfProc);
  return fd === 1 || fd === 2 ? fd : undefined;
}

/** `/dev/stdout`, `/dev/fd/1`, `/proc/self/fd/1`: open files of a process, by name (the stream, or the descriptor and process). */
const DESCRIPTOR = /^\/(?:dev\/(stdout|stderr)|dev\/fd\/(\d+)|proc\/(self|\d+)\/fd\/(\d+))$/;

/** How many links are followed before a path is taken as it is (the kernel's own limit is 40). */
const MAX_LINKS = 40;

/**
 * Where a path leads, link by link: the first name that is not a link (it may not exist),
 * and whether a name on the way is a process's descriptor.
 */
function followLinks(path: string): { target: string; descriptor: boolean } {
  let at = path;
  for (let hop = 0; hop < MAX_LINKS; hop++) {
    if (DESCRIPTOR.test(at)) return { target: at, descriptor: true };
    let link: string;
    try {
      if (!lstatSync(at).isSymbolicLink()) break;
      link = readlinkSync(at);
    } catch {
      break;
    }
    at = isAbsolute(link) ? link : join(dirname(at), link);
  }
  return { target: at, descriptor: false };
}

/**
 * Writes a file so readers see the old content or the new, never a part: a temp file beside
 * it, then rename. Symbolic links are followed: the file they lead to is replaced (keeping
 * its permissions) or made, and the links stay. A process's descriptor by name
 * (`/dev/stdout`, `/proc/self/fd/1`, or a link to one) is appended to, so that
 * `-o /dev/stdout >> log` adds to the log as `>>` asks; a device or pipe (`/dev/null`, a
 * FIFO) is written in place, since renaming over it would replace it.
 */
export function writeFileAtomic(path: string, text: Output): void {
  const { target, descriptor } = followLinks(path);
  if (descriptor) return writeInPlace(path, text, 'a');
  let mode: number | undefined;
  try {
    const stat = statSync(target);
    if (!stat.isFile()) return writeInPlace(path, text, 'w');
    mode = stat.mode & 0o7777;
  } catch (e) {
    if (e instanceof InputError) throw e;
    // Not there yet: made atomically too.
  }
  const tmp = tempBeside(target);
  try {
    writeFile(tmp, text, 'w', mode ?? 0o666);
    if (mode !== undefined) chmodSync(tmp, mode);
    renameSync(tmp, target);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Not made (its folder is missing, say): nothing to remove.
    }
    // What failed in making the output, rather than in writing it, is not about the folder.
    if ((e as NodeJS.ErrnoException).code === undefined) throw e;
    throw new InputError(cannotWrite(path, e), writeHint(e));
  }
}

/** Most file systems allow names of at most 255 bytes. */
const NAME_MAX = 255;

/**
 * The temporary file beside `target`: its name with the process and a random tag after it,
 * or, when that would be longer than a name may be, a short name of its own (so that a
 * name just short enough is written, and one too long is refused for itself, not for the
 * temporary file's).
 */
function tempBeside(target: string): string {
  const tag = `.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const name = basename(target);
  return join(dirname(target), Buffer.byteLength(name + tag) <= NAME_MAX ? name + tag : `.tthc-output${tag}`);
}

/** What to do when the output could not be written, by why. */
function writeHint(e: unknown): Text {
  if ((e as NodeJS.ErrnoException).code === 'ENAMETOOLONG') {
    return { vi: `Hãy đặt tên ngắn hơn: một tên tệp dài tối đa ${NAME_MAX} byte.`, en: `Give a shorter name: a file name takes at most ${NAME_MAX} bytes.` };
  }
  return { vi: 'Hãy kiểm tra thư mục có tồn tại và ghi được không.', en: 'Check that the folder exists and is writable.' };
}

function writeInPlace(path: string, text: Output, flag: 'a' | 'w'): void {
  try {
    writeFile(path, text, flag);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === undefined) throw e;
    throw new InputError(cannotWrite(path, e));
  }
}

/** Writes `output` into the file at `path`, opened with `flag`, in UTF-8. */
function writeFile(path: string, output: Output, flag: 'a' | 'w', mode?: number): void {
  const fd = openSync(path, flag, mode);
  try {
    writeOutput(output, (piece) => {
      const bytes = Buffer.from(piece, 'utf8');
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    });
  } finally {
    closeSync(fd);
  }
}

function cannotWrite(path: string, e: unknown): Text {
  const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  return { vi: `Không ghi được '${path}': ${why}.`, en: `Cannot write '${path}': ${why}.` };
}
