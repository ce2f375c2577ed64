import type { DiffResult } from '../analysis/diff-types.js';

/** The whole diff as JSON, field values before and after included. */
export function renderDiffJson(result: DiffResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
