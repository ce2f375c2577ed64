/**
 * The white space a text starts and ends with: its first and last characters when they are
 * white space (`\s`, what `trim()` removes).
 */
export function edgeSpaces(value: string): { start?: string; end?: string } {
  const out: { start?: string; end?: string } = {};
  if (/^\s/.test(value)) out.start = value.charAt(0);
  if (/\s$/.test(value)) out.end = value.charAt(value.length - 1);
  return out;
}

/** The code point of a character as U+XXXX. */
export function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

// C0 and C1 controls, line and paragraph separators, and the marks that set the direction of
// the text after them (U+202E turns what follows around on screen).
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const ESCAPES: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * The text with its control characters, line breaks and direction marks written as escapes
 * (`\t`, `\n`, `\u0007`, `\u202e`), so that a value quoted in a message stays on one line,
 * reads in order and shows what it holds.
 */
export function visibleText(text: string): string {
  return text.replace(CONTROL, (ch) => ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
