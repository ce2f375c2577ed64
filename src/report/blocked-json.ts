import type { AnalysisResult } from '../analysis/result-types.js';

/** The whole analysis result as JSON: every procedure and province, met ones too. */
export function renderBlockedJson(result: AnalysisResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
