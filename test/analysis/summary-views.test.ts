import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatedAnalysis } from '../../src/analysis/analyze.js';
import { compileCatalog } from '../../src/analysis/compile-catalog.js';
import { eachEvaluation } from '../../src/analysis/evaluation-read.js';
import type { AnalysisResult } from '../../src/analysis/result-types.js';
import { snapshot } from '../../src/analysis/summary.js';
import { chosenPaper, metWithCard, newlyBlocked, relievingLegal, snapshotOf, snapshotOfSome } from '../../src/analysis/summary-views.js';
import type { Catalog } from '../../src/catalog/types.js';
import { catalogs, DATES, subset } from './helpers/analysis-catalogs.js';

// The summary reads its analyses on their evaluations; what it reads must be what the
// lists of results (and their explanations) say.

const key = (r: { code: string; province: string | null }) => `${r.code}@${r.province}`;

/** The codes (in `codes`, all when null) with a procedure blocked somewhere, from the results. */
const blockedIn = (result: AnalysisResult, codes: ReadonlySet<string> | null) =>
  new Set(result.results.filter((r) => r.status === 'blocked' && (codes === null || codes.has(r.code))).map((r) => r.code));

/** How many codes are blocked somewhere in `after` and nowhere in `before`, from the results. */
const newlyFromResults = (before: AnalysisResult, after: AnalysisResult, codes: ReadonlySet<string> | null) => {
  const was = blockedIn(before, codes);
  return [...blockedIn(after, codes)].filter((code) => !was.has(code)).length;
};

/** The legal documents relieving `document` for `codes`, read from the explanations of every result. */
function relievingFromResults(result: AnalysisResult, document: string, codes: Set<string>): Set<string> {
  const ids = new Set<string>();
  for (const r of result.results) {
    if (!codes.has(r.code)) continue;
    for (const q of r.requirements) {
      if (!q.candidates.some((c) => c.id === document && c.origin !== 'amendment') && q.document !== document) continue;
      if (q.dropped_by) ids.add(q.dropped_by.legal);
      for (const c of q.candidates) if (c.origin === 'amendment' && c.amendment) ids.add(c.amendment.legal);
    }
  }
  return ids;
}

/** The paper documents chosen by the results given that are met with paper, from their explanations. */
function chosenFromResults(results: AnalysisResult['results']): Map<string, Set<string>> {
  const chosen = new Map<string, Set<string>>();
  for (const r of results) {
    if (r.status !== 'met' || !r.paper) continue;
    for (const q of r.requirements) {
      const c = q.candidates.find((x) => x.id === q.chosen);
      if (!c || !c.paper || c.kind !== 'document') continue;
      chosen.set(c.id, (chosen.get(c.id) ?? new Set()).add(r.code));
    }
  }
  return chosen;
}

const cases = catalogs.chain((catalog) =>
  fc.record({
    catalog: fc.constant(catalog),
    at: fc.constantFrom(...DATES),
    then: fc.constantFrom(...DATES),
    province: fc.constantFrom(null, 'HN', 'GL'),
    without: subset(catalog.legal.map((l) => l.id), 1),
    lacking: subset(catalog.documents.map((d) => d.id), 2),
    codes: fc.option(subset(catalog.procedures.map((p) => p.code), 6), { nil: null }),
    document: fc.constantFrom(...catalog.documents.map((d) => d.id)),
  }),
);

describe('the summary read on evaluations', () => {
  it('gives what the results and their explanations give, on random catalogs (property)', () => {
    let relieved = 0;
    let chosenSeen = 0;
    let newlySeen = 0;
    fc.assert(
      fc.property(cases, ({ catalog, at, then, province, without, lacking, codes, document }) => {
        const c = compileCatalog(catalog as Catalog);
        const a = evaluatedAnalysis(c, { at, province, without, lacking, lenient: true });
        const results = a.result.results;
        const order = ['GL', 'HN'];
        const some = codes === null ? null : new Set(codes);
        const all = new Set(catalog.procedures.map((p) => p.code));
        expect(snapshotOf(c, a, some, order)).toEqual(snapshot(a.result, some, order));
        // Against the same question at another date, either way round.
        const later = evaluatedAnalysis(c, { at: then, province, without, lacking, lenient: true });
        for (const [x, y] of [[a, later], [later, a]]) {
          for (const set of [some, null]) {
            const n = newlyBlocked(c, x, y, set);
            expect(n).toBe(newlyFromResults(x.result, y.result, set));
            newlySeen += n;
          }
        }
        const relieving = relievingLegal(c, a, document, some ?? all);
        expect(relieving).toEqual(relievingFromResults(a.result, document, some ?? all));
        relieved += relieving.size;
        const card = metWithCard(c, a, all);
        const cardKeys = new Set(results.filter((r) => r.status === 'met' && r.best_form === 'card').map(key));
        expect(card.map(([y, slot]) => `${c.source.procedures[y].code}@${slot === c.national ? null : c.provinces[slot]}`)).toEqual(results.filter((r) => cardKeys.has(key(r))).map(key));
        // Those evaluations read in another analysis: lacking every document.
        const other = evaluatedAnalysis(c, { at, province, lacking: catalog.documents.map((d) => d.id), lenient: true });
        const same = other.result.results.filter((r) => cardKeys.has(key(r)));
        expect(snapshotOfSome(c, other, card, order)).toEqual(snapshot({ ...other.result, results: same }, null, order));
        const every: [number, number][] = [];
        eachEvaluation(c, a.only, (y, slot) => every.push([y, slot]));
        const chosen = chosenPaper(c, a, every);
        expect(chosen).toEqual(chosenFromResults(results));
        chosenSeen += chosen.size;
      }),
      { numRuns: 1000 },
    );
    // Bounds far below what random catalogs give (in 15 runs of this test: 76 to 113 relieved,
    // mean 95; 24 to 35 chosen; 228 to 339 newly blocked), so that chance alone never fails them.
    expect(relieved).toBeGreaterThan(20);
    expect(chosenSeen).toBeGreaterThan(5);
    expect(newlySeen).toBeGreaterThan(50);
  });

  it('counts every procedure of a code asked about, when procedures share a code', () => {
    const catalog: Catalog = {
      catalog: { name: 'shared', cutoff: '2023-01-01' },
      provinces: [
        { code: 'HN', name: 'Hà Nội' },
        { code: 'GL', name: 'Gia Lai' },
      ],
      documents: [{ id: 'book', name: 'Book', form: 'paper', valid_until: '2022-12-31' }],
      data_sources: [],
      legal: [],
      procedures: [
        { code: 'p0', name: 'p0', level: ['xa'], provinces: ['HN'], requires: [{ document: 'book' }] },
        { code: 'p1', name: 'p1', level: ['xa'] },
        { code: 'p0', name: 'p0', level: ['xa'], provinces: ['GL'], requires: [{ document: 'book' }] },
      ],
    } as Catalog;
    const c = compileCatalog(catalog);
    const a = evaluatedAnalysis(c, {});
    const codes = new Set(['p0']);
    const counted = snapshotOf(c, a, codes, ['HN', 'GL']);
    expect(counted).toEqual(snapshot(a.result, codes, ['HN', 'GL']));
    expect(counted.places.map((p) => [p.province, p.blocked])).toEqual([
      ['HN', 1],
      ['GL', 1],
    ]);
  });

  it('reads procedures run in many provinces a word of provinces at a time, past the first 32', () => {
    // p0 runs everywhere and needs the book or the lookup, which one province lacks; p1 runs
    // in one province and needs the book; p2, run everywhere, takes a card where the lookup is missing.
    const catalog = (n: number, unconnected: number): Catalog =>
      ({
        catalog: { name: 'many', cutoff: '2023-01-01' },
        provinces: Array.from({ length: n }, (_, i) => ({ code: `P${i}`, name: `P${i}` })),
        documents: [
          { id: 'book', name: 'Book', form: 'paper', valid_until: '2022-12-31' },
          { id: 'card', name: 'Card', form: 'card' },
        ],
        data_sources: [{ id: 'lookup', name: 'Lookup', provides: ['book'], available_from: '2022-01-01', provinces: { [`P${unconnected}`]: null } }],
        legal: [],
        procedures: [
          { code: 'p0', name: 'p0', level: ['xa'], requires: [{ document: 'book', accept: ['lookup'] }] },
          { code: 'p1', name: 'p1', level: ['xa'], provinces: [`P${unconnected}`], requires: [{ document: 'book' }] },
          { code: 'p2', name: 'p2', level: ['xa'], requires: [{ document: 'book', accept: ['lookup', 'card'] }] },
        ],
      }) as unknown as Catalog;
    for (const [n, unconnected] of [[33, 32], [40, 31], [64, 63], [64, 5]]) {
      const c = compileCatalog(catalog(n, unconnected));
      for (const province of [null, `P${unconnected}`, `P${(unconnected + 1) % n}`]) {
        const before = evaluatedAnalysis(c, { at: '2022-12-31', province });
        const after = evaluatedAnalysis(c, { at: '2023-01-01', province });
        const expected = newlyFromResults(before.result, after.result, null);
        expect(newlyBlocked(c, before, after, null)).toBe(expected);
        expect(newlyBlocked(c, after, before, null)).toBe(0);
        expect(expected).toBe(province === null || province === `P${unconnected}` ? 2 : 0);
        expect(snapshotOf(c, after, null, [])).toEqual(snapshot(after.result, null, []));
        const card = metWithCard(c, after, new Set(['p0', 'p1', 'p2']));
        const byCard = after.result.results.filter((r) => r.status === 'met' && r.best_form === 'card').map(key);
        expect(card.map(([y, slot]) => `${c.source.procedures[y].code}@${slot === c.national ? null : c.provinces[slot]}`)).toEqual(byCard);
        expect(byCard).toEqual(province === null || province === `P${unconnected}` ? [`p2@P${unconnected}`] : []);
      }
    }
  });

  it('refuses to compare analyses of different provinces', () => {
    const catalog = {
      catalog: { name: 'one', cutoff: '2023-01-01' },
      provinces: [{ code: 'HN', name: 'Hà Nội' }],
      documents: [],
      data_sources: [],
      legal: [],
      procedures: [{ code: 'p0', name: 'p0', level: ['xa'] }],
    } as unknown as Catalog;
    const c = compileCatalog(catalog);
    expect(() => newlyBlocked(c, evaluatedAnalysis(c, {}), evaluatedAnalysis(c, { province: 'HN' }), null)).toThrow(RangeError);
  });

  it('reads a set of codes asked about again on another catalog afresh', () => {
    const make = (codes: string[]): Catalog => ({
      catalog: { name: 'two', cutoff: '2023-01-01' },
      provinces: [{ code: 'HN', name: 'Hà Nội' }],
      documents: [{ id: 'book', name: 'Book', form: 'paper', valid_until: '2022-12-31' }],
      data_sources: [],
      legal: [],
      procedures: codes.map((code, i) => ({ code, name: code, level: ['xa'], ...(i === 0 ? { requires: [{ document: 'book' }] } : {}) })),
    });
    const codes = new Set(['p0']);
    for (const catalog of [make(['p0', 'p1']), make(['a1', 'p0', 'p2'])]) {
      const c = compileCatalog(catalog);
      const a = evaluatedAnalysis(c, {});
      expect(snapshotOf(c, a, codes, ['HN'])).toEqual(snapshot(a.result, codes, ['HN']));
      const before = evaluatedAnalysis(c, { at: '2022-12-31' });
      expect(newlyBlocked(c, before, a, codes)).toBe(newlyFromResults(before.result, a.result, codes));
      // p0 asks for the book only in the first catalog.
      expect(newlyBlocked(c, before, a, codes)).toBe(catalog.procedures[0].code === 'p0' ? 1 : 0);
    }
  });
});
