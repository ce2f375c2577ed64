import type { Diagnostic } from '../diagnostics/types.js';
import { renderDiagnosticsText, type DiagnosticsTextOptions } from '../report/diagnostics-text.js';

/** How many diagnostics are rendered and written at a time. */
const BATCH = 2000;

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
