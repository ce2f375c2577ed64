import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterColumns, columnWidth, fitColumns } from '../../src/report/column-width.js';

const ZWJ = '\u200D';
const SEQUENCES = {
  'technologist (woman, ZWJ, laptop)': `👩${ZWJ}💻`,
  'family of four': `👨${ZWJ}👩${ZWJ}👧${ZWJ}👦`,
  'rainbow flag (white flag, VS16, ZWJ, rainbow)': `🏳\uFE0F${ZWJ}🌈`,
  'rainbow flag without VS16': `🏳${ZWJ}🌈`,
  'heart on fire': `❤\uFE0F${ZWJ}🔥`,
  'flag of Viet Nam': '🇻🇳',
  'flag of England (tag sequence)': '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}',
  'thumbs up, medium skin tone': '👍🏽',
  'index pointing up (text by default), skin tone': '☝🏽',
  'keycap 1': '1\uFE0F\u20E3',
  'keycap #': '#\uFE0F\u20E3',
  'keycap * without VS16': '*\u20E3',
};

describe('columnWidth', () => {
  it('counts an emoji sequence as one emoji of two columns', () => {
    for (const [name, emoji] of Object.entries(SEQUENCES)) {
      expect(columnWidth(emoji), name).toBe(2);
      expect(columnWidth(`a${emoji}b${emoji}${emoji}`), name).toBe(8);
    }
  });

  it('counts other clusters by their characters', () => {
    expect(columnWidth('Sổ hộ khẩu')).toBe(10);
    expect(columnWidth('Sổ hộ khẩu'.normalize('NFD'))).toBe(10);
    expect(columnWidth('戶口名簿')).toBe(8);
    expect(columnWidth('\u1100\u1161\u11A8')).toBe(2);
    expect(columnWidth('❤')).toBe(1);
    expect(columnWidth('❤\uFE0F')).toBe(2);
    expect(columnWidth('😀')).toBe(2);
    expect(columnWidth('')).toBe(0);
    // A skin tone after a letter is shown after it, as an emoji of its own.
    expect(columnWidth('a🏽')).toBe(3);
  });

  it('gives the columns of the grapheme clusters, also where it takes the text a code point at a time', () => {
    const unit = fc.oneof(fc.constantFrom('a', 'ộ', '—', '戶', '😀', '❤', '1', '\r', '\n', '\t', '\u0301', '\uFE0F', '\u20E3', ZWJ, '🏽', '🇻', 'ำ', 'ﾞ', '\u{113D1}'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (units) => {
        const text = units.join('');
        let width = 0;
        for (const g of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)) width += clusterColumns(g.segment);
        expect(columnWidth(text)).toBe(width);
      }),
      { numRuns: 500 },
    );
  });

  it('counts one column a character of ASCII and Latin text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
      expect(columnWidth(text)).toBe(text.length);
    }));
  });
});

describe('fitColumns', () => {
  // With letters that join the one before (Thai AM, a halfwidth voiced mark) or after (Prepend).
  const cluster = fc.constantFrom('a', ' ', 'ộ', 'o\u0302\u0323', '戶', '\r', '\n', '—', ...Object.values(SEQUENCES), '🇯', '\u0301', ZWJ, 'กำ', 'ำ', 'ﾊﾞ', '\u{113D1}');
  const segments = (text: string) => new Set([...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].map((g) => g.index));

  it('takes the longest start of whole clusters that fits the columns', () => {
    fc.assert(
      fc.property(fc.array(cluster, { maxLength: 60, size: 'max' }), fc.nat(130), (parts, columns) => {
        const text = parts.join('');
        const n = fitColumns(text, columns);
        const bounds = segments(text);
        expect(n === text.length || bounds.has(n)).toBe(true);
        expect(columnWidth(text.slice(0, n))).toBeLessThanOrEqual(columns);
        if (n < text.length) {
          const next = [...bounds, text.length].filter((b) => b > n).sort((a, b) => a - b)[0];
          expect(columnWidth(text.slice(0, next))).toBeGreaterThan(columns);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('cuts an emoji sequence whole or not at all', () => {
    expect(fitColumns(`ab👩${ZWJ}💻c`, 3)).toBe(2);
    expect(fitColumns(`ab👩${ZWJ}💻c`, 4)).toBe(7);
    expect(fitColumns('🇻🇳🇻🇳', 3)).toBe(4);
    expect(fitColumns('1\uFE0F\u20E3x', 1)).toBe(0);
    expect(fitColumns('abc', 2)).toBe(2);
  });
});
