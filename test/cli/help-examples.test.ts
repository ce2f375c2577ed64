import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index.js';
import { mainHelp } from '../../src/cli/run.js';
import { MAIN_EXAMPLES } from '../../src/cli/run-text.js';
import { ROOT, tthc } from './analysis-cli-helpers.js';

const examples = [...MAIN_EXAMPLES.map((e) => e.command), ...commands.flatMap((c) => c.examples.map((e) => e.command))];

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

describe('tthc --help', () => {
  it.each(['vi', 'en'] as const)('explains the options of tthc itself and gives examples (%s)', (lang) => {
    const help = mainHelp(lang);
    for (const option of ['--lang', '--version', '--help']) expect(help).toMatch(new RegExp(`^ {2}(-\\w, | {4})${option}\\b.* \\S`, 'm'));
    for (const e of MAIN_EXAMPLES) expect(help).toContain(`  # ${e[lang]}\n  ${e.command}\n`);
  });

  it.each(MAIN_EXAMPLES.map((e) => [e.command] as const))('example `%s` runs and exits 0', async (command) => {
    const [name, ...argv] = command.split(' ');
    expect(name).toBe('tthc');
    const r = await tthc(...argv);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.length).toBeGreaterThan(0);
  });

  it('prints the version with --version and -v', async () => {
    const long = await tthc('--version');
    expect(long.code).toBe(0);
    expect(long.out).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
    expect((await tthc('-v')).out).toBe(long.out);
  });
});
