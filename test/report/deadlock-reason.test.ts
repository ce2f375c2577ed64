import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { blockReason } from '../../src/report/describe.js';
import { deadlockFor } from '../../src/report/deadlock-reason.js';
import { loadReportFixture } from './fixture-analysis.js';

const result = analyze(loadReportFixture('deadlock-waits'));
const evaluation = (code: string, province: string | null) => result.results.find((r) => r.code === code && r.province === province)!;
const reason = (code: string, province: string | null, lang: 'vi' | 'en' = 'en') =>
  blockReason(result, evaluation(code, province), lang).split('; ')[0];

describe('the reason given for a deadlocked procedure', () => {
  it('names the partners of a procedure in the cycle', () => {
    expect(reason('loop-a', 'HN')).toBe('deadlock: it and loop-b wait on each other');
    expect(reason('loop-b', 'GL', 'vi')).toBe('bế tắc: thủ tục này và loop-a chờ lẫn nhau');
  });

  it('says that a procedure needing itself needs itself', () => {
    expect(reason('self', null)).toBe('deadlock: it needs itself');
    expect(reason('self', null, 'vi')).toBe('bế tắc: thủ tục này cần chính nó');
  });

  it('names the cycle a procedure only waits on, never the procedure itself', () => {
    for (const province of ['HN', 'GL']) {
      expect(evaluation('after-doc', province).deadlock).toBe(true);
      expect(reason('after-doc', province)).toBe('deadlock: it waits on loop-a ↔ loop-b, which wait on each other');
      expect(reason('after-needs', province)).toBe('deadlock: it waits on loop-a ↔ loop-b, which wait on each other');
    }
    expect(reason('after-needs', 'HN', 'vi')).toBe('bế tắc: chờ loop-a ↔ loop-b, các thủ tục đang chờ lẫn nhau');
    expect(reason('after-self', null)).toBe('deadlock: it waits on self, which needs itself');
  });

  it('follows a central procedure into the provinces of the procedure it needs', () => {
    const found = deadlockFor(result, evaluation('central-after', null));
    expect(found).toMatchObject({ own: false, group: { procedures: ['loop-a', 'loop-b'] } });
    expect(reason('central-after', null)).toBe('deadlock: it waits on loop-a ↔ loop-b, which wait on each other');
  });

  it('never names a procedure as its own partner', () => {
    for (const r of result.results) expect(blockReason(result, r, 'en')).not.toContain(`it and ${r.code} `);
  });
});
