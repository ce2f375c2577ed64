/** Thrown by `loadCatalog` when the path given cannot be read as a catalog. The CLI exits 2. */
export class CatalogPathError extends Error {
  override name = 'CatalogPathError';
  constructor(
    message: string,
    readonly path: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** Thrown when a loader or parser (parseCatalog, parseCatalogFiles, parseFile, parseReform) is called with arguments of the wrong kind. */
export class CatalogArgumentError extends TypeError {
  override name = 'CatalogArgumentError';
}
