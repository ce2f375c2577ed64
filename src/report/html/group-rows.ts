import type { AnalysisResult } from '../../analysis/result-types.js';
import type { DependentCounts } from '../../analysis/dependents-types.js';
import { resultState } from '../../analysis/result-state.js';
import { procedureStates } from './headline-figures.js';

/** One row of a chart: a group's key (null: central procedures / ministry not recorded) and its counts. */
export interface GroupRow {
  key: string | null;
  dependent: number;
  blocked: number;
  paper: number;
  /** Needing a card or electronic document: no data lookup there. */
  document: number;
}

function unionGroup(counts: DependentCounts[], dimension: 'province' | 'ministry'): Map<string | null, Set<string>> {
  const out = new Map<string | null, Set<string>>();
  for (const c of counts) {
    for (const g of c.by[dimension]) {
      const set = out.get(g.key) ?? new Set<string>();
      g.codes.forEach((code) => set.add(code));
      out.set(g.key, set);
    }
  }
  return out;
}

/** Most blocked first, then most paper, most needing a card, most dependent; ties by name (null groups last). */
const byCounts =
  (nameOf: (key: string | null) => string) =>
  (a: GroupRow, b: GroupRow): number =>
    b.blocked - a.blocked ||
    b.paper - a.paper ||
    b.document - a.document ||
    b.dependent - a.dependent ||
    (a.key === null ? 1 : 0) - (b.key === null ? 1 : 0) ||
    nameOf(a.key).localeCompare(nameOf(b.key), 'vi');

/**
 * Per province (null: central procedures): evaluations there that depend on a sunset
 * document, are blocked, still need paper, or need a card or electronic document. Every
 * province of `provinces` has a row. Most blocked first; ties by `nameOf` (Vietnamese
 * order), central procedures last.
 */
export function provinceRows(
  result: AnalysisResult,
  counts: DependentCounts[],
  provinces: string[],
  nameOf: (key: string | null) => string = (k) => k ?? '',
): GroupRow[] {
  const dependent = unionGroup(counts, 'province');
  const rows = new Map<string | null, GroupRow>();
  const row = (key: string | null) => {
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { key, dependent: dependent.get(key)?.size ?? 0, blocked: 0, paper: 0, document: 0 }));
    return r;
  };
  provinces.forEach((p) => row(p));
  for (const key of dependent.keys()) row(key);
  for (const e of result.results) {
    const s = resultState(e);
    if (s === 'blocked') row(e.province).blocked++;
    else if (s === 'paper') row(e.province).paper++;
    else if (s === 'document') row(e.province).document++;
    else row(e.province);
  }
  return [...rows.values()].sort(byCounts(nameOf));
}

/**
 * Per ministry (null: not recorded): distinct procedures that depend on a sunset document,
 * are blocked in at least one province, still need paper somewhere and are blocked nowhere,
 * or need a card or electronic document somewhere and are blocked or need paper nowhere.
 */
export function ministryRows(result: AnalysisResult, counts: DependentCounts[]): GroupRow[] {
  const dependent = unionGroup(counts, 'ministry');
  const states = procedureStates(result.results);
  const ministryOf = new Map(result.results.map((r) => [r.code, r.ministry ?? null]));
  const rows = new Map<string | null, GroupRow>();
  const row = (key: string | null) => {
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { key, dependent: dependent.get(key)?.size ?? 0, blocked: 0, paper: 0, document: 0 }));
    return r;
  };
  for (const key of dependent.keys()) row(key);
  for (const [code, s] of states) {
    const r = row(ministryOf.get(code) ?? null);
    if (s === 'blocked') r.blocked++;
    else if (s === 'paper') r.paper++;
    else if (s === 'document') r.document++;
  }
  return [...rows.values()].sort(byCounts((k) => k ?? ''));
}
