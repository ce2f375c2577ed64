import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../package/built-package.js';

let cwd: string;

// A catalog with 300 references to documents it does not define (warnings with --lenient), and
// reform files with 250 connections in provinces it does not define (errors), or with the same
// connection 251 times (250 warnings), alone or followed by 3 such errors.
beforeAll(() => {
  ensureBuilt();
  cwd = mkdtempSync(join(tmpdir(), 'tthc-whatif-max-shown-'));
  const catalog = [
    'catalog: { name: many, cutoff: 2023-01-01 }',
    'provinces: [{ code: HN, name: Hà Nội }]',
    'documents: [{ id: so-ho-khau, name: Sổ hộ khẩu, form: paper }]',
    'data_sources: [{ id: dan-cu, name: CSDLQG về dân cư, provides: [so-ho-khau], provinces: { HN: null } }]',
    'procedures:',
    '  - { code: "1.0", name: x, level: [tinh], requires: [{ document: so-ho-khau }] }',
  ];
  for (let i = 0; i < 300; i++) catalog.push(`  - { code: p${i}, name: x, level: [tinh], requires: [{ document: missing${i} }] }`);
  writeFileSync(join(cwd, 'catalog.yaml'), `${catalog.join('\n')}\n`);
  const bad = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `  - { data_source: dan-cu, province: XX${from + i}, from: 2023-01-01 }`);
  writeFileSync(join(cwd, 'errors.yaml'), ['connect:', ...bad(250)].join('\n') + '\n');
  const again = Array.from({ length: 251 }, () => '  - { data_source: dan-cu, province: HN, from: 2023-01-01 }');
  writeFileSync(join(cwd, 'mixed.yaml'), ['connect:', ...again, ...bad(3)].join('\n') + '\n');
  writeFileSync(join(cwd, 'again.yaml'), ['connect:', ...again].join('\n') + '\n');
});

afterAll(() => rmSync(cwd, { recursive: true, force: true }));

/** Runs the built `tthc whatif catalog.yaml --lenient …` as a user would. */
function whatif(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.TTHC_LANG;
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'whatif', 'catalog.yaml', '--lenient', ...args], { cwd, env, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The headers of the diagnostics printed of a file: `severity CODE`. */
const printed = (text: string, file: string) => [...text.matchAll(new RegExp(`^${file}:\\d+:\\d+ {2}(\\S+) {2}(\\S+)`, 'gm'))].map((m) => `${m[1]} ${m[2]}`);

describe('tthc whatif: how many findings of the reform file it shows', () => {
  it('shows 200 of the reform file, and of the catalog, then counts the rest and names --max-shown all', () => {
    const r = whatif('--reform', 'errors.yaml', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(printed(r.err, 'catalog.yaml')).toHaveLength(200);
    expect(printed(r.err, 'errors.yaml')).toEqual(Array(200).fill('error UNKNOWN_REFERENCE'));
    const lines = r.err.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('Not shown'))).toEqual([
      'Not shown: 100 warnings. --max-shown all shows every one.',
      'Not shown: 50 errors. --max-shown all shows every one.',
    ]);
    expect(lines.at(-1)).toBe('The reform has 250 errors and cannot be applied.');
    const vi = whatif('--reform', 'errors.yaml');
    expect(printed(vi.err, 'errors.yaml')).toHaveLength(200);
    expect(vi.err.trimEnd().split('\n').slice(-2)).toEqual(['Chưa hiện: 50 lỗi. --max-shown all hiện tất cả.', 'Tệp cải cách có 250 lỗi nên không áp dụng được.']);
  });

  it("shows the reform file's errors first; a reform with only warnings is applied after 200 of them", () => {
    const r = whatif('--reform', 'mixed.yaml', '--lang', 'en');
    expect(r.code).toBe(1);
    const shown = printed(r.err, 'mixed.yaml');
    expect(shown.filter((s) => s === 'error UNKNOWN_REFERENCE')).toHaveLength(3);
    expect(shown.filter((s) => s === 'warning DUPLICATE_ITEM')).toHaveLength(197);
    expect(r.err).toContain('\nNot shown: 53 warnings. --max-shown all shows every one.\nThe reform has 3 errors and cannot be applied.\n');
    const applied = whatif('--reform', 'again.yaml', '--lang', 'en');
    expect(applied.code).toBe(0);
    expect(applied.out).toMatch(/^Effect of the reform on 2023-01-01\n/);
    expect(printed(applied.err, 'again.yaml')).toEqual(Array(200).fill('warning DUPLICATE_ITEM'));
    expect(applied.err.endsWith('\nNot shown: 50 warnings. --max-shown all shows every one.\n')).toBe(true);
  });

  it('--max-shown sets the number, all shows every one, 0 only the counts; a wrong value is refused', () => {
    const all = whatif('--reform', 'errors.yaml', '--max-shown', 'all', '--lang', 'en');
    expect(printed(all.err, 'errors.yaml')).toHaveLength(250);
    expect(printed(all.err, 'catalog.yaml')).toHaveLength(300);
    expect(all.err).not.toContain('Not shown');
    const three = whatif('--reform', 'errors.yaml', '--max-shown', '3', '--lang', 'en');
    expect(printed(three.err, 'errors.yaml')).toHaveLength(3);
    expect(three.err).toContain('\nNot shown: 247 errors. --max-shown all shows every one.\n');
    const none = whatif('--reform', 'errors.yaml', '--max-shown', '0', '--lang', 'en');
    expect(none.err).toBe(
      'Not shown: 300 warnings. --max-shown all shows every one.\nNot shown: 250 errors. --max-shown all shows every one.\nThe reform has 250 errors and cannot be applied.\n',
    );
    const wrong = whatif('--reform', 'errors.yaml', '--max-shown', 'many', '--lang', 'en');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("error: --max-shown 'many' is neither a whole number nor all.");
  });
});
