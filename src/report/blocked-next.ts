import type { AnalysisResult } from '../analysis/result-types.js';
import type { BlockedRow, BlockedSection } from './blocked-rows.js';
import { label, type Lang } from './labels.js';
import { shellWord, type NextCommand } from './next-commands.js';

/**
 * What to run after a blocked report of the catalog at `source` (its path as typed), asking
 * what the report asked: why the first procedure listed is blocked (or undecided, or still
 * needs paper), in its first province when the report is of every province; and the smallest
 * set of changes that unblocks procedures (or, with nothing blocked, makes them paperless),
 * unless the report is for an applicant lacking documents or lenient, which `plan` does
 * not ask. None when nothing is listed.
 */
export function blockedNext(result: AnalysisResult, rows: Record<BlockedSection, BlockedRow[]>, source: string, lang: Lang): NextCommand[] {
  const first = rows.blocked[0] ?? rows.unknown[0] ?? rows.paper[0];
  if (first === undefined) return [];
  const path = shellWord(source);
  const lacking = result.lacking ?? [];
  const asked = [`--at ${result.at}`, ...result.without.map((l) => `--without ${shellWord(l)}`)];
  const province = result.province ?? first.provinces.find((p) => p !== null);
  const explain = [
    `tthc explain ${path} ${shellWord(first.code)}`,
    ...(province ? [`--province ${province}`] : []),
    ...asked,
    ...(lacking.length ? [`--lacking ${lacking.map(shellWord).join(',')}`] : []),
    ...(result.lenient ? ['--lenient'] : []),
  ];
  const why = first.section === 'blocked' ? 'next.why-blocked' : first.section === 'unknown' ? 'next.why-unknown' : 'next.why-paper';
  const out: NextCommand[] = [{ command: explain.join(' '), comment: label(lang, why) }];
  if (lacking.length === 0 && !result.lenient && (rows.blocked.length > 0 || rows.paper.length > 0)) {
    const paperless = rows.blocked.length === 0;
    const plan = [`tthc plan ${path}`, ...(result.province ? [`--province ${result.province}`] : []), ...asked, ...(paperless ? ['--paperless'] : [])];
    out.push({ command: plan.join(' '), comment: label(lang, paperless ? 'next.plan-paperless' : 'next.plan') });
  }
  return out;
}
