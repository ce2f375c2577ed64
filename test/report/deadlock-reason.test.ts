import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { blockReason } from '../../src/report/describe.js';
import { deadlockFor } from '../../src/report/deadlock-reason.js';
import { loadReportFixture } from './fixture-analysis.js';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';
import { explainHtml } from '../../src/report/html/explain-html.js';

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

describe('the reason given for a procedure in a long cycle', () => {
  /** Central procedures p00 … p(n-1), each needing the next and the last the first, and one waiting on them. */
  const cycle = (n: number) => {
    const code = (i: number) => `p${String(i).padStart(2, '0')}`;
    const text = JSON.stringify({
      catalog: { name: 'cycle', cutoff: '2023-01-01' },
      procedures: [
        ...Array.from({ length: n }, (_, i) => ({ code: code(i), name: `P${i}`, level: ['trung-uong'], needs: [code((i + 1) % n)] })),
        { code: 'after', name: 'Sau', level: ['trung-uong'], needs: ['p00'] },
      ],
    });
    const result = analyze(parseCatalog(text, { fileName: 'cycle.json', strict: true }).catalog);
    const r = (c: string) => result.results.find((e) => e.code === c)!;
    const reason = (c: string, lang: 'vi' | 'en' = 'en') => blockReason(result, r(c), lang).split('; ')[0];
    const html = (c: string) => explainHtml({ lang: 'en', result, provinceNames: new Map() }, r(c)).replace(/<[^>]+>/g, '');
    return { reason, html };
  };

  it('names eight of the others and counts the rest', () => {
    const { reason, html } = cycle(12);
    expect(reason('p00')).toBe('deadlock: it and p01, p02, p03, p04, p05, p06, p07, p08 and 3 others wait on each other');
    expect(reason('p00', 'vi')).toBe('bế tắc: thủ tục này và p01, p02, p03, p04, p05, p06, p07, p08 và 3 thủ tục khác chờ lẫn nhau');
    expect(reason('after')).toBe('deadlock: it waits on p00 ↔ p01 ↔ p02 ↔ p03 ↔ p04 ↔ p05 ↔ p06 ↔ p07 and 4 others, which wait on each other');
    expect(html('p00')).toContain('deadlock: it and p01 P1, p02 P2, p03 P3, p04 P4, p05 P5, p06 P6, p07 P7, p08 P8 and 3 others wait on each other');
    expect(html('after')).toContain('deadlock: it waits on p00 P0 ↔ p01 P1 ↔ p02 P2 ↔ p03 P3 ↔ p04 P4 ↔ p05 P5 ↔ p06 P6 ↔ p07 P7 and 4 others, which wait on each other');
  });

  it('names all the others of a cycle of nine, and counts one left over as one', () => {
    const { reason } = cycle(9);
    expect(reason('p00')).toBe('deadlock: it and p01, p02, p03, p04, p05, p06, p07, p08 wait on each other');
    expect(reason('after')).toBe('deadlock: it waits on p00 ↔ p01 ↔ p02 ↔ p03 ↔ p04 ↔ p05 ↔ p06 ↔ p07 and 1 other, which wait on each other');
    expect(reason('after', 'vi')).toBe('bế tắc: chờ p00 ↔ p01 ↔ p02 ↔ p03 ↔ p04 ↔ p05 ↔ p06 ↔ p07 và 1 thủ tục khác, các thủ tục đang chờ lẫn nhau');
  });
});
