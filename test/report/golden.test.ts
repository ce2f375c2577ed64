import { describe, it } from 'vitest';
import { analyze, type AnalyzeOptions } from '../../src/analysis/analyze.js';
import { countDependents } from '../../src/analysis/count-dependents.js';
import { rankProvisions } from '../../src/analysis/rank-provisions.js';
import { renderBlockedCsv } from '../../src/report/blocked-csv.js';
import { renderBlockedJson } from '../../src/report/blocked-json.js';
import { renderBlockedMarkdown } from '../../src/report/blocked-markdown.js';
import { renderBlockedText } from '../../src/report/blocked-text.js';
import { renderCountCsv, renderCountJson, renderCountMarkdown, renderCountText } from '../../src/report/count-report.js';
import { renderExplainJson } from '../../src/report/explain-json.js';
import { renderExplainMarkdown } from '../../src/report/explain-markdown.js';
import { renderExplainText } from '../../src/report/explain-text.js';
import { renderRankCsv, renderRankJson, renderRankMarkdown, renderRankText } from '../../src/report/rank-report.js';
import { loadReportFixture } from './fixture-analysis.js';
import { expectGolden } from './golden.js';

// Golden files are the output of the reporters on a real analysis of a fixture catalog.
// To accept a change: TTHC_UPDATE_GOLDEN=1 npx vitest run test/report/golden.test.ts, then review `git diff test/report/golden`.
const check = (name: string, actual: string) => expectGolden(actual, new URL(`./golden/${name}`, import.meta.url));

const small = loadReportFixture('hokhau-small');
const run = (options: AnalyzeOptions = {}) => analyze(small, options);

const cases: [string, () => string][] = [
  ['blocked.vi.txt', () => renderBlockedText(run())],
  ['blocked.en.txt', () => renderBlockedText(run(), { lang: 'en' })],
  ['blocked.vi.md', () => renderBlockedMarkdown(run())],
  ['blocked.en.md', () => renderBlockedMarkdown(run(), { lang: 'en' })],
  ['blocked.csv', () => renderBlockedCsv(run())],
  ['blocked.json', () => renderBlockedJson(run())],
  ['blocked-gl.vi.txt', () => renderBlockedText(run({ province: 'GL' }), { provinceName: 'Gia Lai' })],
  ['blocked-before-sunset.vi.txt', () => renderBlockedText(run({ at: '2022-12-31' }))],
  ['blocked-without-104.vi.txt', () => renderBlockedText(run({ without: ['nd-104-2022'] }))],
  ['blocked-unknown.vi.txt', () => renderBlockedText(analyze(loadReportFixture('lenient-unresolved', true), { lenient: true }))],
  ['explain-1.000894.vi.txt', () => renderExplainText(run(), '1.000894')],
  ['explain-1.000894.en.txt', () => renderExplainText(run(), '1.000894', { lang: 'en' })],
  ['explain-1.000894.en.md', () => renderExplainMarkdown(run(), '1.000894', { lang: 'en' })],
  ['explain-1.004222.vi.txt', () => renderExplainText(run(), '1.004222')],
  ['explain-dl-a.en.txt', () => renderExplainText(run(), 'dl-a', { lang: 'en' })],
  ['explain-2.000986-gl.json', () => renderExplainJson(run({ province: 'GL' }), '2.000986')],
  ['rank.vi.txt', () => renderRankText(rankProvisions(run()))],
  ['rank.en.md', () => renderRankMarkdown(rankProvisions(run()), { lang: 'en' })],
  ['rank.csv', () => renderRankCsv(rankProvisions(run()))],
  ['rank.json', () => renderRankJson(rankProvisions(run()))],
  ['count-so-ho-khau.vi.txt', () => renderCountText(countDependents(small, 'so-ho-khau'))],
  ['count-so-ho-khau.en.md', () => renderCountMarkdown(countDependents(small, 'so-ho-khau'), { lang: 'en', targetName: 'Household registration book' })],
  ['count-so-ho-khau.csv', () => renderCountCsv(countDependents(small, 'so-ho-khau'))],
  ['count-nd-104-2022-at.json', () => renderCountJson(countDependents(small, 'nd-104-2022', { at: '2023-01-01' }), { by: ['province', 'field'] })],
];

describe('reporters match their golden files', () => {
  for (const [name, render] of cases) it(name, () => check(name, render()));
});
