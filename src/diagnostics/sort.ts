import type { Diagnostic, Severity } from './types.js';
import { expectDiagnostics, expectList } from '../util/expect-argument.js';

/** Text before anything else; what is not text (a diagnostic read from JSON) sorts as empty. */
function compareText(x: unknown, y: unknown): number {
  const a = typeof x === 'string' ? x : '';
  const b = typeof y === 'string' ? y : '';
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A line or column; what is not a number sorts first. */
function compareCount(x: unknown, y: unknown): number {
  const a = typeof x === 'number' && Number.isFinite(x) ? x : 0;
  const b = typeof y === 'number' && Number.isFinite(y) ? y : 0;
  return a - b;
}

/**
 * Orders diagnostics by file (in `fileOrder` when given, else by name), line, column, then
 * code: stable output for tools and tests. Diagnostics without a location come first.
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[], fileOrder?: readonly string[]): Diagnostic[] {
  expectDiagnostics(diagnostics, 'sortDiagnostics');
  if (fileOrder !== undefined) expectList(fileOrder, 'sortDiagnostics', 'the order of the files');
  const rank = new Map(fileOrder === undefined ? [] : [...fileOrder].map((f, i) => [f, i]));
  const fileCompare = (a: unknown, b: unknown) => {
    const ra = typeof a === 'string' ? rank.get(a) : undefined;
    const rb = typeof b === 'string' ? rank.get(b) : undefined;
    return ra !== undefined && rb !== undefined ? ra - rb : compareText(a, b);
  };
  return [...diagnostics].sort((x, y) => {
    const a = typeof x.location === 'object' ? x.location : undefined;
    const b = typeof y.location === 'object' ? y.location : undefined;
    if (!a || !b) return a ? 1 : b ? -1 : compareText(x.code, y.code);
    return fileCompare(a.file, b.file) || compareCount(a.line, b.line) || compareCount(a.column, b.column) || compareText(x.code, y.code);
  });
}

export interface DiagnosticSummary {
  errors: number;
  warnings: number;
  infos: number;
}

/** Counts diagnostics by severity. */
export function summarizeDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticSummary {
  expectDiagnostics(diagnostics, 'summarizeDiagnostics');
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  // A severity read from JSON that is none of the three is counted as an info, as it is printed.
  for (const d of diagnostics) counts[d.severity === 'error' || d.severity === 'warning' ? d.severity : 'info']++;
  return { errors: counts.error, warnings: counts.warning, infos: counts.info };
}
