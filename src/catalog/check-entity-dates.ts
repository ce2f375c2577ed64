import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic, SourceLocation } from '../diagnostics/types.js';
import type { CheckContext, SubPath } from './check-context.js';
import { isIsoDate } from './iso-date.js';

type Obj = Record<string, unknown>;

function date(v: unknown): string | undefined {
  return typeof v === 'string' && isIsoDate(v) ? v : undefined;
}

/**
 * Dates of each legal document of the catalog that contradict each other (see
 * `legalDateDiagnostics`).
 */
export function checkEntityDates(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  ctx.catalog.legal.forEach((entry, i) => {
    const l = entry as unknown as Obj;
    if (l === null || typeof l !== 'object') return;
    for (const d of legalDateDiagnostics(l, (sub) => ctx.subject('legal', i, sub), (sub) => ctx.locate('legal', i, sub))) out.push(d);
  });
  return out;
}

/**
 * Dates of one legal document, of a catalog or of a reform, that contradict each other: it
 * expires before it takes effect (error), takes effect before it is issued (warning:
 * retroactive effect is rare), or one of its amendments takes effect, on a date of its own,
 * after it expires (warning: the amendment is never in force, so the analysis never applies
 * it). `subject` names the document or a place in it ("Legal document 'x'", "In legal
 * document 'x', `amends[2]`"); `locate` finds a place in it.
 */
export function legalDateDiagnostics(
  l: Obj,
  subject: (sub?: SubPath) => string,
  locate: (sub: SubPath) => SourceLocation | undefined,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const effective = date(l.effective);
  const expires = date(l.expires);
  const issued = date(l.issued);
  if (effective && expires && expires < effective) {
    out.push(
      createDiagnostic('EXPIRES_BEFORE_EFFECTIVE', {
        message: `${subject()} expires on ${expires}, before it takes effect on ${effective}.`,
        hint: '`expires` is the last day in force (inclusive); check both dates.',
        location: locate(['expires']),
        args: { effective, expires },
      }),
    );
  }
  if (effective && issued && effective < issued) {
    out.push(
      createDiagnostic('ISSUED_AFTER_EFFECTIVE', {
        message: `${subject()} takes effect on ${effective}, before it is issued on ${issued}.`,
        hint: 'Check both dates; leave it as it is only if the document really applies retroactively.',
        location: locate(['effective']),
        args: { effective, issued },
      }),
    );
  }
  if (expires && Array.isArray(l.amends)) {
    l.amends.forEach((a: unknown, j: number) => {
      const own = a !== null && typeof a === 'object' ? date((a as Obj).effective) : undefined;
      if (own === undefined || own <= expires) return;
      out.push(
        createDiagnostic('AMENDMENT_AFTER_EXPIRES', {
          message: `${subject(['amends', j])} takes effect on ${own}, after the document expires on ${expires}, so it never applies.`,
          hint: 'An amendment is in force only while its legal document is (to `expires`, inclusive): check both dates, or list the amendment under the legal document that makes it.',
          location: locate(['amends', j, 'effective']),
          args: { effective: own, expires },
        }),
      );
    });
  }
  return out;
}
