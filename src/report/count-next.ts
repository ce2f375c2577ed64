import type { DependentCounts } from '../analysis/dependents-types.js';
import { addDays, LAST_DAY } from '../analysis/timeline-dates.js';
import { label, type Lang } from './labels.js';
import { shellWord, suggestedCommand, type CommandSite, type NextCommand } from './next-commands.js';

/** What the report knows of the counted entity beyond the counts, for the command to run next. */
export interface CountedTarget {
  /** A document's last valid day (its valid_until). */
  validUntil?: string;
  /** Whether a legal document amends provisions (has `amends`). */
  amends?: boolean;
}

/**
 * What to run after the count of what depends on an entity, at `site`, asking what the count asked
 * (province, ignored legal documents, --lenient, language): for a document with a last valid day,
 * the procedures blocked on the first day without it; for a legal document that amends provisions,
 * the procedures blocked without its amendments, at the count's date; for a procedure, whether it
 * can itself be done there and then, and why. None for a data source, for a document with no last
 * day (none, or LAST_DAY, which has no day after), for a legal document already ignored, or when
 * nothing depends on the entity.
 */
export function countNext(c: DependentCounts, site: CommandSite, lang: Lang, lenient: boolean, target: CountedTarget): NextCommand[] {
  if (c.total === 0) return [];
  const words = ['tthc blocked', shellWord(site.source)];
  const { shellLang } = site;
  const { validUntil } = target;
  if (c.target.kind === 'document' && validUntil !== undefined && validUntil < LAST_DAY) {
    const at = addDays(validUntil, 1);
    const command = suggestedCommand(words, { province: c.province, at, without: c.without, lenient, lang, shellLang });
    return [{ command, comment: label(lang, 'next.blocked-after', { date: at, id: c.target.id }) }];
  }
  const at = c.at !== null ? { at: c.at } : {};
  if (c.target.kind === 'legal' && target.amends === true && !c.without.includes(c.target.id)) {
    const command = suggestedCommand(words, { province: c.province, ...at, without: [...c.without, c.target.id], lenient, lang, shellLang });
    return [{ command, comment: label(lang, 'next.blocked-without', { id: c.target.id }) }];
  }
  if (c.target.kind === 'procedure') {
    const command = suggestedCommand(['tthc explain', shellWord(site.source), shellWord(c.target.id)], { province: c.province, ...at, without: c.without, lenient, lang, shellLang });
    return [{ command, comment: label(lang, 'next.explain-needed', { id: c.target.id }) }];
  }
  return [];
}
