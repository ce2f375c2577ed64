import { PROVINCIAL_LEVELS } from '../catalog/levels.js';
import type { Catalog } from '../catalog/types.js';
import { completeCatalog } from '../graph/complete-catalog.js';

/**
 * For each procedure settled in provinces, the provinces it runs in, in the catalog's order:
 * every province of the catalog when it lists none or `all`, else those it lists that the
 * catalog defines (the provinces an analysis of no one province evaluates it in). Central
 * procedures are not in the map.
 */
export function provincesWhereRun(input: Catalog): Map<string, string[]> {
  const catalog = completeCatalog(input);
  const codes = catalog.provinces.map((p) => p.code);
  const out = new Map<string, string[]>();
  for (const p of catalog.procedures) {
    if (!(p.level ?? []).some((level) => PROVINCIAL_LEVELS.has(level))) continue;
    const named = p.provinces === undefined || p.provinces === 'all' ? undefined : new Set<string>(p.provinces);
    out.set(p.code, named === undefined ? codes : codes.filter((code) => named.has(code)));
  }
  return out;
}
