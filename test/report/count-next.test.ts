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

describe('the command that ends the count of a legal document', () => {
  it('asks what is blocked without its amendments, at the date and in the province counted, when it amends provisions', () => {
    const counts = countDependents(small, 'nd-104-2022', { at: '2023-02-01', province: 'HN' });
    expect(counts.total).toBeGreaterThan(0);
    const text = renderCountText(counts, { lang: 'en', source: 'c.yaml', amends: true, lenient: true });
    expect(text.endsWith('\nNext:\n  tthc blocked c.yaml --province HN --at 2023-02-01 --without nd-104-2022 --lenient --lang en  # the procedures blocked without the amendments of nd-104-2022\n')).toBe(true);
    expect(renderCountMarkdown(counts, { source: 'c.yaml', amends: true })).toContain(
      '\ntthc blocked c.yaml --province HN --at 2023-02-01 --without nd-104-2022  # các thủ tục bị chặn nếu không có các sửa đổi của nd-104-2022\n',
    );
    // A count at no date leaves the date to the blocked report (the catalog's cutoff); the other ignored legal documents are kept.
    const undated = countDependents(small, 'nd-104-2022', { without: ['nd-11-2021'] });
    expect(renderCountText(undated, { lang: 'en', source: 'c.yaml', amends: true })).toContain('\n  tthc blocked c.yaml --without nd-11-2021 --without nd-104-2022 --lang en  # ');
  });

  it('is not there for one that amends nothing, one the count already ignores, or one nothing depends on', () => {
    const counts = countDependents(small, 'nd-104-2022', { at: '2023-02-01' });
    expect(renderCountText(counts, { lang: 'en', source: 'c.yaml' })).not.toContain('Next:');
    const ignored = countDependents(small, 'nd-104-2022', { without: ['nd-104-2022'] });
    expect(renderCountText(ignored, { lang: 'en', source: 'c.yaml', amends: true })).not.toContain('Next:');
    // A decree that amends an article no procedure cites.
    const decree = { id: 'nd-1-2024', number: '1/2024/NĐ-CP', type: 'nghi-dinh', amends: [{ provision: { legal: 'nd-134-2016', article: 99 }, accept: ['cccd'] }] };
    const unused = countDependents({ ...small, legal: [...small.legal, decree] } as typeof small, 'nd-1-2024');
    expect(unused.total).toBe(0);
    expect(renderCountText(unused, { lang: 'en', source: 'c.yaml', amends: true })).not.toContain('Next:');
  });
});

describe('the command that ends the count of a procedure', () => {
  it('explains that procedure, at the date and in the province counted', () => {
    const counts = countDependents(small, '1.001193', { province: 'HN', without: ['nd-104-2022'] });
    expect(counts.total).toBeGreaterThan(0);
    expect(renderCountText(counts, { lang: 'en', source: 'c.yaml', lenient: true }).endsWith(
      '\nNext:\n  tthc explain c.yaml 1.001193 --province HN --without nd-104-2022 --lenient --lang en  # whether 1.001193 itself can be done, and why\n',
    )).toBe(true);
    const dated = countDependents(small, '1.001193', { at: '2022-06-01' });
    expect(renderCountMarkdown(dated, { source: 'c.yaml' })).toContain('\ntthc explain c.yaml 1.001193 --at 2022-06-01  # bản thân 1.001193 có làm được không, và vì sao\n');
  });
});
