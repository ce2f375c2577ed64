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
