import type { AnalysisResult, ProcedureResult } from '../analysis/result-types.js';
import { evaluationIndex } from './evaluation-index.js';
import { expectArgument } from '../util/expect-argument.js';

/** What `tthc explain --format json` prints: the procedure's evaluations and every evaluation they lead to. */
export interface ExplainResult {
  version: AnalysisResult['version'];
  catalog: string;
  at: string;
  province: string | null;
  without: string[];
  /** Documents the applicant does not hold (`--lacking`); always written, optional in the schema for earlier output. */
  lacking?: string[];
  code: string;
  /** The evaluations of `code` first, then those reached through needs and obtained_by, each once. */
  results: ProcedureResult[];
}

export function explainSubset(result: AnalysisResult, code: string): ExplainResult {
  expectArgument(result, 'AnalysisResult', 'explainSubset');
  const find = evaluationIndex(result);
  const seen = new Set<ProcedureResult>();
  const queue = result.results.filter((r) => r.code === code);
  for (let i = 0; i < queue.length; i++) {
    const r = queue[i];
    if (seen.has(r)) continue;
    seen.add(r);
    const refs = [
      ...r.needs,
      ...r.requirements.flatMap((q) =>
        q.candidates.flatMap((c) => (c.reason.kind === 'obtainable' ? [c.reason.via] : c.reason.kind === 'not-obtainable' ? c.reason.via : [])),
      ),
    ];
    for (const ref of refs) {
      for (const next of find(ref)) if (!seen.has(next)) queue.push(next);
    }
  }
  return {
    version: result.version,
    catalog: result.catalog,
    at: result.at,
    province: result.province,
    without: result.without,
    lacking: result.lacking ?? [],
    code,
    results: [...seen],
  };
}

export function renderExplainJson(result: AnalysisResult, code: string): string {
  expectArgument(result, 'AnalysisResult', 'renderExplainJson');
  return `${JSON.stringify(explainSubset(result, code), null, 2)}\n`;
}
