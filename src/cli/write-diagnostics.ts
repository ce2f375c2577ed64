import { summarizeDiagnostics } from '../diagnostics/sort.js';
import type { DiagnosticSummary } from '../diagnostics/sort.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { renderDiagnosticCounts, renderDiagnosticsText, type DiagnosticsTextOptions } from '../report/diagnostics-text.js';

/** How many diagnostics are rendered and written at a time. */
const BATCH = 2000;

/**
 * How many diagnostics a command prints as text unless told otherwise (`tthc check
 * --max-shown`): past a screenful or two, more of them help nobody at a terminal.
 */
export const MAX_SHOWN = 200;

/** The diagnostics to print, and how many of each severity are left out. */
export interface ShownDiagnostics {
  shown: Diagnostic[];
  hidden: DiagnosticSummary;
}

/**
 * At most `max` of the diagnostics, in the order given: the errors first, then the warnings,
 * then the rest, so that a file with many warnings cannot hide an error further on.
 */
export function pickShown(diagnostics: readonly Diagnostic[], max: number): ShownDiagnostics {
  const all = summarizeDiagnostics(diagnostics);
  const errors = Math.min(all.errors, max);
  const warnings = Math.min(all.warnings, max - errors);
  const infos = Math.min(all.infos, max - errors - warnings);
  const hidden = { errors: all.errors - errors, warnings: all.warnings - warnings, infos: all.infos - infos };
  if (diagnostics.length <= max) return { shown: [...diagnostics], hidden };
  const left = { error: errors, warning: warnings, info: infos };
  return { shown: diagnostics.filter((d) => left[d.severity]-- > 0), hidden };
}

/**
 * Writes what `renderDiagnosticsText(diagnostics, options)` gives, a batch of diagnostics at
 * a time, so that a catalog with hundreds of thousands of findings is never held as one
 * string. Returns whether anything was written.
 */
export function writeDiagnosticsText(
  write: (text: string) => void,
  diagnostics: readonly Diagnostic[],
  options: DiagnosticsTextOptions,
  batch = BATCH,
): boolean {
  for (let i = 0; i < diagnostics.length; i += batch) {
    const text = renderDiagnosticsText(diagnostics.slice(i, i + batch), options);
    write(i === 0 ? text : `\n${text}`);
  }
  return diagnostics.length > 0;
}

/** "Not shown: 149800 errors and 1 warning." (empty when nothing is left out), in the language of `options`. */
export function notShownText(hidden: DiagnosticSummary, options: Pick<DiagnosticsTextOptions, 'color' | 'lang'>): string {
  const counts = renderDiagnosticCounts(hidden, options);
  if (!counts) return '';
  return options.lang === 'vi' ? `Chưa hiện: ${counts}.` : `Not shown: ${counts}.`;
}
