import type { TimelinePoint, TimelineResult } from '../analysis/timeline-types.js';
import type { Lang } from './labels.js';
import { nameIn, provinceTitle } from './describe.js';
import { wrapText } from './wrap-text.js';
import { TIMELINE_LABELS, describeEvent, formatDate } from './timeline-labels.js';
import { escapeXml, niceTicks, SVG_FONT } from './svg-util.js';
import { expectArgument, expectOptions, langOption } from '../util/expect-argument.js';

export interface TimelineSvgOptions {
  lang?: Lang;
  /** Name of the province the timeline is for, shown instead of its code. */
  provinceName?: string;
}

/** Colours that stay distinct when printed in grey and for red-green colour blindness. */
const COLORS = { blocked: '#c0392b', paper: '#e0a526', paperless: '#2e7d5b', unknown: '#9e9e9e' } as const;
type Series = keyof typeof COLORS;

/** Space above the plot when the title, the catalog's name and the subtitle take one line each. */
const HEADER = 96;
const PLOT_H = 260;
const LEFT = 64;
const RIGHT = 24;

/**
 * The timeline as one self-contained SVG: a stacked bar per date (met paperless at the
 * bottom, met with paper, blocked on top, unknown when any), each segment labelled with its
 * count when it is tall enough and carrying a tooltip with the count always; dates under the
 * bars, a y axis with grid lines, a legend and a title. Dates are spaced evenly, not to
 * scale, so changes a day apart stay readable next to changes years apart. No script, no
 * external font or image: it can be pasted into a report as it is.
 */
export function renderTimelineSvg(result: TimelineResult, options: TimelineSvgOptions = {}): string {
  expectOptions(options, 'renderTimelineSvg', '{ lang: "en" }');
  expectArgument(result, 'TimelineResult', 'renderTimelineSvg');
  const lang = langOption(options.lang, 'vi');
  const L = TIMELINE_LABELS[lang];
  const points = result.points;
  const series: Series[] = ['paperless', 'paper', 'blocked'];
  if (points.some((p) => p.totals.unknown > 0)) series.push('unknown');

  const plotW = Math.max(560, points.length * (points.length > 24 ? 28 : 40));
  const slot = plotW / Math.max(1, points.length);
  const width = LEFT + plotW + RIGHT;
  const rotate = slot < 80;
  const bottom = rotate ? 100 : 48;
  const legend = layoutLegend(series.map((k) => L[k]), plotW);
  const title = L.title;
  const province = result.province === null ? L.allProvinces : provinceTitle(result.province, options.provinceName);
  const subtitle = `${L.province}: ${province}${
    points.length ? ` · ${formatDate(points[0].date, lang)} – ${formatDate(points[points.length - 1].date, lang)}` : ''
  }${result.without.length ? ` · ${L.without} ${result.without.join(', ')}` : ''}`;
  const catalogName = nameIn(lang, result.catalog, result.catalog_en);
  // Long titles wrap onto more lines (never cut); the plot moves down to make room.
  const lines = (text: string, px: number) => wrapText(text, Math.max(8, Math.floor((width - LEFT - RIGHT) / px)));
  const header = [
    { lines: lines(title, 10), step: 22, attrs: 'font-size="17" font-weight="bold" fill="#222"' },
    { lines: lines(catalogName, 7.5), step: 18, attrs: 'font-size="13" fill="#333"' },
    { lines: lines(subtitle, 7), step: 17, attrs: 'fill="#555"' },
  ];
  const TOP = HEADER + header.reduce((n, h) => n + (h.lines.length - 1) * h.step, 0);
  const height = TOP + PLOT_H + bottom + 24 * (legend[legend.length - 1].row + 1);
  const max = points.reduce((most, p) => Math.max(most, p.totals.evaluations), 1);
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1];
  const y = (v: number) => TOP + PLOT_H - (v / top) * PLOT_H;
  const barW = Math.min(56, slot * 0.7);

  const out: string[] = [];
  out.push(
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="tl-title tl-desc" font-family="${escapeXml(SVG_FONT)}" font-size="12">`,
    `<title id="tl-title">${escapeXml(`${title} — ${catalogName}`)}</title>`,
    `<desc id="tl-desc">${escapeXml(describeChart(points, lang))}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  );
  let lineY = 28;
  for (const [i, h] of header.entries()) {
    if (i > 0) lineY += i === 1 ? 22 : 20;
    h.lines.forEach((text, j) => {
      if (j > 0) lineY += h.step;
      out.push(`<text x="${LEFT}" y="${lineY}" ${h.attrs}>${escapeXml(text)}</text>`);
    });
  }
  for (const t of ticks) {
    out.push(
      `<line x1="${LEFT}" x2="${LEFT + plotW}" y1="${fmt(y(t))}" y2="${fmt(y(t))}" stroke="${t === 0 ? '#444' : '#ddd'}" stroke-width="1"/>`,
      `<text x="${LEFT - 8}" y="${fmt(y(t) + 4)}" text-anchor="end" fill="#444">${t}</text>`,
    );
  }
  out.push(
    `<text transform="translate(16 ${TOP + PLOT_H / 2}) rotate(-90)" text-anchor="middle" fill="#555">${escapeXml(L.axis)}</text>`,
  );
  if (points.length === 0 || points.every((p) => p.totals.evaluations === 0)) {
    out.push(`<text x="${LEFT + plotW / 2}" y="${TOP + PLOT_H / 2}" text-anchor="middle" fill="#555">${escapeXml(L.empty)}</text>`);
  }
  points.forEach((p, i) => {
    const cx = LEFT + slot * i + slot / 2;
    const x = cx - barW / 2;
    out.push(`<g class="point" data-date="${p.date}">`);
    let base = 0;
    for (const s of series) {
      const v = p.totals[s];
      if (v <= 0) continue;
      const y0 = y(base + v);
      const h = y(base) - y0;
      out.push(
        `<rect class="${s}" x="${fmt(x)}" y="${fmt(y0)}" width="${fmt(barW)}" height="${fmt(h)}" fill="${COLORS[s]}"><title>${escapeXml(
          `${formatDate(p.date, lang)} — ${L[s]}: ${v}`,
        )}</title></rect>`,
      );
      if (h >= 14) {
        out.push(
          `<text x="${fmt(cx)}" y="${fmt(y0 + h / 2 + 4)}" text-anchor="middle" fill="${s === 'paper' ? '#222' : '#fff'}" font-size="11">${v}</text>`,
        );
      }
      base += v;
    }
    const label = escapeXml(formatDate(p.date, lang));
    const ly = TOP + PLOT_H + 16;
    out.push(
      rotate
        ? `<text transform="translate(${fmt(cx + 4)} ${ly}) rotate(-45)" text-anchor="end" fill="#333" font-size="11">${label}</text>`
        : `<text x="${fmt(cx)}" y="${ly}" text-anchor="middle" fill="#333" font-size="11">${label}</text>`,
    );
    const evs = p.events.map((e) => describeEvent(e, lang));
    if (evs.length) out.push(`<title>${escapeXml(`${formatDate(p.date, lang)}: ${evs.join('; ')}`)}</title>`);
    out.push('</g>');
  });
  const ly = TOP + PLOT_H + bottom;
  series.forEach((s, i) => {
    const lx = LEFT + legend[i].x;
    const yy = ly + legend[i].row * 24;
    out.push(
      `<g class="legend"><rect x="${lx}" y="${yy - 11}" width="14" height="14" fill="${COLORS[s]}"/><text x="${lx + 20}" y="${yy}" fill="#222">${escapeXml(L[s])}</text></g>`,
    );
  });
  out.push('</svg>', '');
  return out.join('\n');
}

/** Legend entries left to right, wrapping to a new row when the plot width is used up. */
function layoutLegend(labels: string[], width: number): { x: number; row: number }[] {
  let x = 0;
  let row = 0;
  return labels.map((label) => {
    const w = 20 + label.length * 7 + 24;
    if (x > 0 && x + w > width) {
      x = 0;
      row += 1;
    }
    const at = { x, row };
    x += w;
    return at;
  });
}

function describeChart(points: TimelinePoint[], lang: Lang): string {
  const L = TIMELINE_LABELS[lang];
  return points
    .map((p) => `${formatDate(p.date, lang)}: ${L.blocked} ${p.totals.blocked}, ${L.paper} ${p.totals.paper}, ${L.paperless} ${p.totals.paperless} (${L.document} ${p.totals.document})`)
    .join('; ');
}

function fmt(n: number): string {
  return String(Math.round(n * 10) / 10);
}
