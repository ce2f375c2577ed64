import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../src/diagnostics/codes.js';
import { localizeDiagnostic } from '../../src/diagnostics/localize.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { renderDiagnosticsText } from '../../src/report/diagnostics-text.js';

/** Values JSON can hold where a diagnostic holds text; `{"toString": 1}` cannot even be turned into a string. */
const NOT_TEXT: unknown[] = JSON.parse('[42, null, true, {"a": 1}, ["Check its permissions."], {"toString": 1}]');
const location = { file: 'a.yaml', line: 3, column: 5, path: ['procedures', 0, 'needs', 0] };

/** A diagnostic as read from JSON, with `value` put where `field` goes. */
function foreign(code: string, field: 'message' | 'hint', value: unknown): Diagnostic {
  const d = { code, severity: 'error', message: "Procedure 'a' needs 'x'.", hint: 'Check its permissions.', location, args: { reference: 'x', expected: 'procedure' } };
  return { ...d, [field]: value } as Diagnostic;
}

describe('localizeDiagnostic on diagnostics read from JSON', () => {
  it('says a message that is not text as the general sentence of its code, in both languages', () => {
    for (const value of NOT_TEXT) {
      const d = foreign('UNKNOWN_REFERENCE', 'message', value);
      expect(localizeDiagnostic(d, 'en').message).toBe('A reference does not resolve.');
      expect(localizeDiagnostic(d, 'vi').message).toBe("`procedures[0].needs[0]` tham chiếu tới thủ tục 'x', nhưng mục này chưa được định nghĩa.");
      const unknown = foreign('NOT_A_CODE', 'message', value);
      expect(localizeDiagnostic(unknown, 'en').message).toBe('A finding with no description.');
      expect(localizeDiagnostic(unknown, 'vi').message).toBe('Một phát hiện không có lời mô tả.');
    }
  });

  it('leaves out a hint that is not text, in both languages', () => {
    for (const value of NOT_TEXT) {
      const d = foreign('UNKNOWN_REFERENCE', 'hint', value);
      expect(localizeDiagnostic(d, 'vi')).not.toHaveProperty('hint');
      expect(localizeDiagnostic(d, 'en')).not.toHaveProperty('hint');
      expect(localizeDiagnostic(d, 'vi').message).toBe("Thủ tục 'a' tham chiếu tới thủ tục 'x', nhưng mục này chưa được định nghĩa.");
    }
  });

  it('never throws, and renders text only, for every code and every value that is not text', () => {
    for (const code of [...Object.keys(DIAGNOSTIC_CODES), 'NOT_A_CODE', 'constructor']) {
      for (const field of ['message', 'hint'] as const) {
        for (const value of NOT_TEXT) {
          const d = foreign(code, field, value);
          for (const lang of ['vi', 'en'] as const) {
            const out = localizeDiagnostic(d, lang);
            expect(typeof out.message, `${code} ${field} ${lang}`).toBe('string');
            expect(out.message.length, `${code} ${field} ${lang}`).toBeGreaterThan(10);
            if (out.hint !== undefined) expect(typeof out.hint).toBe('string');
            expect(renderDiagnosticsText([d], { lang })).not.toMatch(/\[object|null|42/);
          }
        }
      }
    }
  });

  it('keeps related notes that are a list, each message said in Vietnamese or as "liên quan", and leaves out the rest', () => {
    const d: Diagnostic = { code: 'DUPLICATE_ID', severity: 'error', message: "Document id 'x' is defined twice.", args: { id: 'x', kind: 'documents' } };
    const related = JSON.parse('[{ "message": "first defined here", "location": { "file": "b.yaml", "line": 1, "column": 1, "path": [] } }, { "message": 7, "location": { "file": "c.yaml", "line": 2, "column": 1, "path": [] } }, 5]');
    const vi = localizeDiagnostic({ ...d, related }, 'vi');
    expect(vi.related?.map((r) => `${r.location.file} ${r.message}`)).toEqual(['b.yaml định nghĩa lần đầu ở đây', 'c.yaml liên quan']);
    expect(localizeDiagnostic({ ...d, related }, 'en').related?.map((r) => r.message)).toEqual(['first defined here', 'related']);
    for (const lang of ['vi', 'en'] as const) expect(localizeDiagnostic({ ...d, related: 'b.yaml' as never }, lang)).not.toHaveProperty('related');
  });

  it('returns a diagnostic the library made unchanged in English', () => {
    const d = foreign('UNKNOWN_REFERENCE', 'hint', 'Check its permissions.');
    expect(localizeDiagnostic(d, 'en')).toBe(d);
  });
});
