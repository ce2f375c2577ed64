import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { expectExampleRuns } from './js-example.js';

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

describe('the graph-walking example of docs/semantics.md', () => {
  it('prints what its comments show, run against the built package', () => {
    const lines = example('## Walking the graph (`graphDependents`, `graphDependencies`)');
    expectExampleRuns(lines, 3);
  });
});
