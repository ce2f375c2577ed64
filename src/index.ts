// The public API of tthc-graph: named exports only.
export * from './core.js';
