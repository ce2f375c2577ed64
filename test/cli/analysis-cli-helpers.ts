import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { memoryIo, type Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

/** Repository root: fixtures are given to the CLI relative to it, as a user would. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SMALL = 'test/fixtures/report/hokhau-small/catalog.yaml';
export const UNRESOLVED = 'test/fixtures/report/lenient-unresolved/catalog.yaml';

/** Runs `tthc …` in memory from the repository root. */
export async function tthc(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo({ cwd: ROOT });
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

/** A text or Markdown report of blocked or explain as the library renders it: the CLI's output without the commands to run next that end it. */
export function withoutNext(out: string): string {
  return out.replace(/\n(?:Xem tiếp|Next):\n(?: {2}.*\n)+$/, '').replace(/\n## (?:Xem tiếp|Next)\n\n```sh\n[^`]*```\n$/, '');
}

/** A golden file of the reporters (test/report/golden/), which the CLI must print unchanged. */
export const golden = (name: string): string =>
  readFileSync(new URL(`../report/golden/${name}`, import.meta.url), 'utf8');

/** The codes of the findings a command printed on stderr, in order (`file:line:col  warning  CODE  …`). */
export function findingCodes(err: string): string[] {
  return [...err.matchAll(/^\S+:\d+:\d+ {2}(?:error|warning|lỗi|cảnh báo) {2}([A-Z_]+) /gm)].map((m) => m[1]);
}

/** An Io whose standard input is a pipe that gives `bytes` (undefined: more than the limit); `asked` records each limit it was read with. */
export function piped(bytes: Uint8Array | undefined, asked: number[] = []): Partial<Io> {
  return {
    stdinIsTTY: false,
    readStdin: async (maxSize) => {
      asked.push(maxSize);
      return bytes;
    },
  };
}
