import type { AnalysisResult } from '../analysis/result-types.js';
import type { Lang } from './labels.js';
import { label } from './labels.js';
import { blockedRows, type BlockedRow } from './blocked-rows.js';
import { provinceCellInFull } from './describe.js';
import { markdownTable, mdText } from './markdown-table.js';
import { totalsPairs, whereText, type TextReportOptions } from './blocked-text.js';
import { expectArgument, expectOptions } from '../util/expect-argument.js';
import { baselineMarkdown, baselineOption, knownKeys } from './baseline-report.js';
import { blockedNext } from './blocked-next.js';
import { commandSite, nextMarkdownLines } from './next-commands.js';

function table(rows: BlockedRow[], lang: Lang, paper: boolean): string {
  const header = [
    label(lang, 'col.code'),
    label(lang, 'col.procedure'),
    label(lang, 'col.provinces'),
    ...(paper ? [] : [label(lang, 'col.basis')]),
    label(lang, paper ? 'col.paper-step' : 'col.reason'),
  ];
  return markdownTable(
    header,
    rows.map((r) => [r.code, r.name, provinceCellInFull(r.provinces, lang, r.runsIn), ...(paper ? [] : [r.basis]), r.reason]),
  );
}

/**
 * The analysis as Markdown: the same sections as the text report, every province named (as
 * "all 63 provinces where it runs" when they are all those the result evaluates it in).
 */
export function renderBlockedMarkdown(result: AnalysisResult, options: Pick<TextReportOptions, 'lang' | 'provinceName' | 'baseline' | 'source' | 'shellLang'> = {}): string {
  expectOptions(options, 'renderBlockedMarkdown', '{ lang: "en" }');
  expectArgument(result, 'AnalysisResult', 'renderBlockedMarkdown');
  const lang = options.lang ?? 'vi';
  const baseline = baselineOption(options.baseline, 'renderBlockedMarkdown');
  const rows = blockedRows(result, lang, knownKeys(baseline));
  const where = whereText(result, lang, options.provinceName) + (baseline ? label(lang, 'baseline-new', { file: baseline.file }) : '');
  const out: string[] = [`# ${mdText(label(lang, 'title.blocked', { at: result.at, where }))}\n\n`];
  out.push(rows.blocked.length ? table(rows.blocked, lang, false) : `${label(lang, baseline ? 'nothing.new-blocked' : 'nothing.blocked')}\n`);
  if (rows.unknown.length) {
    out.push(`\n## ${mdText(label(lang, 'title.unknown', { at: result.at, where }))}\n\n`, table(rows.unknown, lang, false));
  }
  out.push(`\n## ${mdText(label(lang, 'title.paper', { at: result.at, where }))}\n\n`);
  out.push(rows.paper.length ? table(rows.paper, lang, true) : `${label(lang, baseline ? 'nothing.new-paper' : 'nothing.paper')}\n`);
  if (result.deadlocks.length) {
    out.push(`\n## ${label(lang, 'title.deadlocks')}\n\n`);
    for (const d of result.deadlocks) out.push(`- ${mdText(`${d.province ?? label(lang, 'central')}: ${d.procedures.join(' ↔ ')}`)}\n`);
  }
  out.push(`\n## ${label(lang, 'title.totals')}\n\n`);
  out.push(markdownTable([label(lang, 'col.measure'), label(lang, 'col.value')], totalsPairs(result, lang).map(([k, v]) => [k.trim(), v]), ['left', 'right']));
  if (baseline) out.push(baselineMarkdown(baseline, lang, result));
  const site = commandSite(options);
  if (site !== undefined) {
    const next = nextMarkdownLines(label(lang, 'next'), blockedNext(result, rows, site, lang));
    if (next.length) out.push(`\n${next.join('\n')}`);
  }
  return out.join('');
}
