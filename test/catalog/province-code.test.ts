import { describe, expect, it } from 'vitest';
import { firstProvinceNamed, matchProvinceCode, provincesNamed } from '../../src/catalog/province-code.js';
import type { Province } from '../../src/catalog/types.js';

describe('matchProvinceCode', () => {
  it('finds a code as written, in another case or with spaces around, and nothing else', () => {
    const codes = ['HN', 'GL', 'HCM'];
    expect(['GL', 'gl', ' Gl ', 'hcm'].map((g) => matchProvinceCode(codes, g))).toEqual(['GL', 'GL', 'GL', 'HCM']);
    expect(['G L', 'Gia Lai', '', 'HNX'].map((g) => matchProvinceCode(codes, g))).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('firstProvinceNamed', () => {
  it('finds, for name after name, the first province provincesNamed finds', () => {
    const provinces = [
      { code: 'HN', name: 'Hà Nội', name_en: 'Hanoi' },
      { code: 'GL', name: 'Gia Lai' },
      // A name another province has as its English name, and a name given twice: the first province wins.
      { code: 'HNX', name: 'Hanoi' },
      { code: 'DN', name: 'Đà Nẵng', name_en: 'Da Nang' },
      { code: 'DN2', name: 'Da Nang' },
    ] as Province[];
    const named = firstProvinceNamed(provinces);
    const given = ['Hà Nội', 'ha noi', ' HANOI ', 'hanoi', 'Gia Lai', 'gia-lai', 'gialai', 'Đà Nẵng', 'da nang', 'DA NANG', 'HN', 'Hue', ''];
    for (const g of given) expect(named(g), g).toBe(provincesNamed(provinces, g)[0]);
    expect(given.map((g) => named(g)?.code)).toEqual(['HN', 'HN', 'HN', 'HN', 'GL', undefined, undefined, 'DN', 'DN', 'DN', undefined, undefined, undefined]);
  });
});

describe('provincesNamed', () => {
  it('lists, in catalog order, every province a name names, by its name or its English name', () => {
    const hanoi = { code: 'HN', name: 'Hà Nội', name_en: 'Hanoi' };
    const other = { code: 'HNX', name: 'Hanoi' };
    for (const provinces of [[hanoi, other], [other, hanoi]] as Province[][]) {
      const codes = provinces.map((p) => p.code);
      expect(provincesNamed(provinces, 'hanoi').map((p) => p.code)).toEqual(codes);
      expect(provincesNamed(provinces, ' HANOI ').map((p) => p.code)).toEqual(codes);
      expect(firstProvinceNamed(provinces)('hanoi')?.code).toBe(codes[0]);
      expect(provincesNamed(provinces, 'Hà Nội').map((p) => p.code)).toEqual(['HN']);
      expect(provincesNamed(provinces, 'Hue')).toEqual([]);
    }
  });

  it('lists a province once when its two names are one name', () => {
    const provinces = [
      { code: 'GL', name: 'Gia Lai', name_en: 'Gia Lai' },
      { code: 'HUE', name: 'Huế', name_en: 'Hue' },
    ] as Province[];
    expect(provincesNamed(provinces, 'gia lai').map((p) => p.code)).toEqual(['GL']);
    expect(provincesNamed(provinces, 'hue').map((p) => p.code)).toEqual(['HUE']);
  });
});
