/** How bad a finding is. `error` makes a catalog unusable in strict mode. */
export type Severity = 'error' | 'warning' | 'info';

/** Where a finding is: 1-based line and column in a file, and the YAML path to the node. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  /** Where the node ends: the line and column just past its last character. */
  endLine?: number;
  endColumn?: number;
  /** Keys and indexes from the document root to the node, e.g. ['procedures', 3, 'requires', 0, 'document']. */
  path: (string | number)[];
}

/** A finding about the input. Findings are data: loading never throws for a bad catalog. */
export interface Diagnostic {
  /** Stable, documented code such as `UNKNOWN_REFERENCE` (see docs/diagnostics.md). */
  code: string;
  severity: Severity;
  /** A full sentence saying what is wrong. */
  message: string;
  /** What to do about it, when something helps. */
  hint?: string;
  location?: SourceLocation;
  /** Other places involved, e.g. the first definition of a duplicated id. */
  related?: { message: string; location: SourceLocation }[];
  /** The values the message was built from, for tools and translations. */
  args?: Record<string, unknown>;
}
