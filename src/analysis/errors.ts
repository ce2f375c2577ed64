/** A bad argument to `analyze` (missing or invalid date, unknown province, legal document or document). */
export class AnalysisOptionError extends Error {
  override readonly name = 'AnalysisOptionError';
  constructor(
    /** Stable code: MISSING_DATE, INVALID_DATE, UNKNOWN_PROVINCE, UNKNOWN_LEGAL, UNKNOWN_DOCUMENT. */
    readonly code: 'MISSING_DATE' | 'INVALID_DATE' | 'UNKNOWN_PROVINCE' | 'UNKNOWN_LEGAL' | 'UNKNOWN_DOCUMENT',
    message: string,
    /** Known values close to the one given, best first. */
    readonly suggestions: string[] = [],
  ) {
    super(message);
  }
}

/** A reference in the catalog that does not resolve. */
export interface UnresolvedReference {
  /** What was being referred to. */
  kind: 'document' | 'evidence' | 'procedure' | 'legal' | 'province';
  /** The reference as written. */
  reference: string;
  /** Where it was written, e.g. "procedures[1.001193].requires[0].accept". */
  where: string;
}

/**
 * `analyze` was given a catalog with unresolved references without `lenient: true`.
 * Strict analysis refuses such catalogs; lenient analysis reports what depends on them as unknown.
 */
export class UnresolvedCatalogError extends Error {
  override readonly name = 'UnresolvedCatalogError';
  constructor(readonly references: UnresolvedReference[]) {
    const first = references
      .slice(0, 3)
      .map((r) => `${r.kind} "${r.reference}" in ${r.where}`)
      .join('; ');
    const more = references.length > 3 ? ` and ${references.length - 3} more` : '';
    super(
      `The catalog has ${references.length} reference(s) that do not resolve: ${first}${more}. ` +
        'Fix them, or analyse with lenient: true to report what depends on them as unknown.',
    );
  }
}
