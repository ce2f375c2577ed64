import type { PlanResult } from '../analysis/plan/plan-types.js';
import { label, type Lang } from './labels.js';
import { shellWord, suggestedCommand, type CommandSite, type NextCommand } from './next-commands.js';

/**
 * What to run after a plan, at `site`: the same plan as a reform file, piped into `tthc whatif`,
 * which says what it changes procedure by procedure and why, at the plan's date and province,
 * ignoring what the plan ignored. The plan's own options (`--only`, `--budget`, `--paperless`, and
 * `maxNodes`, the search limit it was given) are repeated so that the same plan is found. None for
 * a plan without changes.
 */
export function planNext(p: PlanResult, site: CommandSite, lang: Lang, maxNodes?: number): NextCommand[] {
  if (p.changes.length === 0) return [];
  const path = shellWord(site.source);
  const asked = { province: p.province, at: p.at, without: p.without, lang, shellLang: site.shellLang };
  const own = [
    ...(p.only ? [`--only ${p.only.map(shellWord).join(',')}`] : []),
    ...(p.budget !== null ? [`--budget ${p.budget}`] : []),
    ...(p.paperless ? ['--paperless'] : []),
    ...(maxNodes !== undefined ? [`--max-nodes ${maxNodes}`] : []),
    '--format yaml',
  ];
  const planned = suggestedCommand(['tthc plan', path], asked, own);
  const whatif = suggestedCommand(['tthc whatif', path, '--reform -'], asked);
  return [{ command: `${planned} | ${whatif}`, comment: label(lang, 'next.whatif-plan') }];
}
