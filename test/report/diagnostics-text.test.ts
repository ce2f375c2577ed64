import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { codeFrame, renderDiagnosticSummary, renderDiagnosticsText } from '../../src/report/diagnostics-text.js';

const ANSI = /\x1b\[/;

describe('code frames', () => {
  it('put the caret under the spot, counting precomposed Vietnamese letters as one column', () => {
    const line = '  - { id: so-ho-khau, name: Sổ hộ khẩu, form: papr }';
    const col = line.indexOf('papr') + 1;
    expect(codeFrame(line, 12, col, col + 4)).toEqual([`12 | ${line}`, `   | ${' '.repeat(col - 1)}^^^^`]);
  });

  it('give combining marks no width, and show tabs as four spaces', () => {
    const decomposed = 'name: Ho\u0302\u0323 kha\u0302\u0309u, x: 1';
    const col = decomposed.indexOf('x:') + 1;
    const [, caret] = codeFrame(decomposed, 1, col);
    expect(caret).toBe(`  | ${' '.repeat('name: Hộ khẩu, '.length)}^`);
    const [shown, under] = codeFrame('\tkey: value', 3, 2, 5);
    expect(shown).toBe('3 |     key: value');
    expect(under).toBe('  |     ^^^');
  });

  it('give wide characters (CJK, Hangul, fullwidth forms, emoji) two columns', () => {
    const frame = (before: string) => codeFrame(`${before}x`, 1, before.length + 1)[1];
    expect(frame('名前: ')).toBe(`  | ${' '.repeat(6)}^`);
    expect(frame('한국 ')).toBe(`  | ${' '.repeat(5)}^`);
    expect(frame('ＡＢ、')).toBe(`  | ${' '.repeat(6)}^`);
    expect(frame('🏠 ')).toBe(`  | ${' '.repeat(3)}^`);
    expect(frame('\u{20000} ')).toBe(`  | ${' '.repeat(3)}^`);
    // A pictograph made an emoji by VARIATION SELECTOR-16 is wide; an emoji sequence takes the
    // columns of one emoji.
    expect(frame('\u2764\uFE0F ')).toBe(`  | ${' '.repeat(3)}^`);
    expect(frame('\u2764 ')).toBe(`  | ${' '.repeat(2)}^`);
    expect(frame('👩\u200D💻 ')).toBe(`  | ${' '.repeat(3)}^`);
    // The carets cover the whole of a wide node.
    expect(codeFrame('a: 戶口', 1, 4, 6)[1]).toBe('  |    ^^^^');
  });

  it('cut a long line of emoji between characters, never between the halves of one', () => {
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const before of [150, 151]) {
      // An odd or even number of ASCII letters first puts the cuts at either half of a pair.
      const line = `${'a'.repeat(before % 2)}${'🏠'.repeat(before)}BAD${'🏠'.repeat(200)}`;
      const [shown] = codeFrame(line, 1, line.indexOf('BAD') + 1, line.indexOf('BAD') + 4);
      expect(shown).toContain('BAD');
      expect(shown.startsWith('1 | …🏠')).toBe(true);
      expect(shown.endsWith('🏠…')).toBe(true);
      expect(lone.test(shown)).toBe(false);
    }
  });

  it('cut a long line (minified JSON) around the spot', () => {
    const line = `${'x'.repeat(5000)}BAD${'y'.repeat(5000)}`;
    const [shown, caret] = codeFrame(line, 1, 5001, 5004);
    expect(shown.length).toBeLessThan(120);
    expect(shown).toMatch(/^1 \| …x+BADy+…$/);
    expect(shown.indexOf('BAD')).toBe(caret.indexOf('^'));
    expect(caret.endsWith('^^^')).toBe(true);
  });

  it('mark one column when the node ends on another line', () => {
    expect(codeFrame('  - id: a', 2, 5, undefined)[1]).toBe('  |     ^');
  });
});

describe('diagnostics as text', () => {
  const d: Diagnostic = {
    code: 'DUPLICATE_ID',
    severity: 'error',
    message: "The document id 'ct07' is defined twice.",
    hint: 'Remove the copy.',
    location: { file: 'a.yaml', line: 2, column: 9, endLine: 2, endColumn: 13, path: ['documents', 1, 'id'] },
    related: [{ message: 'first defined here', location: { file: 'a.yaml', line: 1, column: 9, path: [] } }],
  };
  const sources = { 'a.yaml': 'documents:\n  - { id: ct07, name: B }\n' };

  it('give the place, severity, code and message, the frame, the hint and related places', () => {
    expect(renderDiagnosticsText([d], { sources })).toBe(
      [
        "a.yaml:2:9  error  DUPLICATE_ID  The document id 'ct07' is defined twice.",
        '  2 |   - { id: ct07, name: B }',
        '    |         ^^^^',
        '  hint: Remove the copy.',
        '  see: a.yaml:1:9 (first defined here)',
        '',
      ].join('\n'),
    );
  });

  it('leave the frame out when the source is not given, or for file-level problems', () => {
    expect(renderDiagnosticsText([d])).not.toContain(' | ');
    const file: Diagnostic = { code: 'FILE_BINARY', severity: 'error', message: 'Binary.', location: { file: 'a.yaml', line: 1, column: 1, path: [] } };
    expect(renderDiagnosticsText([file], { sources })).toBe('a.yaml:1:1  error  FILE_BINARY  Binary.\n');
  });

  it('use colour only when asked', () => {
    expect(renderDiagnosticsText([d], { sources })).not.toMatch(ANSI);
    expect(renderDiagnosticsText([d], { sources, color: true })).toMatch(ANSI);
    expect(renderDiagnosticsText([d], { sources, color: true }).replace(/\x1b\[\d+m/g, '')).toBe(renderDiagnosticsText([d], { sources }));
  });

  it('end with a summary line', () => {
    expect(renderDiagnosticSummary({ errors: 0, warnings: 0, infos: 0 }, 3)).toBe('No problems in 3 files.\n');
    expect(renderDiagnosticSummary({ errors: 2, warnings: 1, infos: 0 }, 1)).toBe('2 errors and 1 warning in 1 file.\n');
    expect(renderDiagnosticSummary({ errors: 0, warnings: 2, infos: 0 }, 2)).toBe('2 warnings in 2 files.\n');
  });
});
