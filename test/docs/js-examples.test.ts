import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { expectExampleRuns, jsBlockAfter } from './js-example.js';

// The examples of the docs are real runs: each comment after a line that prints shows what
// it prints.

const doc = (name: string) => readFileSync(new URL(`../../docs/${name}`, import.meta.url), 'utf8');

describe('the graph-walking example of docs/semantics.md', () => {
  it('prints what its comments show, run against the built package', () => {
    expectExampleRuns(jsBlockAfter(doc('semantics.md'), '## Walking the graph (`graphDependents`, `graphDependencies`)'), 3);
  });
});

describe('the example of the reports in a script, in docs/whatif-timeline-diff.md', () => {
  it('prints what its comments show, run against the built package', () => {
    expectExampleRuns(jsBlockAfter(doc('whatif-timeline-diff.md'), '## In a script'), 8);
  });
});

describe('the example of a baseline in a script, in docs/cli.md', () => {
  it('prints what its comments show, run against the built package', () => {
    expectExampleRuns(jsBlockAfter(doc('cli.md'), '### A baseline of known findings: `--baseline`'), 4);
  });
});
