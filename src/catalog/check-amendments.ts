import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { CheckContext } from './check-context.js';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * An amendment must do something: accept alternatives, or drop the requirement. One that
 * does both is suspicious (the drop makes the accept moot).
 */
export function checkAmendments(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  ctx.catalog.legal.forEach((entry, i) => {
    const l = entry as unknown as Obj;
    if (!isObj(l) || !Array.isArray(l.amends)) return;
    l.amends.forEach((a: unknown, j: number) => {
      if (!isObj(a)) return;
      const accepts = Array.isArray(a.accept) && a.accept.length > 0;
      const drops = a.drop === true;
      // A `drop` or `accept` of the wrong type has its own WRONG_TYPE: what it meant is not known.
      const mistyped = ('drop' in a && typeof a.drop !== 'boolean') || ('accept' in a && !Array.isArray(a.accept));
      if (!accepts && !drops && !mistyped) {
        out.push(
          createDiagnostic('AMENDMENT_NO_EFFECT', {
            message: `${ctx.subject('legal', i, ['amends', j])} neither accepts anything nor drops the requirement, so it changes nothing.`,
            hint: 'Add `accept: [ids of documents or data sources]` for what is accepted now, or `drop: true` if the requirement is removed.',
            location: ctx.locate('legal', i, ['amends', j]),
          }),
        );
      } else if (accepts && drops) {
        out.push(
          createDiagnostic('AMENDMENT_ACCEPT_AND_DROP', {
            message: `${ctx.subject('legal', i, ['amends', j])} drops the requirement and also accepts alternatives; once dropped, nothing needs to be accepted.`,
            hint: 'Remove `accept`, or remove `drop: true` if the requirement stays with new alternatives.',
            location: ctx.locate('legal', i, ['amends', j, 'drop'], 'key'),
          }),
        );
      }
    });
  });
  return out;
}
