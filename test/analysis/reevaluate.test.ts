import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCatalog } from '../../src/analysis/compile-catalog.js';
import { LAYERS } from '../../src/analysis/compiled-types.js';
import { evaluateCatalog, reevaluateCatalog } from '../../src/analysis/evaluate-catalog.js';
import { viewStatus } from '../../src/analysis/evaluation-read.js';
import type { Catalog } from '../../src/catalog/types.js';

// A book that has ended, and an amendment in force that accepts a card instead: whether the
// procedure is met depends only on whether the applicant holds the card.
const catalog = {
  catalog: { name: 'reevaluate' },
  provinces: [{ code: 'HN', name: 'Hà Nội' }],
  documents: [
    { id: 'book', name: 'Book', form: 'paper', valid_until: '2022-12-31' },
    { id: 'card', name: 'Card', form: 'card' },
  ],
  data_sources: [],
  legal: [
    {
      id: 'decree',
      number: '1/2022/NĐ-CP',
      type: 'nghi-dinh',
      effective: '2022-07-01',
      amends: [{ scope: { document: 'book' }, accept: ['card'], drop: false }],
    },
  ],
  procedures: [{ code: 'p', name: 'P', level: ['xa'], provinces: 'all', requires: [{ document: 'book' }] }],
} as unknown as Catalog;

describe('reevaluateCatalog', () => {
  const c = compileCatalog(catalog);
  const card = c.documentIndex.get('card')!;
  const at = '2023-01-01';
  const hn = c.provinceIndex.get('HN')!;

  it('computes again a procedure that reads a document only through an amendment, when that document is held or not', () => {
    for (const province of [undefined, hn]) {
      const without = evaluateCatalog(c, { at, lacking: [card], province });
      const withCard = evaluateCatalog(c, { at, province });
      expect(viewStatus(c, without, 0, hn)).toBe('blocked');
      expect(viewStatus(c, withCard, 0, hn)).toBe('met');
      expect(reevaluateCatalog(c, without, { at, province })).toEqual(withCard);
      expect(reevaluateCatalog(c, withCard, { at, lacking: [card], province })).toEqual(without);
    }
  });

  it('leaves the base evaluation as it was', () => {
    const base = evaluateCatalog(c, { at, lacking: [card] });
    const kept = { level: base.definite.level.slice(), bits: base.definite.bits.slice() };
    reevaluateCatalog(c, base, { at });
    expect(base.definite).toEqual(kept);
    expect(base.definite.level.length).toBe(c.procedureCount);
    expect(base.definite.bits.length).toBe(c.wideCount * LAYERS * c.words);
  });

  it('refuses a base of other procedures: another province, or all of them', () => {
    expect(() => reevaluateCatalog(c, evaluateCatalog(c, { at }), { at, province: hn })).toThrow(RangeError);
    expect(() => reevaluateCatalog(c, evaluateCatalog(c, { at, province: hn }), { at })).toThrow(RangeError);
  });

  it('computes again what reads a data source connected in other slots, in any word of slots', () => {
    // 1 to 70 provinces (up to three words of slots); a lookup that works nowhere by itself,
    // accepted in place of a book that has ended, connected in some slots (the national one too).
    const catalogs = fc.integer({ min: 1, max: 70 }).chain((provinces) => {
      const codes = Array.from({ length: provinces }, (_, i) => `P${i}`);
      const procedure = fc.oneof(
        fc.constant({ level: ['trung-uong'] }),
        fc.constant({ level: ['tinh'], provinces: 'all' }),
        fc.uniqueArray(fc.constantFrom(...codes), { minLength: 1, maxLength: provinces }).map((list) => ({ level: ['tinh'], provinces: list })),
      );
      return fc.array(procedure, { minLength: 1, maxLength: 6 }).map(
        (procedures) =>
          ({
            catalog: { name: 'slots' },
            provinces: codes.map((code) => ({ code, name: code })),
            documents: [{ id: 'book', name: 'Book', form: 'paper', valid_until: '2022-12-31' }],
            data_sources: [{ id: 'lookup', name: 'Lookup', provides: ['book'] }],
            legal: [],
            procedures: procedures.map((p, i) => ({ code: `p${i}`, name: `p${i}`, ...p, requires: [{ document: 'book', accept: ['lookup'] }] })),
          }) as unknown as Catalog,
      );
    });
    const slots = fc.array(fc.nat(), { maxLength: 6 });
    let high = 0;
    fc.assert(
      fc.property(catalogs, slots, slots, fc.option(fc.nat(), { nil: undefined }), (catalog, first, second, province) => {
        const c = compileCatalog(catalog);
        const connect = (list: number[]) => list.map((n) => ({ source: 0, slot: n % (c.national + 1) }));
        const only = province === undefined ? undefined : province % c.national;
        const base = evaluateCatalog(c, { at, connect: connect(first), province: only });
        const options = { at, connect: connect(second), province: only };
        expect(reevaluateCatalog(c, base, options)).toEqual(evaluateCatalog(c, options));
        if (connect([...first, ...second]).some((x) => x.slot >= 32)) high++;
      }),
      { numRuns: 300 },
    );
    // Connections in slots of a second word came up.
    expect(high).toBeGreaterThan(50);
  });
});
