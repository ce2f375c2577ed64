import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { CatalogPathError } from '../../src/diagnostics/errors.js';
import { unprivileged } from '../helpers/unprivileged.js';

let dir: string;

function write(rel: string, text: string) {
  const full = join(dir, rel);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tthc-load-'));
  write('cat/b.yaml', 'provinces: [{ code: HN, name: Hà Nội }]\n');
  write('cat/a/x.yml', 'documents: [{ id: so-ho-khau, name: Sổ hộ khẩu, form: paper }]\n');
  write('cat/a/y.json', '{"procedures": [{"code": "1.001193", "name": "Đăng ký khai sinh", "level": ["xa"], "provinces": ["HN"], "requires": [{"document": "so-ho-khau"}]}]}\n');
  write('cat/A.yaml', 'catalog: { name: upper case sorts first }\n');
  write('cat/node_modules/pkg/z.yaml', 'not: [a catalog\n');
  write('cat/.git/w.yaml', 'not: [a catalog\n');
  write('cat/.prettierrc.yaml', 'not: [a catalog\n');
  write('cat/notes.txt', 'not: [a catalog\n');
  symlinkSync(join(dir, 'cat'), join(dir, 'cat/a/loop'));
  mkdirSync(join(dir, 'empty'));
  write('empty/readme.md', '# nothing here\n');
  write('big/huge.yaml', `provinces:\n${'  - { code: HN, name: x }\n'.repeat(100)}`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadCatalog', () => {
  it('reads a directory recursively, in sorted order, skipping node_modules, dot folders and other files', async () => {
    const r = await loadCatalog(join(dir, 'cat'));
    expect(r.files).toEqual(['A.yaml', 'a/x.yml', 'a/y.json', 'b.yaml'].map((f) => join(dir, 'cat', f)));
    expect(r.diagnostics).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.catalog.procedures[0].requires?.[0].document).toBe('so-ho-khau');
    expect(r.locations['procedure:1.001193']).toMatchObject({ file: join(dir, 'cat/a/y.json'), line: 1, column: 17 });
  });

  it('keeps a relative path as given and reads it from cwd', async () => {
    const r = await loadCatalog('cat', { cwd: dir });
    expect(r.files).toEqual(['cat/A.yaml', 'cat/a/x.yml', 'cat/a/y.json', 'cat/b.yaml']);
    const one = await loadCatalog('cat/b.yaml', { cwd: dir });
    expect(one.files).toEqual(['cat/b.yaml']);
  });

  it('reads one file', async () => {
    const r = await loadCatalog(join(dir, 'cat/b.yaml'));
    expect(r.catalog.provinces).toEqual([{ code: 'HN', name: 'Hà Nội' }]);
  });

  it('never writes the input files', async () => {
    const files = ['cat/b.yaml', 'cat/a/x.yml', 'cat/a/y.json'].map((f) => join(dir, f));
    const before = files.map((f) => [readFileSync(f, 'utf8'), statSync(f).mtimeMs]);
    await loadCatalog(join(dir, 'cat'));
    expect(files.map((f) => [readFileSync(f, 'utf8'), statSync(f).mtimeMs])).toEqual(before);
  });

  it('throws CatalogPathError for a path that does not exist, or a directory without catalog files', async () => {
    await expect(loadCatalog(join(dir, 'nope'))).rejects.toBeInstanceOf(CatalogPathError);
    await expect(loadCatalog(join(dir, 'nope'))).rejects.toThrow(/does not exist/);
    await expect(loadCatalog(join(dir, 'empty'))).rejects.toThrow(/holds no catalog files/);
    await expect(loadCatalog('')).rejects.toBeInstanceOf(CatalogPathError);
  });

  it('gives each CatalogPathError a stable code, and reads a file: URL as its path', async () => {
    const codeOf = (path: unknown) => loadCatalog(path as string).then(() => 'loaded', (e: CatalogPathError) => [e.code, e.message]);
    expect(await codeOf(join(dir, 'nope'))).toEqual(['NOT_FOUND', `The catalog path '${join(dir, 'nope')}' does not exist.`]);
    expect(await codeOf(join(dir, 'empty'))).toEqual(['NO_CATALOG_FILES', `The directory '${join(dir, 'empty')}' holds no catalog files (*.yaml, *.yml or *.json).`]);
    expect(await codeOf('/dev/null')).toEqual(['NOT_A_FILE', "The catalog path '/dev/null' is neither a file nor a directory."]);
    expect(await codeOf('')).toEqual(['NO_PATH', 'No catalog path was given.']);
    expect(await codeOf(42)).toEqual(['NO_PATH', 'The catalog path must be a string or a file: URL, not 42.']);
    expect(await codeOf(null)).toEqual(['NO_PATH', 'The catalog path must be a string or a file: URL, not null.']);
    expect(await codeOf(new URL('https://example.org/catalog.yaml'))).toEqual(['NO_PATH', "The catalog URL 'https://example.org/catalog.yaml' is not a file: URL."]);
    const byUrl = await loadCatalog(pathToFileURL(join(dir, 'cat')));
    expect(byUrl.files).toEqual((await loadCatalog(join(dir, 'cat'))).files);
  });

  it('reports a link named as a catalog file that leads nowhere, and ignores other dangling links', async () => {
    write('linked/a.yaml', 'provinces: []\n');
    symlinkSync(join(dir, 'linked/gone.yaml'), join(dir, 'linked/b.yaml'));
    symlinkSync(join(dir, 'linked/gone.txt'), join(dir, 'linked/notes.txt'));
    const r = await loadCatalog(join(dir, 'linked'));
    expect(r.diagnostics.map((d) => [d.code, d.location?.file])).toEqual([['FILE_UNREADABLE', join(dir, 'linked/b.yaml')]]);
    expect(r.diagnostics[0].message).toBe(`The link '${join(dir, 'linked/b.yaml')}' leads to no file (ENOENT), so that part of the catalog is left out.`);
    expect(r.ok).toBe(false);
    // A catalog file that cannot be read, listed in its place as one without permission is.
    expect(r.files).toEqual([join(dir, 'linked/a.yaml'), join(dir, 'linked/b.yaml')]);
    // What it would define is not known: a reference to a name no file read defines is counted, not reported.
    write('linked/c.yaml', 'procedures: [{ code: p, name: P, level: [trung-uong], requires: [{ document: ct07 }] }]\n');
    const refs = await loadCatalog(join(dir, 'linked'));
    expect(refs.diagnostics.map((d) => [d.code, d.location?.file])).toEqual([
      ['FILE_UNREADABLE', join(dir, 'linked/b.yaml')],
      ['REFERENCES_UNCHECKED', join(dir, 'linked/c.yaml')],
    ]);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const r = await loadCatalog(join(dir, 'big'), { maxFileSize: 100 });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['FILE_TOO_LARGE']);
    expect(r.ok).toBe(false);
  });

  describe.skipIf(process.platform === 'win32')('without permission to read', () => {
    beforeAll(() => {
      chmodSync(dir, 0o755);
      write('locked/a.yaml', 'provinces: []\n');
      write('locked/b.yaml', 'provinces: []\n');
      write('locked/sub/c.yaml', 'provinces: []\n');
      chmodSync(join(dir, 'locked/b.yaml'), 0o000);
      chmodSync(join(dir, 'locked/sub'), 0o000);
    });
    afterAll(() => {
      chmodSync(join(dir, 'locked/b.yaml'), 0o644);
      chmodSync(join(dir, 'locked/sub'), 0o755);
    });

    it('reports a file or a directory of the catalog it may not read, and goes on with the others', async () => {
      const r = await unprivileged(() => loadCatalog(join(dir, 'locked')));
      expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([
        ['FILE_UNREADABLE', 'The file cannot be read (permission denied).'],
        ['FILE_UNREADABLE', `The directory '${join(dir, 'locked/sub')}' cannot be read (EACCES); the catalog files in it are left out.`],
      ]);
      expect(r.files).toEqual([join(dir, 'locked/a.yaml'), join(dir, 'locked/b.yaml')]);
    });

    it('throws CatalogPathError UNREADABLE for a directory of which nothing can be read, naming the first thing and counting the rest', async () => {
      write('nothing/a.yaml', 'provinces: []\n');
      write('nothing/sub/b.yaml', 'provinces: []\n');
      write('nothing-but-sub/sub/c.yaml', 'provinces: []\n');
      mkdirSync(join(dir, 'only-links'));
      symlinkSync(join(dir, 'only-links/gone.yaml'), join(dir, 'only-links/a.yaml'));
      symlinkSync(join(dir, 'only-links/gone.json'), join(dir, 'only-links/b.json'));
      const locked = [join(dir, 'nothing/a.yaml'), join(dir, 'nothing/sub'), join(dir, 'nothing-but-sub/sub')];
      for (const p of locked) chmodSync(p, 0o000);
      try {
        const errorOf = (path: string) => unprivileged(() => loadCatalog(path)).then(() => undefined, (e: CatalogPathError) => [e.constructor.name, e.code, e.message, e.hint]);
        const hint = 'Check the permissions of the files and directories in it, and where its links lead.';
        expect(await errorOf(join(dir, 'nothing'))).toEqual([
          'CatalogPathError',
          'UNREADABLE',
          `The catalog directory '${join(dir, 'nothing')}' has no catalog file that can be read: the file '${join(dir, 'nothing/a.yaml')}' cannot be read (permission denied), and 1 more file or directory in it cannot be read either.`,
          hint,
        ]);
        expect(await errorOf(join(dir, 'nothing-but-sub'))).toEqual([
          'CatalogPathError',
          'UNREADABLE',
          `The catalog directory '${join(dir, 'nothing-but-sub')}' has no catalog file that can be read: the directory '${join(dir, 'nothing-but-sub/sub')}' cannot be read (permission denied).`,
          hint,
        ]);
        expect(await errorOf(join(dir, 'only-links'))).toEqual([
          'CatalogPathError',
          'UNREADABLE',
          `The catalog directory '${join(dir, 'only-links')}' has no catalog file that can be read: the link '${join(dir, 'only-links/a.yaml')}' leads to no file (ENOENT), and 1 more file or directory in it cannot be read either.`,
          hint,
        ]);
      } finally {
        for (const p of locked) chmodSync(p, 0o755);
      }
    });

    it('throws CatalogPathError when the file or directory given cannot be read', async () => {
      for (const path of [join(dir, 'locked/b.yaml'), join(dir, 'locked/sub')]) {
        const error = await unprivileged(() => loadCatalog(path)).catch((e: unknown) => e);
        expect(error, path).toBeInstanceOf(CatalogPathError);
        expect((error as CatalogPathError).message).toBe(`The catalog path '${path}' cannot be read (permission denied).`);
        expect((error as CatalogPathError).hint).toBe('Check its permissions.');
        expect((error as CatalogPathError).code).toBe('UNREADABLE');
      }
    });
  });
});
