import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';
import { loadFixture, resultOf } from '../helpers/fixture.js';

const catalog = loadFixture('document-sunset');

describe('a document is available until its valid_until, inclusive', () => {
  it.each([
    ['2022-12-30', 'met'],
    ['2022-12-31', 'met'],
    ['2023-01-01', 'blocked'],
  ])('on %s the household book requirement is %s', (at, status) => {
    const r = resultOf(analyze(catalog, { at }), '1.001193', 'HN');
    expect(r.status).toBe(status);
    expect(r.requirements[0].status).toBe(status);
  });

  it('the day after, the reason names the sunset date and the provision that set it', () => {
    const r = resultOf(analyze(catalog, { at: '2023-01-01' }), '1.001193', 'HN');
    expect(r.requirements[0].candidates).toEqual([
      expect.objectContaining({
        id: 'so-ho-khau',
        origin: 'required',
        status: 'blocked',
        reason: {
          kind: 'expired',
          valid_until: '2022-12-31',
          basis: {
            legal: 'luat-cu-tru-2020',
            number: '68/2020/QH14',
            title: 'Luật Cư trú',
            article: 38,
            clause: 3,
            source: 'https://example.org/luat-cu-tru',
            label: 'Điều 38 khoản 3 Luật 68/2020/QH14',
          },
        },
      }),
    ]);
    expect(r.requirements[0].basis).toEqual({
      legal: 'nd-123-2015',
      number: '123/2015/NĐ-CP',
      article: 2,
      clause: 1,
      label: 'Điều 2 khoản 1 Nghị định 123/2015/NĐ-CP',
    });
  });

  it('the day before, the reason says until when it is valid', () => {
    const r = resultOf(analyze(catalog, { at: '2022-12-31' }), '1.001193', 'HN');
    expect(r.requirements[0].candidates[0].reason).toEqual({ kind: 'valid', valid_until: '2022-12-31' });
    expect(r.requirements[0].chosen).toBe('so-ho-khau');
  });

  it('a document without sunset is valid at any date', () => {
    for (const at of ['1990-01-01', '2099-12-31']) {
      const r = resultOf(analyze(catalog, { at }), '1.000894', 'HN');
      expect(r.status).toBe('met');
      expect(r.requirements[0].candidates[0].reason).toEqual({ kind: 'valid', valid_until: null });
    }
  });
});
