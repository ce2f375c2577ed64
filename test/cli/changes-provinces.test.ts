import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diff } from '../../src/analysis/diff.js';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { renderDiffText } from '../../src/report/diff-text.js';
import { fixturePath, loadFixture } from '../report/html/fixture.js';

// The twelve provinces of many-provinces.yaml: `every` runs in all of them, `all-but` is
// blocked from 2023-01-01 in all but the two connected to the population database, `nine`
// in all but the three connected to the civil-status database.
const catalog = fixturePath('many-provinces.yaml');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tthc-changes-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function tthc(...argv: string[]) {
  const io = memoryIo({ cwd: dir });
  const code = await run(argv, io);
  expect(io.err()).toBe('');
  expect(code).toBe(0);
  return io.out();
}

/** The provinces cell of a table row of `code`: the text between the name and the next column. */
function cell(out: string, code: string, name: string): string {
  const line = out.split('\n').find((l) => l.startsWith(`${code} `) && l.includes(name))!;
  return line.slice(line.indexOf(name) + name.length).trim().split(/ {2,}/)[0];
}

describe('the text reports of changes tell many provinces as all, or all but a few, of those where a procedure runs', () => {
  it('tthc diff', async () => {
    const out = await tthc('diff', catalog, '--at', '2022-12-31', '--to', '2023-01-01', '--lang', 'en');
    expect(cell(out, 'every', 'Thủ tục khắp nơi')).toBe('all 12 provinces where it runs');
    expect(cell(out, 'all-but', 'Thủ tục trừ hai tỉnh')).toBe('every province where it runs but P11, P12 (10 of 12)');
    expect(cell(out, 'nine', 'Thủ tục chín tỉnh')).toBe('every province where it runs but P10, P11, P12 (9 of 12)');
    expect(cell(out, 'central', 'Thủ tục trung ương')).toBe('Central');
    const vi = await tthc('diff', catalog, '--at', '2022-12-31', '--to', '2023-01-01');
    expect(cell(vi, 'every', 'Thủ tục khắp nơi')).toBe('cả 12 tỉnh nơi thực hiện');
  });

  it('tthc diff of two catalogs, told from the catalog each evaluation is in', async () => {
    // Catalog B keeps the first `kept` provinces and has the population database connected in
    // all of them: what B evaluates is told among where it runs in B, what B no longer
    // evaluates among where it ran in A.
    const diffTo = async (kept: number) => {
      const codes = Array.from({ length: kept }, (_, i) => `P${String(i + 1).padStart(2, '0')}`);
      const text = readFileSync(catalog, 'utf8')
        .split('\n')
        .filter((l) => !/^ {2}- \{ code: P\d\d,/.test(l) || codes.some((c) => l.includes(`code: ${c},`)))
        .join('\n')
        .replace(/(provides: \[so-ho-khau\]\n {4}available_from: 2022-07-01)\n {4}provinces: \{[^}]*\}/, '$1')
        .replace(/(provides: \[so-tam-tru\]\n {4}available_from: 2022-07-01\n {4}provinces: )\{[^}]*\}/, `$1{ ${codes.filter((c) => c <= 'P09').map((c) => `${c}: null`).join(', ')} }`);
      const b = join(dir, `kept-${kept}.yaml`);
      writeFileSync(b, text);
      const out = await tthc('diff', catalog, b, '--lang', 'en');
      const rows = out.split('\n').filter((l) => /^(every|all-but|nine|central) /.test(l));
      return (code: string, change: string, before: string) =>
        rows.find((l) => l.startsWith(`${code} `) && l.includes(`  ${change}  `) && l.includes(`  ${before} →`))!.split(/ {2,}/)[2];
    };
    const eleven = await diffTo(11);
    expect(eleven('all-but', 'Newly met', 'blocked')).toBe('every province where it runs but P11 (10 of 11)');
    expect(eleven('all-but', 'Removed', 'met (paperless)')).toBe('P12');
    const three = await diffTo(3);
    expect(three('every', 'Removed', 'blocked')).toBe('every province where it runs but P01, P02, P03 (9 of 12)');
    expect(three('all-but', 'Newly met', 'blocked')).toBe('P01, P02, P03');
  });

  it('tthc timeline', async () => {
    const out = await tthc('timeline', catalog, '--lang', 'en');
    expect(out).toContain('  every  Thủ tục khắp nơi (all 12 provinces where it runs): newly blocked\n');
    expect(out).toContain('  nine  Thủ tục chín tỉnh (every province where it runs but P10, P11, P12 (9 of 12)): newly blocked\n');
    expect(out).toContain('  nine  Thủ tục chín tỉnh (P10, P11, P12): no longer needing paper\n');
  });

  it('tthc whatif', async () => {
    const reform = join(dir, 'reform.yaml');
    writeFileSync(
      reform,
      'legal:\n  - id: nd-1-2023\n    number: 1/2023/NĐ-CP\n    type: nghi-dinh\n    effective: 2023-01-01\n    amends:\n      - scope: { document: so-tam-tru }\n        accept: [csdl-dan-cu]\n',
    );
    const out = await tthc('whatif', catalog, '--reform', reform, '--lang', 'en');
    const [met, rest] = out.split('Still blocked:');
    // The population database is connected in P11 and P12 only, and the civil-status database
    // in P10, P11 and P12: accepting the first for the temporary residence book unblocks none
    // of the provinces where it was blocked.
    expect(met).toContain('Newly met: 0');
    expect(cell(rest, 'nine', 'Thủ tục chín tỉnh')).toBe('every province where it runs but P10, P11, P12 (9 of 12)');
    expect(cell(rest, 'every', 'Thủ tục khắp nơi')).toBe('all 12 provinces where it runs');
  });

  it('past its limit, a library call that is not told where procedures run names the first ones and how many more', async () => {
    const result = diff(await loadFixture('many-provinces.yaml'), await loadFixture('many-provinces.yaml'), { at: '2022-12-31', to: '2023-01-01' });
    const out = renderDiffText(result, { lang: 'en' });
    expect(cell(out, 'every', 'Thủ tục khắp nơi')).toBe('P01, P02, P03, P04, P05, P06, P07, P08 +4 more');
  });
});
