import { readFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';

export const RESULT_SCHEMA_URL = new URL('../../../schemas/result.schema.json', import.meta.url);
export const GENERATED_TYPES_URL = new URL('../../../src/analysis/result-types.generated.ts', import.meta.url);

/** The TypeScript of schemas/result.schema.json, as committed in src/analysis/result-types.generated.ts. */
export async function generateResultTypes(): Promise<string> {
  const schema = JSON.parse(readFileSync(RESULT_SCHEMA_URL, 'utf8'));
  return compile(schema, 'AnalysisResult', {
    bannerComment:
      '/* Generated from schemas/result.schema.json. Do not edit by hand: edit the schema, then run\n' +
      '   UPDATE_GENERATED=1 npx vitest run test/analysis/result-schema.test.ts */',
    additionalProperties: false,
    unreachableDefinitions: false,
    format: true,
    style: { singleQuote: true },
  });
}
