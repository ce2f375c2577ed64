// The part of tthc-graph that needs no file system: for services and browsers.
export type * from './catalog/types.js';
export type * from './diagnostics/types.js';
export type * from './analysis/result-types.js';
export { RESULT_VERSION } from './analysis/result-types.js';
export { SECTIONS, emptyCatalog } from './catalog/types.js';
export { foldVietnamese, legalNumberKey } from './text/vietnamese.js';
export { suggest, didYouMean } from './text/suggest.js';
