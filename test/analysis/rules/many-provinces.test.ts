import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../src/catalog/parse-catalog.js';
import { analyze } from '../../../src/analysis/analyze.js';

// Province sets span several 32-bit words once a catalog has more than 32 provinces. A
// central procedure that obtains a document through a provincial one must see the
// provincial result in every word, sign bit included.
function centralStatus(provinceCount: number, notConnectedIn?: string) {
  const provinces = Array.from({ length: provinceCount }, (_, i) => ({ code: `P${i}`, name: `Tỉnh ${i}` }));
  const text = JSON.stringify({
    catalog: { name: 'many-provinces', cutoff: '2023-01-01' },
    provinces,
    documents: [
      { id: 'giay-xac-nhan', name: 'Giấy xác nhận', form: 'card', obtained_by: ['2.000001'] },
      { id: 'so-cu', name: 'Sổ cũ', form: 'paper', valid_until: '2022-12-31' },
    ],
    data_sources: [
      {
        id: 'tra-cuu',
        name: 'Tra cứu',
        provides: ['so-cu'],
        available_from: '2022-01-01',
        ...(notConnectedIn ? { provinces: { [notConnectedIn]: null } } : {}),
      },
    ],
    procedures: [
      { code: '2.000001', name: 'Cấp giấy xác nhận', level: ['xa'], requires: [{ document: 'so-cu', accept: ['tra-cuu'] }] },
      { code: '1.000001', name: 'Thủ tục trung ương', level: ['trung-uong'], requires: [{ document: 'giay-xac-nhan' }] },
    ],
  });
  const loaded = parseCatalog(text, { fileName: 'many-provinces.json' });
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return analyze(loaded.catalog, { at: '2023-01-01' }).results.find((r) => r.code === '1.000001')?.status;
}

describe('catalogs with more than 32 provinces', () => {
  for (const n of [31, 32, 33, 63, 64, 70]) {
    it(`a central procedure sees a provincial one met in all ${n} provinces`, () => {
      expect(centralStatus(n)).toBe('met');
    });
    it(`a central procedure sees a provincial one blocked in the last of ${n} provinces`, () => {
      expect(centralStatus(n, `P${n - 1}`)).toBe('blocked');
    });
  }
  it('a central procedure sees a provincial one blocked in the 32nd of 40 provinces (a sign bit)', () => {
    expect(centralStatus(40, 'P31')).toBe('blocked');
  });
});
