import { describe, expect, it } from 'vitest';
import { golden, SMALL, tthc } from './analysis-cli-helpers.js';

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

  it('exits 2 for a bad --top', async () => {
    for (const v of ['0', '-1', 'ten']) {
      const r = await tthc('rank', SMALL, '--top', v);
      expect(r.code, v).toBe(2);
    }
  });
});
