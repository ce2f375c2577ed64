import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { CheckContext } from './check-context.js';
import { PROVINCIAL_LEVELS } from './levels.js';

type Obj = Record<string, unknown>;


/**
 * A procedure at province, district or commune level runs in every province of the catalog
 * unless it lists its own: in a catalog that defines none, it is evaluated nowhere. Said
 * once, at the first such procedure, with how many others there are.
 */
export function checkNoProvinces(ctx: CheckContext): Diagnostic[] {
  if (ctx.catalog.provinces.length > 0) return [];
  const nowhere: number[] = [];
  ctx.catalog.procedures.forEach((entry, i) => {
    const p = entry as unknown as Obj;
    if (p === null || typeof p !== 'object' || !Array.isArray(p.level)) return;
    if (!p.level.some((l) => PROVINCIAL_LEVELS.has(l as string))) return;
    if (p.provinces === undefined || p.provinces === 'all') nowhere.push(i);
  });
  if (nowhere.length === 0) return [];
  const others = nowhere.length - 1;
  return [
    createDiagnostic('NO_PROVINCES', {
      message:
        `${ctx.subject('procedures', nowhere[0])} runs at province, district or commune level, but the catalog defines no provinces, ` +
        `so ${others > 0 ? `it and ${others} other procedure${others === 1 ? '' : 's'} are` : 'it is'} evaluated nowhere.`,
      hint: 'List the provinces under provinces: with a code and a name, e.g. - { code: HN, name: Hà Nội }.',
      location: ctx.locate('procedures', nowhere[0], ['level'], 'key'),
      args: { others },
    }),
  ];
}
