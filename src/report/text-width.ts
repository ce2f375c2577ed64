/**
 * Display width of a string for aligning plain-text tables: the number of code points after
 * NFC, not counting combining marks that NFC could not compose (so "hộ khẩu" typed with
 * combining marks is as wide as the precomposed form). Wide East Asian characters are not
 * handled: catalogs are Vietnamese and English.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text.normalize('NFC')) {
    if (!/\p{M}/u.test(ch)) width++;
  }
  return width;
}

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
    const cw = /\p{M}/u.test(ch) ? 0 : 1;
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out.trimEnd()}…`;
}
