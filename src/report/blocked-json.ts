import type { AnalysisResult } from '../analysis/result-types.js';
import { expectArgument } from '../util/expect-argument.js';

/** The whole analysis result as JSON: every procedure and province, met ones too. */
export function renderBlockedJson(result: AnalysisResult): string {
  expectArgument(result, 'AnalysisResult', 'renderBlockedJson');
  return `${JSON.stringify(result, null, 2)}\n`;
}
