import { readFileSync } from 'node:fs';
import { parseCatalog } from '../../../src/catalog/parse-catalog.js';
import type { Catalog } from '../../../src/catalog/types.js';
import type { AnalysisResult, ProcedureResult } from '../../../src/analysis/result-types.js';

const FIXTURES = new URL('../../fixtures/analysis/', import.meta.url);

/**
 * Loads test/fixtures/analysis/<name>/catalog.yaml with the real loader: strictly, or
 * leniently when the fixture is about unresolved references. Fails on any other error.
 */
export function loadFixture(name: string): Catalog {
  const text = readFileSync(new URL(`${name}/catalog.yaml`, FIXTURES), 'utf8');
  const fileName = `${name}/catalog.yaml`;
  const strict = parseCatalog(text, { fileName });
  if (strict.ok) return strict.catalog;
  const lenient = parseCatalog(text, { fileName, strict: false });
  if (lenient.ok) return lenient.catalog;
  const errors = lenient.diagnostics.filter((d) => d.severity === 'error');
  throw new Error(`fixture ${name} does not load: ${errors.map((d) => d.message).join(' ')}`);
}

/** The result of one procedure in one province (null: central). Throws when there is none. */
export function resultOf(result: AnalysisResult, code: string, province: string | null): ProcedureResult {
  const found = result.results.find((r) => r.code === code && r.province === province);
  if (!found) throw new Error(`no result for ${code} in ${province ?? 'central'}`);
  return found;
}

/** "met" / "paper" / "blocked" / "unknown": the status with paper folded in, for compact tables. */
export function state(result: AnalysisResult, code: string, province: string | null): string {
  const r = resultOf(result, code, province);
  return r.status === 'met' && r.paper ? 'paper' : r.status;
}
