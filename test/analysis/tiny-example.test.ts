import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { loadFixture, resultOf, state } from './helpers/fixture.js';

// The "tiny example" of the format page, checked sentence by sentence.
const catalog = loadFixture('tiny-example');
const BIRTH = '1.001193';

describe('the format page tiny example', () => {
  it('on 2022-12-31 nothing is blocked: the household book is still valid', () => {
    const result = analyze(catalog, { at: '2022-12-31' });
    expect(result.totals.blocked).toBe(0);
    const hn = resultOf(result, BIRTH, 'HN');
    expect(hn.requirements[0].chosen).toBe('so-ho-khau');
    expect(hn.requirements[0].candidates[0].reason).toEqual({ kind: 'valid', valid_until: '2022-12-31' });
  });

  it('on 2023-01-01 (the cutoff) birth registration in HN is met by a population-database lookup', () => {
    const result = analyze(catalog);
    expect(result.at).toBe('2023-01-01');
    const hn = resultOf(result, BIRTH, 'HN');
    expect(hn).toMatchObject({ status: 'met', paper: false, best_form: 'data' });
    const req = hn.requirements[0];
    expect(req.chosen).toBe('csdlqg-dan-cu');
    expect(req.basis?.label).toBe('Điều 2 khoản 1 Nghị định 123/2015/NĐ-CP');
    const lookup = req.candidates.find((c) => c.id === 'csdlqg-dan-cu')!;
    expect(lookup).toMatchObject({ kind: 'data_source', origin: 'amendment', status: 'met' });
    expect(lookup.reason).toEqual({ kind: 'connected', since: '2022-07-01', where: 'national' });
    expect(lookup.amendment).toMatchObject({ legal: 'nd-104-2022', effective: '2023-01-01', scope: { document: 'so-ho-khau' } });
    const book = req.candidates.find((c) => c.id === 'so-ho-khau')!;
    expect(book).toMatchObject({ status: 'blocked', reason: { kind: 'expired', valid_until: '2022-12-31' } });
  });

  it('in GL, where the lookup is not connected, it is met only through CT07: not blocked, but still paper', () => {
    const result = analyze(catalog);
    const gl = resultOf(result, BIRTH, 'GL');
    expect(gl).toMatchObject({ status: 'met', paper: true, best_form: 'paper' });
    const req = gl.requirements[0];
    expect(req.chosen).toBe('ct07');
    expect(req.candidates.find((c) => c.id === 'csdlqg-dan-cu')!.reason).toEqual({
      kind: 'not-connected',
      province: 'GL',
      since: null,
    });
    expect(req.candidates.find((c) => c.id === 'ct07')!.reason).toEqual({
      kind: 'obtainable',
      valid_until: null,
      via: { code: '1.010041', province: 'GL', status: 'met', paper: false },
    });
    expect(result.totals).toMatchObject({ blocked: 0, paper: 1, paperless: 3, evaluations: 4, procedures: 2 });
  });

  it('without Decree 104 it would be blocked in both provinces', () => {
    for (const without of ['nd-104-2022', '104/2022/NĐ-CP', '104/2022/nd-cp']) {
      const result = analyze(catalog, { without: [without] });
      expect(result.without).toEqual(['nd-104-2022']);
      expect(state(result, BIRTH, 'HN')).toBe('blocked');
      expect(state(result, BIRTH, 'GL')).toBe('blocked');
      const req = resultOf(result, BIRTH, 'HN').requirements[0];
      expect(req.status).toBe('blocked');
      expect(req.candidates.map((c) => c.id)).toEqual(['so-ho-khau']);
    }
  });

  it('with a province filter, only that province is reported', () => {
    const result = analyze(catalog, { province: 'GL' });
    expect(result.province).toBe('GL');
    expect(result.results.map((r) => `${r.code}@${r.province}`)).toEqual(['1.010041@GL', '1.001193@GL']);
    expect(result.totals).toMatchObject({ evaluations: 2, paper: 1 });
  });
});
