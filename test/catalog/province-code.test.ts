import { describe, expect, it } from 'vitest';
import { matchProvinceCode } from '../../src/catalog/province-code.js';

describe('matchProvinceCode', () => {
  it('finds a code as written, in another case or with spaces around, and nothing else', () => {
    const codes = ['HN', 'GL', 'HCM'];
    expect(['GL', 'gl', ' Gl ', 'hcm'].map((g) => matchProvinceCode(codes, g))).toEqual(['GL', 'GL', 'GL', 'HCM']);
    expect(['G L', 'Gia Lai', '', 'HNX'].map((g) => matchProvinceCode(codes, g))).toEqual([undefined, undefined, undefined, undefined]);
  });
});
