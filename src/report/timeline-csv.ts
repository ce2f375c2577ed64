import type { TimelineResult } from '../analysis/timeline-types.js';
import { csvTable, expectCsvOptions, type CsvOptions } from './csv.js';
import { expectArgument, expectOptions } from '../util/expect-argument.js';

/** Column names of the timeline CSV: stable, English, snake_case. */
export const TIMELINE_CSV_HEADER = ['date', 'start', 'evaluations', 'blocked', 'met', 'paper', 'paperless', 'document', 'unknown', 'changed', 'events'] as const;

/**
 * One CSV record per date of the timeline (RFC 4180): the counts, how many evaluations
 * changed state there, and the events as `kind:id[@province]` joined with "; ". With
 * `excel`, for a file to open in Excel (`CsvOptions`).
 */
export function renderTimelineCsv(result: TimelineResult, options: CsvOptions = {}): string {
  expectOptions(options, 'renderTimelineCsv', '{ excel: true }');
  expectCsvOptions(options, 'renderTimelineCsv');
  expectArgument(result, 'TimelineResult', 'renderTimelineCsv');
  const rows = result.points.map((p) => [
    p.date,
    p.start,
    p.totals.evaluations,
    p.totals.blocked,
    p.totals.met,
    p.totals.paper,
    p.totals.paperless,
    p.totals.document,
    p.totals.unknown,
    p.changes.length,
    p.events.map((e) => `${e.kind}:${e.id}${e.province ? `@${e.province}` : ''}`).join('; '),
  ]);
  return csvTable([...TIMELINE_CSV_HEADER], rows, options);
}
