import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index.js';

// The README and docs/ must not send a reader to a file, a heading, a command or an option
// that does not exist.

const root = fileURLToPath(new URL('../../', import.meta.url));
const docFiles = ['README.md', 'catalog/README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** The text outside fenced code blocks, with the blocks blanked (line numbers kept). */
function prose(text: string): string {
  return text.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, (block) => block.replace(/[^\n]/g, ''));
}

/** GitHub's anchor for a heading: lower case, punctuation removed, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}_ -]/gu, '')
    .replace(/ /g, '-');
}

function anchors(file: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of prose(read(file)).matchAll(/^#{1,6} +(.+?) *#*$/gm)) {
    const base = slug(m[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

const links = docFiles.flatMap((file) =>
  [...prose(read(file)).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1])
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
    .map((target) => ({ file, target })),
);

describe('links in the README and docs/', () => {
  it('finds links to check', () => {
    expect(links.length).toBeGreaterThan(10);
  });

  it.each(links.map((l) => [l.file, l.target] as const))('%s → %s resolves', (file, target) => {
    const [path, anchor] = target.split('#');
    const resolved = path === '' ? file : relative(root, join(root, dirname(file), decodeURI(path)));
    expect(existsSync(join(root, resolved)), `${resolved} exists`).toBe(true);
    if (anchor !== undefined) {
      expect(statSync(join(root, resolved)).isFile() && resolved.endsWith('.md'), `${resolved} is a Markdown file`).toBe(true);
      expect([...anchors(resolved)], `heading #${anchor} in ${resolved}`).toContain(decodeURIComponent(anchor));
    }
  });
});

/** Options every command takes (the runner handles them). */
const GLOBAL = ['help', 'lang', 'version'];
const byName = new Map(commands.map((c) => [c.name, new Set([...c.options.map((o) => o.name), ...GLOBAL])]));
const choicesOf = new Map(commands.map((c) => [c.name, new Map(c.options.filter((o) => o.choices).map((o) => [o.name, o.choices as readonly string[]]))]));
const shortsOf = new Map(commands.map((c) => [c.name, new Set([...c.options.flatMap((o) => (o.short ? [o.short] : [])), 'h'])]));
const allOptions = new Set([...byName.values()].flatMap((s) => [...s]));

/** Every piece of code in a document: fenced blocks line by line, and inline code spans. */
function codeOf(text: string): string[] {
  const blocks = [...text.matchAll(/^```[^\n]*\n([\s\S]*?)^```$/gm)].flatMap((m) => m[1].split('\n'));
  const spans = [...prose(text).matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);
  return [...blocks, ...spans];
}

/** `tthc <command> …` invocations in code, with the options written after the command. */
const invocations = docFiles.flatMap((file) =>
  codeOf(read(file)).flatMap((code) =>
    [...code.matchAll(/(?:^|[\s$(])tthc +([a-z][a-z-]*)([^|;&#]*)/g)].map((m) => ({
      file,
      code: code.trim(),
      command: m[1],
      options: [...m[2].matchAll(/(?:^|\s)--([a-z][a-z0-9-]*)/g)].map((o) => o[1]),
      values: [...m[2].matchAll(/(?:^|\s)--([a-z][a-z0-9-]*)[ =]([a-z][a-z|-]*)(?=\s|$|\])/g)].map((o) => ({ option: o[1], value: o[2] })),
      shorts: [...m[2].matchAll(/(?:^|\s)-([a-zA-Z])(?=\s|$)/g)].map((o) => o[1]),
    })),
  ),
);

describe('commands and options named in the README and docs/', () => {
  it('finds invocations of every command', () => {
    const invoked = new Set(invocations.map((i) => i.command));
    for (const name of byName.keys()) expect([...invoked], `tthc ${name}`).toContain(name);
  });

  it.each(invocations.map((i) => [i.file, i.code, i] as const))('%s: `%s` names a command and its options', (_file, _code, i) => {
    expect([...byName.keys(), 'help'], `tthc ${i.command}`).toContain(i.command);
    const own = byName.get(i.command) ?? new Set(GLOBAL);
    // A mistake made on purpose, to show the message it gets, is fine.
    const shownWrong = (option: string) =>
      read(i.file).includes(`Unknown option '--${option}' for 'tthc ${i.command}'`) ||
      read(i.file).includes(`Lệnh 'tthc ${i.command}' không có tuỳ chọn '--${option}'`);
    for (const option of i.options) if (!shownWrong(option)) expect([...own], `--${option} of tthc ${i.command}`).toContain(option);
    // A value written in lower case (not a placeholder such as FORMAT) must be one the option allows.
    const choices = choicesOf.get(i.command);
    for (const { option, value } of i.values) {
      const allowed = choices?.get(option);
      if (allowed) for (const v of value.split('|')) expect([...allowed], `--${option} ${v} of tthc ${i.command}`).toContain(v);
    }
    for (const short of i.shorts) expect([...(shortsOf.get(i.command) ?? ['h'])], `-${short} of tthc ${i.command}`).toContain(short);
  });

  it('names only options that some command has, wherever an option is written alone', () => {
    const alone = docFiles.flatMap((file) =>
      codeOf(read(file))
        .filter((code) => /^--[a-z][a-z0-9-]*(?:[ =].*)?$/.test(code.trim()))
        .map((code) => ({ file, option: /^--([a-z][a-z0-9-]*)/.exec(code.trim())![1] })),
    );
    expect(alone.length).toBeGreaterThan(5);
    expect(alone.filter((a) => !allOptions.has(a.option))).toEqual([]);
  });

  it('docs/cli.md mentions every command and every option', () => {
    const cli = read('docs/cli.md');
    for (const [name, options] of byName) {
      expect(cli, `tthc ${name}`).toContain(`tthc ${name}`);
      for (const option of options) if (option !== 'version') expect(cli, `--${option} of tthc ${name}`).toContain(`--${option}`);
    }
  });
});

describe('library functions named in the README and docs/', () => {
  // docs/design-choices.md explains the insides, and names internal functions on purpose.
  const files = docFiles.filter((file) => file !== 'docs/design-choices.md');
  const called = files.flatMap((file) => [...read(file).matchAll(/`([a-z][A-Za-z0-9]*)\(/g)].map((m) => ({ file, name: m[1] })));

  it('finds calls to check', () => {
    expect(called.length).toBeGreaterThan(20);
  });

  it('are exported by the package', async () => {
    const library: Record<string, unknown> = await import('../../src/index.js');
    const missing = called.filter(({ name }) => typeof library[name] !== 'function').map(({ file, name }) => `${file}: ${name}`);
    expect([...new Set(missing)]).toEqual([]);
  });
});
