import type { Connection } from './reform/types.js';
import type { Form } from '../catalog/types.js';
import type { AmendmentInfo, AnalysisResult, CandidateResult, ProcedureResult, ProvisionInfo, Status, Totals } from './result-types.js';
import type { ChangeKind, EvaluationDelta } from './diff-results.js';

/** Bump on any incompatible change of WhatIfResult. */
export const WHATIF_VERSION = 2;

/** A requirement as it stands in one result. */
export interface RequirementState {
  status: Status;
  /** The least-paper candidate chosen when met. */
  chosen?: string;
  /** The amendment that drops it, when one does. */
  dropped_by?: AmendmentInfo;
}

/** A requirement whose status or chosen candidate differs between baseline and reform. */
export interface RequirementChange {
  index: number;
  document: string;
  document_name: string;
  /** Its English name, when the catalog gives one. */
  document_name_en?: string;
  basis: ProvisionInfo | null;
  before: RequirementState;
  after: RequirementState;
  /** The candidate chosen after, with the amendment or connection that made it available. */
  via?: CandidateResult;
  /** Whether the reform decided it: an amendment of one of its legal documents, or one of its connections. */
  by_reform: boolean;
}

/** The state of a procedure this evaluation needs or obtains a document through, as its own result gives it. */
export interface DependencyState {
  status: Status;
  paper: boolean;
  /** The worst form on its best path (for a provincial procedure read from a central one, in every province where it runs); null unless met. */
  best_form: Form | null;
}

/** A procedure this evaluation needs or obtains a document through, whose state changed. */
export interface DependencyChange {
  code: string;
  province: string | null;
  before: DependencyState;
  after: DependencyState;
}

/** One evaluation (procedure × province) that the reform changes, or that stays blocked. */
export interface WhatIfEntry extends EvaluationDelta {
  /** Requirements whose status or chosen candidate changed. */
  requirements: RequirementChange[];
  /** Procedures it needs (or obtains documents through) whose state changed. */
  dependencies: DependencyChange[];
  /** The full results with their explanations (absent on the side where it is not evaluated). */
  baseline?: ProcedureResult;
  reformed?: ProcedureResult;
}

/** A part of the reform: one amendment of a new legal document, or one connection. */
export type ReformPart =
  | { kind: 'amendment'; legal: string; number: string; index: number }
  | { kind: 'connection'; connection: Connection };

export interface WhatIfResult {
  version: typeof WHATIF_VERSION;
  catalog: string;
  at: string;
  province: string | null;
  without: string[];
  /** What the reform holds. */
  reform: { legal: { id: string; number: string; amendments: number }[]; connect: Connection[] };
  totals: { baseline: Totals; reformed: Totals };
  /** Evaluations in each kind of change, every kind present. */
  counts: Record<ChangeKind, number>;
  /** Every evaluation whose state changed, and those still blocked; unchanged ones are only counted. */
  entries: WhatIfEntry[];
  /** Parts of the reform that no changed requirement cites: they change nothing at this date and place. */
  unused: ReformPart[];
  /** Deadlocks that remain with the reform applied. */
  deadlocks: AnalysisResult['deadlocks'];
}
