import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The folders whose files make up what a build does: the code and the JSON Schema bundled into it. */
const FOLDERS = ['src', 'schemas'];

/**
 * A digest of the sources a build is made from: a SHA-256 over every file of `src/` and
 * `schemas/` under `root`, each named by its path, in path order, shortened to 16 hex
 * digits. Two builds of the same sources get the same digest; any edit, added, removed or
 * renamed file gives another.
 */
export function sourceDigest(root) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(relative(root, path).split(sep).join('/'));
    }
  };
  for (const folder of FOLDERS) walk(join(root, folder));
  files.sort();
  const hash = createHash('sha256');
  for (const file of files) {
    const bytes = readFileSync(join(root, file));
    hash.update(`${file}\0${bytes.byteLength}\0`).update(bytes);
  }
  return hash.digest('hex').slice(0, 16);
}
