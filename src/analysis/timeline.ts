import { completeCatalog } from '../graph/complete-catalog.js';
import type { Catalog } from '../catalog/types.js';
import { analysisDate, evaluatedAnalysis, type EvaluatedAnalysis } from './analyze.js';
import { compileCatalog } from './compile-catalog.js';
import { isIsoDate } from './day.js';
import { AnalysisOptionError } from './errors.js';
import type { Evaluation } from './evaluation-types.js';
import { changedEvaluations } from './timeline-changes.js';
import { addDays, FIRST_DAY } from './timeline-dates.js';
import { eventInProvince, resolveWithout, timelineEvents } from './timeline-events.js';
import type { TimelineEvent, TimelinePoint, TimelineResult } from './timeline-types.js';
import { TIMELINE_VERSION } from './timeline-types.js';
import { expectOptions } from '../util/expect-argument.js';
import { catalogNameEn } from './english-names.js';

export interface TimelineOptions {
  /** Only evaluations in this province, plus every central procedure. */
  province?: string | null;
  /** First date of the range (inclusive). Default: the day before the first change. */
  from?: string;
  /** Last date of the range (inclusive). Default: open, up to the last change. */
  to?: string;
  /** Legal documents (ids or numbers) whose amendments are ignored. */
  without?: readonly string[];
  /** Report what depends on unresolved references as unknown. */
  lenient?: boolean;
}

/**
 * How the analysis changes over time: the catalog is analysed at the start of the range and
 * at every date within it where something takes effect (see `timelineEvents`), and each
 * point carries the counts (blocked, met with paper, met paperless, unknown), the events of
 * that date and the evaluations whose state changed since the previous point.
 *
 * The start is `from`, or else the day before the first change (so the chart shows the
 * state before it), or else `to` or the catalog's cutoff when nothing ever changes. With a
 * province, a connection in another province is kept only when it changes something there
 * (it can, through a central procedure that runs in every province).
 */
export function timeline(input: Catalog, options: TimelineOptions = {}): TimelineResult {
  expectOptions(options, 'timeline', '{ from: "2022-07-01", province: "GL" }');
  const catalog = completeCatalog(input);
  const from = checkedDate(options.from, 'from');
  const to = checkedDate(options.to, 'to');
  if (from !== undefined && to !== undefined && to < from) {
    throw new AnalysisOptionError('INVALID_DATE', `The range ends (${to}) before it starts (${from}).`);
  }
  const without = resolveWithout(catalog, options.without ?? []);
  const events = timelineEvents(catalog, { without }).filter((e) => to === undefined || e.date <= to);
  const start = from ?? (events.length > 0 ? (events[0].date > FIRST_DAY ? addDays(events[0].date, -1) : FIRST_DAY) : analysisDate(catalog, to));
  const byDate = new Map<string, TimelineEvent[]>([[start, []]]);
  for (const e of events) {
    if (e.date < start) continue;
    const list = byDate.get(e.date) ?? [];
    list.push(e);
    byDate.set(e.date, list);
  }

  const compiled = compileCatalog(catalog);
  // Each date's evaluation is computed from the one of the date before (analysed last), and
  // compared with the last one shown (previous). One that is neither any more is not read
  // again: the next evaluation is written over its arrays.
  let last: EvaluatedAnalysis | undefined;
  let previous: EvaluatedAnalysis | undefined;
  const spare: Evaluation[] = [];
  const release = (a: EvaluatedAnalysis | undefined) => {
    if (a !== undefined && a !== last && a !== previous) spare.push(a.evaluation);
  };
  const analyseAt = (at: string) => {
    const base = last;
    last = evaluatedAnalysis(
      compiled,
      { at, province: options.province ?? null, without: options.without, lenient: options.lenient },
      { base: base?.evaluation, reuse: base === undefined ? undefined : spare.pop() },
    );
    release(base);
    return last;
  };
  const points: TimelinePoint[] = [];
  let province: string | null = null;
  for (const [date, dayEvents] of [...byDate].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const analysis = analyseAt(date);
    const result = analysis.result;
    province = result.province;
    const changes = previous ? changedEvaluations(compiled, previous.evaluation, analysis.evaluation, analysis.only) : [];
    const relevant = dayEvents.filter((e) => e.kind !== 'connection' || province === null || e.province === province);
    if (previous && changes.length === 0 && relevant.length === 0) continue;
    const shown = changes.length > 0 ? dayEvents : relevant;
    points.push({ date, start: previous === undefined, events: shown.map((e) => eventInProvince(e, province)), totals: result.totals, changes });
    const before = previous;
    previous = analysis;
    release(before);
  }
  return {
    version: TIMELINE_VERSION,
    catalog: previous?.result.catalog ?? catalog.catalog?.name ?? '',
    ...catalogNameEn(catalog),
    province,
    from: from ?? null,
    to: to ?? null,
    without: previous?.result.without ?? without,
    points,
  };
}

function checkedDate(value: string | undefined, name: string): string | undefined {
  if (value === undefined || isIsoDate(value)) return value;
  throw new AnalysisOptionError('INVALID_DATE', `${name}: "${value}" is not a calendar date written YYYY-MM-DD, e.g. 2023-01-01.`);
}

