import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../src/diagnostics/codes.js';
import { localizeDiagnostic } from '../../src/diagnostics/localize.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { sortDiagnostics, summarizeDiagnostics } from '../../src/diagnostics/sort.js';
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

/** Where a diagnostic read from JSON may hold something the library never puts there. */
const FIELDS: (string | number)[][] = [
  ['code'],
  ['severity'],
  ['args'],
  ['location'],
  ['location', 'file'],
  ['location', 'line'],
  ['location', 'column'],
  ['location', 'endLine'],
  ['location', 'endColumn'],
  ['location', 'path'],
  ['location', 'path', 0],
  ['related'],
  ['related', 0],
  ['related', 0, 'message'],
  ['related', 0, 'location'],
  ['related', 0, 'location', 'file'],
  ['related', 0, 'location', 'line'],
  ['related', 0, 'location', 'column'],
];
/** Values that are wrong somewhere in each of those fields: not text, not numbers, not lists, not objects. */
const WRONG: unknown[] = JSON.parse('[42, "7", null, true, {"a": 1}, [3], {"toString": 1}]');

/** A duplicate id as `tthc check --format json` writes it, with `value` put at `field`. */
function corrupted(code: string, field: (string | number)[], value: unknown): Diagnostic {
  const d = JSON.parse(
    JSON.stringify({
      code,
      severity: 'error',
      message: "The document id 'cccd' is defined twice; it is first defined at b.yaml:2:9.",
      hint: 'Remove the copy, or rename one of them and update the references to it.',
      location: { file: 'a.yaml', line: 4, column: 9, endLine: 4, endColumn: 13, path: ['documents', 1, 'id'] },
      args: { id: 'cccd', kind: 'documents' },
      related: [{ message: 'first defined here', location: { file: 'b.yaml', line: 2, column: 9, path: ['documents', 0, 'id'] } }],
    }),
  );
  let at = d;
  for (const k of field.slice(0, -1)) at = at[k];
  at[field[field.length - 1]] = value;
  return d;
}

describe('renderDiagnosticsText on diagnostics read from JSON', () => {
  it('prints a related note whose location is not whole without its position, in both languages', () => {
    const sources = { 'a.yaml': 'documents:\n  - id: cccd\n  - id: x\n  - id: cccd\n' };
    for (const value of [...WRONG, { file: 'b.yaml', line: 2 }, { file: 7, line: 2, column: 9 }]) {
      const d = corrupted('DUPLICATE_ID', ['related', 0, 'location'], value);
      expect(renderDiagnosticsText([d], { lang: 'en', sources })).toBe(
        "a.yaml:4:9  error  DUPLICATE_ID  The document id 'cccd' is defined twice; it is first defined at b.yaml:2:9.\n" +
          '  4 |   - id: cccd\n' +
          '    |         ^^^^\n' +
          '  hint: Remove the copy, or rename one of them and update the references to it.\n' +
          '  see: first defined here\n',
      );
      expect(renderDiagnosticsText([d], { lang: 'vi' })).toBe(
        "a.yaml:4:9  lỗi  DUPLICATE_ID  Mã giấy tờ 'cccd' được định nghĩa hai lần; lần đầu ở chỗ khác.\n" +
          '  gợi ý: Hãy xóa bản sao, hoặc đổi tên một trong hai và sửa các tham chiếu tới nó.\n' +
          '  xem: định nghĩa lần đầu ở đây\n',
      );
    }
  });

  it('prints a diagnostic whose location is not whole as one about the catalog', () => {
    for (const field of [['location'], ['location', 'file'], ['location', 'line'], ['location', 'column']]) {
      // Leaving out what fits there: a text file, a number line or column.
      for (const value of WRONG.filter((v) => typeof v !== (field[1] === 'file' ? 'string' : field[1] ? 'number' : ''))) {
        const d = corrupted('DUPLICATE_ID', field, value);
        expect(renderDiagnosticsText([d], { lang: 'en', sources: { 'a.yaml': 'x\n' } }).split('\n')[0]).toBe(
          "(catalog)  error  DUPLICATE_ID  The document id 'cccd' is defined twice; it is first defined at b.yaml:2:9.",
        );
        expect(renderDiagnosticsText([d], { lang: 'vi' }).split('\n')[0]).toMatch(/^\(danh mục\)  lỗi  DUPLICATE_ID  Mã giấy tờ 'cccd' được định nghĩa hai lần; lần đầu ở b\.yaml:2:9\.$/);
      }
    }
  });

  it('shows a code that is not text as "?", said as an unknown code is', () => {
    for (const value of WRONG.filter((v) => typeof v !== 'string')) {
      const d = { ...corrupted('DUPLICATE_ID', ['code'], value), message: 5 } as unknown as Diagnostic;
      expect(renderDiagnosticsText([d], { lang: 'en' }).split('\n')[0]).toBe('a.yaml:4:9  error  ?  A finding with no description.');
      expect(renderDiagnosticsText([d], { lang: 'vi' }).split('\n')[0]).toBe('a.yaml:4:9  lỗi  ?  Một phát hiện không có lời mô tả.');
      const unknown = { ...corrupted('NOT_A_CODE', ['args'], {}), message: 5 } as unknown as Diagnostic;
      expect(renderDiagnosticsText([unknown], { lang: 'vi' }).split('\n')[0]).toBe('a.yaml:4:9  lỗi  NOT_A_CODE  Một phát hiện không có lời mô tả.');
    }
  });

  it('never throws, and prints text only, for every code, every field and every wrong value, in both languages', () => {
    for (const code of [...Object.keys(DIAGNOSTIC_CODES), 'NOT_A_CODE']) {
      for (const field of FIELDS) {
        for (const value of WRONG) {
          const d = corrupted(code, field, value);
          for (const lang of ['vi', 'en'] as const) {
            const what = `${code} ${field.join('.')} ${JSON.stringify(value)} ${lang}`;
            const text = renderDiagnosticsText([d, d], { lang, sources: { 'a.yaml': 'documents:\n  - id: cccd\n  - id: x\n  - id: cccd\n' } });
            expect(text, what).not.toMatch(/\[object|undefined|NaN/);
            expect(typeof localizeDiagnostic(d, lang).message, what).toBe('string');
          }
          expect(() => sortDiagnostics([d, corrupted(code, [], undefined), d])).not.toThrow();
          expect(summarizeDiagnostics([d]).errors + summarizeDiagnostics([d]).warnings + summarizeDiagnostics([d]).infos).toBe(1);
        }
      }
    }
  });
});
