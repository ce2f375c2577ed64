import type { ProvisionRanking } from '../analysis/rank-types.js';
import { label, type Lang } from './labels.js';
import { shellWord, suggestedCommand, type CommandSite, type NextCommand } from './next-commands.js';

/**
 * What to run after a ranking of the provisions, at `site`, asking what the ranking asked: why a
 * procedure the first provision blocks is blocked (one it blocks directly, in its province), and
 * the smallest set of changes that unblocks procedures, unless the ranking is lenient, which `plan`
 * does not take. None when no provision blocks anything.
 */
export function rankNext(r: ProvisionRanking, site: CommandSite, lang: Lang, lenient: boolean): NextCommand[] {
  const top = r.provisions[0];
  const blocked = top?.evaluations.find((e) => e.direct) ?? top?.evaluations[0];
  if (blocked === undefined) return [];
  const path = shellWord(site.source);
  const asked = { at: r.at, without: r.without, lang, shellLang: site.shellLang };
  const out: NextCommand[] = [
    { command: suggestedCommand(['tthc explain', path, shellWord(blocked.code)], { ...asked, province: blocked.province, lenient }), comment: label(lang, 'next.why-blocked') },
  ];
  if (!lenient) out.push({ command: suggestedCommand(['tthc plan', path], { ...asked, province: r.province }), comment: label(lang, 'next.plan') });
  return out;
}
