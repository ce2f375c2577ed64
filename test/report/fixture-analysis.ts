import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';
import type { Catalog } from '../../src/catalog/types.js';

/** Path of a catalog under test/fixtures/report/. */
export const reportFixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/report/${name}/catalog.yaml`, import.meta.url));

/** A one-file fixture catalog, loaded by the real loader (leniently when `lenient`); throws on load errors. */
export function loadReportFixture(name: string, lenient = false): Catalog {
  const loaded = parseCatalog(readFileSync(reportFixture(name), 'utf8'), { fileName: `${name}/catalog.yaml`, strict: !lenient });
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(`Fixture ${name} does not load: ${errors.map((d) => d.message).join(' ')}`);
  return loaded.catalog;
}
