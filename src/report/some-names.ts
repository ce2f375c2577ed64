import type { Lang } from './labels.js';
import { label } from './labels.js';

/** How many items of a list a reason names before it counts the others. */
export const NAMED_IN_LIST = 8;

/** "… and 3 others" of procedures: the names, then how many others there are. */
const otherProcedures = (lang: Lang) => (names: string, n: number) =>
  n === 1 ? label(lang, 'reason.and-one-more', { names }) : label(lang, 'reason.and-more', { names, n });

/**
 * The first `NAMED_IN_LIST` (or `count`) of `items`, each as `show` gives it, joined by `sep`,
 * and how many others there are ("… and 3 others", or as `others` words it for things other
 * than procedures). Reasons that every procedure of a group repeats (the procedures of a
 * deadlock, those a document is obtained through) stay short however many there are.
 */
export function someNames<T>(
  items: readonly T[],
  sep: string,
  lang: Lang,
  show: (item: T) => string,
  count = NAMED_IN_LIST,
  others: (names: string, n: number) => string = otherProcedures(lang),
): string {
  const named = items.slice(0, count).map(show).join(sep);
  const left = items.length - count;
  return left <= 0 ? named : others(named, left);
}
