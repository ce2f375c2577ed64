// The part of tthc-graph that needs no file system: for services and browsers.
export type * from './catalog/types.js';
export type * from './diagnostics/types.js';
export type * from './analysis/result-types.js';
export { RESULT_VERSION } from './analysis/result-types.js';
export { SECTIONS, emptyCatalog } from './catalog/types.js';
export { foldVietnamese, legalNumberKey } from './text/vietnamese.js';
export { suggest, didYouMean } from './text/suggest.js';
export { buildGraph } from './graph/build-graph.js';
export type * from './graph/graph-types.js';
export { procedureKey, requirementKey, documentKey, dataSourceKey, legalKey } from './graph/node-keys.js';
export { legalIndex, type LegalIndex } from './graph/legal-index.js';
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
export { evaluateCatalog, type EvaluateOptions } from './analysis/evaluate-catalog.js';
export type { Evaluation } from './analysis/evaluation-types.js';
export { materializeResult, type MaterializeOptions } from './analysis/materialize-result.js';
export { AnalysisOptionError, UnresolvedCatalogError, type UnresolvedReference } from './analysis/errors.js';
