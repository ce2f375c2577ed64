import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Catalog } from '../../../src/catalog/types.js';
import { emptyCatalog } from '../../../src/catalog/types.js';

/** Path of a fixture catalog of the report tests. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

/** A fixture catalog as plain data (one file, already well-formed). */
export function fixtureCatalog(name: string): Catalog {
  const file = parse(readFileSync(fixturePath(name), 'utf8')) as Partial<Catalog>;
  return { ...emptyCatalog(), ...file };
}
