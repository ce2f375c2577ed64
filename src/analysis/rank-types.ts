import type { ProvisionInfo } from './result-types.js';

/** One evaluation (procedure × province) a provision blocks. */
export interface RankedEvaluation {
  code: string;
  province: string | null;
  /** true when the provision is the basis of one of its own unmet requirements. */
  direct: boolean;
}

/** A provision and how many procedure evaluations it blocks. */
export interface RankedProvision {
  /** Stable key: legal id, article, clause, point and form joined by '/'. */
  key: string;
  provision: ProvisionInfo;
  /** Evaluations where it is the basis of an unmet requirement. */
  direct: number;
  /** Evaluations blocked only through a procedure they need or obtain a document through. */
  transitive: number;
  /** direct + transitive: every evaluation it blocks. */
  total: number;
  /** Distinct procedure codes among those evaluations. */
  procedures: number;
  evaluations: RankedEvaluation[];
}

/** Options of `rankProvisions`. */
export interface RankOptions {
  /**
   * Rank only the evaluations in this province (a code as the result writes it) and the
   * central ones, of a result for every province: a central procedure may wait on a provincial
   * one blocked in other provinces, and those waits are followed through every province.
   */
  province?: string | null;
}

export interface ProvisionRanking {
  version: 1;
  catalog: string;
  at: string;
  province: string | null;
  without: string[];
  /** Blocked evaluations in the result. */
  blocked: number;
  /** Blocked evaluations with no provision to blame (requirements without a basis, pure deadlocks). */
  unattributed: number;
  /** Most blocking first. */
  provisions: RankedProvision[];
}
