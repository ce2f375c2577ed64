import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

// Every command that reports on one province names it in its title by the name the catalog
// gives it, in the language of the run, beside its code.

const root = fileURLToPath(new URL('../../', import.meta.url));

async function firstLine(argv: string[]): Promise<string> {
  const io = memoryIo({ cwd: root });
  expect(await run(argv, io), argv.join(' ')).toBe(0);
  return io.out().split('\n')[0];
}

describe('a report of one province', () => {
  it.each([
    ['blocked', 'catalog/', '--at', '2023-01-01'],
    ['blocked', 'catalog/', '--format', 'markdown'],
    ['rank', 'catalog/', '--without', 'nd-104-2022'],
    ['count', 'catalog/', '--depends-on', 'so-ho-khau'],
    ['diff', 'catalog/', '--at', '2022-12-31', '--to', '2023-01-01'],
    ['whatif', 'catalog/', '--reform', 'test/fixtures/reform/unblock-civil-status.yaml'],
    ['plan', 'catalog/', '--without', 'nd-104-2022', '--budget', '1'],
    ['timeline', 'catalog/', '--from', '2022-12-31', '--to', '2023-01-01'],
    ['explain', 'catalog/', '1.001193'],
  ])('tthc %s names it by name and code', async (...argv) => {
    expect(await firstLine([...argv, '--province', 'ha noi'])).toMatch(/ Hà Nội \(HN\)|\(Hà Nội, HN\)/);
    expect(await firstLine([...argv, '--province', 'HN', '--lang', 'en'])).toMatch(/ Hanoi \(HN\)|\(Hanoi, HN\)/);
  });
});
