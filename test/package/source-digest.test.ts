import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sourceDigest } from '../../scripts/source-digest.mjs';
import { ensureBuilt, ROOT } from './built-package.js';

// A cached load is keyed by the code that made it; a build from a checkout between two
// releases keeps the package version, so the build names the sources it was made from.

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tthc-source-digest-'));
  mkdirSync(join(root, 'src', 'catalog'), { recursive: true });
  mkdirSync(join(root, 'schemas'));
  writeFileSync(join(root, 'src', 'index.ts'), "export * from './catalog/load.js';\n");
  writeFileSync(join(root, 'src', 'catalog', 'load.ts'), "export const message = 'Sổ hộ khẩu';\n");
  writeFileSync(join(root, 'schemas', 'catalog.schema.json'), '{"type":"object"}\n');
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('sourceDigest', () => {
  it('is the same for the same sources, and 16 hex digits', () => {
    const digest = sourceDigest(root);
    expect(digest).toMatch(/^[0-9a-f]{16}$/);
    expect(sourceDigest(root)).toBe(digest);
  });

  it('changes with a byte of a source or of the schema, a file added, removed or renamed', () => {
    const before = sourceDigest(root);
    const seen = new Set([before]);
    const changed = (edit: () => void, undo: () => void) => {
      edit();
      const digest = sourceDigest(root);
      expect(seen.has(digest)).toBe(false);
      seen.add(digest);
      undo();
      expect(sourceDigest(root)).toBe(before);
    };
    const load = join(root, 'src', 'catalog', 'load.ts');
    const text = readFileSync(load, 'utf8');
    changed(() => writeFileSync(load, text.replace('hộ', 'hô')), () => writeFileSync(load, text));
    const schema = join(root, 'schemas', 'catalog.schema.json');
    changed(() => writeFileSync(schema, '{"type":"array"}\n'), () => writeFileSync(schema, '{"type":"object"}\n'));
    const added = join(root, 'src', 'catalog', 'extra.ts');
    changed(() => writeFileSync(added, ''), () => rmSync(added));
    const moved = join(root, 'src', 'load.ts');
    changed(() => renameSync(load, moved), () => renameSync(moved, load));
    changed(() => rmSync(load), () => writeFileSync(load, text));
  });

  it('does not confuse where one file ends and the next begins', () => {
    const a = join(root, 'src', 'a.ts');
    const b = join(root, 'src', 'b.ts');
    writeFileSync(a, 'xy');
    writeFileSync(b, 'z');
    const first = sourceDigest(root);
    writeFileSync(a, 'x');
    writeFileSync(b, 'yz');
    expect(sourceDigest(root)).not.toBe(first);
  });
});

describe('the built package', () => {
  it('keys its cache by the digest of the sources it was built from', () => {
    ensureBuilt();
    const digest = sourceDigest(ROOT);
    for (const file of ['dist/index.js', 'dist/index.cjs', 'dist/cli.js']) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      expect(text.includes(JSON.stringify(digest)), `${file} is not built from the sources as they are: run npm run build`).toBe(true);
    }
  });
});
