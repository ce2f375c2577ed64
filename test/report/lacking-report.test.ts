import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { renderBlockedCsv } from '../../src/report/blocked-csv.js';
import { renderBlockedMarkdown } from '../../src/report/blocked-markdown.js';
import { renderBlockedText } from '../../src/report/blocked-text.js';
import { renderExplainJson } from '../../src/report/explain-json.js';
import { renderExplainText } from '../../src/report/explain-text.js';
import { explainHtml } from '../../src/report/html/explain-html.js';
import { loadFixture } from '../analysis/helpers/fixture.js';

// best-path in GL, for an applicant who holds neither the paper nor the card.
const result = analyze(loadFixture('best-path'), { province: 'GL', lacking: ['giay-paper', 'the-card'] });
const plain = analyze(loadFixture('best-path'), { province: 'GL' });

describe('reports of an analysis for an applicant who lacks documents', () => {
  it('say so in the titles, in Vietnamese and English', () => {
    expect(renderBlockedText(result, { lang: 'vi' }).split('\n')[0]).toBe(
      'Thủ tục bị chặn ngày 2023-01-01 tại GL (người nộp không có giay-paper, the-card)',
    );
    expect(renderBlockedMarkdown(result, { lang: 'en' }).split('\n')[0]).toBe(
      '# Procedures blocked on 2023-01-01 in GL (applicant without giay-paper, the-card)',
    );
    expect(renderExplainText(result, 'card-or-paper', { lang: 'en' }).split('\n')[0]).toBe(
      'Explanation on 2023-01-01 in GL (applicant without giay-paper, the-card)',
    );
    expect(renderBlockedText(plain, { lang: 'en' }).split('\n')[0]).toBe('Procedures blocked on 2023-01-01 in GL');
  });

  it('give the reason of each candidate the applicant lacks', () => {
    const text = renderExplainText(result, 'card-or-paper', { lang: 'vi' });
    expect(text).toContain('✗ Giấy [giấy] — giấy tờ yêu cầu; người nộp không có');
    expect(text).toContain('✗ Thẻ [thẻ] — được chấp nhận từ đầu; người nộp không có');
    const csv = renderBlockedCsv(result, { lang: 'en' }).split('\r\n');
    expect(csv.find((l) => l.startsWith('card-or-paper,'))).toMatch(
      /,blocked,.*,Giấy: the applicant does not hold it \(Thẻ: the applicant does not hold it\)$/,
    );
    const r = result.results.find((e) => e.code === 'paper-only')!;
    expect(explainHtml({ lang: 'en', result, provinceNames: new Map() }, r)).toContain('<li>Giấy: the applicant does not hold it</li>');
    expect(explainHtml({ lang: 'vi', result, provinceNames: new Map() }, r)).toContain('<li>Giấy: người nộp không có</li>');
  });

  it('record the documents in the explain JSON', () => {
    expect(JSON.parse(renderExplainJson(result, 'paper-only')).lacking).toEqual(['giay-paper', 'the-card']);
    expect(JSON.parse(renderExplainJson(plain, 'paper-only')).lacking).toEqual([]);
  });
});
