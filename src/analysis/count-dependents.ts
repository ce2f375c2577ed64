import type { Catalog } from '../catalog/types.js';
import { dependents } from './dependents.js';
import type {
  CountDimension,
  CountGroup,
  DependentCounts,
  DependentsOptions,
  DependentsResult,
} from './dependents-types.js';

/**
 * How many procedures depend on `id`, grouped by province, level, field and ministry, all in
 * one pass over the dependents. A procedure that runs in every province counts once in each
 * province; a central-only procedure counts in its own group (key null). A procedure with
 * several levels counts once in each level. Missing field or ministry: group key null.
 */
export function countDependents(catalog: Catalog, id: string, options: DependentsOptions = {}): DependentCounts {
  return groupDependents(catalog, dependents(catalog, id, options));
}

/** The counts of an existing dependents result. */
export function groupDependents(catalog: Catalog, result: DependentsResult): DependentCounts {
  const provinceCodes =
    result.province !== null ? [result.province] : catalog.provinces.map((p) => p.code);
  const groups: Record<CountDimension, Map<string | null, CountGroup>> = {
    province: new Map(),
    level: new Map(),
    field: new Map(),
    ministry: new Map(),
  };
  const names = new Map(catalog.provinces.map((p) => [p.code, p.name]));
  // Every province appears, even with 0, so a director sees where nothing depends on it.
  for (const code of provinceCodes) {
    const name = names.get(code);
    groups.province.set(code, { key: code, ...(name ? { name } : {}), count: 0, codes: [] });
  }
  const add = (dim: CountDimension, key: string | null, code: string) => {
    let g = groups[dim].get(key);
    if (!g) {
      g = { key, count: 0, codes: [] };
      groups[dim].set(key, g);
    }
    g.count++;
    g.codes.push(code);
  };
  for (const d of result.dependents) {
    if (d.provinces === null) add('province', null, d.code);
    else {
      const where = d.provinces === 'all' ? provinceCodes : d.provinces.filter((p) => provinceCodes.includes(p));
      for (const p of where) add('province', p, d.code);
    }
    for (const l of new Set(d.level)) add('level', l, d.code);
    add('field', d.field ?? null, d.code);
    add('ministry', d.ministry ?? null, d.code);
  }
  const sorted = (dim: CountDimension): CountGroup[] => {
    const list = [...groups[dim].values()];
    // Largest first. Provinces tie in catalog order (the sort is stable); central procedures come last.
    if (dim === 'province') return list.sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : b.count - a.count));
    return list.sort((a, b) => b.count - a.count || nullLast(a.key, b.key));
  };
  return {
    version: 1,
    target: result.target,
    at: result.at,
    province: result.province,
    without: result.without,
    total: result.dependents.length,
    direct: result.dependents.filter((d) => d.depth === 0).length,
    by: { province: sorted('province'), level: sorted('level'), field: sorted('field'), ministry: sorted('ministry') },
  };
}

function nullLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b, 'vi');
}
