import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { golden, ROOT, SMALL, tthc, UNRESOLVED, withoutNext } from './analysis-cli-helpers.js';

/** The commands after "Next:" at the end of a text report, without their comments. */
function nextCommands(out: string): string[] {
  const lines = out.trimEnd().split('\n');
  return lines.indexOf('Next:') < 0 ? [] : lines.slice(lines.indexOf('Next:') + 1).map((l) => l.replace(/\s+# .*$/, '').trim());
}

describe('tthc rank', () => {
  it('prints the ranking in every format', async () => {
    const r = await tthc('rank', SMALL);
    expect(r.code).toBe(0);
    expect(withoutNext(r.out)).toBe(golden('rank.vi.txt'));
    expect(r.out.slice(golden('rank.vi.txt').length)).toMatch(/^\nXem tiếp:\n  tthc explain \S+ \S+ --province \S+ --at 2023-01-01 +# vì sao bị chặn, đến từng điều khoản\n/);
    expect((await tthc('rank', SMALL, '--format', 'csv')).out).toBe(golden('rank.csv'));
    expect((await tthc('rank', SMALL, '--format', 'json')).out).toBe(golden('rank.json'));
    expect(withoutNext((await tthc('rank', SMALL, '--format', 'markdown', '--lang', 'en')).out)).toBe(golden('rank.en.md'));
  });

  it('ends with the commands to run next: why a procedure the first provision blocks is blocked, and the plan; they run as printed', async () => {
    const r = await tthc('rank', SMALL, '--without', '104/2022/NĐ-CP', '--province', 'gia lai', '--lang', 'en');
    const next = nextCommands(r.out);
    expect(next.map((c) => c.split(' ')[1])).toEqual(['explain', 'plan']);
    expect(next[1]).toBe(`tthc plan ${SMALL} --province GL --at 2023-01-01 --without nd-104-2022 --lang en`);
    const top = JSON.parse((await tthc('rank', SMALL, '--without', 'nd-104-2022', '--province', 'GL', '-f', 'json')).out).provisions[0];
    const direct = top.evaluations.filter((e: { direct: boolean }) => e.direct).map((e: { code: string; province: string | null }) => `${e.code}${e.province ? ` --province ${e.province}` : ''}`);
    expect(direct).toContain(/^tthc explain \S+ (\S+(?: --province \S+)?) --at /.exec(next[0])?.[1]);
    for (const command of next) {
      const run = await tthc(...command.split(' ').slice(1));
      expect(run.code, command).toBe(0);
      expect(run.out, command).toMatch(/^(Explanation|Smallest set of changes) /);
    }
    // Nothing blocked, nothing to suggest.
    expect((await tthc('rank', SMALL, '--province', 'GL', '--at', '2022-12-31')).out).not.toContain('Xem tiếp');
  });

  it('suggests the explanation with --lenient after a lenient ranking, and no plan, which does not take it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-rank-'));
    try {
      const catalog = join(dir, 'catalog.yaml');
      // A reference to a document the catalog does not define: only --lenient reads the catalog.
      writeFileSync(catalog, readFileSync(join(ROOT, SMALL), 'utf8').replace('document: giay-khai-sinh,', 'document: giay-khong-co,'));
      expect((await tthc('rank', catalog)).code).toBe(1);
      const next = nextCommands((await tthc('rank', catalog, '--lenient', '--lang', 'en')).out);
      expect(next).toHaveLength(1);
      expect(next[0]).toMatch(/^tthc explain \S+ \S+ (--province \S+ )?--at 2023-01-01 --lenient --lang en$/);
      const run = await tthc(...next[0].split(' ').slice(1));
      expect(run.code).toBe(0);
      expect(run.out).toContain('blocked');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the top N, and follows --without', async () => {
    const top = JSON.parse((await tthc('rank', SMALL, '--top', '1', '-f', 'json')).out);
    expect(top.provisions.map((p: { provision: { label: string } }) => p.provision.label)).toEqual(['Điều 7 Nghị định 62/2015/NĐ-CP']);
    const without = JSON.parse((await tthc('rank', SMALL, '--without', 'nd-104-2022', '-f', 'json')).out);
    expect(without.without).toEqual(['nd-104-2022']);
    expect(without.blocked).toBe(20);
  });

  it('ranks a central procedure on what blocks the provincial one it waits on, in every province or one', async () => {
    const fixture = 'test/fixtures/report/rank-central/catalog.yaml';
    const figures = (out: string) =>
      Object.fromEntries(
        JSON.parse(out).provisions.map((p: { provision: { article: number }; direct: number; transitive: number }) => [p.provision.article, [p.direct, p.transitive]]),
      );
    const all = JSON.parse((await tthc('rank', fixture, '-f', 'json')).out);
    expect([all.blocked, all.unattributed]).toEqual([7, 0]);
    expect(figures((await tthc('rank', fixture, '-f', 'json')).out)).toEqual({ 1: [1, 1], 2: [1, 2], 7: [1, 1], 9: [1, 0] });
    // In GL, where p1 and p7 do not run, the central c1 and c3 still wait on them in HN.
    const gl = await tthc('rank', fixture, '--province', 'gl', '-f', 'json', '--fail-on', 'blocked');
    expect([JSON.parse(gl.out).province, JSON.parse(gl.out).blocked, JSON.parse(gl.out).unattributed, gl.code]).toEqual(['GL', 4, 0, 1]);
    expect(figures(gl.out)).toEqual({ 1: [0, 1], 2: [1, 1], 7: [0, 1], 9: [1, 0] });
  });

  it('exits 2 for a bad --top', async () => {
    for (const v of ['0', '-1', 'ten']) {
      const r = await tthc('rank', SMALL, '--top', v);
      expect(r.code, v).toBe(2);
    }
  });
  describe('--fail-on', () => {
    it('exits 1 for blocked when any evaluation is blocked, 0 when none is', async () => {
      expect((await tthc('rank', SMALL, '--fail-on', 'blocked')).code).toBe(1);
      // Gia Lai on the last day of the book: nothing blocked, so nothing to rank, but the book itself is paper.
      const none = await tthc('rank', SMALL, '--province', 'GL', '--at', '2022-12-31', '--fail-on', 'blocked', '-f', 'json');
      expect(JSON.parse(none.out).provisions).toEqual([]);
      expect(none.code).toBe(0);
      expect((await tthc('rank', SMALL, '--province', 'GL', '--at', '2022-12-31', '--fail-on', 'paper')).code).toBe(1);
    });

    it('exits 0 for paper when nothing is blocked, unknown or on paper', async () => {
      expect((await tthc('rank', 'test/fixtures/summary/no-sunset/catalog.yaml', '--fail-on', 'paper')).code).toBe(0);
    });

    it('prints the same ranking whatever the exit status', async () => {
      const gated = await tthc('rank', SMALL, '--fail-on', 'blocked');
      expect(withoutNext(gated.out)).toBe(golden('rank.vi.txt'));
    });

    it('counts unknown evaluations, which no provision is ranked for', async () => {
      const r = await tthc('rank', UNRESOLVED, '--lenient', '--fail-on', 'blocked', '-f', 'json');
      expect(JSON.parse(r.out).blocked).toBe(0);
      expect(r.code).toBe(1);
    });
  });
});
