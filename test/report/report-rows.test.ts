import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { parseReform } from '../../src/analysis/reform/parse-reform.js';
import { whatif } from '../../src/analysis/whatif.js';
import { blockedRows } from '../../src/report/blocked-rows.js';
import { blockReason } from '../../src/report/describe.js';
import { renderBlockedText } from '../../src/report/blocked-text.js';
import { whatifReason, whatifRows } from '../../src/report/whatif-rows.js';
import { loadFixture } from './html/fixture.js';

const catalog = await loadFixture('many-provinces.yaml');
const codes = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `P${String(from + i).padStart(2, '0')}`);

describe('blockedRows', () => {
  it('gives the provinces blocked the same way one row, its reason told from "this province"', () => {
    const result = analyze(catalog, { at: '2023-01-01' });
    const rows = blockedRows(result, 'en').blocked.filter((r) => r.code === 'all-but');
    expect(rows).toHaveLength(1);
    expect(rows[0].provinces).toEqual(codes(1, 10));
    expect(rows[0].runsIn).toEqual(codes(1, 12));
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

describe('renderBlockedText', () => {
  it('tells a row of many provinces as all, or all but a few, of those the procedure runs in', () => {
    const text = renderBlockedText(analyze(catalog, { at: '2023-01-01' }), { lang: 'en' });
    const provinces = (code: string) => new RegExp(`^${code} +\\S.*?  +(\\S.*?)  +`, 'm').exec(text)![1];
    expect(provinces('every')).toBe('all 12 provinces where it runs');
    expect(provinces('all-but')).toBe('every province where it runs but P11, P12 (10 of 12)');
    // Under a lower limit a few are still listed, and past it the first ones and how many more.
    const short = renderBlockedText(analyze(catalog, { at: '2023-01-01' }), { lang: 'en', maxProvinces: 2 });
    expect(short).toMatch(/^every +Thủ tục khắp nơi +all 12 provinces where it runs /m);
  });
});

describe('whatifRows', () => {
  it('gives the provinces a reform leaves blocked the same way one row, its reason told from "this province"', () => {
    const reform = parseReform('connect:\n  - { data_source: csdl-ho-tich, province: P01, from: 2022-07-01 }\n', { catalog }).reform!;
    const result = whatif(catalog, reform, { at: '2023-01-01' });
    const still = whatifRows(result, 'en').get('still-blocked')!;
    const nine = still.filter((r) => r.code === 'nine');
    expect(nine.map((r) => r.provinces)).toEqual([codes(2, 9)]);
    expect(nine[0].reason).toBe('Sổ tạm trú: no longer valid after 2022-12-31 (CSDL hộ tịch: not connected in this province)');
    // Each entry on its own (as in CSV) still names its province.
    const p05 = result.entries.find((e) => e.code === 'nine' && e.province === 'P05')!;
    expect(whatifReason(result, p05, 'en')).toContain('not connected in P05');
    expect(whatifRows(result, 'en').get('newly-met')!.map((r) => [r.code, r.provinces])).toEqual([['nine', ['P01']]]);
  });
});
