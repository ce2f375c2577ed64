import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { CheckContext } from './check-context.js';

type Obj = Record<string, unknown>;

/** `provinces` on a procedure whose only level is trung-uong is ignored by the analysis. */
export function checkProvincesIgnored(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  ctx.catalog.procedures.forEach((entry, i) => {
    const p = entry as unknown as Obj;
    if (p === null || typeof p !== 'object') return;
    const level = p.level;
    if (!Array.isArray(level) || level.length === 0 || !level.every((l) => l === 'trung-uong')) return;
    if (!Array.isArray(p.provinces)) return;
    out.push(
      createDiagnostic('PROVINCES_IGNORED', {
        message: `${ctx.subject('procedures', i)} runs only at central level (trung-uong), so its \`provinces\` list is ignored: it is evaluated once, nationally.`,
        hint: 'Add a provincial level (tinh, huyen, xa) if it runs in provinces, or remove `provinces`.',
        location: ctx.locate('procedures', i, ['provinces'], 'key'),
      }),
    );
  });
  return out;
}
