import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { columnWidth } from '../../src/report/column-width.js';
import { codeFrame, renderDiagnosticSummary, renderDiagnosticsText } from '../../src/report/diagnostics-text.js';
import { textWidth } from '../../src/report/text-width.js';

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
    // A pictograph made an emoji by VARIATION SELECTOR-16 is wide.
    expect(frame('\u2764\uFE0F ')).toBe(`  | ${' '.repeat(3)}^`);
    expect(frame('\u2764 ')).toBe(`  | ${' '.repeat(2)}^`);
    // The carets cover the whole of a wide node.
    expect(codeFrame('a: 戶口', 1, 4, 6)[1]).toBe('  |    ^^^^');
  });

  it('give an emoji sequence (joined by ZWJ, a flag, a skin tone, a keycap) the two columns of one emoji', () => {
    const frame = (before: string) => codeFrame(`${before}x`, 1, before.length + 1)[1];
    for (const emoji of ['👩\u200D💻', '👨\u200D👩\u200D👧\u200D👦', '🏳\uFE0F\u200D🌈', '❤\uFE0F\u200D🔥', '🇻🇳', '👍🏽', '☝🏽', '1\uFE0F\u20E3', '#\uFE0F\u20E3', '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}']) {
      expect(frame(`${emoji} `), emoji).toBe(`  | ${' '.repeat(3)}^`);
      expect(frame(`a${emoji}${emoji}: `), emoji).toBe(`  | ${' '.repeat(7)}^`);
    }
    // The carets cover the sequence, and a spot inside it is marked from its start.
    expect(codeFrame('k: 👩\u200D💻 x', 1, 4, 9)[1]).toBe('  |    ^^');
    expect(codeFrame('k: 👩\u200D💻 x', 1, 6)[1]).toBe('  |    ^^');
    expect(codeFrame('k: 🇻🇳🇻🇳', 1, 8, 12)[1]).toBe('  |      ^^');
    expect(codeFrame('k: 🇻🇳🇻🇳', 1, 6)[1]).toBe('  |    ^^');
  });

  it('cut a long CJK line to as many columns as an ASCII line, the caret under the spot', () => {
    const line = `name: ${'戶口名簿'.repeat(100)}BAD${'名'.repeat(300)}`;
    const at = line.indexOf('BAD');
    const [shown, caret] = codeFrame(line, 7, at + 1, at + 4);
    expect(shown).toMatch(/^7 \| …[戶口名簿]+BAD名+…$/);
    const body = shown.slice('7 | …'.length, -1);
    expect(columnWidth(body)).toBe(99);
    // Fifty columns before the spot, as in an ASCII line.
    expect(body.indexOf('BAD')).toBe(25);
    expect(caret).toBe(`  | ${' '.repeat(51)}^^^`);
    // A line of 60 ideographs is 120 columns wide: cut though shorter than 100 code units.
    const short = '戶'.repeat(60);
    const [cut] = codeFrame(short, 1, 1);
    expect(cut).toBe(`1 | ${'戶'.repeat(50)}…`);
    expect(codeFrame('戶'.repeat(50), 1, 1)[0]).toBe(`1 | ${'戶'.repeat(50)}`);
  });

  it('cut a long line of emoji sequences between sequences, never inside one', () => {
    for (const emoji of ['👩\u200D💻', '👨\u200D👩\u200D👧\u200D👦', '🇻🇳', '👍🏽', '1\uFE0F\u20E3']) {
      for (const lead of ['', 'a', 'ab', 'abc']) {
        // The spot at each letter of BAD, so that the line is looked at from every offset.
        for (const k of [0, 1, 2]) {
          const line = `${lead}${emoji.repeat(80)}BAD${emoji.repeat(80)}`;
          const at = line.indexOf('BAD');
          const [shown, caret] = codeFrame(line, 1, at + 1 + k, at + 4);
          const body = shown.slice('1 | …'.length, -1);
          expect(shown.startsWith(`1 | …${emoji}`), emoji).toBe(true);
          expect(shown.endsWith(`${emoji}…`), emoji).toBe(true);
          expect(body.split('BAD').map((side) => side.split(emoji).join('')), emoji).toEqual(['', '']);
          // Half a frame before the spot, as in an ASCII line, however many code units that takes.
          const before = columnWidth(body.slice(0, body.indexOf('BAD'))) + k;
          expect(before === 50 || before === 49, emoji).toBe(true);
          expect(columnWidth(body)).toBeLessThanOrEqual(100);
          expect(caret).toBe(`  | ${' '.repeat(1 + before)}${'^'.repeat(3 - k)}`);
        }
      }
      // Near the end of the line, the frame holds the last 100 columns.
      const line = `${`${emoji}ab`.repeat(300)}BAD${`${emoji}ab`.repeat(5)}`;
      const [shown] = codeFrame(line, 1, line.indexOf('BAD') + 1);
      expect(shown.endsWith(`BAD${`${emoji}ab`.repeat(5)}`), emoji).toBe(true);
      expect(columnWidth(shown.slice('1 | …'.length)), emoji).toBe(100);
    }
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

  it('show an ASCII line as 100 characters around the spot, "…" where it was cut', () => {
    const ascii = fc.string({ unit: fc.constantFrom('a', 'B', '7', ' ', ':', '"', '{', ',', '-'), maxLength: 400, size: 'max' });
    fc.assert(
      fc.property(ascii, fc.nat(420), fc.nat(30), (line, at, length) => {
        const column = Math.min(at, line.length) + 1;
        const start = column - 1;
        const from = line.length > 100 ? Math.max(0, Math.min(start - 50, line.length - 100)) : 0;
        const to = Math.min(line.length, from + 100);
        const prefix = from > 0 ? '…' : '';
        const marks = Math.max(1, Math.min(start + length, to) - start);
        expect(codeFrame(line, 3, column, column + length)).toEqual([
          `3 | ${prefix}${line.slice(from, to)}${to < line.length ? '…' : ''}`,
          `  | ${' '.repeat(prefix.length + start - from)}${'^'.repeat(marks)}`,
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it('cut any line to at most the columns given (100 by default) between grapheme clusters, the caret under the cluster of the spot', () => {
    // No space in the line, so that a tab shown as four spaces can be told back.
    const cluster = fc.constantFrom(
      'a', 'Z', '9', ':', 'ộ', 'ư', 'o\u0302\u0323', 'e\u0301', '\t', '戶', '口', '한', '\u1100\u1161\u11A8', 'Ａ', '\u{20000}',
      '👩\u200D💻', '👨\u200D👩\u200D👧', '🏳\uFE0F\u200D🌈', '🇻🇳', '🇯', '👍🏽', '☝🏽', '❤\uFE0F', '❤', '1\uFE0F\u20E3', '😀', '\u200D', '\u0301',
    );
    const segments = (text: string) => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].map((g) => g.index);
    fc.assert(
      fc.property(fc.array(cluster, { maxLength: 1500, size: 'max' }), fc.nat(4000), fc.nat(12), fc.option(fc.integer({ min: 20, max: 100 })), (parts, at, length, given) => {
        const line = parts.join('');
        const column = Math.min(at, line.length) + 1;
        const columns = given ?? 100;
        const [shown, caret] = given === null ? codeFrame(line, 1, column, column + length) : codeFrame(line, 1, column, column + length, given);
        const prefix = shown.startsWith('1 | …') ? 1 : 0;
        const cut = shown.endsWith('…') && !line.endsWith('…');
        const body = shown.slice(4 + prefix, cut ? -1 : undefined).replace(/ {4}/g, '\t');
        expect(columnWidth(body.replace(/\t/g, '    '))).toBeLessThanOrEqual(prefix || cut ? columns : Infinity);
        if (!prefix && !cut) expect(columnWidth(body.replace(/\t/g, '    '))).toBeLessThanOrEqual(columns);
        if (!prefix && !cut) expect(body).toBe(line);
        // Where the body was taken from: a place in the line that starts and ends on cluster boundaries.
        const bounds = new Set([...segments(line), line.length]);
        const spot = Math.max(...[...bounds].filter((b) => b <= column - 1));
        const pad = caret.slice(4).indexOf('^');
        const places = [];
        for (let from = 0; from + body.length <= line.length; from++) {
          if (line.startsWith(body, from) && bounds.has(from) && bounds.has(from + body.length) && (from > 0) === (prefix === 1) && (from + body.length < line.length) === cut) places.push(from);
        }
        expect(places.some((from) => from <= spot && spot <= from + body.length && pad === prefix + columnWidth(line.slice(from, spot).replace(/\t/g, '    ')))).toBe(true);
      }),
      { numRuns: 300 },
    );
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

describe('diagnostics fitted into a width (a terminal\'s)', () => {
  /** Each diagnostic's text as rendered, without its blank line. */
  const each = (diagnostics: readonly Diagnostic[], options: Parameters<typeof renderDiagnosticsText>[1]) => diagnostics.map((x) => renderDiagnosticsText([x], options).trimEnd().split('\n'));
  /** What a diagnostic says but its frame, white space aside: the same however it is broken (a word wider than a line is cut). */
  const words = (lines: readonly string[]) => lines.filter((l) => !/^ {2}\d* +\|/.test(l)).join('').replace(/\s+/g, '');
  /** The text over the carets of a frame (the two lines `N | text` and `  | ^^^`). */
  const marked = (lines: readonly string[]) => {
    const at = lines.findIndex((l) => /^ {2}\d+ \| /.test(l));
    if (at < 0) return undefined;
    const shown = lines[at].slice(lines[at].indexOf('|') + 2);
    const caret = lines[at + 1].slice(lines[at + 1].indexOf('|') + 2);
    // Every line of these fixtures is ASCII or precomposed Vietnamese: a column is a code point.
    return [...shown].slice(caret.indexOf('^'), caret.lastIndexOf('^') + 1).join('');
  };

  it.each(['dangling-reference', 'unknown-key', 'wrong-type', 'duplicate-key', 'needs-cycle', 'bad-value'])(
    '%s: every line fits at 30 to 130 columns but a location alone; the same text; the caret over the same text',
    async (fixture) => {
      const dir = new URL(`../fixtures/loader/${fixture}/`, import.meta.url);
      const { diagnostics } = await loadCatalog(dir);
      expect(diagnostics.length).toBeGreaterThan(0);
      const sources = (file: string) => readFileSync(file, 'utf8');
      for (const lang of ['en', 'vi'] as const) {
        const plain = each(diagnostics, { sources, lang });
        for (let width = 30; width <= 130; width++) {
          const fitted = each(diagnostics, { sources, lang, width });
          fitted.forEach((lines, i) => {
            const where = `${fixture} ${lang} at ${width}: ${lines.join('\n')}`;
            for (const [n, line] of lines.entries()) {
              if (textWidth(line) > width) expect(n === 0 && !line.includes(' '), where).toBe(true);
            }
            expect(words(lines), where).toEqual(words(plain[i]));
            // Where the frame is narrower than what it marks, it marks the start of it.
            const text = marked(plain[i]);
            const got = marked(lines);
            if (text === undefined) expect(got, where).toBeUndefined();
            else expect(got !== undefined && got.length > 0 && text.startsWith(got), `${where}\n${text}`).toBe(true);
          });
        }
      }
    },
    60_000,
  );

  it('is as without a width when every line fits, and refuses a width that is not a whole number, 1 or more', () => {
    const d: Diagnostic = { code: 'X', severity: 'warning', message: 'Short.', hint: 'Hint.', location: { file: 'a.yaml', line: 1, column: 1, path: [] } };
    const sources = { 'a.yaml': 'a: 1\n' };
    expect(renderDiagnosticsText([d], { sources, width: 40 })).toBe(renderDiagnosticsText([d], { sources }));
    expect(() => renderDiagnosticsText([d], { width: 0 })).toThrow(/width of renderDiagnosticsText must be a whole number/);
  });

  it('puts the message under a first line that would be wider, and breaks it and the hint under their text', () => {
    const d: Diagnostic = {
      code: 'UNKNOWN_REFERENCE',
      severity: 'error',
      message: "In procedure 'p', `requires[0].document` refers to document 'so-ho-khua', which is not defined.",
      hint: "Did you mean 'so-ho-khau'? Define it under documents:, or fix the reference.",
      location: { file: 'catalog.yaml', line: 3, column: 28, endLine: 3, endColumn: 38, path: [] },
    };
    const sources = { 'catalog.yaml': 'procedures:\n  - code: p\n    requires: [{ document: so-ho-khua }, { document: cccd }]\n' };
    expect(renderDiagnosticsText([d], { sources, width: 50 })).toBe(
      [
        'catalog.yaml:3:28  error  UNKNOWN_REFERENCE',
        "  In procedure 'p', `requires[0].document` refers",
        "  to document 'so-ho-khua', which is not defined.",
        '  3 | …quires: [{ document: so-ho-khua }, { docum…',
        `    | ${' '.repeat('…quires: [{ document: '.length)}^^^^^^^^^^`,
        "  hint: Did you mean 'so-ho-khau'? Define it under",
        '        documents:, or fix the reference.',
        '',
      ].join('\n'),
    );
  });
});
