import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index.js';
import { ROOT } from './analysis-cli-helpers.js';

const examples = commands.flatMap((c) => c.examples.map((e) => e.command));

/** Paths inside this repository that an example names (`catalog/…`, `test/…`). */
const repoPaths = [...new Set(examples.flatMap((command) => command.split(/\s+/).filter((w) => /^(catalog|test|schemas)\//.test(w))))];

describe('the examples of --help', () => {
  it('name the bundled catalog', () => {
    expect(repoPaths).toContain('catalog/');
  });

  it.each(repoPaths)('%s exists', (path) => {
    expect(existsSync(join(ROOT, path))).toBe(true);
  });
});
