import type { ProcedureResult } from './result-types.js';

/**
 * What one evaluation comes to for the applicant: blocked, undecided, met but still needing
 * a paper document, met with a card or electronic document because no data lookup works
 * there (`document`), or met by data alone or with nothing to show (`paperless`). In this
 * order a later state is better.
 */
export type ResultState = 'blocked' | 'unknown' | 'paper' | 'document' | 'paperless';

/** The state of one evaluation (see `ResultState`). */
export function resultState(r: Pick<ProcedureResult, 'status' | 'paper' | 'best_form'>): ResultState {
  if (r.status === 'blocked') return 'blocked';
  if (r.status === 'unknown') return 'unknown';
  if (r.paper) return 'paper';
  return r.best_form !== null && r.best_form !== 'data' ? 'document' : 'paperless';
}
