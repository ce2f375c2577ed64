import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { ROOT } from './analysis-cli-helpers.js';

// -o never overwrites what the command reads, nor drops a file that the catalog folder would
// read from then on.

const dir = mkdtempSync(join(tmpdir(), 'tthc-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function tthc(...argv: string[]) {
  const io = memoryIo({ cwd: dir });
  const code = await run([...argv, '--lang', 'en'], io);
  return { code, out: io.out(), err: io.err() };
}

const small = join(ROOT, 'test/fixtures/report/hokhau-small/catalog.yaml');
const reform = join(ROOT, 'test/fixtures/reform/unblock-civil-status.yaml');
const reformCatalog = join(ROOT, 'test/fixtures/reform/catalog.yaml');

describe('-o', () => {
  it('refuses the catalog file it reads, also through a link, and leaves it unchanged', async () => {
    copyFileSync(small, join(dir, 'self.yaml'));
    symlinkSync('self.yaml', join(dir, 'link.yaml'));
    const before = readFileSync(join(dir, 'self.yaml'), 'utf8');
    for (const [input, out] of [['self.yaml', 'self.yaml'], ['link.yaml', './self.yaml'], ['self.yaml', 'link.yaml']]) {
      const r = await tthc('blocked', input, '-o', out);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`error: -o '${out}' is the input file '${input}': writing there would overwrite it.`);
      expect(readFileSync(join(dir, 'self.yaml'), 'utf8')).toBe(before);
    }
  });

  it('refuses an empty file name before loading anything, in either language', async () => {
    for (const cmd of ['blocked', 'report']) {
      const r = await tthc(cmd, small, '-o', '');
      expect([r.code, r.out]).toEqual([2, '']);
      expect(r.err).toContain('error: -o needs a file name, not an empty string.');
    }
    const io = memoryIo({ cwd: dir });
    expect(await run(['blocked', 'missing.yaml', '-o', ''], io)).toBe(2);
    expect(io.err()).toContain('-o cần tên một tệp, không phải chuỗi rỗng.');
  });

  it('refuses the reform file of whatif and either catalog of diff', async () => {
    copyFileSync(reform, join(dir, 'reform.yaml'));
    copyFileSync(reformCatalog, join(dir, 'base.yaml'));
    const r = await tthc('whatif', 'base.yaml', '--reform', 'reform.yaml', '-o', 'reform.yaml');
    expect(r.code).toBe(2);
    expect(r.err).toContain("is the input file 'reform.yaml'");
    expect(readFileSync(join(dir, 'reform.yaml'), 'utf8')).toBe(readFileSync(reform, 'utf8'));
    const d = await tthc('diff', 'base.yaml', 'self.yaml', '-o', 'self.yaml');
    expect(d.code).toBe(2);
    expect(d.err).toContain("is the input file 'self.yaml'");
  });

  it('refuses a catalog file inside the catalog folder, and writes anything else there', async () => {
    cpSync(join(ROOT, 'test/fixtures/report/hokhau-small'), join(dir, 'cat'), { recursive: true });
    mkdirSync(join(dir, 'cat', 'sub'));
    for (const out of ['cat/result.json', 'cat/sub/plan.yaml', 'cat/R.YML']) {
      const r = await tthc('blocked', 'cat', '--format', 'json', '-o', out);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`error: -o '${out}' is inside the catalog folder 'cat': from the next run on, it would be read as a catalog file.`);
    }
    mkdirSync(join(dir, 'cat', '.out'));
    for (const out of ['cat/result.txt', 'cat/.out/result.json', 'cat/.result.json']) {
      const r = await tthc('blocked', 'cat', '--format', 'json', '-o', out);
      expect(r.code).toBe(0);
      expect(JSON.parse(readFileSync(join(dir, out), 'utf8')).totals.blocked).toBeGreaterThan(0);
    }
    // The folder still loads as before.
    expect((await tthc('check', 'cat')).code).toBe(0);
  });

  it('writes beside the catalog as before', async () => {
    writeFileSync(join(dir, 'old.txt'), 'old');
    const r = await tthc('blocked', 'self.yaml', '-o', 'old.txt');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'old.txt'), 'utf8')).toContain('Procedures blocked');
  });
});
