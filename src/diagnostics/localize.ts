import { diagnosticHintVi } from './hints-vi.js';
import { diagnosticMessageVi } from './messages-vi.js';
import type { Diagnostic } from './types.js';
import { WrongArgumentError } from '../util/expect-argument.js';

/** Languages diagnostics can be said in. English is what the library returns. */
export type DiagnosticLang = 'vi' | 'en';

const RELATED_VI: Record<string, string> = {
  'first defined here': 'định nghĩa lần đầu ở đây',
  'first used here': 'dùng lần đầu ở đây',
  'first set here': 'đặt lần đầu ở đây',
  'The catalog defines it here.': 'Danh mục định nghĩa nó ở đây.',
  'First defined here.': 'Định nghĩa lần đầu ở đây.',
};

/**
 * The diagnostic with its message, hint and related notes in `lang`; `code`, `severity`,
 * `location` and `args` stay as they are. English returns the diagnostic unchanged.
 */
export function localizeDiagnostic(d: Diagnostic, lang: DiagnosticLang): Diagnostic {
  if (lang !== 'en' && lang !== 'vi') throw new WrongArgumentError('UNKNOWN_LANG', `lang must be vi or en, not ${JSON.stringify(lang)}.`, 'options');
  if (lang === 'en') return d;
  const out: Diagnostic = { ...d, message: diagnosticMessageVi(d) };
  const hint = diagnosticHintVi(d);
  if (hint !== undefined) out.hint = hint;
  if (d.related) out.related = d.related.map((r) => ({ ...r, message: RELATED_VI[r.message] ?? 'liên quan' }));
  return out;
}
