import { DIAGNOSTIC_CODES } from './codes.js';
import { diagnosticHintVi } from './hints-vi.js';
import { diagnosticMessageVi } from './messages-vi.js';
import type { Diagnostic, SourceLocation } from './types.js';
import { usableLocation } from './usable-location.js';
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

/** The message of a diagnostic whose own is not text, in English: the title of its code. */
function generalMessageEn(code: unknown): string {
  return typeof code === 'string' && Object.hasOwn(DIAGNOSTIC_CODES, code) ? DIAGNOSTIC_CODES[code as keyof typeof DIAGNOSTIC_CODES].title : 'A finding with no description.';
}

/**
 * Whether `d` holds what the library's diagnostics hold where it is said: a text message, a
 * text hint or none, related notes as a list of text messages. A diagnostic read from JSON
 * (a saved report, another tool's output) may hold anything there.
 */
function wellFormed(d: Diagnostic): boolean {
  return (
    typeof d.message === 'string' &&
    (d.hint === undefined || typeof d.hint === 'string') &&
    (d.related === undefined || (Array.isArray(d.related) && d.related.every((r) => typeof r === 'object' && r !== null && typeof r.message === 'string')))
  );
}

/**
 * The diagnostic with its message, hint and related notes in `lang`; `code`, `severity`,
 * `location` and `args` stay as they are. English returns the diagnostic unchanged.
 *
 * Where a diagnostic read from JSON holds something other than text, nothing throws: a message
 * that is not text is replaced by the general sentence of its code (in English the code's
 * title, in Vietnamese its template, whose subject then comes from the location), a hint that
 * is not text is left out, related notes that are not a list are left out, and a related note
 * whose message is not text is said as "related" ("liên quan").
 */
export function localizeDiagnostic(d: Diagnostic, lang: DiagnosticLang): Diagnostic {
  if (lang !== 'en' && lang !== 'vi') throw new WrongArgumentError('UNKNOWN_LANG', `lang must be vi or en, not ${JSON.stringify(lang)}.`, 'options');
  if (lang === 'en' && wellFormed(d)) return d;
  const text = typeof d.message === 'string';
  const hint = typeof d.hint === 'string' ? d.hint : undefined;
  const related = Array.isArray(d.related) ? d.related.filter((r) => typeof r === 'object' && r !== null) : undefined;
  const { hint: _hint, related: _related, ...rest } = d;
  const plain: Diagnostic = { ...rest, message: text ? d.message : '', ...(hint !== undefined ? { hint } : {}), ...(related ? { related } : {}) };
  if (lang === 'en') {
    return {
      ...plain,
      message: text ? d.message : generalMessageEn(d.code),
      ...(related ? { related: related.map((r) => (typeof r.message === 'string' ? r : { ...r, message: 'related' })) } : {}),
    };
  }
  // The templates read the code, the location and the first related place: they get them as
  // the library makes them, or none.
  const location = usableLocation(d.location);
  const said: Diagnostic = {
    ...plain,
    code: typeof d.code === 'string' ? d.code : '',
    location,
    ...(related ? { related: related.map((r) => ({ ...r, location: usableLocation(r.location) as SourceLocation })) } : {}),
  };
  if (location === undefined) delete said.location;
  const out: Diagnostic = { ...plain, message: diagnosticMessageVi(said) || 'Một phát hiện không có lời mô tả.' };
  delete out.hint;
  const hintVi = diagnosticHintVi(said);
  if (hintVi !== undefined) out.hint = hintVi;
  if (related) out.related = related.map((r) => ({ ...r, message: (typeof r.message === 'string' && Object.hasOwn(RELATED_VI, r.message) ? RELATED_VI[r.message] : undefined) ?? 'liên quan' }));
  return out;
}
