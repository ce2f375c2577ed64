import type { WhatIfResult } from '../analysis/whatif-types.js';
import { writeJsonWithList } from '../util/write-json.js';
import { expectArgument, expectWriter } from '../util/expect-argument.js';

/** The whole what-if result as JSON, explanations from both analyses included. */
export function renderWhatIfJson(result: WhatIfResult): string {
  expectArgument(result, 'WhatIfResult', 'renderWhatIfJson');
  return `${JSON.stringify(result, null, 2)}\n`;
}

/**
 * The same text as `renderWhatIfJson`, given to `write` a piece at a time (the entries a
 * batch at a time): for a national catalog it can be longer than one string can be.
 */
export function writeWhatIfJson(result: WhatIfResult, write: (piece: string) => void): void {
  expectArgument(result, 'WhatIfResult', 'writeWhatIfJson');
  expectWriter(write, 'writeWhatIfJson');
  writeJsonWithList(write, result as unknown as Record<string, unknown>, 'entries');
}
