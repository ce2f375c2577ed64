import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { emptyCatalog, type Catalog } from '../../../../src/catalog/types.js';

const FIXTURES = new URL('../../../fixtures/plan/', import.meta.url);

/** Reads test/fixtures/plan/<name>.yaml as a catalog. */
export function loadPlanFixture(name: string): Catalog {
  const text = readFileSync(new URL(`${name}.yaml`, FIXTURES), 'utf8');
  return { ...emptyCatalog(), ...parse(text) } as Catalog;
}
