import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, evaluatedAnalysis } from '../../src/analysis/analyze.js';
import { compileCatalog } from '../../src/analysis/compile-catalog.js';
import { countDependents } from '../../src/analysis/count-dependents.js';
import { metWithCard, newlyBlocked, snapshotOf, snapshotOfSome } from '../../src/analysis/summary-views.js';
import { addDays } from '../../src/analysis/timeline-dates.js';
import type { Catalog } from '../../src/catalog/types.js';
import { completeCatalog } from '../../src/graph/complete-catalog.js';
import { catalogs } from './helpers/analysis-catalogs.js';
import { AnalysisOptionError } from '../../src/analysis/errors.js';
import { measureCount } from '../../src/analysis/measure-count.js';
import { snapshot, summarizeCatalog, type CatalogSummary, type Snapshot } from '../../src/analysis/summary.js';
import { loadSummaryFixture } from './summary-fixtures.js';

const two = loadSummaryFixture('two-sunsets');
const summary = summarizeCatalog(two);
const placesOf = (s: Snapshot, kind: 'blocked' | 'unknown' | 'paper' | 'document') =>
  s.places.filter((p) => p[kind] > 0).map((p) => p.province);

describe('summarizeCatalog on two-sunsets', () => {
  it('lists the sunset documents earliest first, with their basis', () => {
    expect(summary.sunsets.map((s) => [s.document.id, s.document.valid_until])).toEqual([
      ['book', '2022-12-31'],
      ['old-card', '2024-06-30'],
    ]);
    expect(summary.sunsets[0].document.basis).toMatchObject({ legal: 'law-1', number: '1/2020/QH14', article: 3, clause: 2 });
    expect(summary.sunsets[1].document.basis).toBeNull();
  });

  it('counts the dependents of each sunset document, by ministry', () => {
    const [book, card] = summary.sunsets;
    expect(book.dependents.total).toBe(4);
    expect(book.dependents.by_ministry).toEqual([
      { key: 'Bộ Một', count: 2 },
      { key: 'Bộ Hai', count: 1 },
      { key: null, count: 1 },
    ]);
    expect(card.dependents.total).toBe(1);
  });

  it('on the last day nothing is blocked and the book is still the paper path', () => {
    const d = summary.sunsets[0].day_of;
    expect(d.date).toBe('2022-12-31');
    expect([d.blocked, d.paper, d.document, d.paperless]).toEqual([0, 3, 1, 0]);
    expect(placesOf(d, 'paper')).toEqual(['AA', 'BB', null]);
  });

  it('the day after, the reform leaves paper only where the database is not connected', () => {
    const d = summary.sunsets[0].day_after;
    expect(d.date).toBe('2023-01-01');
    expect([d.blocked, d.paper, d.document, d.paperless]).toEqual([0, 1, 1, 2]);
    expect(placesOf(d, 'paper')).toEqual(['BB']);
    expect(placesOf(d, 'document')).toEqual(['AA', 'BB']);
    expect(d.example).toEqual({ code: 'P1', province: 'BB' });
  });

  it('names the reform as relief, with what its absence would newly block', () => {
    const { relief, without_relief } = summary.sunsets[0];
    expect(relief.map((l) => [l.id, l.number, l.effective, l.newly_blocked])).toEqual([['nd-reform', '5/2022/NĐ-CP', '2023-01-01', 3]]);
    expect(placesOf(relief[0].without, 'blocked')).toEqual(['AA', 'BB', null]);
    expect(without_relief?.blocked).toBe(3);
  });

  it('an unrelieved sunset blocks the day after and names no relief', () => {
    const card = summary.sunsets[1];
    expect(card.day_of.blocked).toBe(0);
    expect(card.day_after.blocked).toBe(1);
    expect(placesOf(card.day_after, 'blocked')).toEqual(['AA', 'BB']);
    expect(card.day_after.example).toEqual({ code: 'P3', province: 'AA' });
    expect(card.relief).toEqual([]);
    expect(card.without_relief).toBeNull();
  });

  it('snapshots the whole catalog at the cutoff, or at --at', () => {
    expect(summary.at).toBe('2023-01-01');
    const t = summary.today;
    expect([t.procedures, t.blocked, t.paper, t.document, t.paperless]).toEqual([5, 0, 1, 1, 3]);
    const before = summarizeCatalog(two, { at: '2022-12-31' }).today;
    expect([before.blocked, before.paper, before.document, before.paperless]).toEqual([0, 3, 1, 1]);
  });

  it('puts the catalog count next to each published figure', () => {
    expect(summary.reported.map((r) => [r.value, r.catalog, r.counted])).toEqual([
      [3, 2, ['nd-a', 'nd-b']],
      [2, 2, ['nd-a', 'nd-b']],
      [2, 2, ['P4', 'cert-issue']],
      [4, 4, ['P1', 'P2', 'P3', 'P4']],
      [7, null, []],
    ]);
    expect(summary.reported[4].date).toBe('2022-09-30');
  });

  it('sizes the catalog', () => {
    expect(summary.size).toEqual({ procedures: 5, essential: 2, provinces: 2, documents: 3, data_sources: 1, legal: 5 });
  });

  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});

describe('the day after, for an applicant without a card', () => {
  const cardless = summarizeCatalog(loadSummaryFixture('cardless')).sunsets[0];

  it('analyses the evaluations met only with a card again, lacking every card of the catalog', () => {
    const c = cardless.without_card!;
    expect(c.lacking).toEqual(['id-card', 'army-card']);
    // Q1, Q2, Q4, Q5 in BB; not Q3 (electronic) nor Q6 (blocked whatever one holds).
    expect(c.snapshot.procedures).toBe(4);
    expect([c.snapshot.blocked, c.snapshot.paper, c.snapshot.document, c.snapshot.paperless]).toEqual([1, 3, 0, 0]);
    expect(c.snapshot.places.map((p) => [p.province, p.blocked, p.paper])).toEqual([['BB', 1, 3]]);
    expect(c.snapshot.date).toBe('2023-01-01');
  });

  it('agrees with analyze --lacking on those evaluations', () => {
    const cat = loadSummaryFixture('cardless');
    const before = analyze(cat, { at: '2023-01-01' }).results.filter((r) => r.status === 'met' && r.best_form === 'card');
    const keys = new Set(before.map((r) => `${r.code}|${r.province}`));
    const after = analyze(cat, { at: '2023-01-01', lacking: cardless.without_card!.lacking }).results.filter((r) => keys.has(`${r.code}|${r.province}`));
    expect(after.filter((r) => r.status === 'blocked').map((r) => r.code)).toEqual(['Q2']);
    expect(after.filter((r) => r.status === 'met' && r.paper).map((r) => r.code)).toEqual(['Q1', 'Q4', 'Q5']);
  });

  it('names the paper documents then chosen, most procedures first', () => {
    expect(cardless.without_card!.paper_documents).toEqual([
      { id: 'cert', name: 'Giấy xác nhận', name_en: 'Certificate', procedures: 2 },
      { id: 'letter', name: 'Thư', procedures: 1 },
    ]);
  });

  it('counts a card with nothing behind it as blocked, and is null where nothing is met only with a card', () => {
    const [book, card] = summary.sunsets;
    // P3 accepts the old card for the book: without it, nothing else is left.
    expect(book.without_card?.lacking).toEqual(['old-card']);
    expect([book.without_card?.snapshot.procedures, book.without_card?.snapshot.blocked]).toEqual([1, 1]);
    expect(book.without_card?.paper_documents).toEqual([]);
    // The day after the old card's own sunset, P3 is blocked: nothing is met with a card.
    expect(card.without_card).toBeNull();
  });
});

describe('snapshot', () => {
  it('agrees with the analysis totals on every evaluation of the catalog', () => {
    for (const at of ['2022-12-31', '2023-01-01', '2024-07-01']) {
      for (const without of [[], ['nd-reform']]) {
        const r = analyze(two, { at, without });
        const s = snapshot(r, null);
        const blockedEvals = s.places.reduce((n, p) => n + p.blocked, 0);
        const paperEvals = s.places.reduce((n, p) => n + p.paper, 0);
        expect(blockedEvals).toBe(r.totals.blocked);
        expect(paperEvals).toBe(r.totals.paper);
        expect(s.procedures).toBe(r.totals.procedures);
        const codes = (f: (x: (typeof r.results)[number]) => boolean) => new Set(r.results.filter(f).map((x) => x.code));
        const blocked = codes((x) => x.status === 'blocked');
        const paper = codes((x) => x.status === 'met' && x.paper);
        const card = codes((x) => x.status === 'met' && !x.paper && x.best_form !== 'data');
        const all = codes(() => true);
        const clean = [...all].filter((c) => !blocked.has(c) && !paper.has(c) && !card.has(c));
        expect([s.blocked, s.paper, s.document, s.paperless]).toEqual([blocked.size, paper.size, card.size, clean.length]);
      }
    }
  });
});

describe('measureCount', () => {
  it('finds the amending document by number, NĐ written as ND', () => {
    expect(measureCount(two, { count: 'legal-amended-by', legal: '5/2022/ND-CP' })).toEqual(['nd-a', 'nd-b']);
  });
  it('counts every cited legal document when no type or document is given', () => {
    expect(measureCount(two, { count: 'legal-requiring' })).toEqual(['nd-a', 'nd-b', 'tt-c']);
  });
  it('counts nothing for an amending document the catalog lacks', () => {
    expect(measureCount(two, { count: 'legal-amended-by', legal: 'nd-none' })).toEqual([]);
  });
});

describe('edge cases', () => {
  it('a catalog without sunsets or figures gives empty lists', () => {
    const s = summarizeCatalog(loadSummaryFixture('no-sunset'));
    expect(s.sunsets).toEqual([]);
    expect(s.reported).toEqual([]);
    // The one procedure is met by a card: no paper, but no lookup either.
    expect([s.today.paperless, s.today.document]).toEqual([0, 1]);
  });
  it('no cutoff and no date is a misuse with a clear error', () => {
    const c = loadSummaryFixture('no-sunset');
    delete c.catalog!.cutoff;
    expect(() => summarizeCatalog(c)).toThrow(AnalysisOptionError);
    expect(summarizeCatalog(c, { at: '2023-01-01' }).at).toBe('2023-01-01');
  });
});

/**
 * Checks a summary of a random catalog, of every province (null) or of one, against analyses
 * computed afresh: every sunset's counts and snapshots, and the day's. Returns how many
 * sunsets it read and how many relief documents they named.
 */
function expectFresh(c: Catalog, s: CatalogSummary, province: string | null): { sunsets: number; relieved: number } {
  const compiled = compileCatalog(completeCatalog(c));
  const order = c.provinces.map((p) => p.code);
  const fresh = (at: string, without: string[], lacking: string[] = []) =>
    evaluatedAnalysis(compiled, { at, province, without, lacking, lenient: true }, { deadlocks: false });
  const cards = c.documents.filter((d) => d.form === 'card').map((d) => d.id);
  let relieved = 0;
  for (const sunset of s.sunsets) {
    const until = sunset.document.valid_until;
    const after = addDays(until, 1);
    const counts = countDependents(compiled, sunset.document.id, { kind: 'document', ...(province === null ? {} : { province }) });
    expect(sunset.dependents.total).toBe(counts.total);
    const codes = new Set(counts.by.ministry.flatMap((g) => g.codes));
    expect(sunset.day_of).toEqual(snapshotOf(compiled, fresh(until, []), codes, order));
    expect(sunset.day_after).toEqual(snapshotOf(compiled, fresh(after, []), codes, order));
    for (const l of sunset.relief) {
      relieved++;
      expect(l.without).toEqual(snapshotOf(compiled, fresh(after, [l.id]), codes, order));
      expect(l.newly_blocked).toBe(newlyBlocked(compiled, fresh(until, [l.id]), fresh(after, [l.id]), codes));
    }
    const ids = sunset.relief.map((l) => l.id);
    expect(sunset.without_relief).toEqual(ids.length ? snapshotOf(compiled, fresh(after, ids), codes, order) : null);
    const cardOnly = metWithCard(compiled, fresh(after, []), codes);
    const lacking = cards.length > 0 && cardOnly.length > 0 ? snapshotOfSome(compiled, fresh(after, [], cards), cardOnly, order) : null;
    expect(sunset.without_card?.snapshot ?? null).toEqual(lacking);
  }
  // The day's snapshot is what the results of the analysis say.
  expect(s.today).toEqual(snapshot(analyze(c, { at: s.at, province, lenient: true }), null, order));
  return { sunsets: s.sunsets.length, relieved };
}

describe('summarizeCatalog on random catalogs (property)', () => {
  // The summary computes each analysis from a nearby one; each snapshot must be what the same
  // analysis computed afresh gives.
  it('gives for every sunset the snapshots and counts of analyses computed afresh', () => {
    let sunsets = 0;
    let relieved = 0;
    fc.assert(
      fc.property(catalogs, (drawn) => {
        const c: Catalog = { ...drawn, catalog: { name: 'random', cutoff: '2023-01-01' } };
        const read = expectFresh(c, summarizeCatalog(c, { lenient: true }), null);
        sunsets += read.sunsets;
        relieved += read.relieved;
      }),
      { numRuns: 300 },
    );
    expect(sunsets).toBeGreaterThan(150);
    // About 20 relieved sunsets in 300 catalogs (16 to 26 in twelve runs, 10 in one more; 13 to
    // 31 in 15 more): any one will do (none at all comes by chance about once in 200 million
    // runs, counted as Poisson).
    expect(relieved).toBeGreaterThan(0);
  });

  it('of one province gives the snapshots and counts of analyses of that province computed afresh', () => {
    let sunsets = 0;
    fc.assert(
      fc.property(catalogs, fc.constantFrom('HN', 'GL'), (drawn, province) => {
        const c: Catalog = { ...drawn, catalog: { name: 'random', cutoff: '2023-01-01' } };
        const s = summarizeCatalog(c, { lenient: true, province });
        expect(s.province).toBe(province);
        // Only the province and the central procedures are counted.
        for (const sunset of s.sunsets) for (const snap of [sunset.day_of, sunset.day_after]) for (const p of snap.places) expect([province, null]).toContain(p.province);
        sunsets += expectFresh(c, s, province).sunsets;
      }),
      { numRuns: 200 },
    );
    // About 390 sunsets in 200 catalogs (378 to 403 in three runs).
    expect(sunsets).toBeGreaterThan(50);
  });

  it('of one province refuses a province the catalog lacks, as an analysis does', () => {
    expect(() => summarizeCatalog(two, { province: 'Gia Lia' })).toThrow(AnalysisOptionError);
    expect(() => summarizeCatalog(two, { province: 42 as never })).toThrow('province must be a province code such as "HN", not 42.');
    expect(summarizeCatalog(two).province).toBeNull();
  });
});
