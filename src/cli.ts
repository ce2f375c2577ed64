import { isatty } from 'node:tty';
import { run } from './cli/run.js';
import { readAll } from './cli/stdin.js';
import { internalErrorText, resolveLang } from './cli/text.js';

// A reader that stops early (`tthc … | head`) closes the pipe: stop quietly, as other tools do.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
});

run(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stdoutColumns: process.stdout.isTTY ? process.stdout.columns : undefined,
  stderrColumns: process.stderr.isTTY ? process.stderr.columns : undefined,
  env: process.env,
  cwd: process.cwd(),
  // process.stdin is made only when it is read.
  stdinIsTTY: isatty(0),
  readStdin: (maxSize) => readAll(process.stdin, maxSize),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(internalErrorText(e, resolveLang(process.argv.slice(2), process.env)));
    if (process.env.TTHC_DEBUG) process.stderr.write(`${e instanceof Error ? e.stack : ''}\n`);
    process.exitCode = 70;
  },
);
