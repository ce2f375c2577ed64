// The public API of tthc-graph: named exports only.
export * from './core.js';
export { loadCatalog, type LoadCatalogOptions } from './catalog/load-catalog.js';
export type { ParallelOptions } from './catalog/parallel-parse.js';
export { findCatalogFiles } from './catalog/find-catalog-files.js';
export { loadReform, ReformPathError, type LoadReformOptions, type LoadReformResult } from './analysis/reform/load-reform.js';
export { loadBaseline, BaselinePathError, type LoadBaselineResult } from './analysis/baseline/load-baseline.js';
