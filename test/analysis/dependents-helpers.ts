import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';
import type { Catalog } from '../../src/catalog/types.js';

export const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/report/dependents/${name}`, import.meta.url));

/** A fixture catalog file, loaded by the real loader; throws on load errors. */
export function loadFixture(name: string): Catalog {
  const loaded = parseCatalog(readFileSync(fixture(name), 'utf8'), { fileName: name });
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(`Fixture ${name} does not load: ${errors.map((d) => d.message).join(' ')}`);
  return loaded.catalog;
}
