import type { DependentCounts } from '../analysis/dependents-types.js';
import { addDays, LAST_DAY } from '../analysis/timeline-dates.js';
import { label, type Lang } from './labels.js';
import { shellWord, suggestedCommand, type NextCommand } from './next-commands.js';

/**
 * What to run after the count of what depends on a document of the catalog at `source` (its
 * path as typed) whose last valid day is `validUntil`: the procedures blocked on the first
 * day without it, asking what the count asked (province, ignored legal documents, --lenient,
 * language). None for a target that is not a document, or has no last day (none, or
 * LAST_DAY, which has no day after), or when nothing depends on it.
 */
export function countNext(c: DependentCounts, source: string, lang: Lang, lenient: boolean, validUntil: string | undefined): NextCommand[] {
  if (c.target.kind !== 'document' || validUntil === undefined || validUntil >= LAST_DAY || c.total === 0) return [];
  const at = addDays(validUntil, 1);
  const command = suggestedCommand(['tthc blocked', shellWord(source)], { province: c.province, at, without: c.without, lenient, lang });
  return [{ command, comment: label(lang, 'next.blocked-after', { date: at, id: c.target.id }) }];
}
