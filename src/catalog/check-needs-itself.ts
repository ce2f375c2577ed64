import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { CheckContext } from './check-context.js';

/**
 * A procedure that lists its own code in `needs` would have to be completed before it can
 * start. The analysis finds it blocked at every date and reports it as a deadlock ("it
 * needs itself"), as it does a cycle through several procedures, which can be a real
 * catch-22 of the law; one procedure needing itself is more likely a slip, so it is
 * pointed out where it is written. A warning: the catalog still loads and is analysed.
 *
 * Called by `checkReferences` as it goes through each procedure's `needs`, so that a
 * national catalog's procedures are not visited once more for it.
 */
export function needsItself(ctx: CheckContext, i: number, k: number, code: string): Diagnostic {
  return createDiagnostic('NEEDS_ITSELF', {
    message: `${ctx.subject('procedures', i, ['needs', k])} names the procedure itself: it would have to be completed before it can start, so it is blocked at every date, as a deadlock.`,
    hint: 'Remove it from `needs`, and list there the procedures that must be completed first.',
    location: ctx.locate('procedures', i, ['needs', k]),
    args: { procedure: code },
  });
}
