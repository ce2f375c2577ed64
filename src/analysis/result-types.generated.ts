/* Generated from schemas/result.schema.json. Do not edit by hand: edit the schema, then run
   UPDATE_GENERATED=1 npx vitest run test/analysis/result-schema.test.ts */

/**
 * blocked, met, or unknown (only in lenient mode, where a reference did not resolve).
 */
export type Status = 'blocked' | 'met' | 'unknown';
/**
 * How digital: data > electronic > card > paper.
 */
export type Form = 'paper' | 'card' | 'electronic' | 'data';
/**
 * Why a candidate is, or is not, available; every variant carries the date that decided it.
 */
export type Reason =
  | {
      /**
       * Discriminator: valid.
       */
      kind: 'valid';
      /**
       * Last day it is accepted, or null for no sunset.
       */
      valid_until: string | null;
    }
  | {
      /**
       * Discriminator: lacking.
       */
      kind: 'lacking';
    }
  | {
      /**
       * Discriminator: expired.
       */
      kind: 'expired';
      /**
       * Last day it was accepted (inclusive).
       */
      valid_until: string;
      /**
       * The provision that set the sunset.
       */
      basis?: ProvisionInfo;
    }
  | {
      /**
       * Discriminator: connected.
       */
      kind: 'connected';
      /**
       * The date it was connected.
       */
      since: string;
      /**
       * province: by the province's own connection date; national: by the nationwide availability date.
       */
      where: 'national' | 'province';
    }
  | {
      /**
       * Discriminator: not-connected.
       */
      kind: 'not-connected';
      /**
       * The province, or null at a central evaluation.
       */
      province: string | null;
      /**
       * The date it will be connected there when that is later than the analysed date; null when it is not connected at any date.
       */
      since: string | null;
    }
  | {
      /**
       * Discriminator: obtainable.
       */
      kind: 'obtainable';
      /**
       * Last day it is accepted, or null for no sunset.
       */
      valid_until: string | null;
      /**
       * The obtaining procedure on the best path.
       */
      via: EvaluationRef;
    }
  | {
      /**
       * Discriminator: not-obtainable.
       */
      kind: 'not-obtainable';
      /**
       * Last day it is accepted, or null for no sunset.
       */
      valid_until: string | null;
      /**
       * Every obtaining procedure, each blocked (or unknown); empty when the document's obtained_by is empty (no procedure issues it).
       */
      via: EvaluationRef[];
    }
  | {
      /**
       * Discriminator: unresolved.
       */
      kind: 'unresolved';
      /**
       * The reference as written.
       */
      reference: string;
    };

/**
 * The result of a tthc-graph analysis: which procedures are blocked at a date, in which province, and why.
 */
export interface AnalysisResult {
  /**
   * Version of this result format.
   */
  version: 1;
  /**
   * Name of the catalog analysed (empty when it has none).
   */
  catalog: string;
  /**
   * The date analysed.
   */
  at: string;
  /**
   * The province filter, or null for every province.
   */
  province: string | null;
  /**
   * Ids of the legal documents whose amendments were ignored.
   */
  without: string[];
  /**
   * Ids of the documents the applicant does not hold: never available as candidates. Absent in results made before the option existed.
   */
  lacking?: string[];
  /**
   * true when unresolved references were reported as unknown instead of refused.
   */
  lenient: boolean;
  /**
   * One result per procedure and province (central procedures once), in catalog order.
   */
  results: ProcedureResult[];
  /**
   * Groups of procedures that can only be unblocked by each other.
   *
   * Items: One group of procedures waiting on each other.
   */
  deadlocks: {
    /**
     * Codes of the procedures in the cycle.
     */
    procedures: string[];
    /**
     * The province where they wait on each other, or null (central, or across provinces).
     */
    province: string | null;
  }[];
  /**
   * Counts over the results.
   */
  totals: Totals;
  /**
   * The result set against a baseline of known findings (schemas/baseline.schema.json): present only in the output of `tthc blocked --baseline FILE` (writeBlockedJson with its baseline option), never in what analyze returns.
   */
  baseline?: {
    /**
     * The baseline file, as given.
     */
    file: string;
    /**
     * The findings the baseline does not list, in the result's order.
     */
    new: BaselineFinding[];
    /**
     * How many findings the baseline lists.
     */
    known: number;
    /**
     * The baseline's entries that the analysis looked for and did not find: fixed, or changed (an entry found with another finding is stale, and the finding new).
     */
    stale: BaselineFinding[];
    /**
     * How many of the baseline's entries are of provinces the analysis did not look at.
     */
    out_of_scope: number;
  };
}
/**
 * A procedure evaluated in one province (or centrally), with its explanation.
 */
export interface ProcedureResult {
  /**
   * Procedure code.
   */
  code: string;
  /**
   * Vietnamese name.
   */
  name: string;
  /**
   * English name.
   */
  name_en?: string;
  /**
   * Province code, or null for a central procedure.
   */
  province: string | null;
  /**
   * Administrative levels.
   */
  level: ('trung-uong' | 'tinh' | 'huyen' | 'xa')[];
  /**
   * Field (lĩnh vực).
   */
  field?: string;
  /**
   * Responsible ministry or sector.
   */
  ministry?: string;
  /**
   * true for the essential public services of Decision 06/QĐ-TTg.
   */
  essential: boolean;
  /**
   * blocked when a requirement is unmet or a needed procedure is blocked.
   */
  status: Status;
  /**
   * true when the procedure is met but its best path still needs a paper document.
   */
  paper: boolean;
  /**
   * The worst form on the best path (data when nothing is asked); null when blocked or unknown.
   */
  best_form: Form | null;
  /**
   * true when it is blocked only because of procedures that wait on each other (it would be met if the cycle were resolved).
   */
  deadlock: boolean;
  /**
   * Every requirement, with its candidates.
   */
  requirements: RequirementResult[];
  /**
   * The procedures it needs, pointing at their evaluations.
   */
  needs: EvaluationRef[];
}
/**
 * One requirement of a procedure, in one evaluation.
 */
export interface RequirementResult {
  /**
   * Position in the procedure's requires list (0-based).
   */
  index: number;
  /**
   * Id of the required document.
   */
  document: string;
  /**
   * Vietnamese name of the required document.
   */
  document_name: string;
  /**
   * English name of the required document, when the catalog gives one.
   */
  document_name_en?: string;
  /**
   * submit (nộp) or present (xuất trình).
   */
  mode: 'submit' | 'present';
  /**
   * The provision that imposes the requirement, or null when the catalog gives none.
   */
  basis: ProvisionInfo | null;
  /**
   * met when dropped or any candidate is available.
   */
  status: Status;
  /**
   * The amendment in force that drops the requirement.
   */
  dropped_by?: AmendmentInfo;
  /**
   * The least-paper available candidate, when met and not dropped.
   */
  chosen?: string;
  /**
   * The required document, the requirement's accept list, then what amendments in force add, without repeats.
   */
  candidates: CandidateResult[];
  /**
   * The changes covering the requirement that lapsed on or before the date analysed (their amending document expired after they took effect), in catalog order. Absent when there are none, and in results made before the field existed.
   */
  lapsed?: LapsedAmendment[];
}
/**
 * A provision resolved against the catalog, ready to print.
 */
export interface ProvisionInfo {
  /**
   * Legal-document id, or the reference as written when it did not resolve.
   */
  legal: string;
  /**
   * Official number of the legal document, e.g. 123/2015/NĐ-CP.
   */
  number?: string;
  /**
   * Title of the legal document.
   */
  title?: string;
  /**
   * Article (Điều).
   */
  article?: number | string;
  /**
   * Clause (khoản).
   */
  clause?: number | string;
  /**
   * Point (điểm): a Vietnamese letter.
   */
  point?: string;
  /**
   * Form (mẫu) of the document's appendix.
   */
  form?: string;
  /**
   * URL of the legal document's text.
   */
  source?: string;
  /**
   * Vietnamese label, largest part first, e.g. "Điều 2 khoản 1 Nghị định 123/2015/NĐ-CP".
   */
  label: string;
}
/**
 * One change a legal document makes, as it bears on a requirement.
 */
export interface AmendmentInfo {
  /**
   * Id of the amending legal document.
   */
  legal: string;
  /**
   * Number of the amending legal document.
   */
  number: string;
  /**
   * Where in the amending document the change is made, e.g. article 13, clause 2.
   */
  by?: {
    /**
     * Article of the amending document.
     */
    article?: number | string;
    /**
     * Clause of the amending document.
     */
    clause?: number | string;
    /**
     * Point of the amending document.
     */
    point?: string;
  };
  /**
   * The date the change took effect (its own, else the amending document's): the date that decided it. null: always in force.
   */
  effective: string | null;
  /**
   * The provision changed (absent for a change by scope).
   */
  provision?: ProvisionInfo;
  /**
   * A document-wide change: every requirement for this document.
   */
  scope?: {
    /**
     * Id of the required document the change applies to.
     */
    document: string;
  };
  /**
   * Document or data-source ids the change accepts.
   */
  accept?: string[];
  /**
   * true when the change removes the requirement outright.
   */
  drop?: boolean;
  /**
   * URL of the amending document's text.
   */
  source?: string;
  /**
   * Vietnamese label of where the change is made, e.g. "Điều 13 khoản 2 Nghị định 104/2022/NĐ-CP".
   */
  label: string;
}
/**
 * One way to meet a requirement, and whether it is available.
 */
export interface CandidateResult {
  /**
   * document or data_source. An unresolved reference, which may name either, is reported as a document; its reason (unresolved) and null form tell it apart.
   */
  kind: 'document' | 'data_source';
  /**
   * Id of the document or data source.
   */
  id: string;
  /**
   * Its Vietnamese name (the id when unresolved).
   */
  name: string;
  /**
   * Its English name, when the catalog gives one.
   */
  name_en?: string;
  /**
   * Its form; data sources are data. null for an unresolved reference, whose form is not known.
   */
  form: Form | null;
  /**
   * required: the document itself; accept: listed by the requirement; amendment: added by an amendment in force.
   */
  origin: 'required' | 'accept' | 'amendment';
  /**
   * The amendment that added it (origin amendment).
   */
  amendment?: AmendmentInfo;
  /**
   * true when the amendment only possibly covers the requirement (a reference did not resolve); the candidate is then at best unknown.
   */
  coverage_unknown?: boolean;
  /**
   * met: available; blocked: not available; unknown: depends on an unresolved reference.
   */
  status: Status;
  /**
   * true when using this candidate means a paper step: when available, its best way needs paper (a paper document, or an obtaining procedure that needs paper); otherwise, it is a paper document. false for an unresolved reference (its form is not known).
   */
  paper: boolean;
  /**
   * Why it is, or is not, available.
   */
  reason: Reason;
}
/**
 * A pointer to another evaluation in the same result (a needed or obtaining procedure), so a reader can walk the chain.
 */
export interface EvaluationRef {
  /**
   * Procedure code.
   */
  code: string;
  /**
   * Province of the evaluation pointed at; null for a central procedure, or for a provincial one read from a central procedure (see context).
   */
  province: string | null;
  /**
   * Status of that evaluation.
   */
  status: Status;
  /**
   * true when that evaluation is met but its best path still needs paper.
   */
  paper: boolean;
  /**
   * Absent for an ordinary evaluation. every-province: a provincial procedure read from a central one, met only when met in every province where it runs. not-offered: the procedure does not run in that province, so it cannot be completed there (blocked). unresolved: the code does not resolve (lenient mode; unknown).
   */
  context?: 'every-province' | 'not-offered' | 'unresolved';
}
/**
 * A change that covered the requirement, was in force, and lapsed on or before the date analysed because its amending document expired: what it accepted or dropped no longer applies.
 */
export interface LapsedAmendment {
  /**
   * The change: the amending document, where in it, the date it took effect, the provision or scope it changed, what it accepted (accept) and whether it dropped the requirement (drop).
   */
  amendment: AmendmentInfo;
  /**
   * The last day the change was in force (inclusive): its amending document's expires.
   */
  expires: string;
  /**
   * What it accepted in place of the required document, in the order of its accept (empty for a change that only dropped the requirement).
   */
  accepted: LapsedCandidate[];
}
/**
 * A document or data source that a lapsed change accepted.
 */
export interface LapsedCandidate {
  /**
   * document or data_source. An unresolved reference, which may name either, is reported as a document; its reason (unresolved) and null form tell it apart.
   */
  kind: 'document' | 'data_source';
  /**
   * Id of the document or data source.
   */
  id: string;
  /**
   * Its Vietnamese name (the id when unresolved).
   */
  name: string;
  /**
   * Its English name, when the catalog gives one.
   */
  name_en?: string;
  /**
   * Its form; data sources are data. null for an unresolved reference, whose form is not known.
   */
  form: Form | null;
}
/**
 * Counts over the results.
 */
export interface Totals {
  /**
   * Distinct procedures evaluated.
   */
  procedures: number;
  /**
   * Procedure × province evaluations.
   */
  evaluations: number;
  /**
   * Evaluations blocked.
   */
  blocked: number;
  /**
   * Evaluations met.
   */
  met: number;
  /**
   * Met, but the best path still needs paper.
   */
  paper: number;
  /**
   * Met without any paper step.
   */
  paperless: number;
  /**
   * Of the paperless, those whose best path still needs an electronic document or a card (best_form electronic or card): some step cannot be met by data, as where no lookup works.
   */
  document: number;
  /**
   * Evaluations unknown (lenient mode).
   */
  unknown: number;
}
/**
 * A finding of the analysis, as a baseline file lists it (schemas/baseline.schema.json).
 */
export interface BaselineFinding {
  /**
   * The procedure's code, as in the analysis result.
   */
  code: string;
  /**
   * The province of the evaluation, or null for a central procedure (evaluated once).
   */
  province: string | null;
  /**
   * blocked: the procedure cannot be completed; unknown: its outcome rests on a reference the catalog lacks (--lenient); paper: it can be completed but a step still needs a paper document.
   */
  finding: 'blocked' | 'unknown' | 'paper';
}
