import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';
import { loadFixture, resultOf, state } from '../helpers/fixture.js';

const result = analyze(loadFixture('needs'));

describe('needs: every needed procedure must be completed first', () => {
  it('a provincial procedure that needs a central one uses the central result', () => {
    expect(state(result, 'needs-ok-central', 'HN')).toBe('met');
    expect(resultOf(result, 'needs-ok-central', 'GL').needs).toEqual([
      { code: 'ok-central', province: null, status: 'met', paper: false },
    ]);
  });

  it('is an AND: one blocked need blocks', () => {
    const r = resultOf(result, 'needs-bad-central', 'HN');
    expect(r.status).toBe('blocked');
    expect(r.needs.map((n) => `${n.code}:${n.status}`)).toEqual(['ok-central:met', 'bad-central:blocked']);
  });

  it('follows provinces: a need met in HN only blocks in GL, transitively', () => {
    expect([state(result, 'needs-lookup', 'HN'), state(result, 'needs-lookup', 'GL')]).toEqual(['met', 'blocked']);
    expect([state(result, 'chain', 'HN'), state(result, 'chain', 'GL')]).toEqual(['met', 'blocked']);
    expect(resultOf(result, 'chain', 'GL').needs).toEqual([
      { code: 'needs-lookup', province: 'GL', status: 'blocked', paper: false },
    ]);
  });

  it('a needed procedure not offered in the province cannot be completed there', () => {
    expect(state(result, 'needs-hn-only', 'HN')).toBe('met');
    const gl = resultOf(result, 'needs-hn-only', 'GL');
    expect(gl.status).toBe('blocked');
    expect(gl.needs).toEqual([{ code: 'hn-only', province: 'GL', status: 'blocked', paper: false, context: 'not-offered' }]);
  });

  it('a central procedure needs a provincial one met in every province where it runs', () => {
    // lookup-local runs everywhere and is blocked in GL; hn-only runs only in HN and is met there.
    const lookup = resultOf(result, 'central-needs-lookup', null);
    expect(lookup.status).toBe('blocked');
    expect(lookup.needs).toEqual([
      { code: 'lookup-local', province: null, status: 'blocked', paper: false, context: 'every-province' },
    ]);
    const hnOnly = resultOf(result, 'central-needs-hn-only', null);
    expect(hnOnly.status).toBe('met');
    expect(hnOnly.needs[0]).toMatchObject({ code: 'hn-only', status: 'met', context: 'every-province' });
  });

  it('a procedure that runs in some provinces has a result only there', () => {
    expect(result.results.filter((r) => r.code === 'hn-only').map((r) => r.province)).toEqual(['HN']);
    expect(result.results.filter((r) => r.code === 'ok-central').map((r) => r.province)).toEqual([null]);
  });
});
