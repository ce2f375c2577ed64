import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateCatalogTypes } from '../../scripts/gen-types.mjs';

describe('catalog types', () => {
  it('are exactly what schemas/catalog.schema.json generates', async () => {
    const committed = readFileSync(new URL('../../src/catalog/types.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(await generateCatalogTypes());
  });
});
