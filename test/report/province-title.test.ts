import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { countDependents } from '../../src/analysis/count-dependents.js';
import { diff } from '../../src/analysis/diff.js';
import { plan } from '../../src/analysis/plan/plan.js';
import { rankProvisions } from '../../src/analysis/rank-provisions.js';
import { parseReform } from '../../src/analysis/reform/parse-reform.js';
import { timeline } from '../../src/analysis/timeline.js';
import { whatif } from '../../src/analysis/whatif.js';
import { renderBlockedMarkdown } from '../../src/report/blocked-markdown.js';
import { renderBlockedText } from '../../src/report/blocked-text.js';
import { renderCountMarkdown, renderCountText } from '../../src/report/count-report.js';
import { renderDiffMarkdown } from '../../src/report/diff-markdown.js';
import { renderExplainMarkdown } from '../../src/report/explain-markdown.js';
import { renderExplainText } from '../../src/report/explain-text.js';
import { renderDiffText } from '../../src/report/diff-text.js';
import { renderPlanMarkdown } from '../../src/report/plan-markdown.js';
import { renderPlanText } from '../../src/report/plan-text.js';
import { renderRankMarkdown, renderRankText } from '../../src/report/rank-report.js';
import { renderTimelineMarkdown } from '../../src/report/timeline-markdown.js';
import { renderTimelineText } from '../../src/report/timeline-text.js';
import { renderWhatIfMarkdown } from '../../src/report/whatif-markdown.js';
import { renderWhatIfText } from '../../src/report/whatif-text.js';
import { loadReportFixture } from './fixture-analysis.js';

// The human reports of one province name it in their title: by its code, or, given its name,
// "Gia Lai (GL)", in text and in Markdown alike.

const catalog = loadReportFixture('hokhau-small');
const at = '2023-01-01';
const province = 'GL';
const reform = parseReform(readFileSync(new URL('../fixtures/reform/unblock-civil-status.yaml', import.meta.url), 'utf8'), { catalog }).reform!;
const result = analyze(catalog, { at, province });

type Render = (options: { lang: 'vi' | 'en'; provinceName?: string }) => string;
const reports: [string, Render][] = [
  ['blocked text', (o) => renderBlockedText(result, o)],
  ['blocked Markdown', (o) => renderBlockedMarkdown(result, o)],
  ['rank text', (o) => renderRankText(rankProvisions(analyze(catalog, { at }), { province }), o)],
  ['rank Markdown', (o) => renderRankMarkdown(rankProvisions(analyze(catalog, { at }), { province }), o)],
  ['count text', (o) => renderCountText(countDependents(catalog, 'so-ho-khau', { at, province }), o)],
  ['count Markdown', (o) => renderCountMarkdown(countDependents(catalog, 'so-ho-khau', { at, province }), o)],
  ['diff text', (o) => renderDiffText(diff(catalog, catalog, { at: '2022-12-31', to: at, province }), o)],
  ['diff Markdown', (o) => renderDiffMarkdown(diff(catalog, catalog, { at: '2022-12-31', to: at, province }), o)],
  ['what-if text', (o) => renderWhatIfText(whatif(catalog, reform, { at, province }), o)],
  ['what-if Markdown', (o) => renderWhatIfMarkdown(whatif(catalog, reform, { at, province }), o)],
  ['plan text', (o) => renderPlanText(plan(catalog, { at, province }), o)],
  ['plan Markdown', (o) => renderPlanMarkdown(plan(catalog, { at, province }), o)],
  ['explanation text', (o) => renderExplainText(result, '1.001193', o)],
  ['explanation Markdown', (o) => renderExplainMarkdown(result, '1.001193', o)],
];

describe('the title of a report of one province', () => {
  it.each(reports)('%s: the name and the code when given the name, else the code', (_report, render) => {
    const title = (o: Parameters<Render>[0]) => render(o).split('\n')[0];
    expect(title({ lang: 'vi', provinceName: 'Gia Lai' })).toMatch(/ tại Gia Lai \(GL\)( \(|$)/);
    expect(title({ lang: 'en', provinceName: 'Gia Lai' })).toMatch(/ in Gia Lai \(GL\)( \(|$)/);
    expect(title({ lang: 'vi' })).toMatch(/ tại GL( \(|$)/);
    expect(title({ lang: 'en' })).not.toContain('Gia Lai');
  });

  it('timeline: inside its parentheses, the name then the code', () => {
    const t = timeline(catalog, { province });
    expect(renderTimelineText(t, { lang: 'en', provinceName: 'Gia Lai' }).split('\n')[0]).toMatch(/ \(Gia Lai, GL\)$/);
    expect(renderTimelineMarkdown(t, { lang: 'vi', provinceName: 'Gia Lai' }).split('\n')[0]).toMatch(/ \(Gia Lai, GL\)$/);
    expect(renderTimelineText(t, { lang: 'en' }).split('\n')[0]).toMatch(/ \(GL\)$/);
  });
});
