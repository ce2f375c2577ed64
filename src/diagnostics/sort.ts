import type { Diagnostic, Severity } from './types.js';

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders diagnostics by file (in `fileOrder` when given, else by name), line, column, then
 * code: stable output for tools and tests. Diagnostics without a location come first.
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[], fileOrder?: readonly string[]): Diagnostic[] {
  const rank = new Map(fileOrder?.map((f, i) => [f, i]));
  const fileCompare = (a: string, b: string) => {
    const ra = rank.get(a);
    const rb = rank.get(b);
    return ra !== undefined && rb !== undefined ? ra - rb : compareText(a, b);
  };
  return [...diagnostics].sort((x, y) => {
    const a = x.location;
    const b = y.location;
    if (!a || !b) return a ? 1 : b ? -1 : compareText(x.code, y.code);
    return fileCompare(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(x.code, y.code);
  });
}

export interface DiagnosticSummary {
  errors: number;
  warnings: number;
  infos: number;
}

/** Counts diagnostics by severity. */
export function summarizeDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticSummary {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return { errors: counts.error, warnings: counts.warning, infos: counts.info };
}
