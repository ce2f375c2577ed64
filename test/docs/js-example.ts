import { execFileSync } from 'node:child_process';
import { expect } from 'vitest';
import { ensureBuilt, ROOT } from '../package/built-package.js';

/** The lines of the first `js` block after a heading of a Markdown text (none when the heading is missing). */
export function jsBlockAfter(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  const open = lines.indexOf('```js', start);
  const close = lines.indexOf('```', open + 1);
  return start < 0 || open < 0 ? [] : lines.slice(open + 1, close);
}

/** The comments that show what the line before them prints (`console.log(…)` then `// …`). */
export function shownOutput(lines: string[]): string[] {
  const out: string[] = [];
  let afterLog = false;
  for (const line of lines) {
    if (afterLog && line.startsWith('// ')) out.push(line.slice(3));
    else afterLog = line.includes('console.log(');
  }
  return out;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Runs a documented `js` example against the built package, as a user would paste it into an
 * ES module, and expects it to print what its comments show (white space aside), and to show
 * at least `min` lines of output.
 */
export function expectExampleRuns(lines: string[], min: number): void {
  const expected = shownOutput(lines);
  expect(expected.length).toBeGreaterThanOrEqual(min);
  ensureBuilt();
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', lines.join('\n')], { cwd: ROOT, encoding: 'utf8' });
  expect(collapse(out)).toBe(collapse(expected.join('\n')));
}
