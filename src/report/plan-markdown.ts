import type { PlanResult } from '../analysis/plan/plan-types.js';
import { label } from './labels.js';
import { markdownTable, mdText } from './markdown-table.js';
import { commandSite, nextMarkdownLines } from './next-commands.js';
import { planNext } from './plan-next.js';
import { planLabel } from './plan-labels.js';
import { evaluationsText, planSteps, planSummaryLines, planTitle, planTotals, unfixableLines } from './plan-text.js';
import type { PlanReportOptions } from './plan-text.js';
import { reportLang } from '../util/expect-argument.js';

/**
 * The plan as Markdown, for a memo or a pull request: the sections of the text report, the
 * changes as a numbered list with what each unblocks and its impact, the totals as a table.
 */
export function renderPlanMarkdown(p: PlanResult, options: PlanReportOptions = {}): string {
  const lang = reportLang(p, 'PlanResult', 'renderPlanMarkdown', options);
  const out: string[] = [`# ${mdText(planTitle(p, lang, options.provinceName))}\n\n`];
  const { only, lines, nothing } = planSummaryLines(p, lang);
  if (only !== undefined) out.push(`${mdText(only)}\n\n`);
  // One paragraph, a line each (a backslash ends a line in Markdown).
  out.push(`${lines.map(mdText).join('\\\n')}\n`);
  if (nothing !== undefined) out.push(`\n${mdText(nothing)}\n`);
  else {
    out.push(`\n## ${mdText(planLabel(lang, 'title.order'))}\n\n`);
    for (const s of planSteps(p, lang)) out.push(`${s.step}. ${mdText(s.change)}\\\n   ${mdText(s.fixes)}\\\n   ${mdText(s.impact)}\n`);
  }
  if (p.unfixable.length) {
    out.push(`\n## ${mdText(planLabel(lang, 'title.unfixable', { n: p.unfixable.length }))}\n\n`);
    for (const l of unfixableLines(p, lang)) out.push(`- ${mdText(l)}\n`);
  }
  if (p.left.length) out.push(`\n## ${mdText(planLabel(lang, 'title.left', { n: p.left.length }))}\n\n${mdText(evaluationsText(p.left, lang, 20))}\n`);
  out.push(`\n## ${mdText(planLabel(lang, 'title.totals'))}\n\n`);
  out.push(markdownTable(['', planLabel(lang, 'total.before'), planLabel(lang, 'total.after')], planTotals(p, lang), ['left', 'right', 'right']));
  out.push(`\n${mdText(planLabel(lang, 'verified'))}\n`);
  const site = commandSite(options);
  if (site !== undefined) {
    const next = nextMarkdownLines(label(lang, 'next'), planNext(p, site, lang, options.maxNodes));
    if (next.length > 0) out.push(`\n${next.join('\n')}`);
  }
  return out.join('');
}
