import type { Form, Level, RequirementMode } from '../catalog/types.js';

/**
 * The analysis result: plain JSON data with its own schema (schemas/result.schema.json).
 * Reporters read only this, never the graph. Bump RESULT_VERSION on any incompatible change.
 */
export const RESULT_VERSION = 1;

/** `unknown` only in lenient mode, where a reference did not resolve. */
export type Status = 'blocked' | 'met' | 'unknown';

/** A provision resolved against the catalog, ready to print. */
export interface ProvisionInfo {
  /** Legal-document id, or the reference as written when it did not resolve. */
  legal: string;
  number?: string;
  title?: string;
  article?: number | string;
  clause?: number | string;
  point?: string;
  form?: string;
  source?: string;
  /** Human label, e.g. "Điều 2 khoản 1 Nghị định 123/2015/NĐ-CP". */
  label: string;
}

/** One change a legal document makes, as it bears on a requirement. */
export interface AmendmentInfo {
  legal: string;
  number: string;
  /** Where in the amending document, e.g. { article: 13, clause: 2 }. */
  by?: { article?: number | string; clause?: number | string; point?: string };
  /** The date the change took effect: the date that decided it. */
  effective: string | null;
  provision?: ProvisionInfo;
  scope?: { document: string };
  accept?: string[];
  drop?: boolean;
  source?: string;
  label: string;
}

/** A pointer to another evaluation in the same result. */
export interface EvaluationRef {
  code: string;
  /** null for a central procedure. */
  province: string | null;
  status: Status;
  paper: boolean;
  /**
   * Absent for an ordinary evaluation. `every-province`: a provincial procedure read from a
   * central one (province null): met only when met in every province where it runs.
   * `not-offered`: the procedure does not run in that province, so it cannot be completed
   * there (blocked). `unresolved`: the code does not resolve (lenient mode; unknown).
   */
  context?: 'every-province' | 'not-offered' | 'unresolved';
}

/** Why a candidate is, or is not, available. Every variant carries the date that decided it. */
export type Reason =
  | { kind: 'valid'; valid_until: string | null }
  | { kind: 'expired'; valid_until: string; basis?: ProvisionInfo }
  | { kind: 'connected'; since: string; where: 'national' | 'province' }
  | { kind: 'not-connected'; province: string | null; since: string | null }
  | { kind: 'obtainable'; valid_until: string | null; via: EvaluationRef }
  | { kind: 'not-obtainable'; valid_until: string | null; via: EvaluationRef[] }
  | { kind: 'unresolved'; reference: string };

export interface CandidateResult {
  kind: 'document' | 'data_source';
  id: string;
  name: string;
  /** Data sources are `data`. */
  form: Form;
  /** required: the document itself; accept: listed by the requirement; amendment: added by an amendment in force. */
  origin: 'required' | 'accept' | 'amendment';
  amendment?: AmendmentInfo;
  /** true when the amendment only possibly covers the requirement (a reference did not resolve); the candidate is then at best unknown. */
  coverage_unknown?: boolean;
  status: Status;
  /** true when using this candidate means a paper step (a paper document, or obtaining it through a procedure that needs paper). */
  paper: boolean;
  reason: Reason;
}

export interface RequirementResult {
  index: number;
  document: string;
  document_name: string;
  mode: RequirementMode;
  basis: ProvisionInfo | null;
  status: Status;
  /** Set when an amendment in force drops the requirement. */
  dropped_by?: AmendmentInfo;
  /** The least-paper candidate chosen when met. */
  chosen?: string;
  candidates: CandidateResult[];
}

export interface ProcedureResult {
  code: string;
  name: string;
  name_en?: string;
  /** null for a central procedure. */
  province: string | null;
  level: Level[];
  field?: string;
  ministry?: string;
  essential: boolean;
  status: Status;
  /** true when the procedure is not blocked but its best path still needs a paper document. */
  paper: boolean;
  /** The worst form on the best path (null when blocked or unknown). */
  best_form: Form | null;
  /** true when it is blocked only because of a cycle of procedures that wait on each other. */
  deadlock: boolean;
  requirements: RequirementResult[];
  needs: EvaluationRef[];
}

export interface Totals {
  /** Distinct procedures evaluated. */
  procedures: number;
  /** Procedure × province evaluations. */
  evaluations: number;
  blocked: number;
  met: number;
  /** Met, but the best path still needs paper. */
  paper: number;
  /** Met without any paper step. */
  paperless: number;
  unknown: number;
}

export interface AnalysisResult {
  version: typeof RESULT_VERSION;
  catalog: string;
  /** The date analysed (YYYY-MM-DD). */
  at: string;
  /** The province filter, or null for every province. */
  province: string | null;
  /** Legal documents whose amendments were ignored. */
  without: string[];
  lenient: boolean;
  results: ProcedureResult[];
  /** Sets of procedures that can only be unblocked by each other. */
  deadlocks: { procedures: string[]; province: string | null }[];
  totals: Totals;
}
