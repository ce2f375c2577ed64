import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

/** Extensions of catalog files: YAML, and JSON (which is YAML). */
export const CATALOG_FILE = /\.(ya?ml|json)$/i;

/** Whether a file of this name in a catalog folder is read as a catalog file (not a dot-file). */
export function isCatalogFileName(name: string): boolean {
  return CATALOG_FILE.test(name) && !name.startsWith('.');
}

/** Whether a catalog folder's search skips a folder of this name: `node_modules`, dot-folders. */
export function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Every catalog file under a directory, recursively, sorted by path (code-unit order, `/`
 * separators) so output is the same on every machine. Skips `node_modules` and folders
 * whose name starts with a dot; follows symbolic links once (no loops). Paths are returned
 * joined to `dir` as given; a relative `dir` is read from `cwd` (default: the process's).
 */
export async function findCatalogFiles(dir: string, cwd?: string): Promise<{ files: string[]; unreadable: { path: string; reason: string; link?: true }[] }> {
  const onDisk = (name: string) => (cwd === undefined ? name : resolve(cwd, name));
  const found: string[] = [];
  const unreadable: { path: string; reason: string; link?: true }[] = [];
  const visited = new Set<string>();
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    let entries;
    try {
      const real = await realpath(onDisk(current));
      if (visited.has(real)) continue;
      visited.add(real);
      entries = await readdir(onDisk(current), { withFileTypes: true });
    } catch (e) {
      unreadable.push({ path: current, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
      continue;
    }
    for (const entry of entries) {
      const full = join(current, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const s = await stat(onDisk(full));
          isDir = s.isDirectory();
          isFile = s.isFile();
        } catch (e) {
          // A link named as a catalog file that leads nowhere is a part of the catalog missing.
          if (isCatalogFileName(entry.name)) {
            unreadable.push({ path: full, reason: (e as NodeJS.ErrnoException).code ?? String(e), link: true });
          }
          continue;
        }
      }
      if (isDir) {
        if (isSkippedFolder(entry.name)) continue;
        stack.push(full);
      } else if (isFile && isCatalogFileName(entry.name)) {
        found.push(full);
      }
    }
  }
  found.sort(catalogPathOrder(dir));
  return { files: found, unreadable };
}

/** The order catalog files under `dir` are merged in: their paths relative to it, code unit by code unit, with `/` separators. */
export function catalogPathOrder(dir: string): (a: string, b: string) => number {
  const key = (f: string) => relative(dir, f).split(sep).join('/');
  return (a, b) => compareText(key(a), key(b));
}
