import { defineLazy } from '../util/lazy-property.js';
import type { CompiledCatalog } from './compiled-types.js';
import { AnalysisOptionError } from './errors.js';
import type { Evaluation } from './evaluation-types.js';
import { evaluationTotals } from './evaluation-totals.js';
import { resultState } from './result-state.js';
import { eachEvaluation } from './evaluation-read.js';
import { explainContext } from './explain-context.js';
import { explainProcedure } from './explain-procedure.js';
import { findDeadlocks } from './find-deadlocks.js';
import { RESULT_VERSION, type AnalysisResult, type ProcedureResult, type Totals } from './result-types.js';
import { expectArgument } from '../util/expect-argument.js';

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
 * (central procedures once, with province null), in catalog order. `totals` and `deadlocks`
 * are read from the evaluation's bit sets when first read; the list of `results` is built
 * when first read, each result's explanation when that is first read (see
 * explain-procedure.ts). All are enumerable own properties, so the analysis reads,
 * serialises and clones as plain data.
 */
export function materializeResult(c: CompiledCatalog, e: Evaluation, options: MaterializeOptions = {}): AnalysisResult {
  expectArgument(c, 'CompiledCatalog', 'materializeResult');
  const filter = options.province ?? null;
  const only = filter === null ? null : c.provinceIndex.get(filter);
  if (only === undefined) {
    throw new AnalysisOptionError('UNKNOWN_PROVINCE', `The catalog has no province "${filter}".`);
  }
  const result = {
    version: RESULT_VERSION,
    catalog: c.source.catalog?.name ?? '',
    at: e.at,
    province: filter,
    without: options.without ?? [],
    lacking: options.lacking ?? [],
    lenient: options.lenient === true,
  } as AnalysisResult;
  defineLazy(result, 'results', () => procedureResults(c, e, only));
  defineLazy(result, 'deadlocks', () => findDeadlocks(c, e, only));
  defineLazy(result, 'totals', () => evaluationTotals(c, e, only));
  return result;
}

/** The results of every evaluation, in catalog order; only in slot `only` (and centrally) when given. */
function procedureResults(c: CompiledCatalog, e: Evaluation, only: number | null): ProcedureResult[] {
  const x = explainContext(c, e);
  const results: ProcedureResult[] = [];
  eachEvaluation(c, only, (y, slot) => results.push(explainProcedure(x, y, slot)));
  return results;
}

/** The totals of a list of results, as an analysis result reports them (`procedures`: distinct codes). */
export function totals(results: ProcedureResult[]): Totals {
  const t: Totals = { procedures: 0, evaluations: results.length, blocked: 0, met: 0, paper: 0, paperless: 0, document: 0, unknown: 0 };
  t.procedures = new Set(results.map((r) => r.code)).size;
  for (const r of results) {
    t[r.status]++;
    const state = resultState(r);
    if (state === 'paper') t.paper++;
    else if (state === 'document') {
      t.paperless++;
      t.document++;
    } else if (state === 'paperless') t.paperless++;
  }
  return t;
}
