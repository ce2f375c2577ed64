import type { Lang } from '../labels.js';
import { barChart } from './bar-chart.js';
import type { GroupRow } from './group-rows.js';
import { htmlLabel as L } from './labels.js';

export const COLORS = { dependent: '#4a6fa5', blocked: '#c0392b', paper: '#e0a526', document: '#8e6bb0' } as const;

/** A grouped bar chart of dependent / blocked / still-needing-paper / needing-a-card counts per group. */
export function groupChart(
  lang: Lang,
  title: string,
  rows: GroupRow[],
  labelOf: (key: string | null) => string,
  highlight: string | null = null,
): string {
  return barChart({
    title,
    series: [
      { label: L(lang, 'seriesDependent'), color: COLORS.dependent },
      { label: L(lang, 'seriesBlocked'), color: COLORS.blocked },
      { label: L(lang, 'seriesPaper'), color: COLORS.paper },
      { label: L(lang, 'seriesDocument'), color: COLORS.document },
    ],
    rows: rows.map((r) => ({
      label: labelOf(r.key),
      values: [r.dependent, r.blocked, r.paper, r.document],
      ...(highlight !== null && r.key === highlight ? { highlight: true } : {}),
    })),
  });
}

/** The charts section: by province, by ministry, and the timeline SVG (already rendered, or null). */
export function chartsSection(lang: Lang, byProvince: string, byMinistry: string, timelineSvg: string | null): string {
  const figure = (id: string, title: string, body: string, note?: string) =>
    `<figure id="${id}"><figcaption>${title}</figcaption>${body}${note ? `<p class="note">${note}</p>` : ''}</figure>`;
  return (
    `<section id="charts"><h2>${L(lang, 'charts')}</h2>` +
    figure('chart-province', L(lang, 'byProvince'), byProvince, L(lang, 'chartNoteProvince')) +
    figure('chart-ministry', L(lang, 'byMinistry'), byMinistry, L(lang, 'chartNoteMinistry')) +
    figure('chart-timeline', L(lang, 'timeline'), timelineSvg ?? `<p class="note">${L(lang, 'noTimeline')}</p>`) +
    `</section>`
  );
}

/** An SVG document made fit to sit inside HTML: the XML declaration dropped. */
export function inlineSvg(svg: string): string {
  return svg.replace(/^\s*<\?xml[^>]*\?>\s*/, '').trim();
}
