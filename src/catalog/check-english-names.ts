import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { andList } from '../text/and-list.js';
import { suggest } from '../text/suggest.js';
import { visibleText } from '../text/white-space.js';
import type { CheckContext } from './check-context.js';

type Obj = Record<string, unknown>;

/** The English names of the catalog settings, each with the procedure field whose values they name. */
const ENGLISH_NAME_MAPS = [
  { key: 'ministries_en', field: 'ministry' },
  { key: 'fields_en', field: 'field' },
] as const;

/** How many of the names a settings map lacks MISSING_ENGLISH_NAME quotes before it counts the others. */
const NAMED = 3;

/**
 * An English name given in `ministries_en` or `fields_en` to a name no procedure gives as its
 * `ministry` or `field` is shown nowhere: most often the name is spelled otherwise in the
 * procedures (`Bộ Tư Pháp` for `Bộ Tư pháp`). A map that names some of the ministries or
 * fields the procedures give, and not others, makes English reports part Vietnamese: one
 * warning for the map, with the names it lacks, most procedures first. Names are matched
 * exactly, as the reports group procedures by them.
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
    // The names the procedures give, with how many give each, in the order first given.
    const used = new Map<string, number>();
    for (const p of ctx.catalog.procedures as unknown as Obj[]) {
      const v = p !== null && typeof p === 'object' ? p[field] : undefined;
      if (typeof v === 'string') used.set(v, (used.get(v) ?? 0) + 1);
    }
    // A name an unused entry's "did you mean" names is said there, not again as lacking.
    const suggested = new Set<string>();
    for (const name of given) {
      if (used.has(name)) continue;
      const close = suggest(name, [...used.keys()], 3);
      for (const c of close) suggested.add(c);
      out.push(
        createDiagnostic('UNUSED_ENGLISH_NAME', {
          message: `The catalog settings give an English name to the ${field} '${visibleText(name)}', which no procedure gives as its \`${field}\`.`,
          hint: `${close.length > 0 ? `Did you mean ${close.map((c) => `'${visibleText(c)}'`).join(' or ')}? ` : ''}Write the name as the procedures write it, or remove the entry.`,
          location: ctx.locate('catalog', 0, [key, name], 'key'),
          args: { name, field, suggestions: close },
        }),
      );
    }
    const lacking = [...used].filter(([name]) => !Object.hasOwn(names, name) && !suggested.has(name)).sort((a, b) => b[1] - a[1]);
    if (lacking.length > 0) out.push(missingEnglishNames(ctx, key, field, lacking));
  }
  return out;
}

/** The warning for a settings map that lacks English names for `lacking` (name, procedures), most procedures first. */
function missingEnglishNames(ctx: CheckContext, key: string, field: string, lacking: [string, number][]): Diagnostic {
  const quoted = lacking.slice(0, NAMED).map(([name, n]) => `'${visibleText(name)}' (${n} ${n === 1 ? 'procedure' : 'procedures'})`);
  const list = andList(quoted, lacking.length - quoted.length, 'and', (n) => `${n} more`);
  const kind = field === 'field' ? 'fields' : 'ministries';
  return createDiagnostic('MISSING_ENGLISH_NAME', {
    message: `\`${key}\` gives English names to ${kind}, but not to ${list}: English reports show ${lacking.length === 1 ? 'it' : 'them'} in Vietnamese.`,
    hint: `Give ${lacking.length === 1 ? 'it an English name' : 'each an English name'} in \`${key}\`, under the name the procedures give.`,
    location: ctx.locate('catalog', 0, [key], 'key'),
    args: { field, names: lacking.map(([name]) => name), procedures: lacking.map(([, n]) => n) },
  });
}
