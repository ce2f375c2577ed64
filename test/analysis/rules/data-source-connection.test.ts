import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';
import { loadFixture, resultOf } from '../helpers/fixture.js';

const catalog = loadFixture('data-source-connection');
const reasonOf = (at: string, code: string, province: string | null) =>
  resultOf(analyze(catalog, { at }), code, province).requirements[0].candidates.find((c) => c.kind === 'data_source')!
    .reason;

describe('a data source is available where it is connected', () => {
  // csdlqg-dan-cu: national from 2023-01-01; GL never; HCM from 2023-03-01; DN from 2022-06-01.
  it.each([
    ['2022-12-31', { HN: 'blocked', GL: 'blocked', HCM: 'blocked', DN: 'met' }],
    ['2023-01-01', { HN: 'met', GL: 'blocked', HCM: 'blocked', DN: 'met' }],
    ['2023-01-02', { HN: 'met', GL: 'blocked', HCM: 'blocked', DN: 'met' }],
    ['2023-02-28', { HN: 'met', GL: 'blocked', HCM: 'blocked', DN: 'met' }],
    ['2023-03-01', { HN: 'met', GL: 'blocked', HCM: 'met', DN: 'met' }],
    ['2023-03-02', { HN: 'met', GL: 'blocked', HCM: 'met', DN: 'met' }],
  ])('on %s the local procedure is %j', (at, expected) => {
    // On 2022-12-31 the book itself is still valid, so look at the lookup candidate there.
    const result = analyze(catalog, { at });
    const seen: Record<string, string> = {};
    for (const p of ['HN', 'GL', 'HCM', 'DN']) {
      seen[p] = resultOf(result, 'local', p).requirements[0].candidates[1].status;
    }
    expect(seen).toEqual(expected);
  });

  it.each([
    ['2022-12-31', 'blocked'],
    ['2023-01-01', 'met'],
  ])('a central evaluation uses the national date only: on %s the lookup is %s', (at, expected) => {
    const r = resultOf(analyze(catalog, { at }), 'central', null);
    expect(r.requirements[0].candidates[1].status).toBe(expected);
  });

  it('says which date decided it, and whether it was the province or the nation', () => {
    expect(reasonOf('2023-01-01', 'local', 'HN')).toEqual({ kind: 'connected', since: '2023-01-01', where: 'national' });
    expect(reasonOf('2023-01-01', 'local', 'DN')).toEqual({ kind: 'connected', since: '2022-06-01', where: 'province' });
    expect(reasonOf('2023-01-01', 'local', 'GL')).toEqual({ kind: 'not-connected', province: 'GL', since: null });
    expect(reasonOf('2023-02-28', 'local', 'HCM')).toEqual({ kind: 'not-connected', province: 'HCM', since: '2023-03-01' });
    expect(reasonOf('2022-12-31', 'central', null)).toEqual({ kind: 'not-connected', province: null, since: '2023-01-01' });
    expect(reasonOf('2023-01-01', 'central', null)).toEqual({ kind: 'connected', since: '2023-01-01', where: 'national' });
  });

  it('without a national date, only provinces with their own date are connected', () => {
    const at = (date: string) => analyze(catalog, { at: date });
    expect(resultOf(at('2023-01-31'), 'residence-only', 'HN').status).toBe('blocked');
    expect(resultOf(at('2023-02-01'), 'residence-only', 'HN').status).toBe('met');
    expect(resultOf(at('2023-02-02'), 'residence-only', 'HN').status).toBe('met');
    expect(resultOf(at('2023-02-01'), 'residence-only', 'GL').status).toBe('blocked');
    expect(resultOf(at('2099-01-01'), 'residence-central', null).status).toBe('blocked');
    expect(resultOf(at('2023-02-01'), 'residence-central', null).requirements[0].candidates[1].reason).toEqual({
      kind: 'not-connected',
      province: null,
      since: null,
    });
  });

  it('a met lookup is the data form, not paper', () => {
    const r = resultOf(analyze(catalog), 'local', 'HN');
    expect(r).toMatchObject({ status: 'met', paper: false, best_form: 'data' });
    expect(r.requirements[0].chosen).toBe('csdlqg-dan-cu');
  });
});
