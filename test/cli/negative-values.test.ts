import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index.js';
import { memoryIo } from '../../src/cli/io.js';
import { parseCommandArgs, run } from '../../src/cli/run.js';
import { ROOT, SMALL } from './analysis-cli-helpers.js';

const graph = commands.find((c) => c.name === 'graph')!;

describe('a negative number after an option that takes a value', () => {
  it('is the value, not an unknown short option', () => {
    const parsed = parseCommandArgs(graph, [SMALL, '--focus', 'so-ho-khau', '--depth', '-1']);
    expect(parsed.values.depth).toBe('-1');
    expect(parsed.positionals).toEqual([SMALL]);
  });

  it('reaches the option\'s own check, which says what is wrong with it', async () => {
    const io = memoryIo({ cwd: ROOT });
    expect(await run(['graph', SMALL, '--focus', 'so-ho-khau', '--depth', '-1', '--lang', 'en'], io)).toBe(2);
    expect(io.err()).toContain('--depth must be a whole number, 0 or more');
    expect(io.err()).not.toContain('needs a value');
  });

  it('leaves an option followed by another option, and everything after --, alone', () => {
    expect(() => parseCommandArgs(graph, [SMALL, '--focus', '--depth', '2'])).toThrow(/needs a value/);
    expect(() => parseCommandArgs(graph, [SMALL, '--focus', 'x', '--', '--depth', '-1'])).toThrow("Unexpected argument '--depth'");
  });
});
