import type { AnalysisResult, ProcedureResult } from '../../analysis/result-types.js';
import type { DependentCounts } from '../../analysis/dependents-types.js';
import { resultState, type ResultState } from '../../analysis/result-state.js';

/** The state of a procedure over all its evaluations (see `ResultState`): the worst one wins. */
export type ProcedureState = ResultState;

/** The report's headline for one scope (nationwide, or one province). */
export interface HeadlineFigures {
  /** Province code, or null for nationwide. */
  province: string | null;
  /** Distinct procedures that depend on a sunset document (union over the documents). */
  dependent: number;
  /** Distinct procedures evaluated. */
  procedures: number;
  /** Distinct procedures blocked in at least one evaluation. */
  blocked: number;
  /** Distinct procedures blocked nowhere, undecided nowhere, and still needing paper somewhere. */
  paper: number;
  /** Distinct procedures blocked, undecided and needing paper nowhere, and needing a card or electronic document somewhere. */
  document: number;
  /** Procedure × province evaluations, and how many of them are blocked / still need paper (the result's totals). */
  evaluations: number;
  blockedEvaluations: number;
  paperEvaluations: number;
  /** Evaluations met without paper whose best path needs a card or electronic document. */
  documentEvaluations: number;
}

const ORDER: ProcedureState[] = ['blocked', 'unknown', 'paper', 'document', 'paperless'];

/** The worst state of each procedure code over its evaluations in `results`. */
export function procedureStates(results: ProcedureResult[]): Map<string, ProcedureState> {
  const out = new Map<string, ProcedureState>();
  for (const r of results) {
    const s = resultState(r);
    const before = out.get(r.code);
    if (before === undefined || ORDER.indexOf(s) < ORDER.indexOf(before)) out.set(r.code, s);
  }
  return out;
}

/**
 * Codes of every procedure in any of the counts (union over sunset documents); with a
 * province, only those that run there and the central ones, as `analyze` scopes a province.
 */
export function dependentCodes(counts: DependentCounts[], province: string | null = null): Set<string> {
  const codes = new Set<string>();
  for (const c of counts) {
    for (const g of c.by.province) {
      if (province === null || g.key === province || g.key === null) for (const code of g.codes) codes.add(code);
    }
  }
  return codes;
}

/** The headline of one analysis result, with the dependents counts over every province. */
export function headlineFigures(result: AnalysisResult, counts: DependentCounts[]): HeadlineFigures {
  const states = [...procedureStates(result.results).values()];
  return {
    province: result.province,
    dependent: dependentCodes(counts, result.province).size,
    procedures: result.totals.procedures,
    blocked: states.filter((s) => s === 'blocked').length,
    paper: states.filter((s) => s === 'paper').length,
    document: states.filter((s) => s === 'document').length,
    evaluations: result.totals.evaluations,
    blockedEvaluations: result.totals.blocked,
    paperEvaluations: result.totals.paper,
    documentEvaluations: result.totals.document,
  };
}
