import { columnWidth, fitColumns } from './column-width.js';

/**
 * Display width of a string for aligning plain-text tables: the terminal columns it takes
 * after NFC (so "hộ khẩu" typed with combining marks is as wide as the precomposed form; CJK
 * characters and emoji, an emoji sequence such as 👩‍💻 or a flag as one, take two columns, see
 * column-width.ts). The colours of a terminal (ANSI SGR sequences, `ESC [ … m`) take none.
 */
export function textWidth(text: string): number {
  const shown = text.includes('\x1b') ? text.replace(SGR, '') : text;
  return columnWidth(shown.normalize('NFC'));
}

/** An ANSI select-graphic-rendition sequence: a colour or style, which takes no column. */
const SGR = /\x1b\[[0-9;]*m/g;

/** `text` padded with spaces to `width` display columns (on the right, or the left for numbers). */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - textWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

/** `text` cut to at most `width` display columns between grapheme clusters, ending with "…" when it was cut. */
export function truncate(text: string, width: number): string {
  const nfc = text.normalize('NFC');
  if (textWidth(nfc) <= width) return nfc;
  return `${nfc.slice(0, fitColumns(nfc, width - 1)).trimEnd()}…`;
}

/**
 * `text` in lines of at most `width` display columns (see `textWidth`), broken between
 * words; a word wider than a line is cut between grapheme clusters, its rest beginning the
 * next line. White space between words reads as one space.
 */
export function wrapColumns(text: string, width: number): string[] {
  return packWords(text.normalize('NFC').split(/\s+/).filter(Boolean), width);
}

/**
 * `words` (NFC, none empty) in lines of at most `width` display columns, a space between two
 * words of a line, as `wrapColumns` makes them: a word wider than a line is cut.
 */
export function packWords(words: readonly string[], width: number): string[] {
  const out: string[] = [];
  let line = '';
  // The line's width, kept as words are added: a space ends any grapheme cluster, so a
  // line's width is its words' and its spaces'.
  let lineWidth = 0;
  for (const word of words) {
    const w = textWidth(word);
    if (line && lineWidth + 1 + w > width) {
      out.push(line);
      line = word;
      lineWidth = w;
    } else if (line) {
      line = `${line} ${word}`;
      lineWidth += 1 + w;
    } else {
      line = word;
      lineWidth = w;
    }
    while (lineWidth > width) {
      // At least one cluster a line, however narrow the width.
      const cut = fitColumns(line, width) || fitColumns(line, 2) || 1;
      out.push(line.slice(0, cut));
      line = line.slice(cut);
      lineWidth = textWidth(line);
    }
  }
  out.push(line);
  return out;
}
