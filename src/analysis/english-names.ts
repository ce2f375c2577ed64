import type { Catalog } from '../catalog/types.js';

/**
 * The English name the catalog settings give a ministry (`ministries_en`) or a field
 * (`fields_en`), matched exactly as procedures are grouped by them; undefined when none is
 * given (or for the group of procedures that record none).
 */
export function groupNameEn(catalog: Catalog, dim: 'ministry' | 'field', key: string | null): string | undefined {
  if (key === null) return undefined;
  const names = dim === 'ministry' ? catalog.catalog?.ministries_en : catalog.catalog?.fields_en;
  // Own keys only: a ministry named 'constructor' has no English name by inheritance.
  return names !== undefined && Object.hasOwn(names, key) ? names[key] : undefined;
}

/** The catalog's English name, as the `catalog_en` of an output that names the catalog; nothing when it gives none. */
export function catalogNameEn(catalog: Catalog): { catalog_en?: string } {
  const en = catalog.catalog?.name_en;
  return en ? { catalog_en: en } : {};
}
