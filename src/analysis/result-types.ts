/**
 * The analysis result: plain JSON data with its own schema (schemas/result.schema.json).
 * An analysis's `results`, `totals` and `deadlocks`, and each procedure result's
 * `requirements` and `needs`, are built when first read (enumerable accessors: they
 * serialise, spread, clone and compare as data; see materialize-result.ts and
 * explain-procedure.ts).
 * Reporters read only this, never the graph. The types are generated from the schema (see
 * result-types.generated.ts), so the two cannot drift apart. Bump RESULT_VERSION (and the
 * schema's `version` const) on any incompatible change.
 */
export const RESULT_VERSION = 1;

export type {
  Status,
  ProvisionInfo,
  AmendmentInfo,
  EvaluationRef,
  Reason,
  CandidateResult,
  LapsedAmendment,
  LapsedCandidate,
  RequirementResult,
  ProcedureResult,
  Totals,
  AnalysisResult,
} from './result-types.generated.js';
