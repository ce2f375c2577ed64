// The part of tthc-graph that needs no file system: for services and browsers.
export type * from './catalog/types.js';
export type * from './diagnostics/types.js';
export type * from './analysis/result-types.js';
export { RESULT_VERSION } from './analysis/result-types.js';
export { SECTIONS, emptyCatalog } from './catalog/types.js';
export { foldVietnamese, legalNumberKey } from './text/vietnamese.js';
export { suggest, didYouMean } from './text/suggest.js';
export { buildGraph } from './graph/build-graph.js';
export { StructuralGraph } from './graph/structural-graph.js';
export {
  graphDependents,
  graphDependencies,
  isDependencyEdge,
  DEPENDENCY_EDGE_TYPES,
  UnknownNodeError,
  GraphWalkOptionError,
  type UnknownNodeErrorCode,
  type GraphWalkOptionErrorCode,
  type GraphReach,
  type GraphWalkOptions,
} from './graph/graph-dependents.js';
export type * from './graph/graph-types.js';
export { procedureKey, requirementKey, documentKey, dataSourceKey, legalKey } from './graph/node-keys.js';
export { legalIndex, type LegalIndex } from './graph/legal-index.js';
export { NotACatalogError, type NotACatalogErrorCode } from './graph/complete-catalog.js';
export { WrongArgumentError, type WrongArgumentErrorCode, type ArgumentKind } from './util/expect-argument.js';
export {
  resolveProvision,
  provisionCovers,
  provisionKey,
  provisionLabel,
  legalLabel,
  type ProvisionRef,
} from './graph/provision-ref.js';
export { analyze, analyzeCompiled, analysisDate, type AnalyzeOptions } from './analysis/analyze.js';
export { compileCatalog } from './analysis/compile-catalog.js';
export type { CompiledCatalog } from './analysis/compiled-types.js';
export { evaluateCatalog, reevaluateCatalog, type EvaluateOptions } from './analysis/evaluate-catalog.js';
export type { Evaluation, Views } from './analysis/evaluation-types.js';
export { materializeResult, type MaterializeOptions } from './analysis/materialize-result.js';
export {
  AnalysisOptionError,
  UnresolvedCatalogError,
  type AnalysisOptionErrorCode,
  type UnresolvedCatalogErrorCode,
  type UnresolvedReference,
} from './analysis/errors.js';
export { plan, DEFAULT_MAX_NODES, type PlanOptions } from './analysis/plan/plan.js';
export { DEFAULT_MAX_WORK } from './analysis/plan/solve-plan.js';
export type * from './analysis/plan/plan-types.js';
export { PLAN_VERSION } from './analysis/plan/plan-types.js';
export {
  PlanOptionError,
  PlanVerificationError,
  type PlanOptionErrorCode,
  type PlanVerificationErrorCode,
  type PlanMismatch,
} from './analysis/plan/errors.js';
export { verifyPlan } from './analysis/plan/verify-plan.js';
export { applyReform } from './analysis/reform/apply-reform.js';
export type { Reform, Connection } from './analysis/reform/types.js';
export { ReformMismatchError, NotAReformError, type ReformMismatchErrorCode, type NotAReformErrorCode } from './analysis/reform/types.js';
export { summarizeCatalog, snapshot as summarySnapshot } from './analysis/summary.js';
export type * from './analysis/summary-types.js';
export { measureCount } from './analysis/measure-count.js';
export { renderSummaryText, type SummaryTextOptions } from './report/summary-text.js';
export { renderSummaryMarkdown } from './report/summary-markdown.js';
export { parseCatalog, parseCatalogFiles } from './catalog/parse-catalog.js';
export { parseFile, type FileOptions } from './catalog/parse-file.js';
export { DEFAULT_LIMITS } from './catalog/load-types.js';
export type { LoadResult, LoadOptions, ParseOptions, LoadLimits, ParsedFile, SourceFile, EntityLocations } from './catalog/load-types.js';
export type { LoadProgress, LoadProgressEvent } from './catalog/load-progress.js';
export { isIsoDate, calendarDateProblem } from './catalog/iso-date.js';
export { CatalogPathError, CatalogArgumentError } from './diagnostics/errors.js';
export type { PathErrorCode, CatalogArgumentErrorCode } from './diagnostics/errors.js';
export { DIAGNOSTIC_CODES, type DiagnosticCode, type CodeInfo } from './diagnostics/codes.js';
export { sortDiagnostics, summarizeDiagnostics, type DiagnosticSummary } from './diagnostics/sort.js';
export { localizeDiagnostic, type DiagnosticLang } from './diagnostics/localize.js';
export { renderDiagnosticsText, type DiagnosticsTextOptions } from './report/diagnostics-text.js';
export { parseReform, type ParseReformOptions, type ParseReformResult } from './analysis/reform/parse-reform.js';
export { checkReform, type CheckReformOptions } from './analysis/reform/check-reform.js';
export { REFORM_SCHEMA, validateReformFile } from './analysis/reform/reform-schema.js';
export { baselineOf, compareWithBaseline, findingOf, type Baseline, type BaselineComparison, type BaselineFinding, type FindingKind } from './analysis/baseline/compare.js';
export { parseBaseline, type ParseBaselineOptions, type ParseBaselineResult } from './analysis/baseline/parse-baseline.js';
export { BASELINE_SCHEMA, validateBaselineFile } from './analysis/baseline/baseline-schema.js';
export type { SchemaError } from './schema/validator.js';
export { whatif, type WhatIfOptions } from './analysis/whatif.js';
export type * from './analysis/whatif-types.js';
export { WHATIF_VERSION } from './analysis/whatif-types.js';
export { timeline, type TimelineOptions } from './analysis/timeline.js';
export { timelineEvents, type TimelineEventOptions } from './analysis/timeline-events.js';
export type * from './analysis/timeline-types.js';
export { TIMELINE_VERSION } from './analysis/timeline-types.js';
export { addDays, daysBetween, isCalendarDate, InvalidDateError, type InvalidDateErrorCode } from './analysis/timeline-dates.js';
export { diff, type DiffOptions } from './analysis/diff.js';
export type * from './analysis/diff-types.js';
export { DIFF_VERSION } from './analysis/diff-types.js';
export { diffEntities, SECTION_KEYS, type EntityDiff, type SectionDiff, type EntityChange, type FieldChange } from './analysis/diff-entities.js';
export { diffResults, classifyChange, countChanges, CHANGE_KINDS, type ChangeKind, type EvaluationDelta, type EvaluationState } from './analysis/diff-results.js';
export { renderTimelineSvg, type TimelineSvgOptions } from './report/svg-timeline.js';
export {
  neighbourhood,
  resolveFocus,
  UnknownFocusError,
  NeighbourhoodOptionError,
  type UnknownFocusErrorCode,
  type NeighbourhoodOptionErrorCode,
} from './analysis/neighbourhood.js';
export type * from './analysis/neighbourhood-types.js';
export { NEIGHBOURHOOD_VERSION } from './analysis/neighbourhood-types.js';
export { renderGraphMermaid, type GraphDrawOptions } from './report/graph-mermaid.js';
export { renderGraphDot } from './report/graph-dot.js';
export { renderGraphSvg } from './report/graph-svg.js';
export { renderHtmlReport, HTML_REPORT_DATA_VERSION } from './report/html/render-html-report.js';
export { gatherHtmlReportInput, sunsetDocuments } from './report/html/gather-report-input.js';
export type { HtmlReportInput, HtmlReportOptions, GatherOptions, SunsetDocument, ReportProgressEvent } from './report/html/types.js';
export { dependents, DependentsOptionError, type DependentsOptionErrorCode } from './analysis/dependents.js';
export { UnknownDependencyTargetError, type UnknownDependencyTargetErrorCode } from './analysis/dependents-target.js';
export { countDependents, groupDependents } from './analysis/count-dependents.js';
export { countEach, type DependentCountsEach, type EachCount } from './analysis/count-each.js';
export type * from './analysis/dependents-types.js';
export { COUNT_DIMENSIONS, DEPENDENT_TARGET_KINDS } from './analysis/dependents-types.js';
export { rankProvisions, provisionRankKey } from './analysis/rank-provisions.js';
export type * from './analysis/rank-types.js';
export { renderBlockedText, type TextReportOptions } from './report/blocked-text.js';
export { renderBlockedJson, writeBlockedJson, type BlockedJsonOptions } from './report/blocked-json.js';
export { renderBaselineJson, type BaselineView } from './report/baseline-report.js';
export { renderBlockedCsv, BLOCKED_CSV_HEADER } from './report/blocked-csv.js';
export { excelText, type CsvOptions } from './report/csv.js';
export { renderBlockedMarkdown } from './report/blocked-markdown.js';
export {
  renderExplainText,
  ExplanationTooLargeError,
  EXPLAIN_MAX_LINES,
  EXPLAIN_MAX_DEPTH,
  type ExplanationTooLargeErrorCode,
  type ExplainTextOptions,
} from './report/explain-text.js';
export { renderExplainMarkdown } from './report/explain-markdown.js';
export { renderExplainJson, explainSubset, type ExplainResult } from './report/explain-json.js';
export { renderCountText, renderCountJson, renderCountCsv, renderCountMarkdown, type CountReportOptions } from './report/count-report.js';
export { renderCountEachText, renderCountEachMarkdown, renderCountEachCsv, renderCountEachJson, type CountEachReportOptions } from './report/count-each-report.js';
export { renderRankText, renderRankJson, renderRankCsv, renderRankMarkdown, type RankReportOptions } from './report/rank-report.js';
export { label, LANGS, type Lang, type LabelKey } from './report/labels.js';
export { provincesWhereRun } from './analysis/provinces-where-run.js';
export { renderWhatIfText, type WhatIfTextOptions } from './report/whatif-text.js';
export { renderWhatIfMarkdown } from './report/whatif-markdown.js';
export { renderWhatIfCsv, WHATIF_CSV_HEADER } from './report/whatif-csv.js';
export { renderWhatIfJson, writeWhatIfJson } from './report/whatif-json.js';
export { renderDiffText, type ChangesTextOptions } from './report/diff-text.js';
export { renderDiffMarkdown } from './report/diff-markdown.js';
export { renderDiffCsv, DIFF_CSV_HEADER } from './report/diff-csv.js';
export { renderDiffJson, writeDiffJson } from './report/diff-json.js';
export { renderTimelineText } from './report/timeline-text.js';
export { renderTimelineMarkdown } from './report/timeline-markdown.js';
export { renderTimelineCsv, TIMELINE_CSV_HEADER } from './report/timeline-csv.js';
export { renderTimelineJson } from './report/timeline-json.js';
export { renderPlanText, type PlanReportOptions } from './report/plan-text.js';
export { renderPlanMarkdown } from './report/plan-markdown.js';
export { renderPlanYaml, renderPlanJson } from './report/plan-yaml.js';
