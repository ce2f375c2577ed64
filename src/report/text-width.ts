/**
 * Display width of a string for aligning plain-text tables: the number of code points after
 * NFC, not counting combining marks that NFC could not compose (so "hộ khẩu" typed with
 * combining marks is as wide as the precomposed form). Wide East Asian characters are not
 * handled: catalogs are Vietnamese and English.
 */
export function textWidth(text: string): number {
  let nfc = text.normalize('NFC');
  if (MARK.test(nfc)) nfc = nfc.replace(MARKS, '');
  let width = 0;
  for (let i = 0; i < nfc.length; i++) {
    const c = nfc.charCodeAt(i);
    // A surrogate pair is one code point.
    if (c < 0xdc00 || c > 0xdfff) width++;
  }
  return width;
}

const MARK = /\p{M}/u;
const MARKS = /\p{M}/gu;

/** `text` padded with spaces to `width` display columns (on the right, or the left for numbers). */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - textWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

/** `text` cut to at most `width` display columns, ending with "…" when it was cut. */
export function truncate(text: string, width: number): string {
  const nfc = text.normalize('NFC');
  if (textWidth(nfc) <= width) return nfc;
  let out = '';
  let w = 0;
  for (const ch of nfc) {
    const cw = MARK.test(ch) ? 0 : 1;
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out.trimEnd()}…`;
}
