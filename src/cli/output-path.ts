import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isCatalogFileName, isSkippedFolder } from '../catalog/find-catalog-files.js';
import type { Command, ParsedArgs } from './command.js';
import { UsageError } from './command.js';
import type { Io } from './io.js';

/** A path as it is on disk, links followed; for a file not there yet, its folder's real path joined to its name. */
function onDisk(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return undefined;
    }
  }
}

/**
 * Refuses an `-o FILE` that would overwrite what the command reads: a catalog file or the
 * reform file given, or a file that a catalog folder given would read from then on (a
 * `.yaml`, `.yml` or `.json` file in it that is no dot-file, outside dot-folders and
 * `node_modules`).
 * An empty name is refused too (it would name the working folder). Checked before anything
 * is loaded, so the mistake costs nothing.
 */
export function checkOutputPath(cmd: Command, args: ParsedArgs, io: Io): void {
  const out = args.values.output;
  if (out === '') {
    throw new UsageError(
      { vi: '-o cần tên một tệp, không phải chuỗi rỗng.', en: '-o needs a file name, not an empty string.' },
      { vi: 'Ví dụ -o ket-qua.txt, hoặc -o - để in ra màn hình.', en: 'For example -o result.txt, or -o - for standard output.' },
    );
  }
  if (typeof out !== 'string' || out === '-') return;
  const target = onDisk(resolve(io.cwd, out));
  if (target === undefined) return;
  const inputs: string[] = [];
  cmd.positionals.forEach((name, i) => {
    if (name.startsWith('catalog') && args.positionals[i] !== undefined) inputs.push(args.positionals[i]);
  });
  if (typeof args.values.reform === 'string') inputs.push(args.values.reform);
  for (const input of inputs) {
    const real = onDisk(resolve(io.cwd, input));
    if (real === undefined) continue;
    let isDirectory: boolean;
    try {
      isDirectory = statSync(real).isDirectory();
    } catch {
      continue;
    }
    if (!isDirectory && real === target) {
      throw new UsageError(
        { vi: `-o '${out}' là chính tệp đầu vào '${input}': ghi vào đó sẽ xoá mất nó.`, en: `-o '${out}' is the input file '${input}': writing there would overwrite it.` },
        { vi: 'Hãy ghi kết quả ra một tệp khác.', en: 'Write the output to another file.' },
      );
    }
    const inside = relative(real, target);
    if (isDirectory && inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) && readByCatalog(inside)) {
      throw new UsageError(
        {
          vi: `-o '${out}' nằm trong thư mục danh mục '${input}': từ lần chạy sau, tệp đó sẽ bị đọc như một tệp danh mục.`,
          en: `-o '${out}' is inside the catalog folder '${input}': from the next run on, it would be read as a catalog file.`,
        },
        { vi: 'Hãy ghi kết quả ra ngoài thư mục danh mục.', en: 'Write the output outside the catalog folder.' },
      );
    }
  }
}

/** Whether a catalog folder's search reads this path inside it, by the loader's own rules. */
function readByCatalog(inside: string): boolean {
  const parts = inside.split(sep);
  return isCatalogFileName(parts[parts.length - 1]) && !parts.slice(0, -1).some(isSkippedFolder);
}
