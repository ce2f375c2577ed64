import type { ProvisionRef } from '../../graph/provision-ref.js';

/**
 * The planner's compact model of the analysis at one date: every evaluation (procedure ×
 * province), its requirements with their candidates, and the candidate changes (variables)
 * that could make more candidates available. Blocked / met / paperless are monotone in the
 * set of changes, so the model can be evaluated for any set and compiled to families.
 */
export interface Model {
  at: string;
  evals: ModelEval[];
  /** evalKey(code, province) → index in `evals`. */
  evalIndex: Map<string, number>;
  changes: ModelChange[];
  /** Change id → index in `changes`. */
  changeIndex: Map<string, number>;
}

export type ModelChange =
  | {
      kind: 'amend';
      id: string;
      /** The cited unit amended. */
      unit: ProvisionRef;
      accept: string;
      acceptKind: 'document' | 'data_source';
    }
  | { kind: 'connect'; id: string; dataSource: string; province: string };

/** Evaluations that must all be met (AND), or null when the reference cannot be met at all. */
export type Ref = number[] | null;

export interface ModelEval {
  code: string;
  province: string | null;
  reqs: ModelReq[];
  /** Each need must be met. */
  needs: Ref[];
}

export interface ModelReq {
  index: number;
  document: string;
  basis: ProvisionRef | null;
  /** An amendment in force drops it. */
  dropped: boolean;
  cands: ModelCand[];
}

/** Why a candidate can never be available, whatever the changes. */
export type NeverWhy = 'expired' | 'not-national' | 'unknown';

export interface ModelCand {
  id: string;
  kind: 'document' | 'data_source';
  /** The amend change that adds this candidate, or -1 when it is a candidate already. */
  amend: number;
  /** The connect change this data source needs here, or -1 when none is needed. */
  connect: number;
  never: NeverWhy | null;
  /** Ways to obtain the document (OR), each a Ref; null when it needs no procedure. */
  obtain: Ref[] | null;
  /** A paper document: using it is a paper step. */
  paper: boolean;
}

export function evalKey(code: string, province: string | null): string {
  return `${code}@${province ?? ''}`;
}
