import { SECTIONS, type Catalog } from '../catalog/types.js';

/** The code of NotACatalogError: what was given in place of a catalog is not one. */
export type NotACatalogErrorCode = 'NOT_A_CATALOG';

/** `buildGraph` or `analyze` was given something that is not a catalog object. */
export class NotACatalogError extends TypeError {
  override readonly name = 'NotACatalogError';
  /** Stable code: NOT_A_CATALOG. */
  readonly code: NotACatalogErrorCode = 'NOT_A_CATALOG';
}

const KEYS: ReadonlySet<string> = new Set(['catalog', ...SECTIONS]);

/**
 * The catalog with every section present (a missing section is empty). Does not copy the
 * entities. Refuses what is not a catalog object: not an object, a section that is not a
 * list, or a key that no catalog has (such as the `diagnostics` of what `loadCatalog`
 * returns, whose `catalog` is the catalog).
 */
export function completeCatalog(input: Catalog): Catalog {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new NotACatalogError('Expected a catalog object, such as the `catalog` that loadCatalog returns.');
  }
  if (typeof (input as { then?: unknown }).then === 'function') {
    throw new NotACatalogError('Expected a catalog object, but this is a Promise: await it (const { catalog } = await loadCatalog(path)).');
  }
  const prototype: unknown = Object.getPrototypeOf(input);
  if (prototype !== Object.prototype && prototype !== null && !isPlainObjectOfAnotherRealm(prototype)) {
    const kind = (input as object).constructor?.name ?? 'object';
    throw new NotACatalogError(`Expected a catalog object (a plain object, as parsed from YAML or JSON), not a ${kind}.`);
  }
  const other = Object.keys(input).find((key) => !KEYS.has(key));
  if (other !== undefined) {
    const loaded = 'diagnostics' in input && typeof input.catalog === 'object' && input.catalog !== null && 'procedures' in input.catalog;
    throw new NotACatalogError(
      loaded
        ? 'Expected a catalog object, but this is what loadCatalog returns: pass its `catalog` (const { catalog } = await loadCatalog(path)).'
        : `Expected a catalog object, but it has the key '${other}': a catalog has only ${[...KEYS].join(', ')}.`,
    );
  }
  for (const section of SECTIONS) {
    const value: unknown = input[section];
    if (value !== undefined && !Array.isArray(value)) {
      throw new NotACatalogError(`Expected a catalog object, but its '${section}' is not a list.`);
    }
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

/** Object.prototype of another realm (a vm context, an iframe): its objects are plain too. */
function isPlainObjectOfAnotherRealm(prototype: unknown): boolean {
  return prototype !== null && typeof prototype === 'object' && Object.getPrototypeOf(prototype) === null && Object.prototype.hasOwnProperty.call(prototype, 'hasOwnProperty');
}
