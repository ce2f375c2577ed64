const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text made safe for HTML element content and quoted attribute values: `& < > " '` are
 * escaped. Every catalog string goes through this before it reaches the page.
 */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** A word kept on one line: a hyphen or slash between two of its characters, at most 24 characters. */
const WHOLE_WORD = /(?<!\S)(?=\S{3,24}(?!\S))\S*[\p{L}\p{N}][-/][\p{L}\p{N}]\S*/gu;

/**
 * `escapeHtml(text)` with each word that a browser would break at a hyphen or slash (a legal
 * number such as `123/2015/NĐ-CP`, a code such as `qd06-15`) in a `<span class="nw">`, kept
 * on one line by the style sheet. A longer word (a link) may still break.
 */
export function escapeHtmlWhole(text: string): string {
  return escapeHtml(text).replace(WHOLE_WORD, (word) => `<span class="nw">${word}</span>`);
}

/**
 * An element id for a catalog code, one to one: letters, digits, `.` and `-` are kept, and
 * every other character becomes `_` and its code point in hex followed by `_` (`qđ-01` →
 * `q_111_-01`), so two codes never share an id and the id is plain ASCII in a link.
 */
export function elementId(prefix: string, code: string): string {
  return `${prefix}-${code.replace(/[^A-Za-z0-9.-]/gu, (c) => `_${c.codePointAt(0)!.toString(16)}_`)}`;
}

/**
 * A URL safe to put in an `href`: only http(s) and mailto links pass; anything else
 * (`javascript:`, `data:`…) gives null, so a catalog cannot smuggle script into a link.
 */
export function safeUrl(url: string | undefined): string | null {
  if (url === undefined) return null;
  const trimmed = url.trim();
  return /^(https?:\/\/|mailto:)/i.test(trimmed) ? trimmed : null;
}

/**
 * JSON that can sit inside `<script type="application/json">`: `<`, `>` and `&` become
 * `\u003c`-style escapes (so `</script>` and `<!--` cannot end or change the element), as
 * do U+2028/U+2029. `JSON.parse` of the element's text gives the value back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
