import type { Catalog } from '../catalog/types.js';

/** `buildGraph` or `analyze` was given something that is not a catalog object. */
export class NotACatalogError extends TypeError {
  override readonly name = 'NotACatalogError';
}

/** The catalog with every section present (a missing section is empty). Does not copy the entities. */
export function completeCatalog(input: Catalog): Catalog {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new NotACatalogError('Expected a catalog object, such as the `catalog` that loadCatalog returns.');
  }
  return {
    ...(input.catalog !== undefined ? { catalog: input.catalog } : {}),
    provinces: input.provinces ?? [],
    documents: input.documents ?? [],
    data_sources: input.data_sources ?? [],
    legal: input.legal ?? [],
    procedures: input.procedures ?? [],
  };
}
