import { describe, expect, it } from 'vitest';
import { ReferenceIndex } from '../../src/catalog/reference-index.js';
import { emptyCatalog } from '../../src/catalog/types.js';
import type { Catalog } from '../../src/catalog/types.js';
import { suggest } from '../../src/text/suggest.js';

function withProcedures(n: number): Catalog {
  const catalog = emptyCatalog();
  catalog.procedures = Array.from({ length: n }, (_, i) => ({ code: `1.${String(i).padStart(6, '0')}`, name: 'x', level: ['xa'], requires: [] })) as unknown as Catalog['procedures'];
  return catalog;
}

describe('ReferenceIndex suggestions', () => {
  it('suggest close names while the budget lasts, then none', () => {
    const catalog = withProcedures(100);
    const index = new ReferenceIndex(catalog, 150);
    const first = index.suggestions('1.000042x', ['procedure']);
    expect(first[0]).toBe('1.000042');
    // 100 comparisons spent; the next 100 would go over the budget.
    expect(index.suggestions('1.000043x', ['procedure'])).toEqual([]);
    // Asked again, a name gets what it got.
    expect(index.suggestions('1.000042x', ['procedure'])).toEqual(first);
  });

  it('cost nothing more once the budget is spent, however many names the catalog has', () => {
    const index = new ReferenceIndex(withProcedures(40_000), 0);
    let found = 0;
    for (let i = 0; i < 40_000; i++) found += index.suggestions(`q${i}`, ['procedure']).length;
    expect(found).toBe(0);
  }, 5_000);

  it('suggest, for each combination of kinds asked in turn, what suggest finds among the names of those kinds', () => {
    const catalog = withProcedures(30);
    catalog.documents = [{ id: 'so-ho-khau' }, { id: 'giay-khai-sinh' }] as unknown as Catalog['documents'];
    catalog.data_sources = [{ id: 'csdlqg-dan-cu' }, { id: 'so-ho-khau-dt' }] as unknown as Catalog['data_sources'];
    catalog.legal = [{ id: 'nd-123-2015', number: '123/2015/NĐ-CP' }] as unknown as Catalog['legal'];
    const index = new ReferenceIndex(catalog);
    const names = { document: ['so-ho-khau', 'giay-khai-sinh'], data_source: ['csdlqg-dan-cu', 'so-ho-khau-dt'], legal: ['nd-123-2015', '123/2015/NĐ-CP'] };
    const asks: [string, (keyof typeof names)[]][] = [
      ['so-ho-kau', ['document']],
      ['so-ho-kau', ['document', 'data_source']],
      ['so-ho-khau-d', ['data_source']],
      ['so-ho-khau-d', ['document']],
      ['123/2015/ND-CP', ['legal']],
      ['so-ho-khau-d', ['document', 'data_source']],
      ['nd-123-2015x', ['document', 'legal']],
    ];
    for (const [value, kinds] of asks) {
      expect(index.suggestions(value, kinds), `${value} among ${kinds.join(', ')}`).toEqual(suggest(value, kinds.flatMap((k) => names[k])));
    }
    expect(index.suggestions('so-ho-khau-d', ['document', 'data_source'])).toEqual(['so-ho-khau-dt', 'so-ho-khau']);
  });
});

describe('ReferenceIndex procedureAt', () => {
  it("gives a procedure code's first definition, as the analysis resolves it, and -1 for a code that names none", () => {
    const catalog = withProcedures(3);
    catalog.procedures.push({ ...catalog.procedures[1] });
    const index = new ReferenceIndex(catalog);
    expect(['1.000000', '1.000001', '1.000002', '1.000003', ' 1.000001'].map((c) => index.procedureAt(c))).toEqual([0, 1, 2, -1, -1]);
    expect(index.has('procedure', '1.000001')).toBe(true);
    expect(index.suggestions('1.00001', ['procedure'])).toContain('1.000001');
  });
});
