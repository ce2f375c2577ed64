import { describe, expect, it } from 'vitest';
import { analyze, analyzeCompiled } from '../../src/analysis/analyze.js';
import { whatif } from '../../src/analysis/whatif.js';
import { AnalysisOptionError } from '../../src/analysis/errors.js';
import { dependents } from '../../src/analysis/dependents.js';
import { diff } from '../../src/analysis/diff.js';
import { PlanOptionError } from '../../src/analysis/plan/errors.js';
import { plan } from '../../src/analysis/plan/plan.js';
import { timelineEvents } from '../../src/analysis/timeline-events.js';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { loadReform, ReformPathError } from '../../src/analysis/reform/load-reform.js';
import { localizeDiagnostic } from '../../src/diagnostics/localize.js';
import { compileCatalog } from '../../src/analysis/compile-catalog.js';
import { countDependents } from '../../src/analysis/count-dependents.js';
import { evaluateCatalog } from '../../src/analysis/evaluate-catalog.js';
import { neighbourhood } from '../../src/analysis/neighbourhood.js';
import { parseReform } from '../../src/analysis/reform/parse-reform.js';
import { rankProvisions } from '../../src/analysis/rank-provisions.js';
import { snapshot, summarizeCatalog } from '../../src/analysis/summary.js';
import { timeline } from '../../src/analysis/timeline.js';
import { provincesWhereRun } from '../../src/analysis/provinces-where-run.js';
import { parseFile } from '../../src/catalog/parse-file.js';
import type { Catalog } from '../../src/catalog/types.js';
import { CatalogArgumentError } from '../../src/diagnostics/errors.js';
import { buildGraph } from '../../src/graph/build-graph.js';
import { GraphWalkOptionError, UnknownNodeError, graphDependencies, graphDependents } from '../../src/graph/graph-dependents.js';
import { renderBlockedCsv } from '../../src/report/blocked-csv.js';
import { renderBlockedJson } from '../../src/report/blocked-json.js';
import { renderBlockedMarkdown } from '../../src/report/blocked-markdown.js';
import { renderBlockedText } from '../../src/report/blocked-text.js';
import { renderCountEachCsv, renderCountEachText } from '../../src/report/count-each-report.js';
import { countEach } from '../../src/analysis/count-each.js';
import { renderCountCsv, renderCountText } from '../../src/report/count-report.js';
import { explainSubset } from '../../src/report/explain-json.js';
import { renderExplainMarkdown } from '../../src/report/explain-markdown.js';
import { renderExplainText } from '../../src/report/explain-text.js';
import { renderGraphMermaid } from '../../src/report/graph-mermaid.js';
import { renderGraphDot } from '../../src/report/graph-dot.js';
import { renderGraphSvg } from '../../src/report/graph-svg.js';
import { renderDiagnosticsText } from '../../src/report/diagnostics-text.js';
import { gatherHtmlReportInput } from '../../src/report/html/gather-report-input.js';
import { renderHtmlReport } from '../../src/report/html/render-html-report.js';
import { renderRankCsv, renderRankText } from '../../src/report/rank-report.js';
import { renderSummaryMarkdown } from '../../src/report/summary-markdown.js';
import { renderSummaryText } from '../../src/report/summary-text.js';
import { renderTimelineSvg } from '../../src/report/svg-timeline.js';
import { renderWhatIfText } from '../../src/report/whatif-text.js';
import { renderWhatIfMarkdown } from '../../src/report/whatif-markdown.js';
import { renderWhatIfCsv } from '../../src/report/whatif-csv.js';
import { renderWhatIfJson, writeWhatIfJson } from '../../src/report/whatif-json.js';
import { renderDiffText } from '../../src/report/diff-text.js';
import { renderDiffMarkdown } from '../../src/report/diff-markdown.js';
import { renderDiffCsv } from '../../src/report/diff-csv.js';
import { renderDiffJson, writeDiffJson } from '../../src/report/diff-json.js';
import { renderTimelineText } from '../../src/report/timeline-text.js';
import { renderTimelineMarkdown } from '../../src/report/timeline-markdown.js';
import { renderTimelineCsv } from '../../src/report/timeline-csv.js';
import { renderTimelineJson } from '../../src/report/timeline-json.js';
import { renderPlanText } from '../../src/report/plan-text.js';
import { renderPlanMarkdown } from '../../src/report/plan-markdown.js';
import { renderPlanJson, renderPlanYaml } from '../../src/report/plan-yaml.js';
import { WrongArgumentError } from '../../src/util/expect-argument.js';
import { loadFixture } from '../report/html/fixture.js';
import { thrown } from '../helpers/thrown.js';

// Functions that take what another function returns say so when given something else,
// instead of failing inside with a TypeError such as "result.results is not iterable".

const catalog = await loadFixture('hokhau-small.yaml');
const result = analyze(catalog, { at: '2023-01-01' });
const graph = buildGraph(catalog);

const wrong = (call: () => unknown): WrongArgumentError => thrown(WrongArgumentError, call);

// The results of the analyses of change, and the renderers of each.
const reformed = whatif(catalog, { connect: [{ data_source: 'csdlqg-dan-cu', province: 'GL', from: '2023-01-01' }] }, { at: '2023-01-01' });
const changed = diff(catalog, catalog, { at: '2022-12-31', to: '2023-01-01' });
const dated = timeline(catalog);
const planned = plan(catalog, { at: '2023-01-01' });
const CHANGE_RENDERERS: [string, unknown, (x: never, o?: never) => unknown][] = [
  ['renderWhatIfText', reformed, (x, o) => renderWhatIfText(x, o)],
  ['renderWhatIfMarkdown', reformed, (x, o) => renderWhatIfMarkdown(x, o)],
  ['renderWhatIfCsv', reformed, (x, o) => renderWhatIfCsv(x, o)],
  ['renderDiffText', changed, (x, o) => renderDiffText(x, o)],
  ['renderDiffMarkdown', changed, (x, o) => renderDiffMarkdown(x, o)],
  ['renderTimelineText', dated, (x, o) => renderTimelineText(x, o)],
  ['renderTimelineMarkdown', dated, (x, o) => renderTimelineMarkdown(x, o)],
  ['renderPlanText', planned, (x, o) => renderPlanText(x, o)],
  ['renderPlanMarkdown', planned, (x, o) => renderPlanMarkdown(x, o)],
  ['renderPlanYaml', planned, (x, o) => renderPlanYaml(x, o)],
];
const CHANGE_DATA: [string, unknown, (x: never) => unknown][] = [
  ['renderWhatIfJson', reformed, (x) => renderWhatIfJson(x)],
  ['writeWhatIfJson', reformed, (x) => writeWhatIfJson(x, () => {})],
  ['renderDiffCsv', changed, (x) => renderDiffCsv(x)],
  ['renderDiffJson', changed, (x) => renderDiffJson(x)],
  ['writeDiffJson', changed, (x) => writeDiffJson(x, () => {})],
  ['renderTimelineCsv', dated, (x) => renderTimelineCsv(x)],
  ['renderTimelineJson', dated, (x) => renderTimelineJson(x)],
  ['renderPlanJson', planned, (x) => renderPlanJson(x)],
];

describe('a wrong argument', () => {
  it('is named, with what the function takes and what was given', () => {
    expect(wrong(() => rankProvisions(catalog as never)).message).toBe(
      'rankProvisions takes an AnalysisResult, what analyze(catalog, { at }) returns, but this is a catalog.',
    );
    expect(wrong(() => neighbourhood(catalog as never, 'so-ho-khau')).message).toBe(
      'neighbourhood takes a CatalogGraph, what buildGraph(catalog) returns, but this is a catalog.',
    );
    expect(wrong(() => renderSummaryText(result as never)).message).toBe(
      'renderSummaryText takes a CatalogSummary, what summarizeCatalog(catalog) returns, but this is an AnalysisResult (what analyze(catalog, { at }) returns).',
    );
    expect(wrong(() => rankProvisions(Promise.resolve(result) as never)).message).toContain('but this is a Promise: await it first');
    expect(wrong(() => rankProvisions(undefined as never)).message).toContain('but this is undefined');
    expect(wrong(() => analyzeCompiled(catalog as never)).expected).toBe('CompiledCatalog');
  });

  it('is refused by every function that reads a result, a graph or a compiled catalog', () => {
    const calls: [string, (x: never) => unknown][] = [
      ['rankProvisions', (x) => rankProvisions(x)],
      ['neighbourhood', (x) => neighbourhood(x, 'so-ho-khau')],
      ['graphDependents', (x) => graphDependents(x, 'document:so-ho-khau')],
      ['graphDependencies', (x) => graphDependencies(x, 'procedure:1.001193')],
      ['analyzeCompiled', (x) => analyzeCompiled(x)],
      ['evaluateCatalog', (x) => evaluateCatalog(x, { at: '2023-01-01' })],
      ['summarySnapshot', (x) => snapshot(x, null)],
      ['renderBlockedText', (x) => renderBlockedText(x)],
      ['renderBlockedJson', (x) => renderBlockedJson(x)],
      ['renderBlockedCsv', (x) => renderBlockedCsv(x)],
      ['renderBlockedMarkdown', (x) => renderBlockedMarkdown(x)],
      ['explainSubset', (x) => explainSubset(x, '1.001193')],
      ['renderExplainText', (x) => renderExplainText(x, '1.001193')],
      ['renderExplainMarkdown', (x) => renderExplainMarkdown(x, '1.001193')],
      ['renderSummaryText', (x) => renderSummaryText(x)],
      ['renderSummaryMarkdown', (x) => renderSummaryMarkdown(x)],
      ['renderTimelineSvg', (x) => renderTimelineSvg(x)],
      ['renderHtmlReport', (x) => renderHtmlReport(x)],
      ['renderCountText', (x) => renderCountText(x)],
      ['renderRankText', (x) => renderRankText(x)],
      ['renderGraphMermaid', (x) => renderGraphMermaid(x)],
      ...[...CHANGE_RENDERERS, ...CHANGE_DATA].map(([name, , render]): [string, (x: never) => unknown] => [name, (x) => render(x)]),
    ];
    for (const [name, call] of calls) {
      for (const bad of [catalog, undefined, 42, {}]) expect(wrong(() => call(bad as never)).message, name).toMatch(new RegExp(`^${name} takes an? `));
    }
  });

  it('is not raised for the right argument', () => {
    const compiled = compileCatalog(catalog);
    expect(analyzeCompiled(compiled, { at: '2023-01-01' }).totals).toEqual(result.totals);
    expect(rankProvisions(result).blocked).toBe(result.totals.blocked);
    expect(renderSummaryText(summarizeCatalog(catalog))).toContain('Sổ hộ khẩu (mẫu nhỏ)');
    expect(renderTimelineSvg(timeline(catalog))).toContain('<svg');
    expect(renderCountText(countDependents(catalog, 'so-ho-khau'))).toContain('so-ho-khau');
    expect(renderGraphMermaid(neighbourhood(graph, 'so-ho-khau'))).toContain('flowchart');
    for (const [name, value, render] of CHANGE_RENDERERS) expect(render(value as never), name).toMatch(/\S/);
    for (const [name, value, render] of CHANGE_DATA) expect(() => render(value as never), name).not.toThrow();
  });

  it('to a renderer of change names the result it was given in place of its own', () => {
    expect(wrong(() => renderDiffText(reformed as never)).message).toBe(
      'renderDiffText takes a DiffResult, what diff(catalogA, catalogB, { at }) returns, but this is a WhatIfResult (what whatif(catalog, reform, { at }) returns).',
    );
    expect(wrong(() => renderWhatIfText(changed as never)).message).toBe(
      'renderWhatIfText takes a WhatIfResult, what whatif(catalog, reform, { at }) returns, but this is a DiffResult (what diff(catalogA, catalogB, { at }) returns).',
    );
    expect(wrong(() => renderPlanText(reformed as never)).message).toMatch(/^renderPlanText takes a PlanResult, what plan\(catalog, \{ at \}\) returns, but this is a WhatIfResult /);
    expect(wrong(() => renderTimelineText(planned as never)).message).toMatch(/^renderTimelineText takes a TimelineResult, .* but this is a PlanResult /);
  });

  it('of a parser is the text it reads, with CatalogArgumentError', () => {
    for (const bad of [42, undefined, [], { text: 'x' }]) {
      expect(() => parseReform(bad as never)).toThrow(CatalogArgumentError);
      expect(() => parseFile(bad as never, 'x.yaml')).toThrow(CatalogArgumentError);
    }
    expect(() => parseReform('connect: []', null as never)).toThrow(CatalogArgumentError);
    expect(() => parseFile('a: 1', undefined as never)).toThrow(/file name/);
    expect(parseReform(new TextEncoder().encode('connect: []')).ok).toBe(true);
  });

  it('of a loader is refused with its own error: options not an object, limits that are not whole numbers, no path', async () => {
    const at = 'test/fixtures/report/hokhau-small/catalog.yaml';
    await expect(loadCatalog(at, null as never)).rejects.toThrow(CatalogArgumentError);
    await expect(loadCatalog(at, { maxFileSize: -1 })).rejects.toThrow('maxFileSize must be a whole number, 1 or more (or Infinity: no limit); got -1.');
    await expect(loadCatalog(at, { maxDepth: 'x' as never })).rejects.toThrow(CatalogArgumentError);
    expect(() => parseCatalog('a: 1', { maxAliasCount: 0 })).toThrow(CatalogArgumentError);
    for (const [text, shown] of [[42, '42'], [null, 'null'], [['a: 1'], 'a list'], [{ text: 'a: 1' }, 'an object']] as const) {
      expect(() => parseCatalog(text as never)).toThrow(`parseCatalog takes the catalog's text, a string or a Uint8Array, not ${shown}.`);
    }
    expect(() => parseFile('a: 1', 'a.yaml', { maxDepth: 1.5 })).toThrow(CatalogArgumentError);
    expect((await loadCatalog(at, { maxDepth: 64 })).ok).toBe(true);
    // No limit: Infinity, or -1 for the alias count as yaml takes it.
    expect((await loadCatalog(at, { maxFileSize: Infinity, maxDepth: Infinity, maxAliasCount: -1 })).ok).toBe(true);
    await expect(loadCatalog(at, { maxDepth: NaN })).rejects.toThrow('got NaN.');
    await expect(loadReform(42 as never)).rejects.toThrow(ReformPathError);
    // Each ReformPathError has a stable code.
    const codeOf = (path: string) => loadReform(path).then(() => 'loaded', (e: ReformPathError) => e.code);
    expect(await Promise.all(['', 'test/fixtures/reform/no-such.yaml', 'test/fixtures/reform', 'test/fixtures/reform/unblock-civil-status.yaml'].map(codeOf))).toEqual([
      'NO_PATH',
      'NOT_FOUND',
      'NOT_A_FILE',
      'loaded',
    ]);
    await expect(loadReform('test/fixtures/reform/unblock-civil-status.yaml', null as never)).rejects.toThrow(CatalogArgumentError);
  });
});

describe('wrong options', () => {
  it('that are not an object are refused by name, not read as no options', () => {
    const calls: [string, (o: never) => unknown][] = [
      ['analyze', (o) => analyze(catalog, o)],
      ['gatherHtmlReportInput', (o) => gatherHtmlReportInput(catalog, o)],
      ['whatif', (o) => whatif(catalog, { reform: { name: 'r' } } as never, o)],
      ['plan', (o) => plan(catalog, o)],
      ['timeline', (o) => timeline(catalog, o)],
      ['timelineEvents', (o) => timelineEvents(catalog, o)],
      ['diff', (o) => diff(catalog, catalog, o)],
      ['summarizeCatalog', (o) => summarizeCatalog(catalog, o)],
      ['countDependents', (o) => countDependents(catalog, 'so-ho-khau', o)],
      ['dependents and countDependents', (o) => dependents(catalog, 'so-ho-khau', o)],
      ['graphDependents', (o) => graphDependents(graph, 'document:so-ho-khau', o)],
      ['graphDependencies', (o) => graphDependencies(graph, 'procedure:1.001193', o)],
    ];
    for (const [name, call] of calls) {
      for (const bad of [null, 42, '2023-01-01', ['x']]) {
        expect(wrong(() => call(bad as never)).message, `${name} ${JSON.stringify(bad)}`).toMatch(new RegExp(`^The options of ${name} must be an object such as `));
      }
    }
  });

  it('that should be lists are refused when they are strings, instead of read letter by letter', () => {
    expect(() => plan(catalog, { only: '1.001193' as never })).toThrow(PlanOptionError);
    expect(() => plan(catalog, { only: '1.001193' as never })).toThrow(/^only must be a list of procedure codes/);
    // The search limits and the budget are whole numbers, and a string is said to be one.
    for (const limits of [{ maxNodes: -5 }, { maxNodes: 'x' }, { maxWork: 0 }, { maxWork: 1.5 }]) expect(() => plan(catalog, limits as never)).toThrow(PlanOptionError);
    expect(() => plan(catalog, { maxNodes: 'x' as never })).toThrow('maxNodes must be a whole number, 1 or more (or Infinity: no limit); got "x".');
    expect(() => plan(catalog, { budget: '3' as never })).toThrow('The budget must be a whole number of changes, 0 or more; got "3".');
    expect(() => plan(catalog, { budget: NaN })).toThrow('got NaN.');
    // Infinity is no limit, as before the limits were checked.
    expect(plan(catalog, { maxNodes: Infinity, maxWork: Infinity }).changes).toEqual(plan(catalog).changes);
    expect(() => timeline(catalog, { without: 'nd-104-2022' as never })).toThrow(AnalysisOptionError);
    // timelineEvents takes legal documents by id or number, as timeline does, and refuses others.
    expect(timelineEvents(catalog, { without: ['104/2022/NĐ-CP'] })).toEqual(timelineEvents(catalog, { without: ['nd-104-2022'] }));
    expect(timelineEvents(catalog, { without: ['nd-104-2022'] }).length).toBeLessThan(timelineEvents(catalog).length);
    expect(() => timelineEvents(catalog, { without: ['nd-104-2O22'] })).toThrow(/no legal document "nd-104-2O22".*Did you mean 'nd-104-2022'/);
    expect(() => graphDependents(graph, 'document:so-ho-khau', { kinds: 'procedure' as never })).toThrow(GraphWalkOptionError);
    expect(() => graphDependents(graph, 'document:so-ho-khau', { kinds: ['procedur' as never] })).toThrow(/^kinds must be a list of node kinds/);
    expect(() => graphDependents(graph, 42 as never)).toThrow(UnknownNodeError);
  });

  it("of a text report's width are a whole number of columns, 1 or more", () => {
    for (const [bad, shown] of [[0, '0'], [-80, '-80'], [79.5, '79.5'], ['80', '"80"'], [NaN, 'NaN']] as const) {
      expect(wrong(() => renderBlockedText(result, { width: bad as never })).message).toBe(`width of renderBlockedText must be a whole number, 1 or more (or Infinity: no limit); got ${shown}.`);
    }
    expect(renderBlockedText(result, { width: Infinity })).toBe(renderBlockedText(result));
    expect(renderBlockedText(result, { width: 1 })).toMatch(/\S/);
    for (const [bad, shown] of [[0, '0'], ['80', '"80"']] as const) {
      expect(wrong(() => renderExplainText(result, '1.001193', { width: bad as never })).message).toBe(`width of renderExplainText must be a whole number, 1 or more (or Infinity: no limit); got ${shown}.`);
    }
    expect(renderExplainText(result, '1.001193', { width: Infinity })).toBe(renderExplainText(result, '1.001193'));
    expect(wrong(() => renderSummaryText(summarizeCatalog(catalog), { width: 0 })).message).toBe('width of renderSummaryText must be a whole number, 1 or more (or Infinity: no limit); got 0.');
    expect(wrong(() => renderPlanText(plan(catalog, { at: '2023-01-01' }), { width: 2.5 })).message).toBe('width of renderPlanText must be a whole number, 1 or more (or Infinity: no limit); got 2.5.');
    expect(wrong(() => renderRankText(rankProvisions(result), { width: -1 })).message).toBe('width of renderRankText must be a whole number, 1 or more (or Infinity: no limit); got -1.');
    expect(wrong(() => renderCountText(countDependents(catalog, 'so-ho-khau'), { width: '80' as never })).message).toBe('width of renderCountText must be a whole number, 1 or more (or Infinity: no limit); got "80".');
    expect(wrong(() => renderCountEachText(countEach(catalog, 'document'), { width: NaN })).message).toBe('width of renderCountEachText must be a whole number, 1 or more (or Infinity: no limit); got NaN.');
  });

  it('of a CSV report for Excel are true or false', () => {
    const csvs: [string, (o: never) => string][] = [
      ['renderBlockedCsv', (o) => renderBlockedCsv(result, o)],
      ['renderCountCsv', (o) => renderCountCsv(countDependents(catalog, 'so-ho-khau'), o)],
      ['renderCountEachCsv', (o) => renderCountEachCsv(countEach(catalog, 'legal'), o)],
      ['renderRankCsv', (o) => renderRankCsv(rankProvisions(result), o)],
      ['renderWhatIfCsv', (o) => renderWhatIfCsv(reformed, o)],
      ['renderDiffCsv', (o) => renderDiffCsv(changed, o)],
      ['renderTimelineCsv', (o) => renderTimelineCsv(dated, o)],
    ];
    for (const [name, render] of csvs) {
      for (const [bad, shown] of [['yes', '"yes"'], [1, '1'], [null, 'null']] as const) {
        expect(wrong(() => render({ excel: bad } as never)).message, name).toBe(`excel of ${name} must be true or false; got ${shown}.`);
      }
      expect(wrong(() => render('excel' as never)).message, name).toMatch(new RegExp(`^The options of ${name} must be an object`));
      expect(render({ excel: false } as never), name).toBe(render({} as never));
      if (name !== 'renderTimelineCsv') expect(render({ excel: true } as never), name).not.toBe(render({} as never));
    }
  });

  it('of language are vi or en, not silently Vietnamese or a TypeError', () => {
    expect(wrong(() => renderBlockedText(result, { lang: 'fr' as never })).message).toBe('lang must be one of vi, en, not "fr".');
    expect(() => localizeDiagnostic(parseCatalog('a: 1').diagnostics[0], 'fr' as never)).toThrow(WrongArgumentError);
    const n = neighbourhood(graph, 'so-ho-khau');
    const renders: [string, () => unknown][] = [
      ['renderSummaryText', () => renderSummaryText(summarizeCatalog(catalog), { lang: 'EN' as never })],
      ['renderSummaryMarkdown', () => renderSummaryMarkdown(summarizeCatalog(catalog), { lang: 'EN' as never })],
      ['renderTimelineSvg', () => renderTimelineSvg(timeline(catalog), { lang: 'EN' as never })],
      ['renderGraphMermaid', () => renderGraphMermaid(n, { lang: 'EN' as never })],
      ['renderGraphDot', () => renderGraphDot(n, { lang: 'EN' as never })],
      ['renderGraphSvg', () => renderGraphSvg(n, { lang: 'EN' as never })],
      ['renderDiagnosticsText', () => renderDiagnosticsText([], { lang: 'EN' as never })],
      ['renderHtmlReport', () => renderHtmlReport(gatherHtmlReportInput(catalog, { plan: false, timeline: false }), { lang: 'EN' as never })],
    ];
    for (const [name, value, render] of CHANGE_RENDERERS) renders.push([name, () => render(value as never, { lang: 'EN' } as never)]);
    for (const [name, render] of renders) expect(wrong(render).message, name).toBe('lang must be one of vi, en, not "EN".');
    // Options that are not an object are refused by name too.
    const nulls: [string, (o: never) => unknown][] = [
      ['renderBlockedText', (o) => renderBlockedText(result, o)],
      ['renderBlockedCsv', (o) => renderBlockedCsv(result, o)],
      ['renderExplainText', (o) => renderExplainText(result, '1.001193', o)],
      ['renderExplainMarkdown', (o) => renderExplainMarkdown(result, '1.001193', o)],
      ['renderSummaryText', (o) => renderSummaryText(summarizeCatalog(catalog), o)],
      ['renderSummaryMarkdown', (o) => renderSummaryMarkdown(summarizeCatalog(catalog), o)],
      ['renderGraphSvg', (o) => renderGraphSvg(n, o)],
      ['renderCountText', (o) => renderCountText(countDependents(catalog, 'so-ho-khau'), o)],
      ['renderRankText', (o) => renderRankText(rankProvisions(result), o)],
      ['renderDiagnosticsText', (o) => renderDiagnosticsText([], o)],
    ];
    for (const [name, value, render] of CHANGE_RENDERERS) nulls.push([name, (o) => render(value as never, o)]);
    for (const [name, render] of nulls) {
      for (const bad of [null, 'en', ['en']]) expect(wrong(() => render(bad as never)).message).toMatch(new RegExp(`^The options of ${name} must be an object`));
    }
  });

  it('of a report of change are refused when they would be misread: a province limit, where procedures run', () => {
    const renders: [string, (o: never) => unknown][] = [
      ['renderWhatIfText', (o) => renderWhatIfText(reformed, o)],
      ['renderDiffText', (o) => renderDiffText(changed, o)],
      ['renderTimelineText', (o) => renderTimelineText(dated, o)],
    ];
    const markdown: [string, (o: never) => unknown][] = [
      ['renderWhatIfMarkdown', (o) => renderWhatIfMarkdown(reformed, o)],
      ['renderDiffMarkdown', (o) => renderDiffMarkdown(changed, o)],
      ['renderTimelineMarkdown', (o) => renderTimelineMarkdown(dated, o)],
    ];
    for (const [name, render] of markdown) {
      expect(wrong(() => render({ runsIn: {} } as never)).message).toBe(
        `runsIn of ${name} must be a Map of procedure codes to province codes, what provincesWhereRun(catalog) returns, not an object.`,
      );
      expect(render({ runsIn: provincesWhereRun(catalog) } as never)).toMatch(/\S/);
    }
    for (const [name, render] of renders) {
      for (const [bad, shown] of [[0, '0'], [2.5, '2.5'], ['8', '"8"'], [NaN, 'NaN']] as const) {
        expect(wrong(() => render({ maxProvinces: bad } as never)).message).toBe(`maxProvinces of ${name} must be a whole number, 1 or more (or Infinity: no limit); got ${shown}.`);
        expect(wrong(() => render({ width: bad } as never)).message).toBe(`width of ${name} must be a whole number, 1 or more (or Infinity: no limit); got ${shown}.`);
      }
      expect(wrong(() => render({ runsIn: { '1.001193': ['HN'] } } as never)).message).toBe(
        `runsIn of ${name} must be a Map of procedure codes to province codes, what provincesWhereRun(catalog) returns, not an object.`,
      );
      // No limit, and the map the library makes, are taken.
      expect(render({ maxProvinces: Infinity, runsIn: provincesWhereRun(catalog) } as never)).toMatch(/\S/);
    }
    expect(wrong(() => renderDiffText(changed, { ranIn: [['1.001193', ['HN']]] as never })).message).toMatch(/^ranIn of renderDiffText must be a Map .* not a list\.$/);
  });

  it('of province by name get the province of that name as suggestion', () => {
    for (const [given, code] of [['Gia Lai', 'GL'], ['ha noi', 'HN']]) {
      try {
        analyze(catalog, { province: given });
        throw new Error('no error');
      } catch (e) {
        expect(e).toBeInstanceOf(AnalysisOptionError);
        expect((e as AnalysisOptionError).suggestions).toEqual([code]);
        expect((e as Error).message).toContain(`Did you mean '${code}'`);
      }
    }
  });
});

// The catalog is a plain object: nothing above may have changed it.
it('leaves the catalog as it was', () => {
  expect(buildGraph(catalog as Catalog).order).toBe(graph.order);
});
