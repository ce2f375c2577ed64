/**
 * Columns a string takes in a terminal: for placing a caret under a spot of a source line, and
 * for aligning plain-text tables.
 * Wide characters (East Asian Wide and Fullwidth: CJK ideographs, kana, Hangul, fullwidth
 * forms; and emoji shown as emoji) take two columns; combining marks, zero-width joiners and
 * other invisible format characters take none; everything else takes one. Tabs are left to
 * the caller.
 */
export function columnWidth(text: string): number {
  let width = 0;
  let before = '';
  for (const ch of text) {
    width += charColumns(ch, before);
    before = ch;
  }
  return width;
}

/**
 * Columns the code point `ch` adds after the code point `before` ('' at the start): its own
 * width, except that VARIATION SELECTOR-16 after a pictograph shown as text by default (❤, ☎)
 * makes it a wide emoji, one column more; the selector itself, a mark, takes none.
 */
export function charColumns(ch: string, before: string): number {
  if (ch === '\uFE0F' && PICTOGRAPH.test(before) && charWidth(before) === 1) return 1;
  return charWidth(ch);
}

/** Columns of one code point. */
function charWidth(ch: string): number {
  const cp = ch.codePointAt(0)!;
  // Latin, and the precomposed Vietnamese letters of Latin Extended Additional.
  if (cp < 0x300 || (cp >= 0x1e00 && cp <= 0x1eff)) return 1;
  if (ZERO_WIDTH.test(ch) || (cp >= 0x1160 && cp <= 0x11ff) || (cp >= 0xd7b0 && cp <= 0xd7ff)) return 0;
  return EMOJI.test(ch) || isWide(cp) ? 2 : 1;
}

/**
 * Nonspacing and enclosing marks (the tone marks of decomposed Vietnamese) and format
 * characters such as the zero-width joiner and space (the soft hyphen, which terminals show,
 * is below U+0300). Hangul medial vowels and final consonants (U+1160–U+11FF, U+D7B0–U+D7FF)
 * join the syllable before them.
 */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
const EMOJI = /^\p{Emoji_Presentation}$/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;

/**
 * Blocks of East Asian Wide and Fullwidth characters, as [first, last] code points in order:
 * the common ones, not every rare script (emoji are found by their Unicode property instead).
 */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo, leading consonants
  [0x2e80, 0x303e], // CJK radicals, Kangxi radicals, ideographic description, CJK symbols and punctuation
  [0x3041, 0x33ff], // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK strokes, enclosed CJK, CJK compatibility
  [0x3400, 0x4dbf], // CJK unified ideographs extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi syllables and radicals
  [0xa960, 0xa97f], // Hangul Jamo extended A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // fullwidth ASCII forms
  [0xffe0, 0xffe6], // fullwidth signs
  [0x1b000, 0x1b16f], // kana supplement and extension A
  [0x1f200, 0x1f2ff], // enclosed ideographic supplement
  [0x20000, 0x3fffd], // CJK unified ideographs extensions B and later, compatibility supplement
];

function isWide(cp: number): boolean {
  if (cp < WIDE[0][0]) return false;
  for (const [first, last] of WIDE) {
    if (cp < first) return false;
    if (cp <= last) return true;
  }
  return false;
}
