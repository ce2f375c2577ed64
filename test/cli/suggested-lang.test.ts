import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { ROOT, withoutNext } from './analysis-cli-helpers.js';

// The commands a report suggests are run in the same shell: where TTHC_LANG=en makes tthc
// answer in English, those of a Vietnamese report must say --lang vi to answer as it did.

async function tthc(argv: readonly string[], env: Record<string, string>) {
  const io = memoryIo({ cwd: ROOT, env });
  const code = await run([...argv], io);
  return { code, out: io.out(), err: io.err() };
}

/** The commands under the report's "Next" heading (each `  command  # comment`), a pipe's commands apart. */
function suggested(out: string): string[] {
  const at = out.search(/^(?:Xem tiếp|Next):$/m);
  if (at < 0) return [];
  const lines = out.slice(at).split('\n').slice(1).filter((l) => l.startsWith('  '));
  return lines.flatMap((l) => l.replace(/ {2}# .*$/, '').trim().split(' | '));
}

/** A command line's words, as a shell splits one `suggestedCommand` writes (single quotes only). */
function shellWords(line: string): string[] {
  return [...line.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((m) => (m[1] !== undefined ? m[1].replace(/'\\''/g, "'") : m[2]));
}

const ASKED = [
  ['blocked', 'catalog/', '--at', '2023-01-01', '--province', 'GL', '--without', 'nd-104-2022'],
  ['explain', 'catalog/', '1.000894', '--at', '2023-01-01', '--province', 'GL', '--without', 'nd-104-2022'],
  ['rank', 'catalog/', '--at', '2023-01-01', '--without', 'nd-104-2022'],
  ['plan', 'catalog/', '--at', '2023-01-01', '--province', 'GL', '--without', 'nd-104-2022'],
  ['count', 'catalog/', '--depends-on', 'so-ho-khau'],
  ['count', 'catalog/', '--each', 'document'],
  ['summary', 'catalog/'],
];

/** The environments a report is asked in. */
const SHELLS: readonly Record<string, string>[] = [{}, { TTHC_LANG: 'en' }, { TTHC_LANG: 'vi' }];

describe('the commands a report suggests answer in the language of the report, in the shell it was run in', () => {
  it.each(ASKED.map((a) => [a.join(' '), a] as const))('%s: --lang vi where TTHC_LANG=en, --lang en always for English, nothing else', async (_name, argv) => {
    for (const env of SHELLS) {
      for (const lang of ['vi', 'en'] as const) {
        const { code, out } = await tthc([...argv, '--lang', lang], env);
        expect(code, out).toBe(0);
        const commands = suggested(out);
        expect(commands.length, `${argv.join(' ')} --lang ${lang}`).toBeGreaterThan(0);
        const says = lang === 'en' || env.TTHC_LANG === 'en';
        for (const c of commands) {
          expect(c.startsWith('tthc '), c).toBe(true);
          expect(shellWords(c).filter((w) => w === '--lang').length, `${c} (${JSON.stringify(env)}, --lang ${lang})`).toBe(says ? 1 : 0);
          if (says) expect(c, c).toContain(`--lang ${lang}`);
        }
      }
    }
  }, 60_000);

  it('a Vietnamese report run where TTHC_LANG=en suggests commands that answer in Vietnamese there', async () => {
    const env = { TTHC_LANG: 'en' };
    const blocked = await tthc(['blocked', 'catalog/', '--at', '2023-01-01', '--province', 'GL', '--without', 'nd-104-2022', '--lang', 'vi'], env);
    expect(blocked.out).toMatch(/^Xem tiếp:$/m);
    const [explain, plan] = suggested(blocked.out);
    expect(explain).toMatch(/^tthc explain /);
    expect(plan).toMatch(/^tthc plan /);
    for (const c of [explain, plan]) {
      const words = shellWords(c).slice(1);
      const there = await tthc(words, env);
      expect(there.code, there.err).toBe(0);
      // As it answers where TTHC_LANG is not set, in Vietnamese (its own next commands aside).
      expect(withoutNext(there.out), c).toBe(withoutNext((await tthc(words, {})).out));
      expect(there.out, c).toMatch(/^Xem tiếp:$/m);
      // Without --lang, there, it would answer in English: the option is needed.
      const unsaid = await tthc(words.filter((w, i) => w !== '--lang' && words[i - 1] !== '--lang'), env);
      expect(unsaid.out, c).toMatch(/^Next:$/m);
    }
  }, 60_000);
});
