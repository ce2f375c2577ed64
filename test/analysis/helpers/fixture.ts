import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { emptyCatalog, type Catalog } from '../../../src/catalog/types.js';
import type { AnalysisResult, ProcedureResult } from '../../../src/analysis/result-types.js';

const FIXTURES = new URL('../../fixtures/analysis/', import.meta.url);

/** Reads test/fixtures/analysis/<name>/catalog.yaml as a catalog. */
export function loadFixture(name: string): Catalog {
  const text = readFileSync(new URL(`${name}/catalog.yaml`, FIXTURES), 'utf8');
  return { ...emptyCatalog(), ...parse(text) } as Catalog;
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
