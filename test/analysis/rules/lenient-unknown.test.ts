import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';
import { UnresolvedCatalogError } from '../../../src/analysis/errors.js';
import { loadFixture, resultOf } from '../helpers/fixture.js';

const catalog = loadFixture('lenient-unknown');

describe('unresolved references: refused in strict mode, unknown in lenient mode', () => {
  it('strict analysis refuses the catalog and lists what does not resolve', () => {
    let error: unknown;
    try {
      analyze(catalog);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnresolvedCatalogError);
    const refs = (error as UnresolvedCatalogError).references.map((r) => `${r.kind}:${r.reference}`);
    expect(refs.sort()).toEqual([
      'evidence:tra-cuu-ma',
      'evidence:tra-cuu-ma',
      'legal:nd-999-2099',
      'procedure:khong-ton-tai',
      'procedure:ma',
      'procedure:ma',
      'province:XX',
    ]);
    expect((error as Error).message).toMatch(/lenient: true/);
  });

  const result = analyze(catalog, { lenient: true });
  it.each<[string, string | null, string, string]>([
    ['ghost-accept', 'HN', 'unknown', 'an unresolved accept id might have been available'],
    ['ghost-and-ok', 'HN', 'met', 'another candidate is available anyway'],
    ['ghost-need-blocked', 'HN', 'blocked', 'a real requirement blocks anyway'],
    ['ghost-need', 'HN', 'unknown', 'an unresolved need'],
    ['ghost-obtained', 'HN', 'unknown', 'an unresolved obtaining procedure'],
    ['ghost-basis', 'HN', 'unknown', 'an unresolved basis might be covered by an amendment in force'],
    ['central-needs-nowhere', null, 'blocked', 'a procedure that runs in no province cannot be completed'],
  ])('%s is %s: %s', (code, province, status) => {
    expect(resultOf(result, code, province).status).toBe(status);
  });

  it('explains unknowns with the reference as written', () => {
    const accept = resultOf(result, 'ghost-accept', 'HN').requirements[0];
    expect(accept.status).toBe('unknown');
    expect(accept.candidates[1]).toMatchObject({ id: 'tra-cuu-ma', status: 'unknown', reason: { kind: 'unresolved', reference: 'tra-cuu-ma' } });
    // Nothing is known of its form: it is not passed off as a paper document.
    expect(accept.candidates[1]).toMatchObject({ form: null, paper: false });
    expect(resultOf(result, 'ghost-need', 'HN').needs).toEqual([
      { code: 'ma', province: null, status: 'unknown', paper: false, context: 'unresolved' },
    ]);
    const basis = resultOf(result, 'ghost-basis', 'HN').requirements[0];
    expect(basis.basis).toEqual({ legal: 'nd-999-2099', article: 9, label: 'Điều 9 nd-999-2099' });
    expect(basis.candidates[1]).toMatchObject({ id: 'don', status: 'unknown', coverage_unknown: true, origin: 'amendment' });
    expect(resultOf(result, 'central-needs-nowhere', null).needs[0]).toMatchObject({ status: 'blocked', context: 'not-offered' });
  });

  it('counts unknowns in the totals and never as met', () => {
    expect(result.lenient).toBe(true);
    expect(result.totals.unknown).toBe(4);
    expect(result.results.filter((r) => r.status === 'unknown').every((r) => r.best_form === null && !r.paper)).toBe(true);
    expect(result.results.some((r) => r.code === 'ghost-province')).toBe(false);
  });
});
