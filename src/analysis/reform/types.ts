import type { Legal } from '../../catalog/types.js';

/** Connect a data source in one province from a date: the lookup works there from `from` on. */
export interface Connection {
  /** Id of a data source of the catalog. */
  data_source: string;
  /** Province code of the catalog. */
  province: string;
  /** First day the lookup works there (YYYY-MM-DD). */
  from: string;
}

/**
 * A reform: changes applied on top of a catalog, as data. New legal documents (with
 * `amends`, in the catalog format) and new data-source connections. A plan is written
 * as a reform file, and a what-if applies one.
 */
export interface Reform {
  /** New legal documents; their `amends` take effect as in a catalog. */
  legal?: Legal[];
  /** New connections of data sources in provinces. */
  connect?: Connection[];
}

/** The code of ReformMismatchError: the reform has an error that checkReform reports. */
export type ReformMismatchErrorCode = 'INVALID_REFORM';

/**
 * Thrown by applyReform for a reform with an error that checkReform reports: not in the reform
 * format, naming something the catalog lacks, redefining a legal id or number, or with a date
 * that is not one. The message is the first such error's, with its hint.
 */
export class ReformMismatchError extends Error {
  override readonly name = 'ReformMismatchError';
  /** Stable code: INVALID_REFORM. */
  readonly code: ReformMismatchErrorCode = 'INVALID_REFORM';
  constructor(
    message: string,
    readonly reference: string,
  ) {
    super(message);
  }
}

/** The code of NotAReformError: what was given in place of a reform is not one. */
export type NotAReformErrorCode = 'NOT_A_REFORM';

/** checkReform or applyReform was given something that is not a reform object. */
export class NotAReformError extends TypeError {
  override readonly name = 'NotAReformError';
  /** Stable code: NOT_A_REFORM. */
  readonly code: NotAReformErrorCode = 'NOT_A_REFORM';
}
