import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Catalog } from '../../src/catalog/types.js';
import { emptyCatalog } from '../../src/catalog/types.js';

export const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/report/dependents/${name}`, import.meta.url));

/** A fixture catalog file as a Catalog (one file: its lists are the catalog's). */
export function loadFixture(name: string): Catalog {
  const raw = parse(readFileSync(fixture(name), 'utf8')) as Partial<Catalog>;
  return { ...emptyCatalog(), ...raw };
}
