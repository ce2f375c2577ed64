import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

let cwd: string;

// 300 references to documents that are not defined (warnings with --lenient), then 5 unknown keys (errors).
beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'tthc-max-shown-'));
  const lines = ['provinces: [{ code: HN, name: Hà Nội }]', 'procedures:'];
  for (let i = 0; i < 300; i++) lines.push(`  - { code: p${i}, name: x, level: [tinh], provinces: [HN], requires: [{ document: missing${i} }] }`);
  for (let i = 0; i < 5; i++) lines.push(`  - { code: e${i}, name: x, level: [tinh], provinces: [HN], requires: [], foo: 1 }`);
  mkdirSync(join(cwd, 'many'));
  writeFileSync(join(cwd, 'many', 'catalog.yaml'), `${lines.join('\n')}\n`);
  mkdirSync(join(cwd, 'with space'));
  writeFileSync(join(cwd, 'with space', 'catalog.yaml'), `${lines.join('\n')}\n`);
});

afterAll(() => rmSync(cwd, { recursive: true, force: true }));

async function tthc(...args: string[]) {
  const io = memoryIo({ cwd });
  const code = await run(args, io);
  return { code, out: io.out(), err: io.err() };
}

/** The headers of the diagnostics printed: `file:line:col  severity  CODE`. */
const printed = (text: string) => [...text.matchAll(/^\S+:\d+:\d+ {2}(\S+) {2}(\S+)/gm)].map((m) => `${m[1]} ${m[2]}`);
const count = (list: string[], item: string) => list.filter((x) => x === item).length;

describe('how many findings the text output shows', () => {
  it('tthc check shows 200, errors first, then says how many are not shown and how to see them', async () => {
    const r = await tthc('check', 'many', '--lenient', '--lang', 'en');
    expect(r.code).toBe(1);
    const shown = printed(r.out);
    expect(shown).toHaveLength(200);
    expect(count(shown, 'error UNKNOWN_KEY')).toBe(5);
    expect(count(shown, 'warning UNKNOWN_REFERENCE')).toBe(195);
    expect(r.out.trimEnd().split('\n').slice(-3)).toEqual([
      '',
      'Not shown: 105 warnings. --max-shown all shows every one; --format json lists them all for tools.',
      '5 errors and 300 warnings in 1 file.',
    ]);
    const vi = await tthc('check', 'many', '--lenient');
    expect(vi.out.trimEnd().split('\n').slice(-2)).toEqual([
      'Chưa hiện: 105 cảnh báo. --max-shown all hiện tất cả; --format json liệt kê tất cả cho công cụ khác.',
      '5 lỗi và 300 cảnh báo trong 1 tệp.',
    ]);
  });

  it('tthc check --max-shown sets the number; all shows every one, 0 only the counts', async () => {
    const three = await tthc('check', 'many', '--max-shown', '3', '--lang', 'en');
    expect(printed(three.out)).toHaveLength(3);
    expect(three.out).toContain('Not shown: 302 errors.');
    const all = await tthc('check', 'many', '--max-shown', 'all', '--lang', 'en');
    expect(printed(all.out)).toHaveLength(305);
    expect(all.out).not.toContain('Not shown');
    expect(all.out.endsWith('hint: The keys allowed here are: code, name, name_en, field, ministry, agency, level, provinces, online, essential, basis, requires, needs, produces, source, note.\n\n305 errors in 1 file.\n')).toBe(true);
    const none = await tthc('check', 'many', '--max-shown', '0', '--lang', 'en');
    expect(none.out).toBe('Not shown: 305 errors. --max-shown all shows every one; --format json lists them all for tools.\n305 errors in 1 file.\n');
    expect(none.code).toBe(1);
  });

  it('tthc check --format json lists every finding whatever --max-shown says', async () => {
    const r = await tthc('check', 'many', '--format', 'json', '--max-shown', '1');
    expect(JSON.parse(r.out).diagnostics).toHaveLength(305);
  });

  it('tthc check refuses a --max-shown that is neither a whole number nor all', async () => {
    for (const bad of ['-1', 'some', '2.5']) {
      const r = await tthc('check', 'many', '--max-shown', bad, '--lang', 'en');
      expect(r.code).toBe(2);
      expect(r.err).toContain(`error: --max-shown '${bad}' is neither a whole number nor all.`);
    }
    expect((await tthc('check', 'many', '--max-shown', 'x')).err).toContain("lỗi: --max-shown 'x' không phải số nguyên không âm, cũng không phải all.");
  });

  it('the other commands show 200 of the catalog findings and name the tthc check that shows them all', async () => {
    const r = await tthc('blocked', 'many', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(printed(r.err)).toHaveLength(200);
    expect(r.err.trimEnd().split('\n').slice(-2)).toEqual([
      'Not shown: 105 errors. `tthc check many --lang en --max-shown all` shows every one.',
      'The catalog has 305 errors and cannot be analysed.',
    ]);
    const lenient = await tthc('blocked', 'with space', '--lenient');
    expect(lenient.err).toContain("Chưa hiện: 105 cảnh báo. `tthc check 'with space' --lenient --max-shown all` hiện tất cả.\n");
  });

  it('in a terminal, fits the line that counts the findings left out as wide with colours as without', async () => {
    for (const [argv, stream] of [[['check', 'many', '--max-shown', '3'], 'out'], [['blocked', 'many'], 'err']] as const) {
      const shown = async (env: Record<string, string>) => {
        const io = memoryIo({ cwd, env: { CI: '1', ...env }, stdoutIsTTY: true, stdoutColumns: 60, stderrIsTTY: true, stderrColumns: 60 });
        await run([...argv], io);
        return stream === 'out' ? io.out() : io.err();
      };
      const coloured = await shown({});
      expect(coloured).toMatch(/\x1b\[31m/);
      const plain = await shown({ NO_COLOR: '1' });
      expect(plain).toMatch(/^Chưa hiện: /m);
      expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toBe(plain);
    }
  });

  it('the tthc check they name says --lang vi where TTHC_LANG=en would answer in English', async () => {
    const io = memoryIo({ cwd, env: { TTHC_LANG: 'en' } });
    expect(await run(['blocked', 'many', '--lang', 'vi'], io)).toBe(1);
    expect(io.err()).toContain('Chưa hiện: 105 lỗi. `tthc check many --lang vi --max-shown all` hiện tất cả.\n');
    const english = memoryIo({ cwd, env: { TTHC_LANG: 'en' } });
    await run(['blocked', 'many'], english);
    expect(english.err()).toContain('Not shown: 105 errors. `tthc check many --lang en --max-shown all` shows every one.\n');
  });
});
