import { completeCatalog } from '../graph/complete-catalog.js';
import { resultState } from './result-state.js';
import type { Catalog, Provision } from '../catalog/types.js';
import { analysisDate, analyzeCompiled } from './analyze.js';
import { compileCatalog } from './compile-catalog.js';
import { countDependents } from './count-dependents.js';
import { findLegal, measureCount } from './measure-count.js';
import type { AnalysisResult } from './result-types.js';
import type { CardlessSummary, CatalogSummary, ProvisionRefInfo, ReliefLegal, Snapshot, PlaceCount, SummaryOptions, SunsetSummary } from './summary-types.js';
import { addDays, LAST_DAY } from './timeline-dates.js';
import { expectArgument, expectOptions } from '../util/expect-argument.js';

export type * from './summary-types.js';

/** Computes the summary. Throws `AnalysisOptionError` for a missing or invalid date. */
export function summarizeCatalog(input: Catalog, options: SummaryOptions = {}): CatalogSummary {
  expectOptions(options, 'summarizeCatalog', '{ at: "2023-01-01" }');
  const catalog = completeCatalog(input);
  const at = analysisDate(catalog, options.at);
  const compiled = compileCatalog(catalog);
  const order = catalog.provinces.map((p) => p.code);
  const cache = new Map<string, AnalysisResult>();
  const run = (date: string, without: string[], lacking: string[] = []): AnalysisResult => {
    const key = `${date}|${without.join(',')}|${lacking.join(',')}`;
    let r = cache.get(key);
    if (!r) cache.set(key, (r = analyzeCompiled(compiled, { at: date, without, lacking, lenient: options.lenient })));
    return r;
  };
  const cards = catalog.documents.filter((d) => d.form === 'card').map((d) => d.id);
  // A document valid until 9999-12-31, the last day there is, never lapses: no day after it.
  const sunsets = catalog.documents
    .filter((d) => d.valid_until !== undefined && d.valid_until < LAST_DAY)
    .sort((a, b) => a.valid_until!.localeCompare(b.valid_until!) || a.id.localeCompare(b.id))
    .map((d): SunsetSummary => {
      const counts = countDependents(catalog, d.id, { kind: 'document' });
      const codes = new Set(counts.by.ministry.flatMap((g) => g.codes));
      const until = d.valid_until!;
      const after = addDays(until, 1);
      const dayAfter = run(after, []);
      const newly = (without: string[]) => {
        const before = blockedCodes(run(until, without), codes);
        return [...blockedCodes(run(after, without), codes)].filter((c) => !before.has(c)).length;
      };
      const relief = reliefLegal(catalog, dayAfter, d.id, codes)
        .map((l) => ({ ...l, without: snapshot(run(after, [l.id]), codes, order), newly_blocked: newly([l.id]) }))
        .filter((l) => l.newly_blocked > 0);
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
          by_ministry: counts.by.ministry.map((g) => ({ key: g.key, count: g.count })),
        },
        day_of: snapshot(run(until, []), codes, order),
        day_after: snapshot(dayAfter, codes, order),
        relief,
        without_relief: relief.length ? snapshot(run(after, relief.map((l) => l.id)), codes, order) : null,
        without_card: withoutCard(catalog, dayAfter, codes, cards, () => run(after, [], cards), order),
      };
    });
  const meta = catalog.catalog;
  return {
    version: 1,
    catalog: { name: meta?.name ?? '', ...(meta?.description ? { description: meta.description } : {}), cutoff: meta?.cutoff ?? null },
    at,
    size: {
      procedures: catalog.procedures.length,
      essential: catalog.procedures.filter((p) => p.essential === true).length,
      provinces: catalog.provinces.length,
      documents: catalog.documents.length,
      data_sources: catalog.data_sources.length,
      legal: catalog.legal.length,
    },
    sunsets,
    today: snapshot(run(at, []), null, order),
    reported: (meta?.reported ?? []).map((r) => {
      const m = r.measure ? measureCount(catalog, r.measure) : null;
      return {
        claim: r.claim,
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
  const state = new Map<string, { blocked: boolean; unknown: boolean; paper: boolean; document: boolean }>();
  const places = new Map<string | null, PlaceCount>();
  let needsDocument: Snapshot['example'] = null;
  let blocked: Snapshot['example'] = null;
  for (const r of result.results) {
    if (codes && !codes.has(r.code)) continue;
    const s = state.get(r.code) ?? { blocked: false, unknown: false, paper: false, document: false };
    state.set(r.code, s);
    const kind = resultState(r);
    if (kind === 'paperless') continue;
    s[kind] = true;
    if ((kind === 'paper' || kind === 'document') && !needsDocument) needsDocument = { code: r.code, province: r.province };
    if (kind === 'blocked' && !blocked) blocked = { code: r.code, province: r.province };
    const place = places.get(r.province) ?? { province: r.province, blocked: 0, unknown: 0, paper: 0, document: 0 };
    places.set(r.province, place);
    place[kind]++;
  }
  const all = [...state.values()];
  return {
    date: result.at,
    without: result.without,
    procedures: state.size,
    blocked: all.filter((s) => s.blocked).length,
    unknown: all.filter((s) => s.unknown).length,
    paper: all.filter((s) => s.paper).length,
    document: all.filter((s) => s.document).length,
    paperless: all.filter((s) => !s.blocked && !s.unknown && !s.paper && !s.document).length,
    places: [...places.values()].sort((a, b) => placeRank(a.province, provinceOrder) - placeRank(b.province, provinceOrder)),
    example: needsDocument ?? blocked,
  };
}

const evaluationKey = (r: { code: string; province: string | null }) => `${r.code}\u0000${r.province ?? ''}`;

/**
 * The evaluations of `codes` met only with a card in `result`, as they are for an applicant
 * lacking `cards` (`withoutCards` gives that analysis, at the same date); null when none.
 */
function withoutCard(
  catalog: Catalog,
  result: AnalysisResult,
  codes: Set<string>,
  cards: string[],
  withoutCards: () => AnalysisResult,
  provinceOrder: string[],
): CardlessSummary | null {
  if (cards.length === 0) return null;
  const cardOnly = new Set(result.results.filter((r) => codes.has(r.code) && r.status === 'met' && r.best_form === 'card').map(evaluationKey));
  if (cardOnly.size === 0) return null;
  const lacking = withoutCards();
  const same = lacking.results.filter((r) => cardOnly.has(evaluationKey(r)));
  const chosen = new Map<string, Set<string>>();
  for (const r of same) {
    if (r.status !== 'met' || !r.paper) continue;
    for (const q of r.requirements) {
      const c = q.candidates.find((x) => x.id === q.chosen);
      if (!c || !c.paper || c.kind !== 'document') continue;
      const procedures = chosen.get(c.id) ?? new Set<string>();
      chosen.set(c.id, procedures.add(r.code));
    }
  }
  const paperDocuments = catalog.documents
    .filter((d) => chosen.has(d.id))
    .map((d) => ({ id: d.id, name: d.name, ...(d.name_en ? { name_en: d.name_en } : {}), procedures: chosen.get(d.id)!.size }))
    .sort((a, b) => b.procedures - a.procedures);
  return { lacking: cards, snapshot: snapshot({ ...lacking, results: same }, null, provinceOrder), paper_documents: paperDocuments };
}

function placeRank(province: string | null, order: string[]): number {
  if (province === null) return Number.MAX_SAFE_INTEGER;
  const i = order.indexOf(province);
  return i < 0 ? order.length : i;
}

function blockedCodes(result: AnalysisResult, codes: Set<string>): Set<string> {
  return new Set(result.results.filter((r) => codes.has(r.code) && r.status === 'blocked').map((r) => r.code));
}

/**
 * The legal documents whose amendments in force meet (accept something for, or drop) a
 * requirement of a procedure in `codes` that names `document` as the required document or
 * as an alternative accepted from the start.
 */
function reliefLegal(catalog: Catalog, result: AnalysisResult, document: string, codes: Set<string>): Omit<ReliefLegal, 'without' | 'newly_blocked'>[] {
  const ids = new Set<string>();
  for (const r of result.results) {
    if (!codes.has(r.code)) continue;
    for (const q of r.requirements) {
      if (!q.candidates.some((c) => c.id === document && c.origin !== 'amendment') && q.document !== document) continue;
      if (q.dropped_by) ids.add(q.dropped_by.legal);
      for (const c of q.candidates) if (c.origin === 'amendment' && c.amendment) ids.add(c.amendment.legal);
    }
  }
  return catalog.legal
    .filter((l) => ids.has(l.id))
    .map((l) => ({ id: l.id, number: l.number, type: l.type, ...(l.title ? { title: l.title } : {}), effective: l.effective ?? null }));
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

