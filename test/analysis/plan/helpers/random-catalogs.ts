import fc from 'fast-check';
import type { Catalog, Procedure } from '../../../../src/catalog/types.js';

/** The date the random catalogs are analysed at: their cutoff. */
export const AT = '2023-01-01';
const DATES = ['2022-06-30', '2022-12-31', '2023-01-01', '2023-01-02'];
const FORMS = ['paper', 'card', 'electronic', 'data'] as const;
const LEVELS = [['trung-uong'], ['xa'], ['tinh', 'huyen']] as const;

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
const subset = <T>(items: T[], max = 2) =>
  items.length === 0 ? fc.constant([] as T[]) : fc.uniqueArray(fc.constantFrom(...items), { maxLength: max });

/** Small random catalogs with sunsets, substitutes, lookups, provinces, needs and obtaining procedures. */
export const catalogs: fc.Arbitrary<Catalog> = fc
  .record({
    provinces: fc.integer({ min: 1, max: 2 }),
    documents: fc.integer({ min: 1, max: 3 }),
    sources: fc.integer({ min: 0, max: 2 }),
    procedures: fc.integer({ min: 1, max: 4 }),
  })
  .chain((n) => {
    const provinces = ['HN', 'GL'].slice(0, n.provinces);
    const docs = Array.from({ length: n.documents }, (_, i) => `d${i}`);
    const sources = Array.from({ length: n.sources }, (_, i) => `s${i}`);
    const codes = Array.from({ length: n.procedures }, (_, i) => `p${i}`);
    const evidence = [...docs, ...sources];
    const basis = fc.oneof(
      { arbitrary: fc.constant(undefined), weight: 1 },
      { arbitrary: fc.record({ legal: fc.constantFrom('l0', 'l1'), article: fc.integer({ min: 1, max: 2 }) }), weight: 3 },
      { arbitrary: fc.record({ legal: fc.constantFrom('l0', 'l1'), article: fc.integer({ min: 1, max: 2 }), clause: fc.integer({ min: 1, max: 2 }) }), weight: 3 },
    );
    // Mostly abolished documents with substitutes: the interesting case for a plan.
    const sunset = fc.oneof({ arbitrary: fc.constant('2022-12-31'), weight: 3 }, { arbitrary: maybe(fc.constantFrom(...DATES)), weight: 2 });
    const others = (id: string) => evidence.filter((e) => e !== id);
    const document = (id: string) =>
      fc.record({
        form: fc.constantFrom(...FORMS),
        valid_until: sunset,
        replaced_by: others(id).length ? fc.uniqueArray(fc.constantFrom(...others(id), ...sources), { minLength: 1, maxLength: 2 }) : fc.constant([]),
        obtained_by: fc.option(subset(codes, 2), { nil: undefined, freq: 3 }),
      }).map((d) => ({ id, name: id, ...d }));
    const source = (id: string) =>
      fc.record({
        available_from: maybe(fc.constantFrom(...DATES)),
        overrides: fc.array(fc.tuple(fc.constantFrom(...provinces), fc.option(fc.constantFrom(...DATES), { nil: null })), { maxLength: 2 }),
      }).map((s) => ({
        id,
        name: id,
        provides: [],
        ...(s.available_from ? { available_from: s.available_from } : {}),
        ...(s.overrides.length ? { provinces: Object.fromEntries(s.overrides) } : {}),
      }));
    const requirement = fc.record({ document: fc.constantFrom(...docs), basis, accept: subset(evidence, 1) });
    const procedure = (code: string) =>
      fc.record({
        level: fc.constantFrom(...LEVELS),
        provinces: fc.oneof(fc.constant(undefined), subset(provinces, 2).filter((l) => l.length > 0)),
        requires: fc.array(requirement, { minLength: 1, maxLength: 2 }),
        needs: fc.option(subset(codes.filter((c) => c !== code), 1), { nil: undefined, freq: 3 }),
      }).map((p) => {
        const out: Procedure = { code, name: code, level: [...p.level] as Procedure['level'] };
        if (p.provinces) out.provinces = p.provinces as Procedure['provinces'];
        out.requires = p.requires.map((r) => ({ document: r.document, ...(r.basis ? { basis: r.basis } : {}), ...(r.accept.length ? { accept: r.accept } : {}) }));
        if (p.needs?.length) out.needs = p.needs;
        return out;
      });
    const amendment = fc.record({ target: fc.oneof(fc.constantFrom(...docs).map((d) => ({ scope: { document: d } })), fc.record({ legal: fc.constantFrom('l0', 'l1'), article: fc.integer({ min: 1, max: 2 }) }).map((p) => ({ provision: p }))), accept: subset(evidence, 1), effective: fc.constantFrom(...DATES) });
    return fc
      .record({
        documents: fc.tuple(...docs.map(document)),
        sources: sources.length ? fc.tuple(...sources.map(source)) : fc.constant([]),
        procedures: fc.tuple(...codes.map(procedure)),
        amends: fc.array(amendment, { maxLength: 1 }),
      })
      .map((x): Catalog => ({
        catalog: { name: 'random', cutoff: AT },
        provinces: provinces.map((code) => ({ code, name: code })),
        documents: x.documents.map((d) => {
          const out: Catalog['documents'][number] = { id: d.id, name: d.name, form: d.form };
          if (d.valid_until) out.valid_until = d.valid_until;
          if (d.replaced_by.length) out.replaced_by = [...d.replaced_by];
          if (d.obtained_by) out.obtained_by = [...d.obtained_by];
          return out;
        }),
        data_sources: [...x.sources] as Catalog['data_sources'],
        legal: [
          { id: 'l0', number: '1/2020/NĐ-CP', type: 'nghi-dinh' },
          { id: 'l1', number: '2/2020/NĐ-CP', type: 'nghi-dinh', amends: x.amends.map((a) => ({ ...a.target, accept: a.accept, effective: a.effective })) },
        ],
        procedures: x.procedures,
      }));
  });
