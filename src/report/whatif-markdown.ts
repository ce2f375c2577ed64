import type { WhatIfResult } from '../analysis/whatif-types.js';
import { whereText } from './blocked-text.js';
import { provinceCellInFull } from './describe.js';
import { expectChangesOptions } from './diff-text.js';
import { CHANGE_LABELS } from './diff-labels.js';
import { label } from './labels.js';
import { markdownTable, mdText } from './markdown-table.js';
import { whatifLabel } from './whatif-labels.js';
import { whatifRows } from './whatif-rows.js';
import { partText, reformContents, reformSummary, summaryLeavesOut, totalsRows, WHATIF_SECTIONS, type WhatIfTextOptions } from './whatif-text.js';
import { reportLang } from '../util/expect-argument.js';

/**
 * The what-if as Markdown: the sections of the text report, every province named (as "all 63
 * provinces where it runs" when `runsIn` says they are all of those), and, when the reform
 * line names only some of the reform, every part of it at the end.
 */
export function renderWhatIfMarkdown(result: WhatIfResult, options: Omit<WhatIfTextOptions, 'maxProvinces'> = {}): string {
  const lang = reportLang(result, 'WhatIfResult', 'renderWhatIfMarkdown', options);
  expectChangesOptions(options, 'renderWhatIfMarkdown');
  const rows = whatifRows(result, lang);
  const out: string[] = [`# ${mdText(whatifLabel(lang, 'title', { at: result.at, where: whereText(result, lang, options.provinceName) }))}\n\n`];
  out.push(`**${whatifLabel(lang, 'reform')}:** ${mdText(reformSummary(result, lang))}\n`);
  WHATIF_SECTIONS.forEach((kind, i) => {
    const list = rows.get(kind) ?? [];
    if (i >= 5 && list.length === 0) return;
    out.push(`\n## ${CHANGE_LABELS[lang][kind]}: ${result.counts[kind]}\n`);
    if (list.length) {
      out.push(
        '\n',
        markdownTable(
          [label(lang, 'col.code'), label(lang, 'col.procedure'), label(lang, 'col.provinces'), whatifLabel(lang, 'state'), whatifLabel(lang, 'why')],
          list.map((r) => [r.code, r.name, provinceCellInFull(r.provinces, lang, options.runsIn?.get(r.code)), `${r.before} → ${r.after}`, r.reason]),
        ),
      );
    }
  });
  if (result.unused.length) {
    out.push(`\n## ${whatifLabel(lang, 'unused')}\n\n`);
    for (const p of result.unused) out.push(`- ${mdText(partText(p, lang))}\n`);
  }
  out.push(`\n## ${whatifLabel(lang, 'totals')}\n\n`);
  out.push(
    markdownTable(
      [label(lang, 'col.measure'), whatifLabel(lang, 'baseline'), whatifLabel(lang, 'reformed'), whatifLabel(lang, 'delta')],
      totalsRows(result, lang).map(([k, ...v]) => [k.trim(), ...v]),
      ['left', 'right', 'right', 'right'],
    ),
  );
  if (summaryLeavesOut(result)) {
    out.push(`\n## ${whatifLabel(lang, 'contents')}\n\n`);
    for (const line of reformContents(result, lang)) out.push(`- ${mdText(line)}\n`);
  }
  return out.join('');
}
