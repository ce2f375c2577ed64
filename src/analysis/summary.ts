import { completeCatalog } from '../graph/complete-catalog.js';
import { resultState } from './result-state.js';
import type { Catalog, Provision } from '../catalog/types.js';
import { analysisDate, analysisProvince, evaluatedAnalysis, type EvaluatedAnalysis } from './analyze.js';
import { AnalysisOptionError } from './errors.js';
import { compileCatalog } from './compile-catalog.js';
import type { CompiledCatalog } from './compiled-types.js';
import type { Evaluation } from './evaluation-types.js';
import { countWithProcedures } from './count-dependents.js';
import { findLegal, measureCount } from './measure-count.js';
import type { AnalysisResult } from './result-types.js';
import type { CardlessSummary, CatalogSummary, ProvisionRefInfo, Snapshot, SummaryOptions, SunsetSummary } from './summary-types.js';
import { chosenPaper, metWithCard, newlyBlocked, relievingLegal, SnapshotTally, snapshotOf, snapshotOfSome, type Procedures } from './summary-views.js';
import { addDays, LAST_DAY } from './timeline-dates.js';
import { expectArgument, expectOptions, givenWords, WrongArgumentError } from '../util/expect-argument.js';

export type * from './summary-types.js';

/**
 * Computes the summary, of every province or of one (`province`). Throws
 * `AnalysisOptionError` for a missing or invalid date, or a province the catalog lacks.
 */
export function summarizeCatalog(input: Catalog, options: SummaryOptions = {}): CatalogSummary {
  expectOptions(options, 'summarizeCatalog', '{ at: "2023-01-01" }');
  const catalog = completeCatalog(input);
  const at = analysisDate(catalog, options.at);
  const compiled = compileCatalog(catalog);
  if (options.province !== undefined && options.province !== null && typeof options.province !== 'string') {
    throw new AnalysisOptionError('UNKNOWN_PROVINCE', `province must be a province code such as "HN", not ${JSON.stringify(options.province)}.`);
  }
  const province = analysisProvince(compiled, options.province ?? null);
  const order = catalog.provinces.map((p) => p.code);
  // The analyses read for one sunset, each made once; dropped before the next sunset's, so
  // that a national catalog's hundreds of analyses are not all held at once. The summary
  // reads only statuses and forms: no deadlocks are worked out. Each is computed from an
  // analysis that differs from it in little (`base`), which gives the same evaluation in less
  // time: the day after a sunset from the day after the sunset before, the others of a sunset
  // from its day after or its last day.
  let cache = new Map<string, EvaluatedAnalysis>();
  // The evaluations of the sunset before, but its day after, are no longer read: each new
  // analysis computed from a base is written over one of them instead of new arrays.
  let spare: Evaluation[] = [];
  const run = (date: string, without: string[], lacking: string[], base: EvaluatedAnalysis | undefined): EvaluatedAnalysis => {
    const key = `${date}|${without.join(',')}|${lacking.join(',')}`;
    let r = cache.get(key);
    if (!r) {
      const reuse = base === undefined ? undefined : spare.pop();
      r = evaluatedAnalysis(compiled, { at: date, province, without, lacking, lenient: options.lenient }, { deadlocks: false, base: base?.evaluation, reuse });
      cache.set(key, r);
    }
    return r;
  };
  let previousDayAfter: EvaluatedAnalysis | undefined;
  const snap = (a: EvaluatedAnalysis, codes: Procedures | null) => snapshotOf(compiled, a, codes, order);
  const cards = catalog.documents.filter((d) => d.form === 'card').map((d) => d.id);
  // A document valid until 9999-12-31, the last day there is, never lapses: no day after it.
  const sunsets = catalog.documents
    .filter((d) => d.valid_until !== undefined && d.valid_until < LAST_DAY)
    .sort((a, b) => a.valid_until!.localeCompare(b.valid_until!) || a.id.localeCompare(b.id))
    .map((d): SunsetSummary => {
      spare = [...cache.values()].filter((a) => a !== previousDayAfter).map((a) => a.evaluation);
      cache = new Map();
      const { counts, procedures } = countWithProcedures(compiled, d.id, { kind: 'document', ...(province === null ? {} : { province }) });
      // The dependents, by index; by code when the catalog gives a code twice.
      const codes: Procedures = procedures ?? new Set(counts.by.ministry.flatMap((g) => g.codes));
      const until = d.valid_until!;
      const after = addDays(until, 1);
      const dayAfter = run(after, [], [], previousDayAfter);
      previousDayAfter = dayAfter;
      const lastDay = (without: string[]): EvaluatedAnalysis => run(until, without, [], without.length === 0 ? dayAfter : lastDay([]));
      const newly = (without: string[]) => newlyBlocked(compiled, lastDay(without), run(after, without, [], dayAfter), codes);
      const relieving = relievingLegal(compiled, dayAfter, d.id, codes);
      const relief = catalog.legal
        .filter((l) => relieving.has(l.id))
        .map((l) => ({ id: l.id, number: l.number, type: l.type, ...(l.title ? { title: l.title } : {}), effective: l.effective ?? null }))
        .map((l) => ({ l, blocked: newly([l.id]) }))
        // Only those whose absence blocks something are shown: only theirs is counted.
        .filter(({ blocked }) => blocked > 0)
        .map(({ l, blocked }) => ({ ...l, without: snap(run(after, [l.id], [], dayAfter), codes), newly_blocked: blocked }));
      return {
        document: {
          id: d.id,
          name: d.name,
          ...(d.name_en ? { name_en: d.name_en } : {}),
          form: d.form,
          valid_until: until,
          basis: d.sunset_basis ? provisionInfo(catalog, d.sunset_basis) : null,
        },
        dependents: {
          total: counts.total,
          direct: counts.direct,
          by_ministry: counts.by.ministry.map((g) => ({ key: g.key, ...(g.name_en ? { name_en: g.name_en } : {}), count: g.count })),
        },
        day_of: snap(lastDay([]), codes),
        day_after: snap(dayAfter, codes),
        relief,
        without_relief: relief.length ? snap(run(after, relief.map((l) => l.id), [], dayAfter), codes) : null,
        without_card: withoutCard(compiled, dayAfter, codes, cards, () => run(after, [], cards, dayAfter), order),
      };
    });
  cache = new Map();
  spare = [];
  const meta = catalog.catalog;
  return {
    version: 1,
    catalog: { name: meta?.name ?? '', ...(meta?.name_en ? { name_en: meta.name_en } : {}), ...(meta?.description ? { description: meta.description } : {}), cutoff: meta?.cutoff ?? null },
    at,
    province,
    size: {
      procedures: catalog.procedures.length,
      essential: catalog.procedures.filter((p) => p.essential === true).length,
      provinces: catalog.provinces.length,
      documents: catalog.documents.length,
      data_sources: catalog.data_sources.length,
      legal: catalog.legal.length,
    },
    provinces: catalog.provinces.map((p) => p.code),
    sunsets,
    today: snap(run(at, [], [], previousDayAfter), null),
    reported: (meta?.reported ?? []).map((r) => {
      const m = r.measure ? measureCount(catalog, r.measure) : null;
      return {
        claim: r.claim,
        ...(r.claim_en ? { claim_en: r.claim_en } : {}),
        value: r.value,
        ...(r.source ? { source: r.source } : {}),
        ...(r.date ? { date: r.date } : {}),
        ...(r.note ? { note: r.note } : {}),
        catalog: m ? m.length : null,
        counted: m ?? [],
      };
    }),
  };
}

/**
 * Counts over the procedures in `codes` (every procedure when null). Places follow
 * `provinceOrder` (the catalog's order), then any other province, central last.
 */
export function snapshot(result: AnalysisResult, codes: Set<string> | null, provinceOrder: string[] = []): Snapshot {
  expectArgument(result, 'AnalysisResult', 'summarySnapshot');
  if (codes !== null && !(codes instanceof Set)) {
    throw new WrongArgumentError('WRONG_ARGUMENT', `summarySnapshot takes the codes to count as a Set, or null for every procedure, not ${givenWords(codes)}.`, 'list');
  }
  const codeNumbers = new Map<string, number>();
  const placeNumbers = new Map<string | null, number>();
  const number = <K>(numbers: Map<K, number>, key: K) => {
    let n = numbers.get(key);
    if (n === undefined) numbers.set(key, (n = numbers.size));
    return n;
  };
  const results = result.results;
  const tally = new SnapshotTally(results.length, results.length, (i) => ({ code: results[i].code, province: results[i].province }));
  results.forEach((r, i) => {
    if (!codes || codes.has(r.code)) tally.add(number(codeNumbers, r.code), number(placeNumbers, r.province), resultState(r), i, 0);
  });
  return tally.snapshot(result.at, result.without, provinceOrder);
}

/**
 * The evaluations of `codes` met only with a card in `result`, as they are for an applicant
 * lacking `cards` (`withoutCards` gives that analysis, at the same date); null when none.
 */
function withoutCard(
  c: CompiledCatalog,
  result: EvaluatedAnalysis,
  codes: Procedures,
  cards: string[],
  withoutCards: () => EvaluatedAnalysis,
  provinceOrder: string[],
): CardlessSummary | null {
  if (cards.length === 0) return null;
  const cardOnly = metWithCard(c, result, codes);
  if (cardOnly.length === 0) return null;
  const lacking = withoutCards();
  const chosen = chosenPaper(c, lacking, cardOnly);
  const paperDocuments = c.source.documents
    .filter((d) => chosen.has(d.id))
    .map((d) => ({ id: d.id, name: d.name, ...(d.name_en ? { name_en: d.name_en } : {}), procedures: chosen.get(d.id)!.size }))
    .sort((a, b) => b.procedures - a.procedures);
  return { lacking: cards, snapshot: snapshotOfSome(c, lacking, cardOnly, provinceOrder), paper_documents: paperDocuments };
}

function provisionInfo(catalog: Catalog, p: Provision): ProvisionRefInfo {
  const ref = typeof p === 'string' ? { legal: p } : p;
  const legal = findLegal(catalog, ref.legal);
  return {
    ...ref,
    legal: legal?.id ?? ref.legal,
    ...(legal ? { number: legal.number, type: legal.type, ...(legal.title ? { title: legal.title } : {}) } : {}),
  };
}

