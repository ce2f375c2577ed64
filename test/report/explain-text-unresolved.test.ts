import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { renderExplainText } from '../../src/report/explain-text.js';
import { loadReportFixture } from './fixture-analysis.js';

describe('an unresolved reference in the explanation tree', () => {
  const result = analyze(loadReportFixture('lenient-unresolved', true), { lenient: true });

  it('is shown with its form unknown, not as paper', () => {
    const vi = renderExplainText(result, '1.001193', { lang: 'vi' });
    const en = renderExplainText(result, '1.001193', { lang: 'en' });
    expect(vi).toContain('giay-chung-sinh [chưa rõ]');
    expect(en).toContain('giay-chung-sinh [form unknown]');
    expect(vi).not.toContain('giay-chung-sinh [giấy]');
  });
});
