/** Which option of `plan` is wrong: `only`, `budget`, or a search limit (`maxNodes`, `maxWork`). */
export type PlanOptionErrorCode = 'UNKNOWN_PROCEDURE' | 'INVALID_BUDGET' | 'INVALID_LIMIT';

/** A bad argument to `plan`: an unknown procedure in `only`, a budget that is not a whole number ≥ 0, or a search limit (`maxNodes`, `maxWork`) that is not a whole number ≥ 1. */
export class PlanOptionError extends Error {
  override readonly name = 'PlanOptionError';
  constructor(
    /** Stable code: UNKNOWN_PROCEDURE, INVALID_BUDGET, INVALID_LIMIT. */
    readonly code: PlanOptionErrorCode,
    message: string,
    /** Known values close to the one given, best first. */
    readonly suggestions: string[] = [],
  ) {
    super(message);
  }
}

/** One evaluation where two analyses disagree. */
export interface PlanMismatch {
  code: string;
  province: string | null;
  /** What was expected (the planner's promise or its model). */
  expected: string;
  /** What the analysis showed. */
  actual: string;
  /** Which claim: the plan, a change on its own, the plan without a change. */
  claim: string;
}

/** The code of PlanVerificationError: the analysis disagrees with the planner (each mismatch's `claim` says with what). */
export type PlanVerificationErrorCode = 'VERIFICATION_FAILED';

/**
 * The analysis re-run with the plan applied did not show what the plan promised. This is an
 * internal error of tthc-graph: the plan is never returned.
 */
export class PlanVerificationError extends Error {
  override readonly name = 'PlanVerificationError';
  /** Stable code: VERIFICATION_FAILED. */
  readonly code: PlanVerificationErrorCode = 'VERIFICATION_FAILED';
  constructor(readonly mismatches: PlanMismatch[]) {
    const first = mismatches
      .slice(0, 3)
      .map((m) => `${m.claim}: ${m.code}${m.province ? ` in ${m.province}` : ''} expected ${m.expected}, analysis says ${m.actual}`)
      .join('; ');
    super(`Plan verification failed on ${mismatches.length} evaluation${mismatches.length === 1 ? '' : 's'}: ${first}${mismatches.length > 3 ? '; …' : ''}.`);
  }
}
