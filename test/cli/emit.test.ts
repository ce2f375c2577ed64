import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, lstatSync, mkdtempSync, openSync, readdirSync, readFileSync, readlinkSync, readSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/cli/command.js';
import { writeFileAtomic } from '../../src/cli/emit.js';
import { thrown } from '../helpers/thrown.js';

describe('writeFileAtomic', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-write-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces a file whole and leaves no temporary file', () => {
    const file = join(dir, 'out.txt');
    writeFileSync(file, 'old content that is longer');
    writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  it('throws InputError when the folder is missing', () => {
    expect(() => writeFileAtomic(join(dir, 'nope', 'out.txt'), 'x')).toThrow(InputError);
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  it('writes a name just short enough for the file system, and refuses one too long with a hint, leaving no temporary file', () => {
    const sub = mkdtempSync(join(dir, 'long-'));
    // 250 bytes: the name is allowed (255 at most), though the name with a temporary suffix would not be.
    const fits = `${'đ'.repeat(100)}${'x'.repeat(46)}.txt`;
    expect(Buffer.byteLength(fits)).toBe(250);
    writeFileAtomic(join(sub, fits), 'new');
    expect(readFileSync(join(sub, fits), 'utf8')).toBe('new');
    const tooLong = `${'x'.repeat(252)}.txt`;
    const e = thrown(InputError, () => writeFileAtomic(join(sub, tooLong), 'x'));
    expect(e.message).toMatch(/^Cannot write '.*': ENAMETOOLONG\.$/);
    expect(e.hint).toBe('Give a shorter name: a file name takes at most 255 bytes.');
    expect(readdirSync(sub)).toEqual([fits]);
  });

  it('replaces the file a symbolic link names, keeping the link', () => {
    const sub = mkdtempSync(join(dir, 'link-'));
    writeFileSync(join(sub, 'target.txt'), 'old');
    symlinkSync('target.txt', join(sub, 'link.txt'));
    writeFileAtomic(join(sub, 'link.txt'), 'new');
    expect(lstatSync(join(sub, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(sub, 'link.txt'))).toBe('target.txt');
    expect(readFileSync(join(sub, 'target.txt'), 'utf8')).toBe('new');
    // A link to nothing yet: its target is created.
    symlinkSync('later.txt', join(sub, 'dangling.txt'));
    writeFileAtomic(join(sub, 'dangling.txt'), 'made');
    expect(lstatSync(join(sub, 'dangling.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(sub, 'later.txt'), 'utf8')).toBe('made');
    expect(readdirSync(sub).sort()).toEqual(['dangling.txt', 'later.txt', 'link.txt', 'target.txt']);
    // A chain of links to nothing yet: the links stay links, the last name is made.
    symlinkSync('middle.txt', join(sub, 'first.txt'));
    symlinkSync('last.txt', join(sub, 'middle.txt'));
    writeFileAtomic(join(sub, 'first.txt'), 'chained');
    expect([lstatSync(join(sub, 'first.txt')).isSymbolicLink(), lstatSync(join(sub, 'middle.txt')).isSymbolicLink()]).toEqual([true, true]);
    expect(readFileSync(join(sub, 'last.txt'), 'utf8')).toBe('chained');
  });

  it("keeps the permissions of the file it replaces", () => {
    const file = join(dir, 'private.txt');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    writeFileAtomic(file, 'new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe('new');
  });

  it('writes output given a piece at a time as the same UTF-8, whole or not at all', () => {
    const file = join(dir, 'pieces.txt');
    const pieces = ['Đăng ký ', 'khai sinh', '', ' — ', 'x'.repeat(200_000), ' Hộ khẩu\n'];
    writeFileAtomic(file, (write) => pieces.forEach(write));
    expect(readFileSync(file, 'utf8')).toBe(pieces.join(''));
    // A writer that fails halfway leaves the file as it was, and no temporary file; its error
    // is its own, not one about the folder.
    const failing = () =>
      writeFileAtomic(file, (write) => {
        write('half');
        throw new Error('stopped');
      });
    expect(failing).toThrow('stopped');
    expect(failing).not.toThrow(InputError);
    // The same written in place, to a device.
    const toDevice = () =>
      writeFileAtomic('/dev/null', (write) => {
        write('half');
        throw new Error('stopped');
      });
    expect(toDevice).toThrow('stopped');
    expect(toDevice).not.toThrow(InputError);
    expect(readFileSync(file, 'utf8')).toBe(pieces.join(''));
    expect(readdirSync(dir).filter((f) => f.startsWith('pieces'))).toEqual(['pieces.txt']);
  });
});

describe('writeFileAtomic on a pipe', () => {
  it('writes a FIFO in place instead of renaming a regular file over it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-fifo-'));
    try {
      const fifo = join(dir, 'pipe');
      execFileSync('mkfifo', [fifo]);
      // Held open for reading and writing, so opening it to write does not wait for a reader.
      const fd = openSync(fifo, 'r+');
      try {
        writeFileAtomic(fifo, 'through the pipe');
        // Checked before reading: had the FIFO been replaced, the read below would wait forever.
        expect(statSync(fifo).isFIFO()).toBe(true);
        expect(readdirSync(dir)).toEqual(['pipe']);
        const buf = Buffer.alloc(64);
        const n = readSync(fd, buf, 0, 64, null);
        expect(buf.subarray(0, n).toString('utf8')).toBe('through the pipe');
      } finally {
        closeSync(fd);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('-o on standard output by name', () => {
  const cli = join(process.cwd(), 'dist', 'cli.js');
  const catalog = join(process.cwd(), 'test', 'fixtures', 'report', 'hokhau-small', 'catalog.yaml');
  const count = (out: string) => [cli, 'count', catalog, '--depends-on', 'so-ho-khau', '--format', 'json', '-o', out];
  const inFolder = (prefix: string, work: (dir: string) => void) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    try {
      work(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('writes through a link to /proc/self/fd/1 as to standard output, a pipe or a socket', () => {
    inFolder('tthc-fd-link-', (dir) => {
      symlinkSync('/proc/self/fd/1', join(dir, 'out'));
      const out = execFileSync(process.execPath, count(join(dir, 'out')), { encoding: 'utf8' });
      // Through a shell's pipe too.
      const command = [process.execPath, ...count(join(dir, 'out'))].map((a) => `"${a}"`).join(' ');
      const piped = execFileSync('sh', ['-c', `${command} | cat`], { encoding: 'utf8' });
      expect(piped).toBe(out);
      expect(JSON.parse(out).target.id).toBe('so-ho-khau');
      expect(lstatSync(join(dir, 'out')).isSymbolicLink()).toBe(true);
      expect(readdirSync(dir)).toEqual(['out']);
    });
  });

  it('appends to standard output named /dev/fd/1 or /proc/self/fd/1, as `>>` asks, instead of replacing anything', () => {
    inFolder('tthc-fd-', (dir) => {
      for (const name of ['/dev/fd/1', '/proc/self/fd/1']) {
        const log = join(dir, 'log.txt');
        writeFileSync(log, 'before\n');
        const fd = openSync(log, 'a');
        try {
          execFileSync(process.execPath, count(name), { stdio: ['ignore', fd, 'pipe'] });
        } finally {
          closeSync(fd);
        }
        const text = readFileSync(log, 'utf8');
        expect(text.startsWith('before\n')).toBe(true);
        expect(JSON.parse(text.slice('before\n'.length)).target.id).toBe('so-ho-khau');
        expect(readdirSync(dir)).toEqual(['log.txt']);
      }
    });
  });
});
