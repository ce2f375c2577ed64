// Generates src/catalog/types.generated.ts from schemas/catalog.schema.json.
// `node scripts/gen-types.mjs --check` exits 1 when the committed file differs.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const schemaPath = `${root}schemas/catalog.schema.json`;
const outPath = `${root}src/catalog/types.generated.ts`;

export async function generateCatalogTypes() {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  return compile(schema, 'CatalogFile', {
    bannerComment:
      '/* Generated from schemas/catalog.schema.json by `npm run gen:types`. Do not edit by hand. */',
    additionalProperties: false,
    unreachableDefinitions: false,
    format: true,
    style: { singleQuote: true },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ts = await generateCatalogTypes();
  if (process.argv.includes('--check')) {
    const current = readFileSync(outPath, 'utf8');
    if (current !== ts) {
      console.error('src/catalog/types.generated.ts is out of date: run `npm run gen:types`.');
      process.exit(1);
    }
  } else {
    writeFileSync(`${outPath}.tmp`, ts);
    renameSync(`${outPath}.tmp`, outPath);
  }
}
