import fc from 'fast-check';
import type { Catalog } from '../../../src/catalog/types.js';

// Dates close together so that "before / on / after" a sunset, effective date, expiry or
// connection date all come up often.
export const DATES = ['2022-06-30', '2022-12-31', '2023-01-01', '2023-01-02', '2023-07-01'];
const FORMS = ['paper', 'card', 'electronic', 'data'] as const;
const LEVELS = [['trung-uong'], ['xa'], ['tinh', 'huyen'], ['trung-uong', 'tinh']] as const;

const date = fc.constantFrom(...DATES);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
export const subset = <T>(items: T[], max = 3) =>
  items.length === 0 ? fc.constant([] as T[]) : fc.uniqueArray(fc.constantFrom(...items), { maxLength: max });

/** Random small catalogs: 2–3 provinces, ≤ 6 procedures, with every construct of the format; provincial procedures run in all provinces, one, or some. */
export const catalogs = fc
  .record({
    provinces: fc.integer({ min: 2, max: 3 }),
    documents: fc.integer({ min: 1, max: 4 }),
    sources: fc.integer({ min: 0, max: 2 }),
    legal: fc.integer({ min: 1, max: 3 }),
    procedures: fc.integer({ min: 1, max: 6 }),
    unresolved: fc.boolean(),
  })
  .chain((n) => {
    const provinces = ['HN', 'GL', 'HCM'].slice(0, n.provinces);
    const docs = Array.from({ length: n.documents }, (_, i) => `d${i}`);
    const sources = Array.from({ length: n.sources }, (_, i) => `s${i}`);
    const legal = Array.from({ length: n.legal }, (_, i) => `l${i}`);
    const codes = Array.from({ length: n.procedures }, (_, i) => `p${i}`);
    const ghost = n.unresolved ? ['ghost'] : [];
    const evidence = [...docs, ...sources, ...ghost];
    // Unresolved, a legal document is named by an id or a number the catalog does not have.
    const legalIds = n.unresolved ? [...legal, 'l9'] : legal;
    const legalRef = fc.oneof(
      fc.constantFrom(...legalIds),
      fc.constantFrom(...legalIds).map((id) => `${id.slice(1)}/2020/ND-CP`),
    );
    const required = [...docs, ...ghost];
    const provision = fc.oneof(
      legalRef,
      fc.record(
        { legal: legalRef, article: maybe(fc.integer({ min: 1, max: 2 })), clause: maybe(fc.constantFrom(1, '2')) },
        { requiredKeys: ['legal'] },
      ),
    );
    return fc.record({
      catalog: fc.record({ name: fc.constant('random') }),
      provinces: fc.constant(provinces.map((code) => ({ code, name: code }))),
      documents: fc.tuple(
        ...docs.map((id) =>
          fc.record(
            {
              id: fc.constant(id),
              name: fc.constant(id),
              form: fc.constantFrom(...FORMS),
              valid_until: date,
              obtained_by: subset([...codes, ...ghost], 2),
            },
            { requiredKeys: ['id', 'name', 'form'] },
          ),
        ),
      ),
      data_sources: fc.tuple(
        ...sources.map((id) =>
          fc.record(
            {
              id: fc.constant(id),
              name: fc.constant(id),
              provides: subset(docs, 2),
              available_from: date,
              provinces: fc.dictionary(fc.constantFrom(...provinces), fc.option(date, { nil: null }), { maxKeys: 2 }),
            },
            { requiredKeys: ['id', 'name', 'provides'] },
          ),
        ),
      ),
      legal: fc.tuple(
        ...legal.map((id) =>
          fc.record(
            {
              id: fc.constant(id),
              number: fc.constant(`${id.slice(1)}/2020/NĐ-CP`),
              type: fc.constant('nghi-dinh' as const),
              effective: date,
              expires: date,
              amends: fc.array(
                fc.oneof(
                  fc.record(
                    { provision, accept: subset(evidence), drop: fc.boolean(), effective: date },
                    { requiredKeys: ['provision'] },
                  ),
                  fc.record(
                    { scope: fc.record({ document: fc.constantFrom(...required) }), accept: subset(evidence), drop: fc.boolean() },
                    { requiredKeys: ['scope'] },
                  ),
                ),
                { maxLength: 2 },
              ),
            },
            { requiredKeys: ['id', 'number', 'type'] },
          ),
        ),
      ),
      procedures: fc.tuple(
        ...codes.map((code) =>
          fc.record(
            {
              code: fc.constant(code),
              name: fc.constant(code),
              level: fc.constantFrom(...LEVELS).map((l) => [...l]),
              provinces: fc.oneof(
                fc.constant('all' as const),
                fc.constantFrom(...provinces).map((code) => [code]),
                fc.uniqueArray(fc.constantFrom(...provinces), { minLength: 1 }),
              ),
              requires: fc.array(
                fc.record(
                  { document: fc.constantFrom(...required), basis: provision, accept: subset(evidence, 2) },
                  { requiredKeys: ['document'] },
                ),
                { maxLength: 3 },
              ),
              needs: subset([...codes, ...ghost], 1),
            },
            { requiredKeys: ['code', 'name', 'level'] },
          ),
        ),
      ),
    }) as unknown as fc.Arbitrary<Catalog>;
  });

