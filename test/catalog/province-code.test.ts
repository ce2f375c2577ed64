import { describe, expect, it } from 'vitest';
import { codeAfterKindWord, firstProvinceNamed, matchProvinceCode, provincesNamed } from '../../src/catalog/province-code.js';
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
    expect(given.map((g) => named(g)?.code)).toEqual(['HN', 'HN', 'HN', 'HN', 'GL', 'GL', undefined, 'DN', 'DN', 'DN', undefined, undefined, undefined]);
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

describe('provincesNamed, with the words people write around a name', () => {
  const provinces = [
    { code: 'HN', name: 'Hà Nội', name_en: 'Hanoi' },
    { code: 'HCM', name: 'Thành phố Hồ Chí Minh', name_en: 'Ho Chi Minh City' },
    { code: 'BRVT', name: 'Bà Rịa – Vũng Tàu', name_en: 'Ba Ria – Vung Tau' },
    { code: 'GL', name: 'Gia Lai' },
  ] as Province[];
  const code = (given: string) => provincesNamed(provinces, given).map((p) => p.code);

  it('reads a word for the kind of province before the name, or after the English name, as no part of it', () => {
    for (const g of ['tỉnh Gia Lai', 'Tinh Gia Lai', 'Gia Lai province', 'gia lai Province']) expect(code(g), g).toEqual(['GL']);
    for (const g of ['thành phố Hà Nội', 'TP Hà Nội', 'TP. Hà Nội', 'Hanoi City']) expect(code(g), g).toEqual(['HN']);
    for (const g of ['Hồ Chí Minh', 'TP. Hồ Chí Minh', 'TP.Hồ Chí Minh', 'Ho Chi Minh', 'ho chi minh city', 'Thành phố Hồ Chí Minh']) expect(code(g), g).toEqual(['HCM']);
  });

  it('reads punctuation as a space', () => {
    for (const g of ['Bà Rịa Vũng Tàu', 'Bà Rịa - Vũng Tàu', 'ba-ria-vung-tau', 'Ba Ria, Vung Tau', 'gia-lai']) expect(code(g).length, g).toBe(1);
    expect(code('Bà Rịa Vũng Tàu')).toEqual(['BRVT']);
  });

  it('matches whole names only, and none by a word for the kind of province alone', () => {
    for (const g of ['Gia', 'Chí Minh', 'tỉnh', 'thành phố', 'TP', 'city', 'giala', 'tỉnh Gia Lai Nam', 'HCM', 'TP.HCM']) expect(code(g), g).toEqual([]);
  });

  it('finds a code after a word for the kind of province, as people write TP.HCM, and nothing else', () => {
    const codes = provinces.map((p) => p.code);
    for (const g of ['TP.HCM', 'TP. HCM', 'tp hcm', 'TPHCM', 'Tp.Hcm', 'thành phố HCM', 'Thanh pho HCM', ' TP-HCM ']) expect(codeAfterKindWord(codes, g), g).toBe('HCM');
    expect(codeAfterKindWord(codes, 'tỉnh GL')).toBe('GL');
    expect(codeAfterKindWord(codes, 'TỈNH gl')).toBe('GL');
    for (const g of ['HCM', 'TP', 'tỉnh', 'TP.XYZ', 'TP Hồ Chí Minh', 'TP.HCM city', 'HCM TP', 'quận HCM']) expect(codeAfterKindWord(codes, g), g).toBeUndefined();
  });

  it('prefers a name as written to one read with the kind of province aside', () => {
    // "Thành phố Vinh" and "Vinh" are two provinces: each name as written is its own.
    const two = [
      { code: 'TPV', name: 'Thành phố Vinh' },
      { code: 'V', name: 'Vinh' },
    ] as Province[];
    expect(provincesNamed(two, 'Thành phố Vinh').map((p) => p.code)).toEqual(['TPV']);
    expect(provincesNamed(two, 'vinh').map((p) => p.code)).toEqual(['V']);
    // Written neither way, it names both, and the command line asks for the code.
    expect(provincesNamed(two, 'TP Vinh').map((p) => p.code)).toEqual(['TPV', 'V']);
  });
});
