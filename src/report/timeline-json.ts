import type { TimelineResult } from '../analysis/timeline-types.js';
import { expectArgument } from '../util/expect-argument.js';

/** The whole timeline as JSON: every point with its counts, events and changed evaluations. */
export function renderTimelineJson(result: TimelineResult): string {
  expectArgument(result, 'TimelineResult', 'renderTimelineJson');
  return `${JSON.stringify(result, null, 2)}\n`;
}
