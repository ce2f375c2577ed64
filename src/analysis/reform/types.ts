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

/** Thrown by applyReform when a reform names something the catalog lacks, redefines a legal id, or has a date that is not one. */
export class ReformMismatchError extends Error {
  override name = 'ReformMismatchError';
  constructor(
    message: string,
    readonly reference: string,
  ) {
    super(message);
  }
}
