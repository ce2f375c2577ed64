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

const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/g;
const ESCAPES: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * The text with its control characters and line breaks written as escapes (`\t`, `\n`,
 * `\u0007`), so that a value quoted in a message stays on one line and shows what it holds.
 */
export function visibleText(text: string): string {
  return text.replace(CONTROL, (ch) => ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
