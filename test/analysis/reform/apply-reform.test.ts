import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/catalog/types.js';
import { applyReform } from '../../../src/analysis/reform/apply-reform.js';
import { ReformMismatchError } from '../../../src/analysis/reform/types.js';

function base(): Catalog {
  return {
    catalog: { name: 't', cutoff: '2023-01-01' },
    provinces: [
      { code: 'HN', name: 'Hà Nội' },
      { code: 'GL', name: 'Gia Lai' },
      { code: 'PY', name: 'Phú Yên' },
    ],
    documents: [{ id: 'so-ho-khau', name: 'Sổ hộ khẩu', form: 'paper', valid_until: '2022-12-31' }],
    data_sources: [
      { id: 'dan-cu', name: 'CSDL dân cư', provides: ['so-ho-khau'], available_from: '2022-07-01', provinces: { GL: null, PY: '2024-01-01' } },
      { id: 'other', name: 'Other', provides: [] },
    ],
    legal: [{ id: 'nd-123-2015', number: '123/2015/NĐ-CP', type: 'nghi-dinh' }],
    procedures: [],
  };
}

describe('applyReform', () => {
  it('appends new legal documents and never mutates the input', () => {
    const c = base();
    const before = JSON.stringify(c);
    const out = applyReform(c, {
      legal: [{ id: 'plan', number: 'PLAN', type: 'other', effective: '2023-01-01', amends: [{ provision: { legal: '123/2015/ND-CP', article: 2 }, accept: ['dan-cu'] }] }],
    });
    expect(JSON.stringify(c)).toBe(before);
    expect(out.legal.map((l) => l.id)).toEqual(['nd-123-2015', 'plan']);
    // a reference by number is resolved to the id, like a loaded catalog's
    expect(out.legal[1].amends![0].provision).toEqual({ legal: 'nd-123-2015', article: 2 });
  });

  it('turns a bare provision string into an object', () => {
    const out = applyReform(base(), { legal: [{ id: 'x', number: 'X', type: 'other', amends: [{ provision: 'nd-123-2015', drop: true }] }] });
    expect(out.legal[1].amends![0].provision).toEqual({ legal: 'nd-123-2015' });
  });

  it('connects a data source where it was not connected, earliest date winning', () => {
    const c = base();
    const out = applyReform(c, {
      connect: [
        { data_source: 'dan-cu', province: 'GL', from: '2023-03-01' },
        { data_source: 'dan-cu', province: 'GL', from: '2023-02-01' },
        { data_source: 'dan-cu', province: 'GL', from: '2023-05-01' },
        { data_source: 'dan-cu', province: 'PY', from: '2023-06-01' },
        { data_source: 'dan-cu', province: 'HN', from: '2023-01-01' },
        { data_source: 'other', province: 'HN', from: '2023-01-01' },
      ],
    });
    expect(out.data_sources[0].provinces).toEqual({ GL: '2023-02-01', PY: '2023-06-01' });
    expect(out.data_sources[1].provinces).toEqual({ HN: '2023-01-01' });
    expect(c.data_sources[0].provinces).toEqual({ GL: null, PY: '2024-01-01' });
    expect(c.data_sources[1].provinces).toBeUndefined();
  });

  it('adds an override when the connection is earlier than the national date', () => {
    const out = applyReform(base(), { connect: [{ data_source: 'dan-cu', province: 'HN', from: '2022-01-01' }] });
    expect(out.data_sources[0].provinces?.HN).toBe('2022-01-01');
  });

  it('refuses unknown data sources, provinces and redefined legal ids', () => {
    expect(() => applyReform(base(), { connect: [{ data_source: 'nope', province: 'HN', from: '2023-01-01' }] })).toThrow(ReformMismatchError);
    expect(() => applyReform(base(), { connect: [{ data_source: 'dan-cu', province: 'XX', from: '2023-01-01' }] })).toThrow(ReformMismatchError);
    expect(() => applyReform(base(), { legal: [{ id: 'nd-123-2015', number: 'Y', type: 'other' }] })).toThrow(/already has/);
  });

  it('returns an equal catalog for an empty reform', () => {
    const c = base();
    expect(applyReform(c, {})).toEqual(c);
    expect(applyReform(c, {})).not.toBe(c);
  });
});
