import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Catalog } from '../../src/catalog/types.js';
import { emptyCatalog } from '../../src/catalog/types.js';

/** Path of a catalog under test/fixtures/report/. */
export const reportFixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/report/${name}/catalog.yaml`, import.meta.url));

/** A one-file fixture catalog as a Catalog. */
export function loadReportFixture(name: string): Catalog {
  return { ...emptyCatalog(), ...(parse(readFileSync(reportFixture(name), 'utf8')) as Partial<Catalog>) };
}
