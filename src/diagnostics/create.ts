import type { DiagnosticCode } from './codes.js';
import { DIAGNOSTIC_CODES } from './codes.js';
import type { Diagnostic, Severity, SourceLocation } from './types.js';

export interface DiagnosticInit {
  message: string;
  hint?: string | undefined;
  location?: SourceLocation | undefined;
  related?: Diagnostic['related'];
  args?: Record<string, unknown>;
  /** Overrides the code's usual severity (references in lenient mode). */
  severity?: Severity;
}

/** Builds a diagnostic with the code's documented severity; leaves out empty optional fields. */
export function createDiagnostic(code: DiagnosticCode, init: DiagnosticInit): Diagnostic {
  const d: Diagnostic = { code, severity: init.severity ?? DIAGNOSTIC_CODES[code].severity, message: init.message };
  if (init.hint) d.hint = init.hint;
  if (init.location) d.location = init.location;
  if (init.related && init.related.length > 0) d.related = init.related;
  if (init.args && Object.keys(init.args).length > 0) d.args = init.args;
  return d;
}
