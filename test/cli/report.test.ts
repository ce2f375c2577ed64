import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { fixturePath } from '../report/html/fixture.js';
import { findingCodes } from './analysis-cli-helpers.js';

const catalog = fixturePath('hokhau-small.yaml');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tthc-report-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const figures = (html: string) =>
  Object.fromEntries([...html.matchAll(/data-figure="([^"]+)">(\d+)</g)].map((m) => [m[1], Number(m[2])]));

describe('tthc report', () => {
  it('writes the report for a province atomically and says so on stderr', async () => {
    const io = memoryIo({ cwd: dir });
    const code = await run(['report', catalog, '--at', '2023-01-01', '--province', 'GL', '-o', 'gl.html'], io);
    expect(code).toBe(0);
    expect(io.out()).toBe('');
    // The fixture's two procedures that need each other are warned of, then the report is written.
    expect(findingCodes(io.err())).toEqual(['NEEDS_CYCLE']);
    expect(io.err().endsWith('\nĐã ghi gl.html: 4 thủ tục bị chặn trên 6.\n')).toBe(true);
    const html = readFileSync(join(dir, 'gl.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(figures(html)['local.blocked']).toBe(4);
    expect(html).toContain('<html lang="vi">');
    // No temporary file is left beside it.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('gives the national report in English, with the same figures', async () => {
    const io = memoryIo({ cwd: dir });
    expect(await run(['report', catalog, '--lang', 'en', '-o', 'en.html'], io)).toBe(0);
    expect(findingCodes(io.err())).toEqual(['NEEDS_CYCLE']);
    expect(io.err().endsWith('\nWrote en.html: 4 of 6 procedures blocked.\n')).toBe(true);
    const html = readFileSync(join(dir, 'en.html'), 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).not.toContain('data-scope="local"');
    expect(figures(html)['national.blockedEvaluations']).toBe(7);
  });

  it('prints the HTML when stdout is a pipe, and refuses to flood a terminal', async () => {
    const piped = memoryIo({ cwd: dir, stdoutIsTTY: false });
    expect(await run(['report', catalog, '--no-plan'], piped)).toBe(0);
    expect(piped.out().startsWith('<!DOCTYPE html>')).toBe(true);
    expect(piped.out()).toContain('Chưa lập kế hoạch.');

    const tty = memoryIo({ cwd: dir, stdoutIsTTY: true });
    expect(await run(['report', catalog], tty)).toBe(2);
    expect(tty.out()).toBe('');
    expect(tty.err()).toContain('Báo cáo HTML cần một tệp để ghi.');
    expect(tty.err()).toContain('-o report.html');
  });

  it('reports bad usage with a hint and exit 2', async () => {
    const province = memoryIo({ cwd: dir });
    expect(await run(['report', catalog, '--province', 'Gia Lia', '-o', 'x.html'], province)).toBe(2);
    expect(province.err()).toContain("'GL' (Gia Lai)");
    const date = memoryIo({ cwd: dir });
    expect(await run(['report', catalog, '--at', '31/12/2022', '-o', 'x.html'], date)).toBe(2);
    expect(date.err()).toContain('2022-12-31');
    const missing = memoryIo({ cwd: dir });
    expect(await run(['report', join(dir, 'nowhere.yaml'), '-o', 'x.html'], missing)).toBe(2);
    expect(readdirSync(dir)).not.toContain('x.html');
  });

  it('reports on a catalog without a cutoff at the date given', async () => {
    const io = memoryIo({ cwd: dir });
    expect(await run(['report', fixturePath('no-dates.yaml'), '--at', '2023-01-01', '-o', 'no-dates.html'], io)).toBe(0);
    expect(io.err()).toBe('Đã ghi no-dates.html: 0 thủ tục bị chặn trên 1.\n');
    expect(readFileSync(join(dir, 'no-dates.html'), 'utf8')).toContain('data-date="2023-01-01"');
  });

  it('exits 1 without writing when the catalog has errors', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'procedures:\n  - code: "1.000001"\n    name: X\n    level: [xa]\n    requires: [{ document: nowhere }]\n');
    const io = memoryIo({ cwd: dir });
    expect(await run(['report', bad, '-o', 'bad.html'], io)).toBe(1);
    expect(readdirSync(dir)).not.toContain('bad.html');
  });

  it('shows progress on a terminal only, and never on stdout', async () => {
    // Progress waits 0.4 s before drawing; a tiny catalog finishes first, so nothing shows.
    const tty = memoryIo({ cwd: dir, stderrIsTTY: true });
    expect(await run(['report', catalog, '-o', 'p.html'], tty)).toBe(0);
    expect(tty.err()).not.toContain('\r');
    const ci = memoryIo({ cwd: dir, stderrIsTTY: true, env: { CI: 'true' } });
    expect(await run(['report', catalog, '-o', 'p.html'], ci)).toBe(0);
    expect(ci.err()).not.toContain('\r');
  });
});
