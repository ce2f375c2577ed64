import type { Lang } from './labels.js';
import { label } from './labels.js';

/** How many items of a list a reason names before it counts the others. */
export const NAMED_IN_LIST = 8;

/**
 * The first `NAMED_IN_LIST` (or `count`) of `items`, each as `show` gives it, joined by `sep`,
 * and how many others there are ("… and 3 others"). Reasons that every procedure of a group
 * repeats (the procedures of a deadlock, those a document is obtained through) stay short
 * however many there are.
 */
export function someNames<T>(items: readonly T[], sep: string, lang: Lang, show: (item: T) => string, count = NAMED_IN_LIST): string {
  const named = items.slice(0, count).map(show).join(sep);
  const others = items.length - count;
  if (others <= 0) return named;
  return others === 1 ? label(lang, 'reason.and-one-more', { names: named }) : label(lang, 'reason.and-more', { names: named, n: others });
}
