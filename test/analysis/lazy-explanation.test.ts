import { describe, expect, it } from 'vitest';
import { analyze, analyzeCompiled } from '../../src/analysis/analyze.js';
import { compileCatalog } from '../../src/analysis/compile-catalog.js';
import type { AnalysisResult, ProcedureResult } from '../../src/analysis/result-types.js';
import { loadFixture, resultOf } from './helpers/fixture.js';

// A result's explanation (`requirements`, `needs`) is built when first read. These tests hold
// it to the promise that the result still behaves as plain data.
const catalog = loadFixture('tiny-example');
const BIRTH = '1.001193';

/** The result as plain data, read property by property. */
function plain(r: ProcedureResult): Record<string, unknown> {
  return Object.fromEntries(Object.keys(r).map((k) => [k, structuredClone((r as unknown as Record<string, unknown>)[k])]));
}

describe('explanations built on first read', () => {
  it('are enumerable own properties, in the order of the result schema', () => {
    const r = resultOf(analyze(catalog), BIRTH, 'HN');
    expect(Object.keys(r)).toEqual([
      'code', 'name', 'province', 'level', 'essential', 'status', 'paper', 'best_form', 'deadlock', 'requirements', 'needs',
    ]);
    expect(Object.getOwnPropertyDescriptor(r, 'requirements')?.enumerable).toBe(true);
  });

  it('serialise, clone and spread like plain data', () => {
    const r = resultOf(analyze(catalog), BIRTH, 'GL');
    const data = plain(r);
    expect((data.requirements as unknown[]).length).toBe(1);
    expect(JSON.parse(JSON.stringify(r))).toEqual(data);
    expect(structuredClone(r)).toEqual(data);
    expect({ ...r }).toEqual(data);
    expect(Object.entries(r).map(([k]) => k)).toEqual(Object.keys(data));
  });

  it('are built once: the same arrays on every read', () => {
    const r = resultOf(analyze(catalog), BIRTH, 'HN');
    expect(r.requirements).toBe(r.requirements);
    expect(r.needs).toBe(r.needs);
    expect(r.requirements[0].candidates).toBe(r.requirements[0].candidates);
  });

  it('take what is assigned, and each result keeps its own', () => {
    const result = analyze(catalog);
    const hn = resultOf(result, BIRTH, 'HN');
    const gl = resultOf(result, BIRTH, 'GL');
    hn.requirements = [];
    hn.needs.push({ code: 'x', province: null, status: 'met', paper: false });
    expect(hn.requirements).toEqual([]);
    expect(hn.needs.map((n) => n.code)).toEqual(['x']);
    expect(gl.requirements).toHaveLength(1);
    expect(gl.needs).toEqual([]);
  });

  it('read late, still explain their own analysis: not a later one on the same compiled catalog', () => {
    const compiled = compileCatalog(catalog);
    const before = analyzeCompiled(compiled, { at: '2022-12-31' });
    const after = analyzeCompiled(compiled, { at: '2023-01-01', lacking: ['ct07'] });
    const read = (result: AnalysisResult) => JSON.stringify(result);
    expect(read(before)).toBe(read(analyze(catalog, { at: '2022-12-31' })));
    expect(read(after)).toBe(read(analyze(catalog, { at: '2023-01-01', lacking: ['ct07'] })));
    expect(resultOf(before, BIRTH, 'GL').requirements[0].chosen).toBe('so-ho-khau');
    expect(resultOf(after, BIRTH, 'GL').requirements[0].chosen).toBeUndefined();
  });
});

describe('the list of results, built on first read', () => {
  it('is an enumerable own property, in the order of the result schema', () => {
    const result = analyze(catalog);
    expect(Object.keys(result)).toEqual([
      'version', 'catalog', 'at', 'province', 'without', 'lacking', 'lenient', 'results', 'deadlocks', 'totals',
    ]);
    expect(Object.getOwnPropertyDescriptor(result, 'results')?.enumerable).toBe(true);
  });

  it('serialises, clones and spreads like plain data', () => {
    const result = analyze(catalog, { province: 'GL' });
    const data = JSON.parse(JSON.stringify(result));
    expect(data.results.map((r: ProcedureResult) => `${r.code} ${r.province}`)).toEqual(['1.010041 GL', `${BIRTH} GL`]);
    expect(structuredClone(result)).toEqual(data);
    expect({ ...result }).toEqual(data);
  });

  it('is built once, and takes what is assigned', () => {
    const result = analyze(catalog);
    expect(result.results).toBe(result.results);
    const kept = result.results.filter((r) => r.status === 'blocked');
    result.results = kept;
    expect(result.results).toBe(kept);
    expect(analyze(catalog).results).not.toBe(kept);
  });

  it('read late, still lists its own analysis: not a later one on the same compiled catalog', () => {
    const compiled = compileCatalog(catalog);
    const before = analyzeCompiled(compiled, { at: '2022-12-31', province: 'GL' });
    const after = analyzeCompiled(compiled, { at: '2023-01-01', province: 'GL', lacking: ['ct07'] });
    expect(JSON.stringify(after)).toBe(JSON.stringify(analyze(catalog, { at: '2023-01-01', province: 'GL', lacking: ['ct07'] })));
    expect(JSON.stringify(before)).toBe(JSON.stringify(analyze(catalog, { at: '2022-12-31', province: 'GL' })));
  });
});

describe('totals.procedures', () => {
  it('counts codes, also when two procedures share one', () => {
    const twice = { ...catalog, procedures: [...catalog.procedures, { ...catalog.procedures[1] }] };
    const result = analyze(twice, { lenient: true });
    expect(result.results.filter((r) => r.code === BIRTH)).toHaveLength(4);
    expect(result.totals.procedures).toBe(new Set(result.results.map((r) => r.code)).size);
    expect(result.totals.procedures).toBe(2);
    expect(analyze(catalog).totals.procedures).toBe(2);
  });
});
