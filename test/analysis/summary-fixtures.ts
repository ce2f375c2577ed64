import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Catalog } from '../../src/catalog/types.js';
import { emptyCatalog } from '../../src/catalog/types.js';

/** Path of a one-file fixture catalog under test/fixtures/summary/. */
export const summaryFixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/summary/${name}/catalog.yaml`, import.meta.url));

/** A one-file fixture catalog under test/fixtures/summary/, as a Catalog. */
export function loadSummaryFixture(name: string): Catalog {
  return { ...emptyCatalog(), ...(parse(readFileSync(summaryFixture(name), 'utf8')) as Partial<Catalog>) };
}
