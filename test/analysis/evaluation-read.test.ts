import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCatalog } from '../../src/analysis/compile-catalog.js';
import { eachEvaluation, runsIn } from '../../src/analysis/evaluation-read.js';
import type { CompiledCatalog } from '../../src/analysis/compiled-types.js';
import type { Catalog } from '../../src/catalog/types.js';

/** Catalogs of 1 to 70 provinces (up to three words of slots) whose procedures run centrally, everywhere, or in some provinces. */
const catalogs = fc.integer({ min: 1, max: 70 }).chain((provinces) => {
  const codes = Array.from({ length: provinces }, (_, i) => `P${i}`);
  const procedure = fc.oneof(
    fc.constant({ level: ['trung-uong'] }),
    fc.constant({ level: ['tinh'], provinces: 'all' }),
    fc.uniqueArray(fc.constantFrom(...codes), { maxLength: provinces }).map((list) => ({ level: ['tinh'], provinces: list })),
  );
  return fc.array(procedure, { minLength: 1, maxLength: 8 }).map(
    (procedures) =>
      ({
        catalog: { name: 'slots' },
        provinces: codes.map((code) => ({ code, name: code })),
        documents: [],
        data_sources: [],
        legal: [],
        procedures: procedures.map((p, i) => ({ code: `p${i}`, name: `p${i}`, ...p })),
      }) as unknown as Catalog,
  );
});

/** The evaluations slot by slot, with `runsIn`. */
function bySlot(c: CompiledCatalog, only: number | null, procedures: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const y of procedures) {
    if (c.central[y]) out.push([y, c.national]);
    else for (let slot = 0; slot < c.national; slot++) if ((only === null || only === slot) && runsIn(c, y, slot)) out.push([y, slot]);
  }
  return out;
}

describe('eachEvaluation', () => {
  it('visits each evaluation of every procedure, or of the ones given, in catalog and slot order', () => {
    let wide = 0;
    fc.assert(
      fc.property(catalogs, fc.nat(), fc.nat(), (catalog, province, seed) => {
        const c = compileCatalog(catalog);
        const every = Array.from({ length: c.procedureCount }, (_, y) => y);
        const some = every.filter((y) => (seed >> y) & 1);
        for (const only of [null, province % c.national]) {
          const visited: [number, number][] = [];
          eachEvaluation(c, only, (y, slot) => visited.push([y, slot]));
          expect(visited).toEqual(bySlot(c, only, every));
          const ofSome: [number, number][] = [];
          eachEvaluation(c, only, (y, slot) => ofSome.push([y, slot]), some);
          expect(ofSome).toEqual(bySlot(c, only, some));
        }
        if (every.some((y) => !c.central[y] && bySlot(c, null, [y]).some(([, slot]) => slot >= 32))) wide++;
      }),
      { numRuns: 300 },
    );
    // Catalogs with procedures running in slots of a second word came up.
    expect(wide).toBeGreaterThan(20);
  });
});
