import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapLines, wrapText } from '../../src/report/wrap-text.js';

const words = fc.array(fc.stringMatching(/^[a-zA-ZàđĐ,]{1,14}$/), { minLength: 1, maxLength: 12 });

describe('wrapLines', () => {
  it('breaks between words, and cuts the last line with "…" only when the text does not fit', () => {
    expect(wrapLines('Ministry of Natural Resources and Environment', 36, 2)).toEqual(['Ministry of Natural Resources and', 'Environment']);
    expect(wrapLines('Ministry of Natural Resources and Environment', 36, 1)).toEqual(['Ministry of Natural Resources and E…']);
    expect(wrapLines('Bộ Nông nghiệp và Phát triển nông thôn', 20, 2)).toEqual(['Bộ Nông nghiệp và', 'Phát triển nông thôn']);
    expect(wrapLines('Supercalifragilistic', 8, 2)).toEqual(['Superca…']);
    expect(wrapLines('Hà Nội', 36, 2)).toEqual(['Hà Nội']);
  });

  it('gives at most the lines asked for, none longer than the width, the whole text when nothing is cut (property)', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 2, max: 40 }), fc.integer({ min: 1, max: 3 }), (ws, max, lines) => {
        const text = ws.join(' ');
        const out = wrapLines(text, max, lines);
        expect(out.length).toBeGreaterThan(0);
        expect(out.length).toBeLessThanOrEqual(lines);
        for (const l of out) expect(l.length).toBeLessThanOrEqual(max);
        const cut = out.some((l) => l.endsWith('…'));
        // Nothing cut: the lines are the text's words in order; cut: exactly when wrapping needs more lines or a word is too long.
        if (!cut) expect(out.join(' ')).toBe(text);
        expect(cut).toBe(wrapText(text, max).length > lines || wrapText(text, max).slice(0, lines).some((l) => l.length > max));
      }),
    );
  });
});

describe('wrapText', () => {
  it('keeps a word longer than a line on a line of its own, or cuts it into lines with breakWords, its rest going on', () => {
    expect(wrapText('ab 0123456789 cd', 4)).toEqual(['ab', '0123456789', 'cd']);
    expect(wrapText('ab 0123456789 cd', 4, { breakWords: true })).toEqual(['ab', '0123', '4567', '89', 'cd']);
    expect(wrapText('ab 012345 c', 4, { breakWords: true })).toEqual(['ab', '0123', '45 c']);
    expect(wrapText('', 4)).toEqual(['']);
  });
});
