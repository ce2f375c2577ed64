import type { AnalysisResult } from '../analysis/result-types.js';
import type { BlockedRow, BlockedSection } from './blocked-rows.js';
import { label, type Lang } from './labels.js';
import { shellWord, suggestedCommand, type CommandSite, type NextCommand } from './next-commands.js';

/**
 * What to run after a blocked report, at `site`, asking what the report asked: why the first
 * procedure listed is blocked (or undecided, or still needs paper), in its first province when the
 * report is of every province; and the smallest set of changes that unblocks procedures (or, with
 * nothing blocked, makes them paperless), unless the report is for an applicant lacking documents
 * or lenient, which `plan` does not ask. None when nothing is listed.
 */
export function blockedNext(result: AnalysisResult, rows: Record<BlockedSection, BlockedRow[]>, site: CommandSite, lang: Lang): NextCommand[] {
  const first = rows.blocked[0] ?? rows.unknown[0] ?? rows.paper[0];
  if (first === undefined) return [];
  const path = shellWord(site.source);
  const lacking = result.lacking ?? [];
  const asked = { at: result.at, without: result.without, lang, shellLang: site.shellLang };
  const province = result.province ?? first.provinces.find((p) => p !== null);
  const explain = suggestedCommand(['tthc explain', path, shellWord(first.code)], { ...asked, province, lacking, lenient: result.lenient });
  const why = first.section === 'blocked' ? 'next.why-blocked' : first.section === 'unknown' ? 'next.why-unknown' : 'next.why-paper';
  const out: NextCommand[] = [{ command: explain, comment: label(lang, why) }];
  if (lacking.length === 0 && !result.lenient && (rows.blocked.length > 0 || rows.paper.length > 0)) {
    const paperless = rows.blocked.length === 0;
    const plan = suggestedCommand(['tthc plan', path], { ...asked, province: result.province }, paperless ? ['--paperless'] : []);
    out.push({ command: plan, comment: label(lang, paperless ? 'next.plan-paperless' : 'next.plan') });
  }
  return out;
}
