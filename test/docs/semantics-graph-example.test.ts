import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../package/built-package.js';

// The example of docs/semantics.md's "Walking the graph" is a real run: each comment after
// a line that prints shows what it prints.

const text = readFileSync(new URL('../../docs/semantics.md', import.meta.url), 'utf8');

/** The first `js` block after the heading. */
function example(heading: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  const open = lines.indexOf('```js', start);
  const close = lines.indexOf('```', open + 1);
  return start < 0 || open < 0 ? [] : lines.slice(open + 1, close);
}

/** The comments that show what the line before them prints. */
function shownOutput(lines: string[]): string[] {
  const out: string[] = [];
  let afterLog = false;
  for (const line of lines) {
    if (afterLog && line.startsWith('// ')) out.push(line.slice(3));
    else afterLog = line.includes('console.log(');
  }
  return out;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the graph-walking example of docs/semantics.md', () => {
  it('prints what its comments show, run against the built package', () => {
    const lines = example('## Walking the graph (`graphDependents`, `graphDependencies`)');
    const expected = shownOutput(lines);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    ensureBuilt();
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', lines.join('\n')], { cwd: ROOT, encoding: 'utf8' });
    expect(collapse(out)).toBe(collapse(expected.join('\n')));
  });
});
