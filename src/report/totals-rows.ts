import type { Totals } from '../analysis/result-types.js';
import type { Lang } from './labels.js';
import { label } from './labels.js';

/**
 * Two analyses' totals side by side, as rows: measure, first, second, signed difference.
 * `first` measures go on top (a diff shows the evaluations); `unknown` only when either side
 * has some.
 */
export function comparedTotalsRows(a: Totals, b: Totals, lang: Lang, first: (keyof Totals)[] = []): [string, number, number, string][] {
  const keys: (keyof Totals)[] = [...first, 'blocked', 'met', 'paper', 'paperless', 'document'];
  if (a.unknown || b.unknown) keys.push('unknown');
  return keys.map((k) => [label(lang, `total.${k}`), a[k], b[k], b[k] - a[k] > 0 ? `+${b[k] - a[k]}` : String(b[k] - a[k])]);
}
