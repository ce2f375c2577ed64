import type { TimelineResult } from '../analysis/timeline-types.js';
import { compareCodes } from './blocked-rows.js';
import { nameIn, provinceCell } from './describe.js';
import { CHANGE_LABELS } from './diff-labels.js';
import { deltaName, expectChangesOptions, type ChangesTextOptions } from './diff-text.js';
import type { Lang } from './labels.js';
import { textTable } from './text-table.js';
import { fitText } from './fit-lines.js';
import { TIMELINE_LABELS, describeEvent } from './timeline-labels.js';
import { reportLang } from '../util/expect-argument.js';

/** The events of one point as one cell: "(bắt đầu)", or the phrases joined with `separator`. */
export function eventsText(point: TimelineResult['points'][number], lang: Lang, separator = '; '): string {
  const L = TIMELINE_LABELS[lang];
  const words = point.events.map((e) => describeEvent(e, lang, true));
  if (point.start) words.unshift(`(${L.start})`);
  return words.join(separator);
}

/** "Thủ tục hành chính theo thời gian — <catalog> (tất cả các tỉnh; bỏ qua sửa đổi của …)". */
export function timelineTitle(result: TimelineResult, lang: Lang, provinceName?: string): string {
  const L = TIMELINE_LABELS[lang];
  // In parentheses already: "(Gia Lai, GL)".
  const where = result.province === null ? L.allProvinces : provinceName ? `${provinceName}, ${result.province}` : result.province;
  const without = result.without.length ? `; ${L.without} ${result.without.join(', ')}` : '';
  return `${L.title} — ${nameIn(lang, result.catalog, result.catalog_en)} (${where}${without})`;
}

/** Whether the timeline has nothing to evaluate: no date, or no evaluation at any. */
export function timelineEmpty(result: TimelineResult): boolean {
  return result.points.length === 0 || result.points.every((p) => p.totals.evaluations === 0);
}

/**
 * The table of dates: its headers (the unknown column only when some date has unknowns) and
 * a row per date, its events joined with `separator`.
 */
export function timelineTable(result: TimelineResult, lang: Lang, separator = '; '): { headers: { header: string; align?: 'right' }[]; rows: string[][] } {
  const L = TIMELINE_LABELS[lang];
  const unknown = result.points.some((p) => p.totals.unknown > 0);
  const count = (header: string) => ({ header, align: 'right' as const });
  return {
    headers: [{ header: L.date }, count(L.blocked), count(L.paper), count(L.paperless), count(L.document), ...(unknown ? [count(L.unknown)] : []), { header: L.events }],
    rows: result.points.map((p) => [
      p.date,
      String(p.totals.blocked),
      String(p.totals.paper),
      String(p.totals.paperless),
      String(p.totals.document),
      ...(unknown ? [String(p.totals.unknown)] : []),
      eventsText(p, lang, separator),
    ]),
  };
}

/** The procedures whose state changed at one date, a group per procedure and kind of change (across provinces), in code order. */
export function changeGroups(point: TimelineResult['points'][number], lang: Lang): { code: string; name: string; change: string; provinces: (string | null)[] }[] {
  const groups = new Map<string, { code: string; name: string; change: string; provinces: (string | null)[] }>();
  for (const c of point.changes) {
    const key = `${c.code}\u0000${c.change}`;
    const g = groups.get(key);
    if (g) g.provinces.push(c.province);
    else groups.set(key, { code: c.code, name: deltaName(c, lang), change: CHANGE_LABELS[lang][c.change], provinces: [c.province] });
  }
  return [...groups.values()].sort((a, b) => compareCodes(a.code, b.code));
}

/**
 * The timeline as text: one row per date with the counts and what took effect, then, for
 * each date, the procedures whose state changed there (grouped across provinces).
 */
export function renderTimelineText(result: TimelineResult, options: ChangesTextOptions = {}): string {
  const lang = reportLang(result, 'TimelineResult', 'renderTimelineText', options);
  expectChangesOptions(options, 'renderTimelineText');
  const L = TIMELINE_LABELS[lang];
  const out: string[] = [`${timelineTitle(result, lang, options.provinceName)}\n\n`];
  if (timelineEmpty(result)) out.push(`${L.empty}\n\n`);
  // One event a line: a date where much takes effect stays readable at a terminal.
  const { headers, rows } = timelineTable(result, lang, '\n');
  out.push(textTable(headers.map((h, i) => (i === headers.length - 1 ? { ...h, multiline: true, wrap: true } : h)), rows, '', options.width));
  const changed = result.points.filter((p) => p.changes.length > 0);
  if (changed.length) out.push(`\n${L.details}\n`);
  for (const p of changed) {
    out.push(`\n${p.date}\n`);
    for (const g of changeGroups(p, lang)) out.push(`  ${g.code}  ${g.name} (${provinceCell(g.provinces, lang, options.maxProvinces ?? 8, options.runsIn?.get(g.code))}): ${g.change.toLowerCase()}\n`);
  }
  return fitText(out.join(''), options.width);
}
