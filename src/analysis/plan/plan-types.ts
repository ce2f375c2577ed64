import type { Reform } from '../reform/types.js';
import type { ProvisionInfo } from '../result-types.js';

/**
 * The result of `plan`: plain JSON data with its own schema (schemas/plan.schema.json).
 * Bump PLAN_VERSION on any incompatible change.
 */
export const PLAN_VERSION = 1;

/** An evaluation: a procedure in a province (null for a central procedure). */
export interface PlanEvaluation {
  code: string;
  province: string | null;
}

/** Amend a provision (exactly the unit a requirement cites) so that it accepts one more document or data source. */
export interface AmendChange {
  kind: 'amend';
  /** Stable id, e.g. `amend:nd-123-2015/2/1:csdlqg-dan-cu`. */
  id: string;
  provision: ProvisionInfo;
  /** The document or data source the provision is amended to accept. */
  accept: string;
  accept_kind: 'document' | 'data_source';
  accept_name: string;
  /** Its English name, when the catalog gives one. */
  accept_name_en?: string;
  /** e.g. "Sửa Điều 2 khoản 1 Nghị định 123/2015/NĐ-CP để chấp nhận CSDLQG về dân cư". */
  label: string;
}

/** Connect a data source in a province. */
export interface ConnectChange {
  kind: 'connect';
  /** Stable id, e.g. `connect:csdlqg-dan-cu:GL`. */
  id: string;
  data_source: string;
  data_source_name: string;
  /** The data source's English name, when the catalog gives one. */
  data_source_name_en?: string;
  province: string;
  province_name: string;
  /** The province's English name, when the catalog gives one. */
  province_name_en?: string;
  label: string;
}

export type Change = AmendChange | ConnectChange;

/** A change of the plan and what it unblocks. */
export type PlannedChange = Change & {
  /** Evaluations it unblocks on its own (applied alone to the catalog). */
  solo: PlanEvaluation[];
  /** Evaluations the plan unblocks that the plan without this change does not. */
  marginal: PlanEvaluation[];
};

/** One step of the order in which to make the changes. */
export interface PlanStep {
  /** 1-based. */
  step: number;
  /** Id of the change made at this step. */
  change: string;
  /** Evaluations unblocked by this step, given the earlier ones. */
  unblocks: PlanEvaluation[];
  /** Evaluations unblocked by the first `step` changes together. */
  cumulative: number;
}

/** Why a targeted evaluation cannot be unblocked by any candidate change. */
export interface UnfixableReason {
  kind:
    /** The requirement has no usable substitute (no replaced_by, all expired, or paper only with --paperless). */
    | 'no-substitute'
    /** The requirement cites no provision, so there is nothing to amend. */
    | 'no-basis'
    /** A central evaluation needs a data source nationally; connecting a province does not give it. */
    | 'not-national'
    /**
     * Every way to obtain a document goes through a procedure that stays blocked (or none
     * offered here issues it); the requirement's other candidates, if any, fail otherwise
     * (`candidates` says how).
     */
    | 'obtain-blocked'
    /** A procedure it needs stays blocked. */
    | 'needs-blocked'
    /** It waits on itself through `needs` (catch-22). */
    | 'deadlock';
  requirement?: { index: number; document: string; basis: string | null };
  /** The substitutes considered and why each fails. */
  candidates?: { id: string; why: 'expired' | 'paper' | 'not-national' | 'obtain-blocked' | 'unknown' }[];
  procedures?: PlanEvaluation[];
  /** For obtain-blocked: the candidates that no procedure offered here issues, when there are any. */
  unissued?: string[];
  /** One English sentence; reporters render their own text from the fields. */
  message: string;
}

export interface UnfixableEvaluation extends PlanEvaluation {
  reasons: UnfixableReason[];
}

/** How the search went. */
export interface PlanSearch {
  /** true when the tie-break (most evaluations paperless) is proven too. */
  tie_break_optimal: boolean;
  /** Search nodes explored, summed over the independent parts. */
  nodes: number;
  /** Independent parts the problem split into. */
  components: number;
  /** true when some part hit the node limit. */
  limited: boolean;
}

export interface PlanTotals {
  /** Evaluations in scope (the analysis result). */
  evaluations: number;
  /** Evaluations the plan aims at: blocked (or, with paperless, not paperless) among the chosen procedures. */
  targets: number;
  /** Targets no candidate change can fix. */
  unfixable: number;
  /** Targets the plan fixes. */
  fixed: number;
  blocked_before: number;
  blocked_after: number;
  paper_before: number;
  paper_after: number;
  paperless_before: number;
  paperless_after: number;
}

export interface PlanResult {
  version: typeof PLAN_VERSION;
  catalog: string;
  at: string;
  province: string | null;
  /** Procedure codes the plan was asked for, or null for all. */
  only: string[] | null;
  /** The budget of changes, or null for the smallest full plan. */
  budget: number | null;
  paperless: boolean;
  without: string[];
  changes: PlannedChange[];
  /** Evaluations in scope the plan fixes (met, or met paperless with --paperless), targeted or not. */
  unblocks: PlanEvaluation[];
  order: PlanStep[];
  /**
   * Full plan: true when no plan with fewer changes fixes every fixable target.
   * Budget: true when no plan of at most `budget` changes fixes more targets.
   */
  optimal: boolean;
  /** Full plan: no plan fixing every fixable target has fewer changes (equals the size when optimal); null with a budget. */
  lower_bound: number | null;
  /** Budget: no plan within the budget fixes more targets (equals the fixed count when optimal); null without a budget. */
  upper_bound: number | null;
  search: PlanSearch;
  /** Targets no candidate change can fix, with why. */
  unfixable: UnfixableEvaluation[];
  /** Fixable targets the plan leaves unfixed (only with a budget). */
  left: PlanEvaluation[];
  /** Candidate changes that can help some target. */
  candidates: number;
  totals: PlanTotals;
  /** The plan as a reform file: what `--format yaml` writes and `tthc whatif --reform` reads. */
  reform: Reform;
  /** true: re-running the analysis with the plan applied showed exactly what the plan promises. */
  verified: true;
}
