import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryIo, type Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { readAll } from '../../src/cli/stdin.js';
import { DEFAULT_LIMITS } from '../../src/catalog/load-types.js';
import { ensureBuilt, ROOT } from '../package/built-package.js';
import { piped } from './analysis-cli-helpers.js';

const fixtures = fileURLToPath(new URL('../fixtures/reform/', import.meta.url));
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)));

/** `tthc whatif catalog.yaml …` in memory, with `stdin` as what is piped in (its reader records the limit it was given). */
async function whatif(stdin: Partial<Io>, ...argv: string[]) {
  const io = memoryIo({ cwd: fixtures, ...stdin });
  const code = await run(['whatif', 'catalog.yaml', ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

describe('tthc whatif --reform -: the reform from standard input', () => {
  it('reports exactly what the same reform as a file does, read within the limit of a reform file', async () => {
    const asked: number[] = [];
    for (const format of ['text', 'json']) {
      const fromFile = await whatif({}, '--reform', 'unblock-civil-status.yaml', '--format', format, '--lang', 'en');
      const fromStdin = await whatif(piped(bytesOf('unblock-civil-status.yaml'), asked), '--reform', '-', '--format', format, '--lang', 'en');
      expect(fromFile.code).toBe(0);
      expect(fromStdin).toEqual(fromFile);
    }
    expect(asked).toEqual([DEFAULT_LIMITS.maxFileSize, DEFAULT_LIMITS.maxFileSize]);
  });

  it('locates the findings of the piped reform at <stdin>:line:column, with the line quoted, and exits 1', async () => {
    const r = await whatif(piped(bytesOf('reference-errors.yaml')), '--reform', '-');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('<stdin>:8:29');
    expect(r.err).toContain('      - provision: { legal: nd-123-2051, article: 2 }');
    expect(r.err).toContain('Tệp cải cách có 8 lỗi nên không áp dụng được.');
    expect(r.err).not.toContain('reference-errors.yaml');
  });

  it('refuses a terminal without reading it, and a run with no standard input, naming the pipe to use; exit 2', async () => {
    const asked: number[] = [];
    const tty = await whatif({ ...piped(new Uint8Array(), asked), stdinIsTTY: true }, '--reform', '-', '--lang', 'en');
    expect(tty.code).toBe(2);
    expect(asked).toEqual([]);
    expect(tty.err).toContain('error: --reform - reads the reform from standard input, but standard input is a terminal here: nothing was piped in.');
    expect(tty.err).toContain('hint: Pipe it in, e.g. tthc plan catalog/ --format yaml | tthc whatif catalog/ --reform -; or give a file.');
    const none = await whatif({}, '--reform', '-', '--lang', 'en');
    expect(none.code).toBe(2);
    expect(none.err).toContain('but this run has no standard input.');
  });

  it('says so when nothing was piped in, when too much was, and when reading failed; exit 2, nothing printed', async () => {
    const empty = await whatif(piped(new Uint8Array()), '--reform', '-', '--lang', 'en');
    expect(empty).toMatchObject({ code: 2, out: '' });
    expect(empty.err).toContain('error: Standard input is empty: no reform was piped in.');
    expect(empty.err).toContain('hint: If the command before the pipe failed, its message is above.');
    const tooMuch = await whatif(piped(undefined), '--reform', '-', '--lang', 'en');
    expect(tooMuch).toMatchObject({ code: 2, out: '' });
    expect(tooMuch.err).toContain(`error: Standard input is longer than the limit of ${DEFAULT_LIMITS.maxFileSize} bytes for the reform.`);
    const failing = await whatif({ stdinIsTTY: false, readStdin: () => Promise.reject(new Error('EIO: i/o error, read')) }, '--reform', '-');
    expect(failing).toMatchObject({ code: 2, out: '' });
    expect(failing.err).toContain('lỗi: Không đọc được đầu vào chuẩn (EIO: i/o error, read).');
  });
});

describe('readAll', () => {
  it('gives every byte of a stream, in order, across chunks of bytes and of text', async () => {
    const text = 'legal: []\nconnect:\n  - { data_source: csdlqg-dan-cu, province: GL, from: 2023-01-01 } # Gia Lai\n';
    const bytes = new TextEncoder().encode(text);
    const chunks = [bytes.subarray(0, 7), bytes.subarray(7, 40), bytes.subarray(40)];
    expect(new TextDecoder().decode(await readAll(Readable.from(chunks), bytes.length))).toBe(text);
    expect(new TextDecoder().decode(await readAll(Readable.from(['ab', 'cđ']), 5))).toBe('abcđ');
    expect(await readAll(Readable.from([]), 10)).toEqual(new Uint8Array());
  });

  it('stops at the first byte past the limit and closes the stream', async () => {
    const stream = Readable.from([new Uint8Array(6), new Uint8Array(6), new Uint8Array(6)]);
    expect(await readAll(stream, 11)).toBeUndefined();
    expect(stream.destroyed).toBe(true);
    expect(await readAll(Readable.from([new Uint8Array(6), new Uint8Array(5)]), 11)).toHaveLength(11);
  });

  it('rejects with the error of the stream', async () => {
    const stream = new Readable({
      read() {
        this.destroy(new Error('EIO'));
      },
    });
    await expect(readAll(stream, 10)).rejects.toThrow('EIO');
  });
});

describe('the built tthc', () => {
  beforeAll(() => ensureBuilt());
  const cli = join(ROOT, 'dist', 'cli.js');

  /** `line` run by sh from the repository root, `tthc` being the built command. */
  function shell(line: string) {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.TTHC_LANG;
    return spawnSync('sh', ['-c', `tthc() { "${process.execPath}" "${cli}" "$@"; }\nset -e\n${line}`], { cwd: ROOT, env, encoding: 'utf8' });
  }

  it("runs the command that ends a plan as printed: the plan piped into whatif, which says each procedure it unblocks", () => {
    const planned = shell('tthc plan catalog/ --province GL --without nd-104-2022 --budget 2 --lang en');
    expect(planned.status).toBe(0);
    const lines = planned.stdout.trimEnd().split('\n');
    expect(lines.at(-2)).toBe('Next:');
    const command = lines.at(-1)!.replace(/\s+# .*$/, '').trim();
    expect(command).toMatch(/^tthc plan catalog\/ --province GL --at \S+ --without nd-104-2022 --budget 2 --format yaml --lang en \| tthc whatif catalog\/ --reform - /);
    const fixed = /Targets: \d+ evaluations blocked; fixed: (\d+);/.exec(planned.stdout)?.[1];
    const r = shell(command);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Effect of the reform on \S+ in Gia Lai \(GL\) \(ignoring the amendments of nd-104-2022\)\nReform: 1 new legal document \(KH-TTHC: 2 amendments\)\n/);
    expect(fixed).toBeDefined();
    expect(r.stdout).toContain(`\nNewly met: ${fixed}\n`);
  });

  it('reads nothing from a closed or empty standard input and says so, without waiting', () => {
    const r = spawnSync(process.execPath, [cli, 'whatif', 'catalog/', '--reform', '-', '--lang', 'en'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('error: Standard input is empty: no reform was piped in.');
  });
});
