import type { Totals } from './result-types.js';
import type { ChangeKind, EvaluationDelta } from './diff-results.js';
import type { EntityDiff } from './diff-entities.js';
import type { TimelineEvent } from './timeline-types.js';

/** Bump on any incompatible change of DiffResult. */
export const DIFF_VERSION = 2;

/** One side of a comparison: a catalog analysed at a date. */
export interface DiffSide {
  catalog: string;
  /** The catalog's English name, when it gives one. */
  catalog_en?: string;
  at: string;
  totals: Totals;
}

export interface DiffResult {
  version: typeof DIFF_VERSION;
  a: DiffSide;
  b: DiffSide;
  province: string | null;
  without: string[];
  /** Entities added, removed and changed (field by field) from catalog A to catalog B. */
  entities: EntityDiff;
  /** What takes effect in catalog B after A's date up to B's date (empty when the dates are equal). */
  events: TimelineEvent[];
  /** Evaluations in each kind of change, every kind present. */
  counts: Record<ChangeKind, number>;
  /** Evaluations whose status or paper flag changed, or that exist on one side only. */
  changes: EvaluationDelta[];
}
