import { describe, expect, it } from 'vitest';
import { countDependents } from '../../src/analysis/count-dependents.js';
import { renderCountMarkdown, renderCountText } from '../../src/report/count-report.js';
import { loadReportFixture } from './fixture-analysis.js';

const small = loadReportFixture('hokhau-small');

describe('the command that ends the count of a document', () => {
  const counts = countDependents(small, 'so-ho-khau', { province: 'GL' });

  it('asks what is blocked the day after its last valid day, in the province counted', () => {
    const text = renderCountText(counts, { lang: 'en', source: 'c.yaml', validUntil: '2022-12-31' });
    expect(text.endsWith('\nNext:\n  tthc blocked c.yaml --province GL --at 2023-01-01 --lang en  # the procedures blocked on 2023-01-01, the first day without so-ho-khau\n')).toBe(true);
    expect(text.startsWith(renderCountText(counts, { lang: 'en' }))).toBe(true);
    expect(renderCountMarkdown(counts, { source: 'c.yaml', validUntil: '2022-12-31', lenient: true })).toContain('\ntthc blocked c.yaml --province GL --at 2023-01-01 --lenient  # ');
  });

  it('is not there without a last day, for the last day there is, which has no day after, or without the path', () => {
    for (const validUntil of [undefined, '9999-12-31']) {
      expect(renderCountText(counts, { lang: 'en', source: 'c.yaml', ...(validUntil ? { validUntil } : {}) }), validUntil).not.toContain('Next:');
    }
    expect(renderCountText(counts, { lang: 'en', validUntil: '2022-12-31' })).not.toContain('Next:');
  });
});
