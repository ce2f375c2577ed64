import type { TimelineResult } from '../analysis/timeline-types.js';

/** The whole timeline as JSON: every point with its counts, events and changed evaluations. */
export function renderTimelineJson(result: TimelineResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
