import type { AnalysisResult } from '../analysis/result-types.js';
import type { Lang } from './labels.js';
import { blockBasis, blockReason, paperSteps } from './describe.js';
import { provincesEvaluated } from './province-group.js';
import { findingKey, findingOf, type FindingKind } from '../analysis/baseline/compare.js';
import { CODE_ORDER } from '../analysis/dependents-graph.js';

/** The sections of the human reports: what an evaluation found. */
export type BlockedSection = FindingKind;

/** One line of a human report: a procedure and every province where it is in that state for the same reason. */
export interface BlockedRow {
  section: BlockedSection;
  code: string;
  name: string;
  provinces: (string | null)[];
  /** The provinces the result evaluates this procedure in (none for a central procedure). */
  runsIn: readonly string[];
  basis: string;
  reason: string;
}

/**
 * The rows of the text and Markdown reports: evaluations that are blocked, unknown, or met
 * but still needing paper, grouped by procedure and reason so a procedure blocked the same
 * way in 63 provinces is one row. Rows are in code order. The findings whose keys
 * (`findingKey`) are in `skip` are left out (those a baseline lists).
 */
export function blockedRows(result: AnalysisResult, lang: Lang, skip?: ReadonlySet<string>): Record<BlockedSection, BlockedRow[]> {
  const groups = new Map<string, BlockedRow>();
  const runsIn = provincesEvaluated(result);
  for (const r of result.results) {
    const section = findingOf(r);
    if (!section || skip?.has(findingKey({ code: r.code, province: r.province, finding: section }))) continue;
    // Told from the evaluation's province ("not connected in this province"), so that the
    // provinces blocked the same way share a row.
    const reason = section === 'paper' ? paperSteps(r, lang) : blockReason(result, r, lang, true);
    const basis = section === 'paper' ? '' : blockBasis(r, lang);
    const name = lang === 'en' && r.name_en ? r.name_en : r.name;
    const key = `${section}\u0000${r.code}\u0000${reason}\u0000${basis}`;
    const row = groups.get(key);
    if (row) row.provinces.push(r.province);
    else groups.set(key, { section, code: r.code, name, provinces: [r.province], runsIn: runsIn.get(r.code) ?? [], basis, reason });
  }
  const out: Record<BlockedSection, BlockedRow[]> = { blocked: [], unknown: [], paper: [] };
  for (const row of groups.values()) out[row.section].push(row);
  // By code; rows of one code keep the order of the result (the catalog's province order).
  for (const rows of Object.values(out)) rows.sort((a, b) => compareCodes(a.code, b.code));
  return out;
}

/** Orders procedure codes "1.2" < "1.10" < "2.1", numerically where both parts are numbers. */
export function compareCodes(a: string, b: string): number {
  return CODE_ORDER.compare(a, b);
}
