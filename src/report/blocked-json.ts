import type { AnalysisResult } from '../analysis/result-types.js';
import { expectArgument } from '../util/expect-argument.js';
import { writeJsonWithList } from '../util/write-json.js';

/**
 * The whole analysis result as JSON: every procedure and province, met ones too. A national
 * result can be longer than one string can be: `writeBlockedJson` writes it in pieces.
 */
export function renderBlockedJson(result: AnalysisResult): string {
  expectArgument(result, 'AnalysisResult', 'renderBlockedJson');
  return `${JSON.stringify(result, null, 2)}\n`;
}

/**
 * The same text as `renderBlockedJson`, given to `write` a piece at a time (the results a
 * batch at a time), so that it is never held as one string.
 */
export function writeBlockedJson(result: AnalysisResult, write: (piece: string) => void): void {
  expectArgument(result, 'AnalysisResult', 'writeBlockedJson');
  writeJsonWithList(write, result as unknown as Record<string, unknown>, 'results');
}
