import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legalIndex } from '../../src/graph/legal-index.js';
import {
  legalLabel,
  parentProvision,
  partKey,
  provisionCovers,
  provisionKey,
  provisionLabel,
  resolveProvision,
} from '../../src/graph/provision-ref.js';

const legal = legalIndex({
  legal: [
    { id: 'nd-61-2015', number: '61/2015/NĐ-CP', type: 'nghi-dinh' },
    { id: 'luat-cu-tru', number: '68/2020/QH14', type: 'luat' },
  ],
});
const ref = (r: Parameters<typeof resolveProvision>[0]) => resolveProvision(r, legal);

describe('provision references', () => {
  it('resolve legal documents by id or by number (NĐ ≡ ND, any case)', () => {
    for (const l of ['nd-61-2015', '61/2015/NĐ-CP', '61/2015/ND-CP', '61/2015/nđ-cp']) {
      expect(ref({ legal: l, article: 28 })).toEqual({ legal: 'nd-61-2015', legalIndex: 0, article: 28 });
    }
    expect(ref('61/2015/ND-CP')).toEqual({ legal: 'nd-61-2015', legalIndex: 0 });
    expect(ref('nd-99-2099')).toEqual({ legal: 'nd-99-2099', legalIndex: -1 });
  });

  it('cover what lies inside them, never the reverse', () => {
    const art28 = ref({ legal: 'nd-61-2015', article: 28 });
    const cl2 = ref({ legal: '61/2015/ND-CP', article: '28', clause: 2 });
    const pta = ref({ legal: 'nd-61-2015', article: 28, clause: '2', point: 'a' });
    const whole = ref('nd-61-2015');
    expect(provisionCovers(art28, cl2)).toBe(true);
    expect(provisionCovers(art28, pta)).toBe(true);
    expect(provisionCovers(cl2, pta)).toBe(true);
    expect(provisionCovers(cl2, art28)).toBe(false);
    expect(provisionCovers(pta, cl2)).toBe(false);
    expect(provisionCovers(whole, pta)).toBe(true);
    expect(provisionCovers(art28, whole)).toBe(false);
    expect(provisionCovers(cl2, ref({ legal: 'nd-61-2015', article: 28, clause: 3 }))).toBe(false);
    expect(provisionCovers(art28, ref({ legal: 'luat-cu-tru', article: 28 }))).toBe(false);
    expect(provisionCovers(ref({ legal: 'nd-61-2015', point: 'Đ' }), ref({ legal: 'nd-61-2015', point: 'đ' }))).toBe(true);
  });

  it('compare parts as numbers or as text in NFC, trimmed and in lower case (property)', () => {
    const part = fc.oneof(
      fc.integer({ min: 0, max: 300 }),
      fc.double(),
      fc.string({ unit: fc.constantFrom('a', 'b', 'đ', 'Đ', 'D', '2', '8', ' ', '\u0301', 'e', 'é', '-') }),
    );
    fc.assert(
      fc.property(part, (value) => {
        expect(partKey(value)).toBe(String(value).normalize('NFC').trim().toLowerCase());
      }),
      { numRuns: 2000 },
    );
    expect(partKey(undefined)).toBeUndefined();
    expect(partKey(' Đ ')).toBe(partKey('đ'));
    expect(partKey('28')).toBe(partKey(28));
  });

  it('match forms by form', () => {
    const form = ref({ legal: 'nd-61-2015', form: '1a' });
    expect(provisionCovers(form, ref({ legal: 'nd-61-2015', form: '1a' }))).toBe(true);
    expect(provisionCovers(form, ref({ legal: 'nd-61-2015', form: '1b' }))).toBe(false);
    expect(provisionCovers(form, ref({ legal: 'nd-61-2015', article: 1 }))).toBe(false);
  });

  it('have stable keys and parents', () => {
    const pta = ref({ legal: 'nd-61-2015', article: 28, clause: 2, point: 'a' });
    expect(provisionKey(pta)).toBe('provision:nd-61-2015/28/2/a');
    expect(provisionKey(parentProvision(pta)!)).toBe('provision:nd-61-2015/28/2');
    expect(provisionKey(ref('nd-61-2015'))).toBe('legal:nd-61-2015');
    expect(parentProvision(ref('nd-61-2015'))).toBeNull();
    expect(provisionKey(ref({ legal: 'nd-61-2015', form: '03' }))).toBe('provision:nd-61-2015/mau-03');
    expect(provisionKey(ref({ legal: 'nd-61-2015', clause: 3 }))).toBe('provision:nd-61-2015/_/3');
  });

  it('have Vietnamese labels', () => {
    expect(legalLabel(legal.find('nd-61-2015')!)).toBe('Nghị định 61/2015/NĐ-CP');
    expect(legalLabel(legal.find('luat-cu-tru')!)).toBe('Luật 68/2020/QH14');
    expect(provisionLabel({ article: 28, clause: 2, point: 'a' }, 'Nghị định 61/2015/NĐ-CP')).toBe(
      'Điều 28 khoản 2 điểm a Nghị định 61/2015/NĐ-CP',
    );
    expect(provisionLabel({ form: '1a' }, 'Nghị định 61/2015/NĐ-CP')).toBe('Mẫu số 1a Nghị định 61/2015/NĐ-CP');
  });
});
