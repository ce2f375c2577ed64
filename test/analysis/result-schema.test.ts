import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import type { AnalysisResult } from '../../src/analysis/result-types.js';
import { loadFixture } from './helpers/fixture.js';
import { GENERATED_TYPES_URL, RESULT_SCHEMA_URL, generateResultTypes } from './helpers/generate-result-types.js';

const schema = JSON.parse(readFileSync(RESULT_SCHEMA_URL, 'utf8'));
const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);
const fixtures = readdirSync(new URL('../fixtures/analysis/', import.meta.url));

/** Real results: every fixture at dates around its boundaries and at its cutoff, all provinces and one, with and without amendments, lacking a document. */
function results(): [string, AnalysisResult][] {
  const out: [string, AnalysisResult][] = [];
  for (const name of fixtures) {
    const catalog = loadFixture(name);
    const cutoff = catalog.catalog?.cutoff;
    for (const at of new Set(['2022-12-31', '2023-01-01', '2023-03-01', ...(cutoff === undefined ? [] : [cutoff])])) {
      out.push([`${name} ${at}`, analyze(catalog, { at, lenient: true })]);
      const province = catalog.provinces[0]?.code;
      if (province) out.push([`${name} ${at} ${province}`, analyze(catalog, { at, province, lenient: true })]);
      const document = catalog.documents[0]?.id;
      if (document) out.push([`${name} ${at} lacking ${document}`, analyze(catalog, { at, lacking: [document], lenient: true })]);
      for (const l of catalog.legal.filter((l) => l.amends?.length)) {
        out.push([`${name} ${at} without ${l.id}`, analyze(catalog, { at, without: [l.id], lenient: true })]);
      }
    }
  }
  return out;
}

describe('schemas/result.schema.json', () => {
  it.each(results())('validates the real result of %s', (_, result) => {
    const ok = validate(JSON.parse(JSON.stringify(result)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects a result with an unknown key or a wrong status', () => {
    const result = JSON.parse(JSON.stringify(analyze(loadFixture('tiny-example'))));
    expect(validate({ ...result, extra: 1 })).toBe(false);
    result.results[0].status = 'fine';
    expect(validate(result)).toBe(false);
  });

  it('describes every property and closes every object', () => {
    const problems: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}[${i}]`));
      if (typeof node !== 'object' || node === null) return;
      const object = node as Record<string, unknown>;
      if (object.type === 'object' && object.additionalProperties !== false) problems.push(`${path}: not closed`);
      if (object.properties) {
        for (const [key, value] of Object.entries(object.properties as Record<string, { description?: string }>)) {
          if (!value.description) problems.push(`${path}.${key}: no description`);
        }
      }
      for (const [key, value] of Object.entries(object)) walk(value, `${path}/${key}`);
    };
    walk(schema, '#');
    expect(problems).toEqual([]);
  });

  it('is what the result types are generated from', async () => {
    const generated = await generateResultTypes();
    const path = fileURLToPath(GENERATED_TYPES_URL);
    if (process.env.UPDATE_GENERATED) {
      writeFileSync(`${path}.tmp`, generated);
      renameSync(`${path}.tmp`, path);
    }
    expect(readFileSync(path, 'utf8')).toBe(generated);
  });
});
