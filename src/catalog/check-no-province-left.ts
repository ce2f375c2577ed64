import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { CheckContext } from './check-context.js';
import { PROVINCIAL_LEVELS } from './levels.js';
import { PROVINCE_CODE_FORM } from '../schema/value-words.js';
import { andList } from '../text/and-list.js';

type Obj = Record<string, unknown>;

/** How many procedures the message names before it counts the others. */
const NAMED = 3;

/**
 * In lenient mode a province code that is not defined is ignored, so a provincial procedure
 * whose `provinces` lists only such codes is evaluated nowhere: no result has it. Each code
 * is reported on its own (`UNKNOWN_REFERENCE`); this says, once, at the first such procedure,
 * which procedures that leaves with no province. Strict mode refuses the catalog instead, and
 * when a file could not be read its provinces are not known: neither says it.
 */
export function checkNoProvinceLeft(ctx: CheckContext): Diagnostic[] {
  if (ctx.strict || ctx.files.some((f) => f.data === undefined)) return [];
  // A code defined with spaces around it (" HN") is that definition's error, reported as
  // such; the procedures that name it as written ("HN") are not left without it.
  const trimmed = (code: unknown) => (typeof code === 'string' ? code.trim() : code);
  const defined = new Set<unknown>(ctx.catalog.provinces.map((p) => trimmed((p as unknown as Obj)?.code)));
  const left: number[] = [];
  ctx.catalog.procedures.forEach((entry, i) => {
    const p = entry as unknown as Obj;
    if (p === null || typeof p !== 'object' || !Array.isArray(p.level) || !Array.isArray(p.provinces)) return;
    if (!p.level.some((l) => PROVINCIAL_LEVELS.has(l as string))) return;
    // A malformed code is the schema's error, to be corrected first: it is not counted as undefined.
    const listed: unknown[] = p.provinces;
    if (listed.length > 0 && listed.every((c) => typeof c === 'string' && PROVINCE_CODE_FORM.test(c) && !defined.has(c))) left.push(i);
  });
  if (left.length === 0) return [];
  const codes = left.map((i) => String((ctx.catalog.procedures[i] as unknown as Obj).code));
  const quoted = codes.slice(0, NAMED).map((c) => `'${c}'`);
  const names = andList(quoted, codes.length - quoted.length, 'and', (n) => `${n} more`);
  const message =
    codes.length === 1
      ? `Procedure ${names} lists only provinces that are not defined, so it is evaluated in no province and appears in no result.`
      : `Procedures ${names} list only provinces that are not defined, so they are evaluated in no province and appear in no result. The first is here.`;
  return [
    createDiagnostic('NO_PROVINCE_LEFT', {
      message,
      hint: 'Define those provinces under provinces:, or correct the codes.',
      location: ctx.locate('procedures', left[0], ['provinces'], 'key'),
      args: { procedures: codes },
    }),
  ];
}
