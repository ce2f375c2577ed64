import { fileURLToPath } from 'node:url';
import { loadCatalog } from '../../../src/catalog/load-catalog.js';
import type { Catalog } from '../../../src/catalog/types.js';

/** Path of a fixture catalog of the report tests. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

/** A fixture catalog, read by the real loader; throws when it has errors (fixtures must be valid). */
export async function loadFixture(name: string): Promise<Catalog> {
  const loaded = await loadCatalog(fixturePath(name));
  if (!loaded.ok) throw new Error(`Fixture ${name} has errors: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
  return loaded.catalog;
}

/** The report's HTML without the spans that keep legal numbers and codes on one line (`escapeHtmlWhole`), for comparing its text. */
export function withoutNw(html: string): string {
  return html.replace(/<span class="nw">([^<]*)<\/span>/g, '$1');
}
