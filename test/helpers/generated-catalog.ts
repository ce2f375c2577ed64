import type { GeneratedFile } from '../../bench/generate.mjs';
import type { CatalogFile } from '../../src/catalog/types.js';

/** The entities of a generated catalog's files in one catalog, file after file, as a load merges them. */
export function mergedCatalog(files: GeneratedFile[]): Required<Omit<CatalogFile, 'catalog'>> {
  const all = { provinces: [], documents: [], data_sources: [], legal: [], procedures: [] } as Required<Omit<CatalogFile, 'catalog'>>;
  for (const f of files) {
    for (const key of Object.keys(all) as (keyof typeof all)[]) {
      const list = f.data[key];
      if (list) (all[key] as unknown[]).push(...list);
    }
  }
  return all;
}
