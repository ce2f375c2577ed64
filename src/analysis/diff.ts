import { completeCatalog } from '../graph/complete-catalog.js';
import type { Catalog } from '../catalog/types.js';
import { analysisDate, analyze } from './analyze.js';
import type { AnalyzeOptions } from './analyze.js';
import { diffEntities } from './diff-entities.js';
import { catalogNameEn } from './english-names.js';
import { countChanges, diffResults } from './diff-results.js';
import type { ChangeKind } from './diff-results.js';
import type { DiffResult } from './diff-types.js';
import { DIFF_VERSION } from './diff-types.js';
import { eventInProvince, timelineEvents } from './timeline-events.js';
import { expectOptions } from '../util/expect-argument.js';

export interface DiffOptions extends Omit<AnalyzeOptions, 'at'> {
  /** Date to analyse catalog A at. Default: A's cutoff (else B's). */
  at?: string;
  /** Date to analyse catalog B at. Default: the same date as A. */
  to?: string;
}

const STEADY = new Set<ChangeKind>(['unchanged', 'still-blocked', 'still-unknown']);

/**
 * What differs between two catalogs, or one catalog at two dates (pass it twice with `at`
 * and `to`): entities added, removed and changed field by field in every section, what
 * takes effect between the two dates, and how the analysis changed for each evaluation
 * (status and paper). Both analyses use the same province, `without` and leniency.
 */
export function diff(inputA: Catalog, inputB: Catalog, options: DiffOptions = {}): DiffResult {
  expectOptions(options, 'diff', '{ at: "2022-12-31", to: "2023-01-01" }');
  const a = completeCatalog(inputA);
  const b = completeCatalog(inputB);
  const at = options.at ?? a.catalog?.cutoff ?? analysisDate(b, undefined);
  const to = options.to ?? at;
  const common = { province: options.province, without: options.without, lenient: options.lenient };
  const left = analyze(a, { ...common, at });
  const right = analyze(b, { ...common, at: to });
  const deltas = diffResults(left, right);
  const [lo, hi] = left.at <= right.at ? [left.at, right.at] : [right.at, left.at];
  const events = lo === hi ? [] : timelineEvents(b, { without: right.without }).filter((e) => e.date > lo && e.date <= hi);
  return {
    version: DIFF_VERSION,
    a: { catalog: left.catalog, ...catalogNameEn(a), at: left.at, totals: left.totals },
    b: { catalog: right.catalog, ...catalogNameEn(b), at: right.at, totals: right.totals },
    province: right.province,
    without: right.without,
    entities: diffEntities(a, b),
    events: right.province === null
      ? events
      : events.filter((e) => e.kind !== 'connection' || e.province === right.province).map((e) => eventInProvince(e, right.province)),
    counts: countChanges(deltas),
    changes: deltas.filter((d) => !STEADY.has(d.change)),
  };
}
