import type { Lang } from '../labels.js';
import { formatDate } from '../timeline-labels.js';
import { escapeHtml } from './escape.js';

/**
 * A date as the report writes it in `lang` (31/12/2022, 2022-12-31), in a `<time>` element
 * that carries the ISO date for tools; the style sheet keeps it on one line, so a browser
 * never breaks 2022-12-31 at a hyphen.
 */
export function dateHtml(date: string, lang: Lang): string {
  return `<time datetime="${escapeHtml(date)}">${escapeHtml(formatDate(date, lang))}</time>`;
}
