import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tthc } from '../cli/analysis-cli-helpers.js';
import { mismatch } from './shown-output.js';

// Every `$ tthc …` example in docs/ and catalog/README.md is a real run, from the repository
// root: each line shown is a line of what the command prints (standard error and standard
// output, in either order), in order. A line "…" stands for lines left out, "… (N more
// lines)" for the last N lines, a line ending in " …" is cut there, and "[exit status N]" is
// the exit code. Examples that pipe, redirect or
// write a file are left to the tests of their commands.

const pages = [...readdirSync(new URL('../../docs/', import.meta.url)).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`), 'catalog/README.md'];

interface Example {
  page: string;
  line: number;
  argv: string[];
  shown: string[];
  exit: number | undefined;
}

/** Shell words of a command line: quotes ('…' and "…") group, and are removed. */
function words(command: string): string[] {
  return [...command.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const page of pages) {
    const lines = readFileSync(new URL(`../../${page}`, import.meta.url), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      // Every fence is read to its end, so that a ```yaml block's closing fence is not taken for an opening one.
      // A fence is three backticks or more; it is closed by as many or more (one of four holds output that has fences of three).
      const fence = /^(\s*)(`{3,})([\w-]*)$/.exec(lines[i]);
      if (!fence) continue;
      const indent = fence[1];
      const closing = new RegExp(`^${indent}\`{${fence[2].length},}$`);
      let end = i + 1;
      while (end < lines.length && !closing.test(lines[end])) end++;
      const body = lines.slice(i + 1, end).map((l) => l.slice(indent.length));
      const start = i + 2;
      i = end;
      if (fence[3] !== '' && fence[3] !== 'console') continue;
      if (!body[0]?.startsWith('$ tthc ')) continue;
      const command = body[0].slice(2);
      if (/[|<>]| -o | --output /.test(command) || command.includes('$(') || body.slice(1).some((l) => l.startsWith('$ '))) continue;
      const exitLine = body.findIndex((l) => /^\[exit status \d+\]$/.test(l));
      out.push({
        page,
        line: start,
        argv: words(command).slice(1),
        shown: (exitLine >= 0 ? body.slice(1, exitLine) : body.slice(1)).map((l) => l.trimEnd()),
        exit: exitLine >= 0 ? Number(/\d+/.exec(body[exitLine])![0]) : undefined,
      });
    }
  }
  return out;
}

describe('the command-line examples of docs/ and catalog/README.md', () => {
  const list = examples();

  it('are found on every page that has some', () => {
    expect(new Set(list.map((e) => e.page))).toEqual(new Set(['docs/cli.md', 'docs/plan.md', 'docs/semantics.md', 'docs/whatif-timeline-diff.md']));
    expect(list.length).toBeGreaterThanOrEqual(60);
  });

  it.each(list.map((e) => [`${e.page}:${e.line}: tthc ${e.argv.join(' ')}`, e] as const))('%s prints what the page shows', async (_, e) => {
    const r = await tthc(...e.argv);
    const lines = (text: string) => text.split('\n').map((l) => l.trimEnd());
    // The page shows what was printed on both streams, either first, or only standard output.
    const outFirst = mismatch(e.shown, lines(r.out + r.err));
    const errFirst = mismatch(e.shown, lines(r.err + r.out));
    const outOnly = mismatch(e.shown, lines(r.out));
    expect(outFirst === undefined || errFirst === undefined || outOnly === undefined, `first line not printed: ${JSON.stringify(outFirst)}`).toBe(true);
    if (e.exit !== undefined) expect(r.code).toBe(e.exit);
  });
});
