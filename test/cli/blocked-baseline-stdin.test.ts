import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/catalog/load-types.js';
import { memoryIo, type Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { ensureBuilt } from '../package/built-package.js';
import { piped, ROOT, SMALL, tthc } from './analysis-cli-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'tthc-baseline-stdin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `tthc blocked SMALL …` in memory from the repository root, with `stdin` as what is piped in. */
async function blocked(stdin: Partial<Io>, ...argv: string[]) {
  const io = memoryIo({ cwd: ROOT, ...stdin });
  const code = await run(['blocked', SMALL, ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

/** The baseline `tthc blocked SMALL --format baseline` writes with these arguments, as bytes and in a file. */
async function baselineOf(name: string, ...argv: string[]): Promise<{ bytes: Uint8Array; path: string }> {
  const r = await tthc('blocked', SMALL, '--format', 'baseline', ...argv);
  expect(r.code).toBe(0);
  const path = join(dir, name);
  writeFileSync(path, r.out);
  return { bytes: new TextEncoder().encode(r.out), path };
}

/**
 * What a run with the baseline file at `path` printed, as the same run with it piped in prints
 * it: named <stdin> (in Markdown, escaped), and without the hint to write the file again under
 * the entries no longer found, or after the warning about them.
 */
function asPiped(printed: { code: number; out: string; err: string }, path: string, format = 'text') {
  const hint = 'To drop the entries no longer found, run the command again with --format baseline -o ';
  const line = printed.out.split('\n').find((l) => l.startsWith(hint));
  return {
    code: printed.code,
    out: (line === undefined ? printed.out : printed.out.replace(`\n${line}\n`, '')).replaceAll(path, format === 'markdown' ? '&lt;stdin&gt;' : '<stdin>'),
    err: printed.err.replace(` ${hint}${path}.`, '').replaceAll(path, '<stdin>'),
  };
}

describe('tthc blocked --baseline -: the baseline from standard input', () => {
  it('reports what the same baseline as a file does, named <stdin>, read within the limit of a baseline file', async () => {
    // The findings of the last day of the book, against the day after: some new, some known.
    const { bytes, path } = await baselineOf('before.json', '--at', '2022-12-31');
    const asked: number[] = [];
    for (const format of ['text', 'markdown', 'json', 'csv', 'baseline']) {
      const args = ['--at', '2023-01-01', '--format', format, '--fail-on', 'blocked', '--lang', 'en'];
      const fromFile = await blocked({}, ...args, '--baseline', path);
      const fromStdin = await blocked(piped(bytes, asked), ...args, '--baseline', '-');
      expect(fromFile.code).toBe(1);
      expect(fromStdin).toEqual(asPiped(fromFile, path, format));
      // Some entries of the last day are no longer found the day after: said with the hint for a file only.
      if (format === 'text' || format === 'json') expect(`${fromFile.out}${fromFile.err}`).toContain(`--format baseline -o ${path}.`);
    }
    expect(asked).toEqual(Array(5).fill(DEFAULT_LIMITS.maxFileSize));
  });

  it('lists the entries no longer found without the hint to write the file again, which a pipe has not', async () => {
    const { bytes, path } = await baselineOf('after.json', '--at', '2023-01-01');
    const text = await blocked(piped(bytes), '--at', '2022-12-31', '--baseline', '-', '--lang', 'en');
    expect(text.code).toBe(0);
    const stale = Number(/Entries of the baseline no longer found +(\d+)\n/.exec(text.out)?.[1]);
    expect(stale).toBeGreaterThan(0);
    expect(text.out).toMatch(/^Code +Finding +Provinces$/m);
    expect(text.out).not.toContain('To drop the entries no longer found');
    const fromFile = await blocked({}, '--at', '2022-12-31', '--baseline', path, '--lang', 'en');
    expect(fromFile.out).toContain(`To drop the entries no longer found, run the command again with --format baseline -o ${path}.`);

    const markdown = await blocked(piped(bytes), '--at', '2022-12-31', '--baseline', '-', '-f', 'markdown');
    expect(markdown.out).toContain('## So với baseline &lt;stdin&gt;');
    expect(markdown.out).not.toContain('Bỏ các mục không còn thấy');
    const json = await blocked(piped(bytes), '--at', '2022-12-31', '--baseline', '-', '-f', 'json');
    expect(JSON.parse(json.out).baseline).toMatchObject({ file: '<stdin>' });
    expect(JSON.parse(json.out).baseline.stale).toHaveLength(stale);
    expect(json.err).toMatch(new RegExp(`^Cảnh báo: ${stale} mục của <stdin> không còn thấy: .*\\.\\n$`));
    expect(json.err).not.toContain('--format baseline -o');
  });

  it('locates the findings of a piped baseline at <stdin>:line:column, with the line quoted, and exits 1', async () => {
    const bad = new TextEncoder().encode('{"version": 1, "findings": [{"code": "1.000894", "province": 5, "finding": "bloked"}]}\n');
    const r = await blocked(piped(bad), '--baseline', '-', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('<stdin>:1:62  error  WRONG_TYPE  `findings[0].province` must be text or empty (null), not a whole number.');
    expect(r.err).toContain('<stdin>:1:76  error  INVALID_VALUE');
    expect(r.err).toContain('  1 | {"version": 1, "findings": [{"code": "1.000894", "province": 5, "finding": "bloked"}]}');
    expect(r.err).toContain('The baseline has 2 errors and cannot be used.');
  });

  it('refuses a terminal without reading it, a run with no standard input and an empty pipe, naming the pipe to use; exit 2', async () => {
    const asked: number[] = [];
    const tty = await blocked({ ...piped(new Uint8Array(), asked), stdinIsTTY: true }, '--baseline', '-', '--lang', 'en');
    expect(tty).toMatchObject({ code: 2, out: '' });
    expect(asked).toEqual([]);
    expect(tty.err).toContain('error: --baseline - reads the baseline from standard input, but standard input is a terminal here: nothing was piped in.');
    expect(tty.err).toContain('hint: Pipe it in, e.g. tthc blocked ../main/catalog/ --format baseline | tthc blocked catalog/ --baseline -; or give a file.');
    const none = await blocked({}, '--baseline', '-', '--lang', 'en');
    expect(none).toMatchObject({ code: 2, out: '' });
    expect(none.err).toContain('but this run has no standard input.');
    const empty = await blocked(piped(new Uint8Array()), '--baseline', '-');
    expect(empty).toMatchObject({ code: 2, out: '' });
    expect(empty.err).toContain('lỗi: Đầu vào chuẩn trống: không có tệp baseline nào được chuyển vào.');
    const tooMuch = await blocked(piped(undefined), '--baseline', '-', '--lang', 'en');
    expect(tooMuch).toMatchObject({ code: 2, out: '' });
    expect(tooMuch.err).toContain(`error: Standard input is longer than the limit of ${DEFAULT_LIMITS.maxFileSize} bytes for the baseline.`);
  });
});

describe('the built tthc', () => {
  beforeAll(() => ensureBuilt());
  const cli = join(ROOT, 'dist', 'cli.js');

  it('takes the findings of one run piped into another, as the help shows, and fails on the new ones only', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.TTHC_LANG;
    const tthcSh = `tthc() { "${process.execPath}" "${cli}" "$@"; }`;
    const pipeline = `tthc blocked ${SMALL} --at 2022-12-31 --format baseline | tthc blocked ${SMALL} --at 2023-01-01 --baseline - --fail-on blocked --lang en`;
    const r = spawnSync('sh', ['-c', `${tthcSh}\n${pipeline}`], { cwd: ROOT, env, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const path = join(dir, 'piped.json');
    const write = spawnSync(process.execPath, [cli, 'blocked', SMALL, '--at', '2022-12-31', '--format', 'baseline', '-o', path], { cwd: ROOT, env, encoding: 'utf8' });
    expect(write.status).toBe(0);
    const fromFile = spawnSync(process.execPath, [cli, 'blocked', SMALL, '--at', '2023-01-01', '--baseline', path, '--fail-on', 'blocked', '--lang', 'en'], { cwd: ROOT, env, encoding: 'utf8' });
    expect(fromFile.status).toBe(1);
    expect(r.stdout).toBe(asPiped({ code: 1, out: fromFile.stdout, err: '' }, path).out);
    expect(r.stdout).toMatch(/New findings \(shown above\) +[1-9]\d*\n/);
    expect(readFileSync(path, 'utf8')).toMatch(/^\{\n {2}"version": 1,/);
  });
});
