import type { DiffResult } from '../analysis/diff-types.js';
import { provinceCellInFull } from './describe.js';
import { diffLabel } from './diff-labels.js';
import { changeRows, diffTitle, diffTotalsRows, entityLines, expectChangesOptions, sideHeaders, type ChangesTextOptions } from './diff-text.js';
import { label } from './labels.js';
import { markdownTable, mdText } from './markdown-table.js';
import { describeEvent } from './timeline-labels.js';
import { reportLang } from '../util/expect-argument.js';

/**
 * The diff as Markdown: the sections of the text report, every province named (as "all 63
 * provinces where it runs" when `runsIn` says they are all of those).
 */
export function renderDiffMarkdown(result: DiffResult, options: Omit<ChangesTextOptions, 'maxProvinces'> = {}): string {
  const lang = reportLang(result, 'DiffResult', 'renderDiffMarkdown', options);
  expectChangesOptions(options, 'renderDiffMarkdown');
  const out: string[] = [`# ${mdText(diffTitle(result, lang, options.provinceName))}\n\n## ${diffLabel(lang, 'entities')}\n\n`];
  const sections = entityLines(result, lang);
  if (sections.length === 0) out.push(`${diffLabel(lang, 'noEntityChange')}\n`);
  for (const s of sections) out.push(`- **${mdText(s.heading)}**\n${s.lines.map((l) => `  - \`${l.slice(0, 1)}\` ${mdText(l.slice(2))}\n`).join('')}`);
  if (result.events.length) {
    const [lo, hi] = result.a.at <= result.b.at ? [result.a.at, result.b.at] : [result.b.at, result.a.at];
    out.push(`\n## ${diffLabel(lang, 'events', { at: lo, to: hi })}\n\n`);
    for (const e of result.events) out.push(`- ${e.date}: ${mdText(describeEvent(e, lang, true))}\n`);
  }
  out.push(`\n## ${diffLabel(lang, 'analysis')}\n\n`);
  const rows = changeRows(result, lang);
  out.push(
    rows.length === 0
      ? `${diffLabel(lang, 'noAnalysisChange')}\n`
      : markdownTable(
          [label(lang, 'col.code'), label(lang, 'col.procedure'), label(lang, 'col.provinces'), diffLabel(lang, 'change'), `${diffLabel(lang, 'before')} → ${diffLabel(lang, 'after')}`],
          rows.map((r) => [r.code, r.name, provinceCellInFull(r.provinces, lang, (r.kind === 'removed' ? (options.ranIn ?? options.runsIn) : options.runsIn)?.get(r.code)), r.change, r.states]),
        ),
  );
  out.push(`\n## ${diffLabel(lang, 'totals')}\n\n`);
  out.push(
    markdownTable(
      [label(lang, 'col.measure'), ...sideHeaders(result, lang), diffLabel(lang, 'change')],
      diffTotalsRows(result, lang).map(([k, ...v]) => [k.trim(), ...v]),
      ['left', 'right', 'right', 'right'],
    ),
  );
  return out.join('');
}
