import type { AnalysisResult } from '../analysis/result-types.js';
import { label, type Lang } from './labels.js';
import { shellWord, suggestedCommand, type CommandSite, type NextCommand } from './next-commands.js';

/**
 * What to run after the explanation of procedure `code`, at `site`: the smallest set of changes
 * that unblocks it where it is blocked, or else makes it paperless where it still needs paper,
 * asking what the explanation asked (date, province, ignored legal documents, language). None when
 * it is met without paper, or only unknown, or when the explanation is for an applicant lacking
 * documents or lenient, which `plan` does not ask.
 */
export function explainNext(result: AnalysisResult, code: string, site: CommandSite, lang: Lang): NextCommand[] {
  if ((result.lacking ?? []).length > 0 || result.lenient) return [];
  const own = result.results.filter((r) => r.code === code);
  const blocked = own.some((r) => r.status === 'blocked');
  if (!blocked && !own.some((r) => r.status === 'met' && r.paper)) return [];
  const plan = suggestedCommand(
    ['tthc plan', shellWord(site.source), '--only', shellWord(code)],
    { province: result.province, at: result.at, without: result.without, lang, shellLang: site.shellLang },
    blocked ? [] : ['--paperless'],
  );
  return [{ command: plan, comment: label(lang, blocked ? 'next.plan-one' : 'next.plan-one-paperless') }];
}
