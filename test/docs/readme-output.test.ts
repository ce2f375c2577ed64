import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tthc } from '../cli/analysis-cli-helpers.js';
import { expectExampleRuns } from './js-example.js';
import { mismatch } from './shown-output.js';

// The README's command-line examples are real runs on the bundled catalog: each line shown
// is a line of the output, in order. A line "…" stands for lines left out; a line ending
// in " …" is cut there, and so may be a table's rule of dashes.

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

interface Example {
  command: string;
  shown: string[];
}

/** The fenced blocks of the README: their info string, their lines, and the text before them. */
function blocks(): { info: string; lines: string[]; before: string }[] {
  const out: { info: string; lines: string[]; before: string }[] = [];
  const lines = readme.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('```')) continue;
    const end = lines.indexOf('```', i + 1);
    out.push({ info: lines[i].slice(3), lines: lines.slice(i + 1, end), before: lines.slice(0, i).join('\n') });
    i = end;
  }
  return out;
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const b of blocks()) {
    if (b.info !== '') continue;
    if (b.lines[0].startsWith('$ tthc ')) {
      out.push({ command: b.lines[0].slice(2), shown: b.lines.slice(1) });
    } else {
      // The output of `npm start`, named in the sentence before the block.
      const named = /`npm start` runs `(tthc [^`]+)`[^\n]*\n*$/.exec(b.before);
      if (named) out.push({ command: named[1], shown: b.lines });
    }
  }
  return out;
}

describe('the command-line examples of the README', () => {
  const list = examples();

  it('are found, npm start among them', () => {
    expect(list.map((e) => e.command)).toContain('tthc summary catalog/');
    expect(list.length).toBeGreaterThanOrEqual(3);
  });

  it.each(list.map((e) => [e.command, e] as const))('%s prints what the README shows', async (command, e) => {
    const r = await tthc(...command.split(' ').slice(1));
    expect(r.code).toBe(0);
    expect(mismatch(e.shown, r.out.split('\n'))).toBeUndefined();
  });
});

describe('the library example of the README', () => {
  const block = blocks().find((b) => b.info === 'js');

  it('prints what its comments show, run against the built package', () => {
    expect(block).toBeDefined();
    expectExampleRuns(block!.lines, 4);
  });
});
