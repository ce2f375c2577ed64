import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { renderExplainMarkdown } from '../../src/report/explain-markdown.js';
import { renderExplainText } from '../../src/report/explain-text.js';
import { loadReportFixture } from './fixture-analysis.js';

const small = loadReportFixture('hokhau-small');

/** The lines after "Next:" that end a text explanation. */
const next = (text: string): string[] => {
  const lines = text.trimEnd().split('\n');
  const at = lines.indexOf('Next:');
  return at < 0 ? [] : lines.slice(at + 1);
};

describe('the command that ends an explanation', () => {
  it('plans for the procedure where it is blocked, asking what the explanation asked', () => {
    const result = analyze(small, { at: '2023-01-01', province: 'HN', without: ['nd-104-2022'] });
    expect(result.results.find((r) => r.code === '1.004222')!.status).toBe('blocked');
    const text = renderExplainText(result, '1.004222', { lang: 'en', source: 'c.yaml' });
    expect(next(text)).toEqual(['  tthc plan c.yaml --only 1.004222 --province HN --at 2023-01-01 --without nd-104-2022 --lang en  # the smallest set of changes that unblocks it']);
    // The tree itself is what it is without the path, and a blank line comes before the commands.
    expect(text.startsWith(renderExplainText(result, '1.004222', { lang: 'en' }))).toBe(true);
    expect(text).toContain('\n\nNext:\n');
  });

  it('plans a paperless way where it is met only with paper, and nothing where it is met without', () => {
    const before = analyze(small, { at: '2022-12-31', province: 'GL' });
    const paper = before.results.find((r) => r.status === 'met' && r.paper)!;
    expect(next(renderExplainText(before, paper.code, { lang: 'en', source: 'c.yaml' }))).toEqual([
      `  tthc plan c.yaml --only ${paper.code} --province GL --at 2022-12-31 --paperless --lang en  # the smallest set of changes that makes it paperless`,
    ]);
    const paperless = before.results.find((r) => r.status === 'met' && !r.paper && r.province === 'GL')!;
    expect(renderExplainText(before, paperless.code, { lang: 'en', source: 'c.yaml' })).not.toContain('Next:');
  });

  it('is not there for an applicant lacking documents, which plan does not ask about', () => {
    const result = analyze(small, { at: '2023-01-01', province: 'HN', lacking: ['cccd'], without: ['nd-104-2022'] });
    expect(renderExplainText(result, '1.004222', { lang: 'en', source: 'c.yaml' })).not.toContain('Next:');
  });

  it('comes in a shell block at the end of the Markdown explanation', () => {
    const result = analyze(small, { at: '2023-01-01', province: 'HN', without: ['nd-104-2022'] });
    expect(renderExplainMarkdown(result, '1.004222', { source: 'c.yaml' })).toMatch(
      /\n\n## Xem tiếp\n\n```sh\ntthc plan c\.yaml --only 1\.004222 --province HN --at 2023-01-01 --without nd-104-2022 {2}# tập thay đổi nhỏ nhất gỡ chặn thủ tục này\n```\n$/,
    );
  });
});
