import type { WhatIfResult } from '../analysis/whatif-types.js';

/** The whole what-if result as JSON, explanations from both analyses included. */
export function renderWhatIfJson(result: WhatIfResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
