import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { parseXml } from '../report/html/xml.js';
import { fixturePath } from '../report/html/fixture.js';
import { findingCodes } from './analysis-cli-helpers.js';

const catalog = fixturePath('hokhau-small.yaml');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tthc-graph-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const golden = (name: string) => readFileSync(new URL(`../report/graph-golden/${name}`, import.meta.url), 'utf8');

describe('tthc graph', () => {
  it('prints the same drawings as the library, in each format and language', async () => {
    for (const [format, ext] of [['mermaid', 'mmd'], ['dot', 'dot'], ['svg', 'svg']] as const) {
      for (const lang of ['vi', 'en'] as const) {
        const io = memoryIo({ cwd: dir });
        const code = await run(['graph', catalog, '--focus', 'so-ho-khau', '--at', '2023-01-01', '--province', 'GL', '--format', format, '--lang', lang], io);
        expect(code).toBe(0);
        expect(io.out()).toBe(golden(`so-ho-khau.${lang}.${ext}`));
        // Only the warning of the fixture's two procedures that need each other.
        expect(findingCodes(io.err())).toEqual(['NEEDS_CYCLE']);
        expect(io.err().split('\n').filter((l) => /^\S/.test(l))).toHaveLength(1);
      }
    }
  });

  it('defaults to mermaid at the catalog cutoff and accepts legal numbers as focus', async () => {
    const io = memoryIo({ cwd: dir });
    expect(await run(['graph', catalog, '--focus', '104/2022/ND-CP', '--depth', '1'], io)).toBe(0);
    expect(io.out()).toMatch(/^%% Quan hệ phụ thuộc quanh Nghị định 104\/2022\/NĐ-CP\n%% ngày 01\/01\/2023 tại mọi tỉnh\nflowchart LR\n/);
    expect(io.out()).toContain('[hết hiệu lực]');
  });

  it('takes a procedure, document or data source as focus by its name, as by its code or id', async () => {
    const draw = async (focus: string) => {
      const io = memoryIo({ cwd: dir });
      expect(await run(['graph', catalog, '--focus', focus, '--province', 'GL', '--lang', 'en'], io), focus).toBe(0);
      return io.out();
    };
    const byId = await draw('so-ho-khau');
    expect(await draw('Sổ hộ khẩu')).toBe(byId);
    expect(await draw('household registration book')).toBe(byId);
    const byCode = await draw('1.001193');
    expect(await draw('dang ky khai sinh')).toBe(byCode);
    expect(await draw('Birth registration')).toBe(byCode);
  });

  it('writes an SVG file that parses as XML', async () => {
    const io = memoryIo({ cwd: dir });
    expect(await run(['graph', catalog, '--focus', '2.000001', '--format', 'svg', '--depth', '3', '-o', 'g.svg'], io)).toBe(0);
    const svg = readFileSync(join(dir, 'g.svg'), 'utf8');
    expect(parseXml(svg).name).toBe('svg');
    expect(svg).toContain('data-state="blocked"');
  });

  it('says how many nodes were left out under a small cap', async () => {
    const io = memoryIo({ cwd: dir });
    expect(await run(['graph', catalog, '--focus', 'so-ho-khau', '--depth', '4', '--max-nodes', '3', '--lang', 'en'], io)).toBe(0);
    expect(io.out()).toMatch(/%% \d+ more nodes within 4 hops are not drawn/);
    expect(io.out().match(/^ {2}n\d+[[(]/gm)).toHaveLength(3);
  });

  it('explains a missing or unknown focus and bad numbers, in the chosen language', async () => {
    const none = memoryIo({ cwd: dir });
    expect(await run(['graph', catalog], none)).toBe(2);
    expect(none.err()).toContain('Thiếu --focus ID.');
    const unknown = memoryIo({ cwd: dir });
    expect(await run(['graph', catalog, '--focus', 'so-ho-khao', '--lang', 'en'], unknown)).toBe(2);
    expect(unknown.err()).toContain("The catalog has no procedure, document, data source or legal document 'so-ho-khao'.");
    expect(unknown.err()).toMatch(/Did you mean 'so-ho-khau' \(Household registration book[^)]*\)\?/);
    const nearName = memoryIo({ cwd: dir });
    expect(await run(['graph', catalog, '--focus', 'đăng ký khai sin', '--lang', 'en'], nearName)).toBe(2);
    expect(nearName.err()).toContain("Did you mean '1.001193' (Birth registration)?");
    const far = memoryIo({ cwd: dir });
    expect(await run(['graph', catalog, '--focus', 'zzz', '--lang', 'en'], far)).toBe(2);
    expect(far.err()).toMatch(/^ {2}hint: Documents of the catalog: so-ho-khau, .*; legal documents go by id or number, procedures by code or name\.$/m);
    const depth = memoryIo({ cwd: dir });
    expect(await run(['graph', catalog, '--focus', 'so-ho-khau', '--depth', '-1'], depth)).toBe(2);
    const cap = memoryIo({ cwd: dir });
    expect(await run(['graph', catalog, '--focus', 'so-ho-khau', '--max-nodes', '0'], cap)).toBe(2);
    expect(cap.err()).toContain('--max-nodes phải là một số nguyên 1 trở lên');
    const format = memoryIo({ cwd: dir });
    expect(await run(['graph', catalog, '--focus', 'so-ho-khau', '--format', 'png'], format)).toBe(2);
  });
});
