import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index.js';
import { usageWords } from '../../src/cli/help-lines.js';
import { memoryIo } from '../../src/cli/io.js';
import { commandHelp, mainHelp, run } from '../../src/cli/run.js';
import { textWidth } from '../../src/report/text-width.js';

/** A text with its white space taken out: what it says, however its lines are broken. */
const said = (text: string) => text.replace(/\s+/g, '');

describe('usageWords', () => {
  it('keeps each option whole with what its brackets hold', () => {
    expect(usageWords('tthc blocked <catalog> [--at DATE] [--lacking ID[,ID…]]... [-o FILE]')).toEqual(['tthc', 'blocked', '<catalog>', '[--at DATE]', '[--lacking ID[,ID…]]...', '[-o FILE]']);
    const count = commands.find((c) => c.name === 'count')!;
    expect(usageWords(count.usage)).toContain('(--depends-on ID [--by province|level|field|ministry] | --each KIND)');
    for (const cmd of commands) expect(usageWords(cmd.usage).join(' '), cmd.name).toBe(cmd.usage.replace(/\s+/g, ' ').trim());
  });
});

describe('--help in a terminal', () => {
  it.each(commands.map((c) => [c.name, c] as const))('%s: every line fits 60 to 130 columns but the example commands; the same text; options whole', (_name, cmd) => {
    for (const lang of ['vi', 'en'] as const) {
      const plain = commandHelp(cmd, lang);
      const examples = new Set(cmd.examples.map((ex) => `  ${ex.command}`));
      for (let width = 60; width <= 130; width += 7) {
        const help = commandHelp(cmd, lang, width);
        for (const line of help.split('\n')) if (!examples.has(line)) expect(textWidth(line), `${cmd.name} ${lang} at ${width}: ${line}`).toBeLessThanOrEqual(width);
        expect(said(help)).toBe(said(plain));
        // Each option of the usage whole on a line, unless it is wider than the room after the command's name.
        const usage = help.slice(0, help.indexOf('\n\n')).split('\n');
        const room = width - textWidth(usage[0].slice(0, usage[0].indexOf(' <') + 1));
        for (const word of usageWords(cmd.usage)) if (textWidth(word) <= room) expect(usage.some((l) => l.includes(word)), `${word} at ${width}`).toBe(true);
      }
      // Narrower than an option's text can be broken into: those lines stay whole, nothing is lost.
      expect(said(commandHelp(cmd, lang, 30))).toBe(said(plain));
    }
  });

  it('tthc --help fits too, and is as it was without a width', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (let width = 60; width <= 130; width += 7) {
        const help = mainHelp(lang, width);
        for (const line of help.split('\n')) if (!line.startsWith('  tthc ')) expect(textWidth(line), `${lang} at ${width}: ${line}`).toBeLessThanOrEqual(width);
        expect(said(help)).toBe(said(mainHelp(lang)));
      }
      expect(mainHelp(lang, 1000)).toBe(mainHelp(lang));
    }
  });

  it("prints them fitted into standard output's width when it is a terminal, whole through a pipe", async () => {
    const blocked = commands.find((c) => c.name === 'blocked')!;
    const tty = memoryIo({ stdoutIsTTY: true, stdoutColumns: 72 });
    expect(await run(['blocked', '--help', '--lang', 'en'], tty)).toBe(0);
    expect(tty.out()).toBe(commandHelp(blocked, 'en', 72));
    expect(tty.out()).not.toBe(commandHelp(blocked, 'en'));
    const piped = memoryIo({ stdoutIsTTY: false, stdoutColumns: 72 });
    await run(['blocked', '--help', '--lang', 'en'], piped);
    expect(piped.out()).toBe(commandHelp(blocked, 'en'));
    const main = memoryIo({ stdoutIsTTY: true, stdoutColumns: 72 });
    await run(['--help'], main);
    expect(main.out()).toBe(mainHelp('vi', 72));
  });

  it("fits a usage error, its hint and the usage into standard error's width", async () => {
    const tty = memoryIo({ stderrIsTTY: true, stderrColumns: 60, env: { NO_COLOR: '1', CI: '1' } });
    expect(await run(['blocked', 'catalog/', '--provence', 'GL', '--lang', 'en'], tty)).toBe(2);
    const piped = memoryIo({});
    await run(['blocked', 'catalog/', '--provence', 'GL', '--lang', 'en'], piped);
    expect(Math.max(...piped.err().split('\n').map(textWidth))).toBeGreaterThan(60);
    expect(Math.max(...tty.err().split('\n').map(textWidth))).toBeLessThanOrEqual(60);
    expect(said(tty.err())).toBe(said(piped.err()));
    expect(tty.err()).toMatch(/^usage: tthc blocked <catalog> \[--at DATE\]/m);
    // A message too long for its line continues under its text.
    const unknown = memoryIo({ stderrIsTTY: true, stderrColumns: 40, env: { NO_COLOR: '1', CI: '1' } });
    await run(['blocked', 'catalog/', '--province', 'Nowhere-at-all', '--lang', 'en'], unknown);
    const lines = unknown.err().split('\n');
    expect(lines[0]).toMatch(/^error: /);
    expect(lines[1]).toMatch(/^ {7}\S/);
  });
});
