/**
 * Columns a string takes in a terminal: for placing a caret under a spot of a source line, and
 * for aligning plain-text tables.
 * The string is taken grapheme cluster by grapheme cluster (what a reader sees as one
 * character, `Intl.Segmenter` with granularity 'grapheme'). An emoji, alone or as a sequence
 * (👩‍💻 joined by zero-width joiners, a flag of two regional indicators, 👍🏽 with a skin tone,
 * the keycap 1️⃣), takes two columns. Any other cluster takes the columns of its code points:
 * wide characters (East Asian Wide and Fullwidth: CJK ideographs, kana, Hangul, fullwidth
 * forms) two, combining marks, zero-width joiners and other invisible format characters none,
 * everything else one. Tabs are left to the caller.
 */
export function columnWidth(text: string): number {
  const i = narrowPrefix(text);
  if (i === text.length) return i;
  // The character before the first other one can be the base of its cluster (the 1 of 1️⃣).
  const from = i > 0 ? i - 1 : 0;
  let width = from;
  for (const cluster of clusters(text.slice(from))) width += clusterColumns(cluster);
  return width;
}

/**
 * Code units of the longest start of `text` made of whole grapheme clusters that takes at most
 * `columns` columns.
 */
export function fitColumns(text: string, columns: number): number {
  if (columns < 0) return 0;
  const n = narrowPrefix(text);
  // Within the narrow start every code unit is a cluster, but for CR LF.
  if (columns < n && !(text.charCodeAt(columns - 1) === 0x0d && text.charCodeAt(columns) === 0x0a)) return columns;
  let at = n > 0 ? n - 1 : 0;
  if (at > 0 && text.charCodeAt(at - 1) === 0x0d && text.charCodeAt(at) === 0x0a) at--;
  if (at > columns) at = 0;
  let width = at;
  for (const cluster of clusters(text.slice(at))) {
    width += clusterColumns(cluster);
    if (width > columns) break;
    at += cluster.length;
  }
  return at;
}

/**
 * The grapheme clusters of `text`, which starts a cluster: its code points when none of them
 * joins another (Vietnamese with a dash, say), found without `Intl.Segmenter`, which is slower.
 */
export function clusters(text: string): Iterable<string> {
  return JOINS.test(text) ? graphemes(text) : text;
}

/**
 * How many code units at the start of `text` are characters that make a one-column cluster of
 * their own unless a mark or joiner follows: Latin (ASCII, Latin-1, Latin Extended A and B)
 * and the precomposed Vietnamese letters of Latin Extended Additional. Text made only of them
 * (codes, dates, Vietnamese after NFC) is measured without being split into clusters.
 */
function narrowPrefix(text: string): number {
  let i = 0;
  for (; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x300 && (unit < 0x1e00 || unit > 0x1eff)) break;
  }
  return i;
}

/**
 * Characters that can make a cluster of more than one code point: marks, the joiners and
 * other format characters (variation selectors are marks, tags are format characters), skin
 * tones, regional indicators, Hangul jamo, CR and LF, the few letters that join the one before
 * them (Thai and Lao AM, the halfwidth katakana voiced marks) and those that join the one
 * after (Prepend). A text without them is one cluster a code point.
 */
const JOINS =
  /[\p{M}\p{Cf}\p{Emoji_Modifier}\p{Regional_Indicator}\r\n\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\u0E33\u0EB3\uFF9E\uFF9F\u0D4E\u{111C2}\u{111C3}\u{113D1}\u{1193F}\u{11941}\u{11A3A}\u{11A84}-\u{11A89}\u{11D46}\u{11F02}]/u;

let segmenter: Intl.Segmenter | undefined;

/** The grapheme clusters of `text`, in order. */
function* graphemes(text: string): Generator<string> {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  for (const s of segmenter.segment(text)) yield s.segment;
}

/** Columns of one grapheme cluster (see columnWidth). */
export function clusterColumns(cluster: string): number {
  const first = cluster.codePointAt(0);
  if (first === undefined) return 0;
  if (cluster.length === (first > 0xffff ? 2 : 1)) return charWidth(cluster);
  if (EMOJI_SEQUENCE.test(cluster)) return 2;
  let width = 0;
  let before = '';
  for (const ch of cluster) {
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
function charColumns(ch: string, before: string): number {
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
 * The start of a cluster shown as one emoji: an emoji shown as emoji by default (which covers
 * ZWJ sequences that start with one, skin tones, tag sequences such as 🏴 of England, and a
 * regional indicator, alone or as half of a flag); a pictograph made an emoji by
 * VARIATION SELECTOR-16, a skin tone or a joiner (❤️, ☝🏽, 🏳️‍🌈); a keycap (1️⃣, #⃣).
 */
const EMOJI_SEQUENCE =
  /^(?:[\p{Emoji_Presentation}\p{Regional_Indicator}]|\p{Extended_Pictographic}[\uFE0F\u200D\p{Emoji_Modifier}]|[0-9#*]\uFE0F?\u20E3)/u;

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
