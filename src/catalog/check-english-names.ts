import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { suggest } from '../text/suggest.js';
import { visibleText } from '../text/white-space.js';
import type { CheckContext } from './check-context.js';

type Obj = Record<string, unknown>;

/** The English names of the catalog settings, each with the procedure field whose values they name. */
const ENGLISH_NAME_MAPS = [
  { key: 'ministries_en', field: 'ministry' },
  { key: 'fields_en', field: 'field' },
] as const;

/**
 * An English name given in `ministries_en` or `fields_en` to a name no procedure gives as its
 * `ministry` or `field` is shown nowhere: most often the name is spelled otherwise in the
 * procedures (`Bộ Tư Pháp` for `Bộ Tư pháp`). Names are matched exactly, as the reports group
 * procedures by them.
 */
export function checkEnglishNames(ctx: CheckContext): Diagnostic[] {
  const meta = ctx.catalog.catalog as Obj | undefined;
  if (meta === null || typeof meta !== 'object') return [];
  const out: Diagnostic[] = [];
  for (const { key, field } of ENGLISH_NAME_MAPS) {
    const names = meta[key];
    if (names === null || typeof names !== 'object' || Array.isArray(names)) continue;
    const given = Object.keys(names);
    if (given.length === 0) continue;
    const used = new Set<string>();
    for (const p of ctx.catalog.procedures as unknown as Obj[]) {
      const v = p !== null && typeof p === 'object' ? p[field] : undefined;
      if (typeof v === 'string') used.add(v);
    }
    for (const name of given) {
      if (used.has(name)) continue;
      const close = suggest(name, [...used], 3);
      out.push(
        createDiagnostic('UNUSED_ENGLISH_NAME', {
          message: `The catalog settings give an English name to the ${field} '${visibleText(name)}', which no procedure gives as its \`${field}\`.`,
          hint: `${close.length > 0 ? `Did you mean ${close.map((c) => `'${visibleText(c)}'`).join(' or ')}? ` : ''}Write the name as the procedures write it, or remove the entry.`,
          location: ctx.locate('catalog', 0, [key, name], 'key'),
          args: { name, field, suggestions: close },
        }),
      );
    }
  }
  return out;
}
