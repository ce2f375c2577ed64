import type { AnalysisResult, ProcedureResult, Status } from '../analysis/result-types.js';

type Lookup = (ref: { code: string; province: string | null }) => ProcedureResult[];

const lookups = new WeakMap<AnalysisResult, Lookup>();

/**
 * Finds the evaluations a reference stands for: the one with its code and province, or,
 * for a reference without province to a provincial procedure (made by a central procedure,
 * which counts it done only when it is done in every province where it runs), each of that
 * procedure's evaluations in the result. Built once per result.
 */
export function evaluationIndex(result: AnalysisResult): Lookup {
  let find = lookups.get(result);
  if (!find) {
    const exact = new Map<string, ProcedureResult>();
    const byCode = new Map<string, ProcedureResult[]>();
    for (const r of result.results) {
      exact.set(`${r.code}@${r.province ?? ''}`, r);
      const list = byCode.get(r.code);
      if (list) list.push(r);
      else byCode.set(r.code, [r]);
    }
    find = (ref) => {
      const found = exact.get(`${ref.code}@${ref.province ?? ''}`);
      if (found) return [found];
      return ref.province === null ? (byCode.get(ref.code) ?? []) : [];
    };
    lookups.set(result, find);
  }
  return find;
}

/**
 * Of the evaluations a reference without province stands for, those that hold it back: the
 * blocked or unknown ones when it is, or those still needing paper when it is met on paper.
 */
export function holdingBack(ref: { status: Status; paper: boolean }, found: ProcedureResult[]): ProcedureResult[] {
  if (ref.status === 'met' && !ref.paper) return [];
  return found.filter((r) => (ref.status === 'met' ? r.paper : r.status === ref.status));
}
