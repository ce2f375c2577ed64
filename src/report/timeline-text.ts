import type { TimelineResult } from '../analysis/timeline-types.js';
import { compareCodes } from './blocked-rows.js';
import { provinceCell } from './describe.js';
import { CHANGE_LABELS } from './diff-labels.js';
import { deltaName, type ChangesTextOptions } from './diff-text.js';
import type { Lang } from './labels.js';
import { textTable } from './text-table.js';
import { TIMELINE_LABELS, describeEvent } from './timeline-labels.js';

/** The events of one point as one cell: "(bắt đầu)", or the phrases joined with "; ". */
export function eventsText(point: TimelineResult['points'][number], lang: Lang): string {
  const L = TIMELINE_LABELS[lang];
  const words = point.events.map((e) => describeEvent(e, lang, true));
  if (point.start) words.unshift(`(${L.start})`);
  return words.join('; ');
}

/**
 * The timeline as text: one row per date with the counts and what took effect, then, for
 * each date, the procedures whose state changed there (grouped across provinces).
 */
export function renderTimelineText(result: TimelineResult, options: ChangesTextOptions = {}): string {
  const lang = options.lang ?? 'vi';
  const L = TIMELINE_LABELS[lang];
  const unknown = result.points.some((p) => p.totals.unknown > 0);
  const where = result.province ?? L.allProvinces;
  const without = result.without.length ? `; ${L.without} ${result.without.join(', ')}` : '';
  const out: string[] = [`${L.title} — ${result.catalog} (${where}${without})\n\n`];
  if (result.points.length === 0 || result.points.every((p) => p.totals.evaluations === 0)) out.push(`${L.empty}\n\n`);
  out.push(
    textTable(
      [
        { header: L.date },
        { header: L.blocked, align: 'right' },
        { header: L.paper, align: 'right' },
        { header: L.paperless, align: 'right' },
        { header: L.document, align: 'right' },
        ...(unknown ? [{ header: L.unknown, align: 'right' as const }] : []),
        { header: L.events },
      ],
      result.points.map((p) => [
        p.date,
        String(p.totals.blocked),
        String(p.totals.paper),
        String(p.totals.paperless),
        String(p.totals.document),
        ...(unknown ? [String(p.totals.unknown)] : []),
        eventsText(p, lang),
      ]),
    ),
  );
  const changed = result.points.filter((p) => p.changes.length > 0);
  if (changed.length) out.push(`\n${L.details}\n`);
  for (const p of changed) {
    out.push(`\n${p.date}\n`);
    const groups = new Map<string, { code: string; name: string; change: string; provinces: (string | null)[] }>();
    for (const c of p.changes) {
      const key = `${c.code}\u0000${c.change}`;
      const g = groups.get(key);
      if (g) g.provinces.push(c.province);
      else groups.set(key, { code: c.code, name: deltaName(c, lang), change: CHANGE_LABELS[lang][c.change], provinces: [c.province] });
    }
    const rows = [...groups.values()].sort((a, b) => compareCodes(a.code, b.code));
    for (const g of rows) out.push(`  ${g.code}  ${g.name} (${provinceCell(g.provinces, lang, options.maxProvinces ?? 8, options.runsIn?.get(g.code))}): ${g.change.toLowerCase()}\n`);
  }
  return out.join('');
}
