import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { renderBlockedCsv } from '../../src/report/blocked-csv.js';
import { renderBlockedMarkdown } from '../../src/report/blocked-markdown.js';
import { renderBlockedText } from '../../src/report/blocked-text.js';
import { renderExplainText } from '../../src/report/explain-text.js';
import { gatherHtmlReportInput } from '../../src/report/html/gather-report-input.js';
import { renderHtmlReport } from '../../src/report/html/render-html-report.js';
import { loadFixture } from '../analysis/helpers/fixture.js';

// In obtained-by, giay-none has `obtained_by: []`: no procedure issues it, so needs-none is blocked.
const result = analyze(loadFixture('obtained-by'), { province: 'HN' });

describe('reports of a document that no procedure issues (an empty obtained_by)', () => {
  it('say so in the explain tree, in Vietnamese and English', () => {
    expect(renderExplainText(result, 'needs-none', { lang: 'en' })).toContain(
      '└─ ✗ Không ai cấp [paper] — the required document; cannot be obtained: no procedure issues it (its obtained_by is empty)\n',
    );
    expect(renderExplainText(result, 'needs-none', { lang: 'vi' })).toContain(
      '└─ ✗ Không ai cấp [giấy] — giấy tờ yêu cầu; không xin được: không có thủ tục nào cấp (obtained_by của giấy tờ này để trống)\n',
    );
  });

  it('say so in the reason column of the blocked table', () => {
    const line = (lang: 'vi' | 'en') => renderBlockedText(result, { lang }).split('\n').find((l) => l.startsWith('needs-none '));
    expect(line('en')).toMatch(/ Không ai cấp: cannot be obtained: no procedure issues it \(its obtained_by is empty\)$/);
    expect(line('vi')).toMatch(/ Không ai cấp: không xin được: không có thủ tục nào cấp \(obtained_by của giấy tờ này để trống\)$/);
  });

  it('say so in the Markdown table', () => {
    const row = renderBlockedMarkdown(result, { lang: 'en' }).split('\n').find((l) => l.startsWith('| needs-none |'));
    expect(row).toBe('| needs-none | Cần giấy không ai cấp | HN |  | Không ai cấp: cannot be obtained: no procedure issues it (its obtained_by is empty) |');
  });

  it('say so in the CSV reason column', () => {
    const row = renderBlockedCsv(result, { lang: 'vi' }).split('\r\n').find((l) => l.startsWith('needs-none,'));
    expect(row).toMatch(/,Không ai cấp: không xin được: không có thủ tục nào cấp \(obtained_by của giấy tờ này để trống\)$/);
  });

  it('say so in the HTML report, naming no procedure to follow', () => {
    const input = gatherHtmlReportInput(loadFixture('obtained-by'), { province: 'HN', plan: false, timeline: false });
    const article = (lang: 'vi' | 'en') => /<article class="procedure" id="blocked-needs-none"[\s\S]*?<\/article>/.exec(renderHtmlReport(input, { lang }))![0];
    expect(article('en')).toContain('<li>Không ai cấp cannot be obtained: no procedure issues it</li>');
    expect(article('vi')).toContain('<li>Không ai cấp không xin được: không có thủ tục nào cấp giấy tờ này</li>');
    expect(article('en')).not.toContain('class="issuers"');
  });
});
