import type { Catalog } from '../catalog/types.js';
import type { TimelineEvent } from './timeline-types.js';
import { addDays, isCalendarDate, LAST_DAY } from './timeline-dates.js';
import { completeCatalog } from '../graph/complete-catalog.js';
import { expectOptions } from '../util/expect-argument.js';
import { AnalysisOptionError } from './errors.js';
import { didYouMean, suggest } from '../text/suggest.js';
import { legalIndex } from '../graph/legal-index.js';

export interface TimelineEventOptions {
  /** Legal documents (ids or numbers) whose amendments are ignored: their dates are not events. */
  without?: readonly string[];
}

/**
 * Every date on which the catalog can change what the analysis concludes, sorted by date:
 * the day after a document's `valid_until` (a sunset), the date each amendment takes
 * effect (its own `effective`, else its legal document's), the day after a legal document
 * with amendments `expires`, a data source's `available_from`, and each province connection.
 * Legal documents without amendments change nothing by their dates and give no event; nor
 * does an amendment whose date comes after its legal document's `expires` (it never is in
 * force), and a legal document none of whose amendments is ever in force gives no expiry.
 * Dates that are not calendar dates, or whose day after would pass 9999-12-31, are skipped.
 */
export function timelineEvents(input: Catalog, options: TimelineEventOptions = {}): TimelineEvent[] {
  expectOptions(options, 'timelineEvents', '{ without: ["nd-104-2022"] }');
  const catalog = completeCatalog(input);
  const without = new Set(resolveWithout(catalog, options.without ?? []));
  const events: TimelineEvent[] = [];
  const dayAfter = (d: string | undefined): string | null =>
    d !== undefined && isCalendarDate(d) && d < LAST_DAY ? addDays(d, 1) : null;
  const valid = (d: string | null | undefined): d is string => typeof d === 'string' && isCalendarDate(d);

  for (const doc of catalog.documents) {
    const date = dayAfter(doc.valid_until);
    if (date) events.push({ kind: 'sunset', date, section: 'documents', id: doc.id, name: doc.name, ...nameEn(doc), until: doc.valid_until });
  }
  for (const legal of catalog.legal) {
    if (without.has(legal.id) || !legal.amends?.length) continue;
    const base = { section: 'legal' as const, id: legal.id, name: legal.number };
    // One event per distinct date: the document's own date once, other dates per amendment.
    // An amendment whose date comes after its document expired is never in force (as the
    // analysis has it): its date changes nothing, and a document none of whose amendments is
    // ever in force changes nothing by expiring either.
    const expires = valid(legal.expires) ? legal.expires : undefined;
    const seen = new Set<string>();
    let inForce = false;
    legal.amends.forEach((a, i) => {
      const date = a.effective ?? legal.effective;
      if (valid(date) && expires !== undefined && date > expires) return;
      inForce = true;
      if (!valid(date) || seen.has(date)) return;
      seen.add(date);
      events.push(date === legal.effective ? { kind: 'effective', date, ...base } : { kind: 'effective', date, ...base, amendment: i });
    });
    const end = dayAfter(legal.expires);
    if (end && inForce) events.push({ kind: 'expiry', date: end, ...base, until: legal.expires });
  }
  for (const ds of catalog.data_sources) {
    const base = { section: 'data_sources' as const, id: ds.id, name: ds.name, ...nameEn(ds) };
    if (valid(ds.available_from)) {
      const except = Object.entries(ds.provinces ?? {})
        .filter(([, date]) => date !== ds.available_from)
        .map(([province]) => province)
        .sort(cmp);
      events.push({ kind: 'available', date: ds.available_from, ...base, ...(except.length > 0 ? { except } : {}) });
    }
    for (const [province, date] of Object.entries(ds.provinces ?? {})) {
      if (valid(date)) events.push({ kind: 'connection', date, ...base, province });
    }
  }
  const order: Record<TimelineEvent['kind'], number> = { sunset: 0, expiry: 1, effective: 2, available: 3, connection: 4 };
  return events.sort(
    (a, b) => cmp(a.date, b.date) || order[a.kind] - order[b.kind] || cmp(a.id, b.id) || cmp(a.province ?? '', b.province ?? ''),
  );
}

/**
 * An event as a timeline or diff of `province` shows it: a nationwide availability names
 * among its exceptions only that province (null: every province).
 */
export function eventInProvince(e: TimelineEvent, province: string | null): TimelineEvent {
  if (province === null || e.except === undefined) return e;
  const { except, ...rest } = e;
  return except.includes(province) ? { ...rest, except: [province] } : rest;
}

function nameEn(entity: { name_en?: string }): { name_en?: string } {
  return entity.name_en === undefined ? {} : { name_en: entity.name_en };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Legal ids named by id or number (`nd-104-2022`, `104/2022/NĐ-CP`); AnalysisOptionError for any other. */
export function resolveWithout(catalog: Catalog, refs: readonly string[]): string[] {
  if (!Array.isArray(refs) || refs.some((r) => typeof r !== 'string')) {
    throw new AnalysisOptionError('UNKNOWN_LEGAL', `without must be a list of legal document ids or numbers, e.g. ["nd-104-2022"], not ${JSON.stringify(refs)}.`);
  }
  const legal = legalIndex(catalog);
  return refs.map((ref) => {
    const found = legal.find(ref);
    if (found) return found.id;
    const known = catalog.legal.flatMap((l) => [l.id, l.number]);
    throw new AnalysisOptionError('UNKNOWN_LEGAL', `The catalog has no legal document "${ref}" (by id or number). ${didYouMean(ref, known)}`.trim(), suggest(ref, known));
  });
}
