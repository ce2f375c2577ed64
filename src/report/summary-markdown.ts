import type { CatalogSummary } from '../analysis/summary.js';
import { expectArgument, expectOptions, langOption } from '../util/expect-argument.js';
import { markdownTable, mdText } from './markdown-table.js';
import { summaryParts, type SummaryTextOptions } from './summary-text.js';
import { nextMarkdownLines } from './next-commands.js';

/**
 * The summary as Markdown, for a page or a report: the text screen's words, each document
 * with a sunset under a heading of its own, its two days as a list (what the day after would
 * be otherwise nested under it), the published figures as a table, and the commands to run
 * next in a code block. Names are written as text (`&`, `<`, `>` as entities).
 */
export function renderSummaryMarkdown(s: CatalogSummary, options: SummaryTextOptions = {}): string {
  expectOptions(options, 'renderSummaryMarkdown', '{ lang: "en" }');
  expectArgument(s, 'CatalogSummary', 'renderSummaryMarkdown');
  const parts = summaryParts(s, langOption(options.lang, 'vi'), options);
  const { w } = parts;
  const out: string[] = [`# ${mdText(parts.title)}`, '', mdText(parts.size), '', `## ${mdText(w('sunsets'))}`, ''];
  if (parts.sunsets.length === 0) out.push(mdText(w('no-sunsets')), '');
  for (const sun of parts.sunsets) {
    out.push(`### ${mdText(sun.heading)}`, '', mdText(sun.dependents), '');
    sun.days.forEach((day, i) => {
      const [first, ...rest] = day.lines;
      out.push(`- **${day.date}** (${mdText(day.label)}): ${mdText(first)}`, ...rest.map((l) => `  - ${mdText(l)}`));
      if (i === sun.days.length - 1) for (const a of sun.after) out.push(`  - ${mdText(a.line)}`, ...a.more.map((l) => `    - ${mdText(l)}`));
    });
    out.push('');
  }
  out.push(`## ${mdText(parts.today.heading)}`, '', ...parts.today.lines.map((l) => `- ${mdText(l)}`), '', `## ${mdText(w('reported'))}`, '');
  if (s.reported.length === 0) out.push(mdText(w('no-reported')), '');
  else {
    const rows = s.reported.map((r, i) => [r.value, r.catalog === null ? w('no-measure') : r.catalog, parts.claims[i]]);
    out.push(markdownTable([w('col.reported'), w('col.catalog'), w('col.claim')], rows, ['right', 'right', 'left']));
  }
  out.push(...nextMarkdownLines(w('next'), parts.next));
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
