import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { blockedRows } from '../../src/report/blocked-rows.js';
import { blockReason } from '../../src/report/describe.js';
import { loadFixture } from './html/fixture.js';

const catalog = await loadFixture('many-provinces.yaml');
const codes = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `P${String(from + i).padStart(2, '0')}`);

describe('blockedRows', () => {
  it('gives the provinces blocked the same way one row, its reason told from "this province"', () => {
    const result = analyze(catalog, { at: '2023-01-01' });
    const rows = blockedRows(result, 'en').blocked.filter((r) => r.code === 'all-but');
    expect(rows).toHaveLength(1);
    expect(rows[0].provinces).toEqual(codes(1, 10));
    expect(rows[0].of).toBe(12);
    expect(rows[0].reason).toBe('Sổ hộ khẩu: no longer valid after 2022-12-31 (CSDLQG về dân cư: not connected in this province)');
    // Told on its own, an evaluation's reason still names its province.
    const one = result.results.find((r) => r.code === 'all-but' && r.province === 'P03')!;
    expect(blockReason(result, one, 'en')).toContain('not connected in P03');
  });

  it('puts every evaluation blocked, unknown or on paper in exactly one row, beside those that read the same', () => {
    for (const at of ['2022-12-31', '2023-01-01']) {
      const result = analyze(catalog, { at });
      const rows = blockedRows(result, 'vi');
      const listed = [...rows.blocked, ...rows.unknown, ...rows.paper].flatMap((row) => row.provinces.map((p) => `${row.code}@${p}`));
      const expected = result.results.filter((r) => r.status !== 'met' || r.paper).map((r) => `${r.code}@${r.province}`);
      expect(listed.sort()).toEqual(expected.sort());
      for (const row of rows.blocked) {
        const reasons = new Set(row.provinces.map((p) => blockReason(result, result.results.find((r) => r.code === row.code && r.province === p)!, 'vi', true)));
        expect([...reasons]).toEqual([row.reason]);
      }
    }
  });
});
