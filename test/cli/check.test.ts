import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

const cwd = fileURLToPath(new URL('../fixtures/loader/', import.meta.url));
const ANSI = /\x1b\[/;

async function check(args: string[], io = memoryIo({ cwd })) {
  const code = await run(['check', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('tthc check', () => {
  it('exits 0 for a clean catalog', async () => {
    const r = await check(['valid-example']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('No problems in 1 file.\n');
    expect(r.err).toBe('');
  });

  it('exits 0 when there are only warnings', async () => {
    const r = await check(['provinces-ignored']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('warning  PROVINCES_IGNORED');
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('1 warning in 1 file.');
  });

  it('exits 1 for errors, each with its place, a code frame, and the hint', async () => {
    const r = await check(['wrong-type']);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      [
        'wrong-type/unquoted.yaml:4:11  error  WRONG_TYPE  In the entry procedures[0], `code` must be text, not a number.',
        '  4 |   - code: 1.010040',
        '    |           ^^^^^^^^',
        '  hint: Quote it: code: "1.010040". Unquoted, YAML reads 1.010040 as the number 1.01004.',
      ].join('\n'),
    );
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('5 errors in 1 file.');
  });

  it('names both places of an id defined twice across files', async () => {
    const r = await check(['duplicate-across-files']);
    expect(r.code).toBe(1);
    expect(r.out).toContain("duplicate-across-files/b.yaml:10:13  error  DUPLICATE_ID  The procedure code '1.001193' is defined twice; it is first defined at duplicate-across-files/a.yaml:9:13.");
    expect(r.out).toContain('  see: duplicate-across-files/a.yaml:9:13 (first defined here)');
  });

  it('turns unresolved references into warnings with --lenient', async () => {
    expect((await check(['dangling-reference'])).code).toBe(1);
    const r = await check(['dangling-reference', '--lenient']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('warning  UNKNOWN_REFERENCE');
    expect(r.out).not.toContain('error  ');
  });

  it('prints JSON with --format json', async () => {
    const r = await check(['dangling-reference', '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out);
    const loaded = await loadCatalog('dangling-reference', { cwd });
    expect(out).toEqual({ version: 1, files: ['dangling-reference/catalog.yaml'], diagnostics: loaded.diagnostics, summary: { errors: 17, warnings: 0, infos: 0, files: 1 } });
    expect(JSON.parse((await check(['valid-example', '-f', 'json'])).out).summary).toEqual({ errors: 0, warnings: 0, infos: 0, files: 1 });
  });

  it('uses colour on a terminal only, and never with NO_COLOR', async () => {
    expect((await check(['wrong-type'], memoryIo({ cwd, stdoutIsTTY: true }))).out).toMatch(ANSI);
    expect((await check(['wrong-type'], memoryIo({ cwd, stdoutIsTTY: true, env: { NO_COLOR: '1' } }))).out).not.toMatch(ANSI);
    expect((await check(['wrong-type'], memoryIo({ cwd }))).out).not.toMatch(ANSI);
  });

  it('exits 2 for a path that cannot be read, with a message and no stack trace', async () => {
    const r = await check(['no-such-catalog']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe("error: The catalog path 'no-such-catalog' does not exist.\n  hint: Give a catalog file (.yaml, .yml, .json) or a directory that holds such files.\n");
  });

  it('exits 2 for bad usage', async () => {
    expect((await check([])).code).toBe(2);
    const format = await check(['valid-example', '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.err).toContain("'xml' is not a valid value for --format: use one of text, json.");
    const option = await check(['valid-example', '--lenent']);
    expect(option.code).toBe(2);
    expect(option.err).toContain("Did you mean '--lenient'?");
  });

  it('explains itself with --help, with examples', async () => {
    const r = await check(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('usage: tthc check <path> [--format text|json] [--lenient]');
    expect(r.out).toContain('--lenient');
    expect(r.out).toContain('Examples:');
    const main = memoryIo({ cwd });
    expect(await run(['--help'], main)).toBe(0);
    expect(main.out()).toMatch(/^\s+check\s+Validate a catalog/m);
  });
});
