/**
 * Which argument of an analysis is wrong: no date at all (none given, no cutoff), a date that
 * is not one, a province, legal document or document the catalog does not have.
 */
export type AnalysisOptionErrorCode = 'MISSING_DATE' | 'INVALID_DATE' | 'UNKNOWN_PROVINCE' | 'UNKNOWN_LEGAL' | 'UNKNOWN_DOCUMENT';

/** A bad argument to `analyze` (missing or invalid date, unknown province, legal document or document). */
export class AnalysisOptionError extends Error {
  override readonly name = 'AnalysisOptionError';
  constructor(
    /** Stable code: MISSING_DATE, INVALID_DATE, UNKNOWN_PROVINCE, UNKNOWN_LEGAL, UNKNOWN_DOCUMENT. */
    readonly code: AnalysisOptionErrorCode,
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

/** The code of UnresolvedCatalogError: references of the catalog do not resolve. */
export type UnresolvedCatalogErrorCode = 'UNRESOLVED_REFERENCES';

/**
 * `analyze` was given a catalog with unresolved references without `lenient: true`.
 * Strict analysis refuses such catalogs; lenient analysis reports what depends on them as unknown.
 */
export class UnresolvedCatalogError extends Error {
  override readonly name = 'UnresolvedCatalogError';
  /** Stable code: UNRESOLVED_REFERENCES. */
  readonly code: UnresolvedCatalogErrorCode = 'UNRESOLVED_REFERENCES';
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
