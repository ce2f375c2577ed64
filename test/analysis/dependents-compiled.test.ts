import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog, Procedure, Requirement } from '../../src/catalog/types.js';
import { compileCatalog } from '../../src/analysis/compile-catalog.js';
import { countDependents } from '../../src/analysis/count-dependents.js';
import { countEach } from '../../src/analysis/count-each.js';
import { CODE_ORDER } from '../../src/analysis/dependents-graph.js';
import { dependents } from '../../src/analysis/dependents.js';
import type { DependentTargetKind, DependentsOptions } from '../../src/analysis/dependents-types.js';
import { loadFixture } from './dependents-helpers.js';
import { drawnDocuments, drawnLegal } from './helpers/random-catalog.js';

// countDependents and dependents on a compiled catalog walk a prepared typed-array graph
// instead of the catalog; they must give exactly what they give on the catalog itself: the
// same groups with the same codes in the same order, the same dependents with the same
// paths, the same errors.

/** Both paths' answers, or the error each throws, as JSON text (key order included). */
function both(c: Catalog, id: string, options: DependentsOptions, query: typeof countDependents | typeof dependents = countDependents) {
  const run = (input: Parameters<typeof countDependents>[0]) => {
    try {
      return JSON.stringify(query(input, id, options));
    } catch (e) {
      return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    }
  };
  return { plain: run(c), compiled: run(compileCatalog(c)) };
}

// Random catalogs: procedures with natural-order codes (1.2 before 1.10), several levels,
// provinces (all, listed, unknown or twice), fields and ministries (some missing or empty);
// documents, data sources and legal documents referring to each other as in
// test/analysis/dependents-property.test.ts.
const CODES = ['1.2', '1.10', '2.1', '1.02', '10.1', 'x'];
const D = ['d0', 'd1', 'd2', 'd3'];
const S = ['s0', 's1'];
const L = ['l0', 'l1', 'l2'];
const PROVINCES = ['HN', 'GL', 'DN'];
const DATES = ['2022-12-31', '2023-01-01', '2023-06-30'];

const someOf = <T>(xs: T[], max: number) => fc.subarray(xs, { maxLength: max });
const requirementArb: fc.Arbitrary<Requirement> = fc
  .record({
    document: fc.constantFrom(...D, 'missing'),
    basis: fc.option(fc.record({ legal: fc.constantFrom('l0', 'l1', 'l1/N'), article: fc.constantFrom(1, 2) }), { nil: undefined }),
    accept: someOf([...D, ...S], 2),
  })
  .map(({ basis, accept, ...r }) => ({ ...r, ...(basis ? { basis } : {}), ...(accept.length ? { accept } : {}) }));
const procedureArb = fc.record({
  requires: fc.array(requirementArb, { maxLength: 2 }),
  needs: someOf([...CODES, 'nowhere'], 2),
  basis: someOf(L, 1),
  level: fc.constantFrom<Procedure['level']>(['xa'], ['tinh', 'huyen'], ['trung-uong'], ['trung-uong', 'tinh'], ['xa', 'xa']),
  // An empty list is not valid catalog input; the library still answers for it.
  provinces: fc.option(fc.constantFrom<Procedure['provinces']>('all', ['HN'], ['GL', 'HN'], ['QN'], ['DN', 'DN'], [] as unknown as Procedure['provinces']), { nil: undefined }),
  // The same field written decomposed (NFD) is another key that compares equal: equal-sized groups then keep the order first met.
  field: fc.constantFrom(undefined, '', 'Hộ tịch', 'Cư trú', 'Hộ tịch'.normalize('NFD')),
  ministry: fc.constantFrom(undefined, 'Bộ Tư pháp', 'Bộ Công an'),
});
const catalogArb: fc.Arbitrary<Catalog> = fc
  .record({
    procs: fc.tuple(...CODES.map(() => procedureArb)),
    docs: fc.tuple(...D.map(() => fc.record({ obtained_by: someOf(CODES, 2), sunset: fc.option(fc.constantFrom(...L), { nil: undefined }) }))),
    expires: fc.tuple(...L.map(() => fc.option(fc.constantFrom(...DATES), { nil: undefined }))),
    amends: fc.array(
      fc.record({
        by: fc.constantFrom(...L),
        scope: fc.boolean(),
        document: fc.constantFrom(...D),
        legal: fc.constantFrom('l0', 'l1', 'unknown'),
        article: fc.option(fc.constantFrom(1, 2), { nil: undefined }),
        accept: someOf([...D, ...S], 2),
        drop: fc.boolean(),
        effective: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
      }),
      { maxLength: 4 },
    ),
  })
  .map(({ procs, docs, expires, amends }) => ({
    provinces: PROVINCES.map((code) => ({ code, name: `Tỉnh ${code}` })),
    documents: drawnDocuments(D, docs),
    data_sources: S.map((id) => ({ id, name: id, provides: [] })),
    legal: drawnLegal(L, amends, expires),
    procedures: CODES.map(
      (code, i): Procedure => ({
        code,
        name: `Thủ tục ${code}`,
        level: procs[i].level,
        ...(procs[i].provinces !== undefined ? { provinces: procs[i].provinces } : {}),
        requires: procs[i].requires,
        needs: procs[i].needs,
        ...(procs[i].basis.length ? { basis: procs[i].basis } : {}),
        ...(procs[i].field !== undefined ? { field: procs[i].field } : {}),
        ...(procs[i].ministry !== undefined ? { ministry: procs[i].ministry } : {}),
      }),
    ),
  }));

const targetArb = fc.oneof(
  fc.record({ kind: fc.constant<DependentTargetKind | undefined>(undefined), id: fc.constantFrom(...D, ...S, ...L, 'l1/N', ...CODES) }),
  fc.record({ kind: fc.constantFrom<DependentTargetKind | undefined>('document', 'data_source', 'legal', 'procedure'), id: fc.constantFrom('d1', 's0', 'l0', '1.10') }),
);
const optionsArb: fc.Arbitrary<DependentsOptions> = fc
  .record({
    at: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
    province: fc.option(fc.constantFrom(...PROVINCES), { nil: undefined }),
    without: fc.option(someOf(['l0', 'l2/N', 'unknown'], 2), { nil: undefined }),
  })
  .map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)));

describe('countDependents and dependents on a compiled catalog', () => {
  it('gives exactly the counts of the plain path on random catalogs, for every kind of target and option', () => {
    fc.assert(
      fc.property(catalogArb, targetArb, optionsArb, (c, t, options) => {
        const { plain, compiled } = both(c, t.id, { ...options, ...(t.kind ? { kind: t.kind } : {}) });
        expect(compiled).toBe(plain);
      }),
      { numRuns: 500 },
    );
  });

  it('gives exactly the dependents and paths of the plain path on random catalogs', () => {
    fc.assert(
      fc.property(catalogArb, targetArb, optionsArb, (c, t, options) => {
        const { plain, compiled } = both(c, t.id, { ...options, ...(t.kind ? { kind: t.kind } : {}) }, dependents);
        expect(compiled).toBe(plain);
      }),
      { numRuns: 500 },
    );
  });

  it('gives what the plain path gives when a code or a province is given twice (a catalog with errors)', () => {
    const twice = fc.tuple(catalogArb, fc.nat(CODES.length - 1), fc.boolean()).map(([c, i, province]) => ({
      ...c,
      procedures: [...c.procedures, { ...c.procedures[i], name: 'again', ministry: 'Bộ Y tế' }],
      provinces: province ? [...c.provinces, { code: 'GL', name: 'again' }] : c.provinces,
    }));
    fc.assert(
      fc.property(twice, targetArb, optionsArb, (c, t, options) => {
        for (const query of [countDependents, dependents]) {
          const { plain, compiled } = both(c, t.id, { ...options, ...(t.kind ? { kind: t.kind } : {}) }, query);
          expect(compiled).toBe(plain);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('lists codes that compare equal (1.02 and 1.2) in the order the walk found them, as the plain path does', () => {
    const proc = (code: string, more: Partial<Procedure>): Procedure => ({ code, name: code, level: ['trung-uong'], ...more });
    const catalog: Catalog = {
      provinces: [],
      documents: [{ id: 'd', name: 'd', form: 'paper' }],
      data_sources: [],
      legal: [],
      procedures: [
        proc('1.2', { needs: ['b'] }),
        proc('1.02', { needs: ['a'] }),
        proc('a', { requires: [{ document: 'd' }] }),
        proc('b', { requires: [{ document: 'd' }] }),
      ],
    };
    const { plain, compiled } = both(catalog, 'd', {});
    expect(compiled).toBe(plain);
    expect(JSON.parse(compiled).by.level[0].codes).toEqual(['a', 'b', '1.02', '1.2']);
    expect(both(catalog, 'd', {}, dependents).compiled).toBe(both(catalog, 'd', {}, dependents).plain);
  });

  it('answers repeated questions on one compiled catalog from the graph it kept, each as the plain path does', () => {
    const catalog = loadFixture('transitive-chain.yaml');
    const compiled = compileCatalog(catalog);
    const questions: [string, DependentsOptions][] = [
      ['so-ho-khau', {}],
      ['so-ho-khau', { at: '2023-01-01' }],
      ['so-ho-khau', { province: 'GL' }],
      ['1.001193', {}],
      ['so-ho-khau', {}],
    ];
    const counts = questions.map(([id, options]) => countDependents(compiled, id, options));
    questions.forEach(([id, options], i) => expect(counts[i]).toEqual(countDependents(catalog, id, options)));
    expect(counts[0].total).toBeGreaterThan(0);
    expect(counts[4]).toEqual(counts[0]);
  });

  it('fills the groups\' codes when first read: enumerable, kept, assignable, and read late as the plain path gives them', () => {
    const catalog = loadFixture('transitive-chain.yaml');
    const compiled = compileCatalog(catalog);
    const counts = countDependents(compiled, 'so-ho-khau');
    const later = countDependents(compiled, '1.001193');
    const group = counts.by.level[0];
    expect(Object.keys(group)).toEqual(['key', 'count', 'codes']);
    expect(group.codes).toBe(group.codes);
    expect(group.codes).toHaveLength(group.count);
    expect(JSON.stringify(counts)).toBe(JSON.stringify(countDependents(catalog, 'so-ho-khau')));
    expect(structuredClone(later)).toEqual(countDependents(catalog, '1.001193'));
    group.codes = ['x'];
    expect(group.codes).toEqual(['x']);
    expect({ ...counts.by.level[0] }.codes).toEqual(['x']);
  });

  it('orders equal-sized groups whose keys compare equal as first met, as the plain path does', () => {
    const nfc = 'Hộ tịch';
    const nfd = nfc.normalize('NFD');
    const proc = (code: string, field: string): Procedure => ({ code, name: code, level: ['trung-uong'], field, requires: [{ document: 'd' }] });
    const catalog: Catalog = {
      provinces: [],
      documents: [{ id: 'd', name: 'd', form: 'paper' }],
      data_sources: [],
      legal: [],
      procedures: [proc('2', nfc), proc('1', nfd)],
    };
    const { plain, compiled } = both(catalog, 'd', {});
    expect(compiled).toBe(plain);
    expect(JSON.parse(compiled).by.field.map((g: { key: string }) => g.key)).toEqual([nfd, nfc]);
  });

  it('fills the codes read late with the options given then, not as changed since', () => {
    const catalog = loadFixture('transitive-chain.yaml');
    const compiled = compileCatalog(catalog);
    const options: DependentsOptions = { province: 'GL', without: [] };
    const counts = countDependents(compiled, 'so-ho-khau', options);
    options.province = 'HN';
    (options.without as string[]).push('nd-104-2022');
    countDependents(compiled, '1.001193', options);
    expect(JSON.stringify(counts)).toBe(JSON.stringify(countDependents(catalog, 'so-ho-khau', { province: 'GL', without: [] })));
  });

  it('both take a province in another case, and legal documents by number, as analyze does', () => {
    const catalog = loadFixture('transitive-chain.yaml');
    for (const query of [countDependents, dependents]) {
      const exact = both(catalog, 'so-ho-khau', { province: 'HN', without: ['nd-123-2015'] }, query);
      expect(exact.plain).not.toMatch(/Error: /);
      expect(exact.compiled).toBe(exact.plain);
      for (const options of [{ province: 'hn', without: ['nd-123-2015'] }, { province: ' hn ', without: ['123/2015/NĐ-CP'] }]) {
        const other = both(catalog, 'so-ho-khau', options, query);
        expect(other.plain).toBe(exact.plain);
        expect(other.compiled).toBe(exact.plain);
      }
    }
  });

  it('both throw the errors of the plain path: unknown target (with suggestions), bad date, unknown province', () => {
    const catalog = loadFixture('transitive-chain.yaml');
    for (const [id, options] of [
      ['so-ho-khua', {}],
      ['so-ho-khau', { at: '2023-02-30' }],
      ['so-ho-khau', { province: 'XX' }],
      ['so-ho-khau', { without: ['nd-123-2O15'] }],
      ['so-ho-khau', { kind: 'bogus' as never }],
      [undefined as unknown as string, {}],
    ] as [string, DependentsOptions][]) {
      for (const query of [countDependents, dependents]) {
        const { plain, compiled } = both(catalog, id, options, query);
        expect(plain).toMatch(/^(UnknownDependencyTargetError|DependentsOptionError): /);
        expect(compiled).toBe(plain);
      }
    }
  });
});

describe('countEach', () => {
  const idsOf = (c: Catalog, kind: DependentTargetKind): string[] =>
    kind === 'document' ? c.documents.map((d) => d.id) : kind === 'data_source' ? c.data_sources.map((s) => s.id) : kind === 'legal' ? c.legal.map((l) => l.id) : c.procedures.map((p) => p.code);

  it('gives for every entity of a kind what countDependents gives for it alone, most dependents first, on random catalogs', () => {
    const kinds = fc.constantFrom<DependentTargetKind>('document', 'data_source', 'legal', 'procedure');
    let answered = 0;
    fc.assert(
      fc.property(catalogArb, kinds, optionsArb, fc.boolean(), (c, kind, options, compiled) => {
        let each;
        try {
          each = countEach(compiled ? compileCatalog(c) : c, kind, options);
        } catch (e) {
          // An option the catalog cannot answer (a legal document it lacks) is refused as countDependents refuses it.
          expect(() => countDependents(c, idsOf(c, kind)[0], { ...options, kind })).toThrow((e as Error).message);
          return;
        }
        expect(each.targets.map((t) => t.id).sort()).toEqual(idsOf(c, kind).sort());
        for (const t of each.targets) {
          const one = countDependents(c, t.id, { ...options, kind });
          expect([t.name, t.number, t.total, t.direct]).toEqual([one.target.name, one.target.number, one.total, one.direct]);
        }
        for (let i = 1; i < each.targets.length; i++) {
          const [a, b] = [each.targets[i - 1], each.targets[i]];
          expect(a.total > b.total || (a.total === b.total && (a.direct > b.direct || (a.direct === b.direct && CODE_ORDER.compare(a.id, b.id) <= 0)))).toBe(true);
        }
        expect([each.kind, each.at, each.province]).toEqual([kind, options.at ?? null, options.province ?? null]);
        // Legal documents ignored by id, as countDependents names them.
        expect(each.without).toEqual(countDependents(c, idsOf(c, kind)[0], { ...options, kind }).without);
        answered++;
      }),
      { numRuns: 300 },
    );
    // Most runs are answered, not refused (measured: 223 to 233 of 300).
    expect(answered).toBeGreaterThan(100);
  });

  it('refuses a kind it does not know', () => {
    expect(() => countEach(loadFixture('transitive-chain.yaml'), 'documents' as DependentTargetKind)).toThrow("'documents' is not a kind of target: give one of document, data_source, legal, procedure.");
  });
});
