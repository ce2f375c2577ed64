import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/catalog/types.js';
import { applyReform } from '../../../src/analysis/reform/apply-reform.js';
import { checkReform } from '../../../src/analysis/reform/check-reform.js';
import { NotAReformError, ReformMismatchError, type Reform } from '../../../src/analysis/reform/types.js';
import { NotACatalogError } from '../../../src/graph/complete-catalog.js';

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

  it('refuses a reform that accepts what the catalog lacks, with the reason and a did-you-mean', () => {
    const reform: Reform = { legal: [{ id: 'plan', number: 'PLAN', type: 'other', amends: [{ scope: { document: 'so-ho-khau' }, accept: ['dan-c'] }] }] };
    expect(() => applyReform(base(), reform)).toThrow(ReformMismatchError);
    expect(() => applyReform(base(), reform)).toThrow(/accepts 'dan-c', which is no document or data source of the catalog\. Did you mean 'dan-cu'\?/);
    expect(() => applyReform(base(), { legal: [{ id: 'plan', number: 'PLAN', type: 'other', amends: [{ provision: 'nd-999', drop: true }] }] })).toThrow(
      /amends a provision of 'nd-999', which is no legal document/,
    );
  });

  it('refuses a reform not in the reform format with the schema finding, and what is not a reform or a catalog with their own errors', () => {
    const bad = [{ connect: 'dan-cu' }, { legal: [{ id: 'plan', number: 'PLAN', type: 'luat-moi' }] }, { connect: [{ data_source: 'dan-cu', province: 'HN' }] }, { bogus: [] }];
    for (const reform of bad) {
      expect(checkReform(reform as Reform, base()).map((d) => d.code)).not.toEqual([]);
      expect(() => applyReform(base(), reform as Reform)).toThrow(ReformMismatchError);
    }
    expect(() => applyReform(base(), bad[2] as Reform)).toThrow(/from/);
    for (const reform of [undefined, null, 42, 'connect: []', []]) {
      expect(() => applyReform(base(), reform as unknown as Reform)).toThrow(NotAReformError);
      expect(() => checkReform(reform as unknown as Reform, base())).toThrow(NotAReformError);
    }
    expect(() => applyReform({ catalog: base(), diagnostics: [] } as unknown as Catalog, {})).toThrow(NotACatalogError);
    const parsed = { reform: { connect: [] }, diagnostics: [], ok: true };
    expect(() => applyReform(base(), parsed as unknown as Reform)).toThrow(/this is what parseReform or loadReform returns: pass its `reform`/);
    expect(() => checkReform({}, undefined as unknown as Catalog)).toThrow(NotACatalogError);
  });

  it('gives the finding that names the catalog in place of the schema finding at the same place', () => {
    const d = checkReform({ connect: [{ data_source: 'dan-cu', province: 'Gia Lai', from: '2023-2-1' }] }, base());
    expect(d.map((x) => x.code)).toEqual(['INVALID_FORMAT', 'UNKNOWN_REFERENCE']);
    expect(d[1].hint).toContain("Did you mean 'GL' (Gia Lai)?");
    // A finding no check below makes is the schema's.
    const e = checkReform({ connect: [{ data_source: 'dan-cu', province: 'GL', from: '2023-01-01', until: '2024-01-01' }] } as unknown as Reform, base());
    expect(e.map((x) => x.code)).toEqual(['UNKNOWN_KEY']);
  });

  it('keeps the schema finding about an entry that a check says something else about', () => {
    // The second connection repeats the first and lacks its date: both are said, and it is not applied.
    const connect = [{ data_source: 'dan-cu', province: 'GL', from: '2023-01-01' }, { data_source: 'dan-cu', province: 'GL' }];
    expect(checkReform({ connect } as unknown as Reform, base()).map((x) => `${x.code}:${x.severity}`)).toEqual(['MISSING_FIELD:error', 'DUPLICATE_ITEM:warning']);
    expect(() => applyReform(base(), { connect } as unknown as Reform)).toThrow(/from/);
    const legal = [{ id: 'plan', number: 'PLAN', type: 'other', amends: [{ provision: 'nd-123-2015', acept: ['dan-cu'] }] }];
    const d = checkReform({ legal } as unknown as Reform, base());
    expect(d.map((x) => x.code)).toEqual(['UNKNOWN_KEY', 'AMENDMENT_NO_EFFECT']);
    expect(d[0].hint).toContain("Did you mean 'accept'");
  });

  it('returns an equal catalog for an empty reform', () => {
    const c = base();
    expect(applyReform(c, {})).toEqual(c);
    expect(applyReform(c, {})).not.toBe(c);
  });
});
