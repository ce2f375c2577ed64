import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCatalog } from '../../src/analysis/compile-catalog.js';
import { countDependents, countWithProcedures, dependentProcedures, groupDependents } from '../../src/analysis/count-dependents.js';
import { dependents } from '../../src/analysis/dependents.js';
import type { CountGroup } from '../../src/analysis/dependents-types.js';
import { renderCountMarkdown, renderCountText } from '../../src/report/count-report.js';
import { loadFixture } from './dependents-helpers.js';

const catalog = loadFixture('transitive-chain.yaml');
const asMap = (groups: CountGroup[]) => Object.fromEntries(groups.map((g) => [String(g.key), g.count]));

describe('countDependents', () => {
  const counts = countDependents(catalog, 'so-ho-khau');

  it('counts a procedure that runs everywhere once in each province, central ones in their own group', () => {
    // Provincial dependents: 1.001193, 1.000894, 2.000986, cycle-a, cycle-b, 1.001939 run everywhere;
    // 1.004873 only in HN. 1.007659 is central only.
    expect(asMap(counts.by.province)).toEqual({ HN: 7, GL: 6, DN: 6, null: 1 });
    expect(counts.by.province.at(-1)!.key).toBeNull();
    expect(counts.by.province.find((g) => g.key === 'GL')!.name).toBe('Gia Lai');
  });

  it('counts each level a procedure has, and groups fields and ministries with missing ones under null', () => {
    expect(asMap(counts.by.level)).toEqual({ xa: 7, 'trung-uong': 2, tinh: 1 });
    expect(asMap(counts.by.field)).toEqual({ 'Hộ tịch': 4, 'Hải quan': 1, 'Bảo hiểm y tế': 1, null: 2 });
    expect(counts.by.ministry.find((g) => g.key === 'Bộ Tư pháp')!.codes.sort()).toEqual(['1.000894', '1.001193', '1.004873']);
    expect(counts.by.ministry.find((g) => g.key === null)!.codes.sort()).toEqual(['2.000986', 'cycle-a', 'cycle-b']);
    // Largest group first.
    expect(counts.by.ministry.map((g) => g.count)).toEqual([3, 3, 1, 1]);
  });

  it("gives a province's English name beside its name where the catalog has one, and English reports show it", () => {
    const english = structuredClone(catalog);
    english.provinces.find((p) => p.code === 'GL')!.name_en = 'Gia Lai province';
    const r = dependents(english, 'so-ho-khau');
    for (const c of [countDependents(english, 'so-ho-khau'), countDependents(compileCatalog(english), 'so-ho-khau'), groupDependents(english, r)]) {
      expect(c.by.province.find((g) => g.key === 'GL')).toMatchObject({ name: 'Gia Lai', name_en: 'Gia Lai province' });
      expect(c.by.province.find((g) => g.key === 'HN')).not.toHaveProperty('name_en');
    }
    const counts = countDependents(english, 'so-ho-khau');
    const rows = (text: string) => text.split('\n').filter((l) => /^(GL|HN) /.test(l)).map((l) => l.replace(/ +\d+$/, ''));
    expect(rows(renderCountText(counts, { lang: 'en', by: ['province'] }))).toEqual(['HN Hà Nội', 'GL Gia Lai province']);
    expect(rows(renderCountText(counts, { lang: 'vi', by: ['province'] }))).toEqual(['HN Hà Nội', 'GL Gia Lai']);
    expect(renderCountMarkdown(counts, { lang: 'en', by: ['province'] })).toContain('| GL Gia Lai province |');
  });

  it('gives a ministry or field the English name the catalog settings give it, and English reports show it', () => {
    const english = structuredClone(catalog);
    english.catalog = { name: 'x', ministries_en: { 'Bộ Tư pháp': 'Ministry of Justice' }, fields_en: { 'Hộ tịch': 'Civil status' } };
    const r = dependents(english, 'so-ho-khau');
    for (const c of [countDependents(english, 'so-ho-khau'), countDependents(compileCatalog(english), 'so-ho-khau'), groupDependents(english, r)]) {
      expect(c.by.ministry.find((g) => g.key === 'Bộ Tư pháp')).toMatchObject({ name_en: 'Ministry of Justice', count: 3 });
      expect(c.by.field.find((g) => g.key === 'Hộ tịch')).toMatchObject({ name_en: 'Civil status', count: 4 });
      // Names the settings do not give, and the groups of procedures that record none, have none.
      expect(c.by.field.filter((g) => g.name_en !== undefined).map((g) => g.key)).toEqual(['Hộ tịch']);
      expect(c.by.ministry.find((g) => g.key === null)).not.toHaveProperty('name_en');
    }
    const counts = countDependents(english, 'so-ho-khau');
    const en = renderCountText(counts, { lang: 'en', by: ['ministry', 'field'] });
    expect(en).toMatch(/\nMinistry of Justice +3\n/);
    expect(en).toMatch(/\nCivil status +4\n/);
    expect(en).toMatch(/\nHải quan +1\n/);
    expect(en).not.toContain('Bộ Tư pháp');
    expect(renderCountText(counts, { lang: 'vi', by: ['ministry'] })).toMatch(/\nBộ Tư pháp +3\n/);
    expect(renderCountMarkdown(counts, { lang: 'en', by: ['ministry'] })).toContain('| Ministry of Justice | 3 |');
  });

  it('reports the total and the direct part', () => {
    expect(counts.total).toBe(8);
    expect(counts.direct).toBe(4);
  });

  it('lists every province of the catalog, even with no dependent, and only the chosen one with --province', () => {
    expect(asMap(countDependents(catalog, '1.013133').by.province)).toEqual({ HN: 0, GL: 0, DN: 0 });
    expect(asMap(countDependents(catalog, 'so-ho-khau', { province: 'GL' }).by.province)).toEqual({ GL: 6, null: 1 });
  });

  it('agrees with a per-group recount for every target of the fixture', () => {
    const ids = [...catalog.documents.map((d) => d.id), ...catalog.procedures.map((p) => p.code), ...catalog.legal.map((l) => l.id)];
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(undefined, '2022-12-31', '2023-01-01'), (id, at) => {
        const r = dependents(catalog, id, at ? { at } : {});
        const c = groupDependents(catalog, r);
        for (const p of catalog.provinces) {
          const expected = r.dependents.filter((d) => d.provinces === 'all' || (Array.isArray(d.provinces) && d.provinces.includes(p.code))).length;
          expect(c.by.province.find((g) => g.key === p.code)!.count).toBe(expected);
        }
        expect(c.by.field.reduce((n, g) => n + g.count, 0)).toBe(r.dependents.length);
        expect(c.by.ministry.reduce((n, g) => n + g.count, 0)).toBe(r.dependents.length);
      }),
      { numRuns: 60 },
    );
  });

  it('gives the dependents by index, ascending, for every target of the fixture (dependentProcedures)', () => {
    const compiled = compileCatalog(catalog);
    const ids = [...catalog.documents.map((d) => d.id), ...catalog.procedures.map((p) => p.code), ...catalog.legal.map((l) => l.id)];
    let some = 0;
    for (const id of ids) {
      for (const at of [undefined, '2022-12-31', '2023-01-01']) {
        const options = at ? { at } : {};
        const listed = dependents(catalog, id, options).dependents.map((d) => compiled.procedureIndex.get(d.code)!);
        expect([...dependentProcedures(compiled, id, options)!]).toEqual(listed.sort((a, b) => a - b));
        // Both from one walk.
        const both = countWithProcedures(compiled, id, options);
        expect([...both.procedures!]).toEqual(listed);
        expect(both.counts).toEqual(countDependents(compiled, id, options));
        if (listed.length > 1) some++;
      }
    }
    expect(some).toBeGreaterThan(5);
  });
});
