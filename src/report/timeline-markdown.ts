import type { TimelineResult } from '../analysis/timeline-types.js';
import { provinceCellInFull } from './describe.js';
import { diffLabel } from './diff-labels.js';
import { expectChangesOptions, type ChangesTextOptions } from './diff-text.js';
import { label } from './labels.js';
import { markdownTable, mdText } from './markdown-table.js';
import { TIMELINE_LABELS } from './timeline-labels.js';
import { changeGroups, timelineEmpty, timelineTable, timelineTitle } from './timeline-text.js';
import { reportLang } from '../util/expect-argument.js';

/**
 * The timeline as Markdown: the table of dates of the text report, then, under a heading for
 * each date, a table of the procedures whose state changed there, every province named (as
 * "all 63 provinces where it runs" when `runsIn` says they are all of those).
 */
export function renderTimelineMarkdown(result: TimelineResult, options: Omit<ChangesTextOptions, 'maxProvinces' | 'ranIn'> = {}): string {
  const lang = reportLang(result, 'TimelineResult', 'renderTimelineMarkdown', options);
  expectChangesOptions(options, 'renderTimelineMarkdown');
  const L = TIMELINE_LABELS[lang];
  const out: string[] = [`# ${mdText(timelineTitle(result, lang, options.provinceName))}\n\n`];
  if (timelineEmpty(result)) out.push(`${L.empty}\n\n`);
  const { headers, rows } = timelineTable(result, lang);
  out.push(
    markdownTable(
      headers.map((h) => h.header),
      rows,
      headers.map((h) => h.align ?? 'left'),
    ),
  );
  const changed = result.points.filter((p) => p.changes.length > 0);
  if (changed.length) out.push(`\n## ${mdText(L.details)}\n`);
  for (const p of changed) {
    out.push(`\n### ${p.date}\n\n`);
    out.push(
      markdownTable(
        [label(lang, 'col.code'), label(lang, 'col.procedure'), label(lang, 'col.provinces'), diffLabel(lang, 'change')],
        changeGroups(p, lang).map((g) => [g.code, g.name, provinceCellInFull(g.provinces, lang, options.runsIn?.get(g.code)), g.change]),
      ),
    );
  }
  return out.join('');
}
