import type { CompiledCatalog } from './compiled-types.js';
import { AnalysisOptionError } from './errors.js';
import type { Evaluation } from './evaluation-types.js';
import { runsIn } from './evaluation-read.js';
import { explainContext } from './explain-context.js';
import { explainProcedure } from './explain-procedure.js';
import { findDeadlocks } from './find-deadlocks.js';
import { RESULT_VERSION, type AnalysisResult, type ProcedureResult, type Totals } from './result-types.js';

export interface MaterializeOptions {
  /** Only provincial evaluations in this province (and every central procedure). */
  province?: string | null;
  /** Ids of the legal documents whose amendments were ignored. */
  without?: string[];
  /** Ids of the documents the applicant does not hold. */
  lacking?: string[];
  lenient?: boolean;
}

/**
 * Turns an evaluation into the `AnalysisResult`: one result per procedure and province
 * (central procedures once, with province null), in catalog order, each with its explanation
 * (built when first read: see explain-procedure.ts).
 */
export function materializeResult(c: CompiledCatalog, e: Evaluation, options: MaterializeOptions = {}): AnalysisResult {
  const x = explainContext(c, e);
  const filter = options.province ?? null;
  const only = filter === null ? null : c.provinceIndex.get(filter);
  if (only === undefined) {
    throw new AnalysisOptionError('UNKNOWN_PROVINCE', `The catalog has no province "${filter}".`);
  }
  const results: ProcedureResult[] = [];
  let procedures = 0;
  for (let y = 0; y < c.procedureCount; y++) {
    const before = results.length;
    if (c.central[y]) {
      results.push(explainProcedure(x, y, c.national));
    } else if (only !== null) {
      if (runsIn(c, y, only)) results.push(explainProcedure(x, y, only));
    } else {
      for (let p = 0; p < c.national; p++) {
        if (runsIn(c, y, p)) results.push(explainProcedure(x, y, p));
      }
    }
    if (results.length > before) procedures++;
  }
  return {
    version: RESULT_VERSION,
    catalog: c.source.catalog?.name ?? '',
    at: e.at,
    province: filter,
    without: options.without ?? [],
    lacking: options.lacking ?? [],
    lenient: options.lenient === true,
    results,
    deadlocks: findDeadlocks(c, e, only),
    // Procedures with results, unless two share a code (then counted by code).
    totals: totals(results, c.procedureIndex.size === c.procedureCount ? procedures : undefined),
  };
}

/**
 * The totals of a list of results, as an analysis result reports them. `procedures`, the
 * number of distinct codes among them, is counted unless the caller knows it.
 */
export function totals(results: ProcedureResult[], procedures?: number): Totals {
  const t: Totals = { procedures: 0, evaluations: results.length, blocked: 0, met: 0, paper: 0, paperless: 0, unknown: 0 };
  t.procedures = procedures ?? new Set(results.map((r) => r.code)).size;
  for (const r of results) {
    t[r.status]++;
    if (r.status === 'met') {
      if (r.paper) t.paper++;
      else t.paperless++;
    }
  }
  return t;
}
