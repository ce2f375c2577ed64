import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { provincesWhereRun } from '../../src/analysis/provinces-where-run.js';
import type { Catalog, Procedure } from '../../src/catalog/types.js';
import { provincesEvaluated } from '../../src/report/province-group.js';
import { loadBundled } from '../catalog-data/helpers.js';

const PROVINCES = ['P1', 'P2', 'P3', 'P4', 'P5'];

/** A catalog of procedures at drawn levels, each running in all provinces, in a drawn list (with repeats and codes the catalog lacks) or by default. */
const catalogs = fc
  .array(
    fc.record({
      central: fc.boolean(),
      provinces: fc.oneof(fc.constant(undefined), fc.constant('all' as const), fc.array(fc.constantFrom(...PROVINCES, 'XX'), { minLength: 1, maxLength: 7 })),
    }),
    { maxLength: 12 },
  )
  .chain((drawn) =>
    fc.integer({ min: 1, max: PROVINCES.length }).map(
      (n): Catalog => ({
        provinces: PROVINCES.slice(0, n).map((code) => ({ code, name: code })),
        documents: [],
        data_sources: [],
        legal: [],
        procedures: drawn.map(
          (d, i): Procedure => ({
            code: `p${i}`,
            name: `p${i}`,
            level: d.central ? ['trung-uong'] : ['trung-uong', 'huyen'],
            ...(d.provinces === undefined ? {} : { provinces: d.provinces as Procedure['provinces'] }),
            requires: [],
          }),
        ),
      }),
    ),
  );

/** Where the analysis evaluated each procedure, as sorted lists. */
function evaluated(catalog: Catalog): Map<string, string[]> {
  const byCode = provincesEvaluated(analyze(catalog, { at: '2023-01-01', lenient: true }));
  return new Map([...byCode].map(([code, list]) => [code, [...list].sort()]));
}

function sorted(map: Map<string, string[]>): Map<string, string[]> {
  return new Map([...map].map(([code, list]) => [code, [...list].sort()]));
}

describe('provincesWhereRun', () => {
  it('gives each provincial procedure the provinces the analysis evaluates it in, in the catalog order', () => {
    fc.assert(
      fc.property(catalogs, (catalog) => {
        const where = provincesWhereRun(catalog);
        const order = catalog.provinces.map((p) => p.code);
        for (const list of where.values()) expect(list).toEqual(order.filter((code) => list.includes(code)));
        // A procedure left with no province is in the map with none, and the analysis has no evaluation of it.
        expect(sorted(new Map([...where].filter(([, list]) => list.length > 0)))).toEqual(evaluated(catalog));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the analysis of the bundled catalog', async () => {
    const { catalog } = await loadBundled();
    const where = provincesWhereRun(catalog!);
    expect(sorted(where)).toEqual(evaluated(catalog!));
    expect(where.get('1.001193')).toHaveLength(63);
  });
});
