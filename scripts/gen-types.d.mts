export function generateCatalogTypes(): Promise<string>;
