import { wrapLines } from '../wrap-text.js';
import { SVG_FONT } from '../svg-util.js';
import { escapeHtml } from './escape.js';

/** One measure drawn as a bar in every row. */
export interface BarSeries {
  label: string;
  /** CSS colour of the bar. */
  color: string;
}

export interface BarRow {
  label: string;
  /** Drawn in bold (the province the report is about). */
  highlight?: boolean;
  /** One value per series, in the order of `series`. */
  values: number[];
}

export interface BarChartInput {
  /** Read by screen readers and shown as the SVG's title. */
  title: string;
  series: BarSeries[];
  rows: BarRow[];
}

const WIDTH = 760;
const LEGEND = 24;
const CHAR = 6.6;
/** Height of a line of a row's label: a label takes two lines where its row is at least that high. */
const LINE = 13;
/** Past this many rows the bars get thinner, so 63 provinces stay within a page or two. */
const COMPACT_ROWS = 20;

/**
 * A grouped horizontal bar chart as an inline SVG string: one group of bars per row, one
 * bar per series, the value written after each bar. Pure and deterministic; every label is
 * escaped. Bars share one scale, so lengths compare across rows and series.
 */
export function barChart(input: BarChartInput): string {
  const { series, rows } = input;
  const compact = rows.length > COMPACT_ROWS;
  const BAR = compact ? 6 : 11;
  const GAP = compact ? 1 : 2;
  const ROW_PAD = compact ? 6 : 8;
  const labelWidth = Math.min(260, Math.max(60, Math.ceil(rows.reduce((most, r) => Math.max(most, r.label.length), 0) * CHAR) + 12));
  const max = rows.reduce((most, r) => r.values.reduce((m, v) => Math.max(m, v), most), 1);
  const plot = WIDTH - labelWidth - 48;
  const groupHeight = series.length * (BAR + GAP) - GAP + ROW_PAD;
  const height = LEGEND + rows.length * groupHeight + 4;
  const out: string[] = [
    // The font on the root, as attributes: a page's stylesheet that set it on the texts would override their own size and weight.
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeHtml(input.title)}" font-family="${escapeHtml(SVG_FONT)}" font-size="12">`,
    `<title>${escapeHtml(input.title)}</title>`,
  ];
  let x = labelWidth;
  series.forEach((s) => {
    out.push(
      `<rect x="${x}" y="4" width="10" height="10" fill="${escapeHtml(s.color)}"/>`,
      `<text x="${x + 14}" y="13" class="legend">${escapeHtml(s.label)}</text>`,
    );
    x += 14 + Math.ceil(s.label.length * CHAR) + 18;
  });
  // A label too long for its column goes on to a second line where the row has room, else is cut.
  const labelLines = groupHeight - ROW_PAD / 2 >= 2 * LINE ? 2 : 1;
  const labelChars = Math.floor((labelWidth - 12) / CHAR);
  rows.forEach((row, i) => {
    const top = LEGEND + i * groupHeight;
    const middle = top + (series.length * (BAR + GAP) - GAP) / 2;
    const lines = wrapLines(row.label, labelChars, labelLines);
    const first = middle + 4 - ((lines.length - 1) * LINE) / 2;
    const text =
      lines.length === 1
        ? escapeHtml(lines[0])
        : lines.map((l, k) => `<tspan x="${labelWidth - 8}"${k === 0 ? '' : ` dy="${LINE}"`}>${escapeHtml(l)}</tspan>`).join('');
    out.push(
      `<text x="${labelWidth - 8}" y="${round(first)}" text-anchor="end" class="row-label"${row.highlight ? ' font-weight="bold"' : ''}>${text}</text>`,
    );
    series.forEach((s, j) => {
      const v = row.values[j] ?? 0;
      const w = round((v / max) * plot);
      const y = top + j * (BAR + GAP);
      out.push(
        `<rect x="${labelWidth}" y="${y}" width="${w}" height="${BAR}" fill="${escapeHtml(s.color)}"><title>${escapeHtml(`${row.label} — ${s.label}: ${v}`)}</title></rect>`,
        `<text x="${round(labelWidth + w + 4)}" y="${y + BAR - (compact ? 0 : 2)}" class="value"${compact ? ' font-size="9"' : ''}>${v}</text>`,
      );
    });
  });
  out.push('</svg>');
  return out.join('');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
