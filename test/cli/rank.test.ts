import { describe, expect, it } from 'vitest';
import { golden, SMALL, tthc, UNRESOLVED } from './analysis-cli-helpers.js';

describe('tthc rank', () => {
  it('prints the ranking in every format', async () => {
    const r = await tthc('rank', SMALL);
    expect(r.code).toBe(0);
    expect(r.out).toBe(golden('rank.vi.txt'));
    expect((await tthc('rank', SMALL, '--format', 'csv')).out).toBe(golden('rank.csv'));
    expect((await tthc('rank', SMALL, '--format', 'json')).out).toBe(golden('rank.json'));
    expect((await tthc('rank', SMALL, '--format', 'markdown', '--lang', 'en')).out).toBe(golden('rank.en.md'));
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
      expect(gated.out).toBe(golden('rank.vi.txt'));
    });

    it('counts unknown evaluations, which no provision is ranked for', async () => {
      const r = await tthc('rank', UNRESOLVED, '--lenient', '--fail-on', 'blocked', '-f', 'json');
      expect(JSON.parse(r.out).blocked).toBe(0);
      expect(r.code).toBe(1);
    });
  });
});
