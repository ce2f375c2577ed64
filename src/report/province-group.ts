import type { AnalysisResult } from '../analysis/result-types.js';

/** How many provinces a report names one by one before it tells them as "all" or "all but". */
export const LISTED_PROVINCES = 8;

/**
 * How a report tells the provinces a group of one procedure's evaluations holds for:
 * - `list`: by name, when there are at most `listed` (`LISTED_PROVINCES`) of them, when one
 *   of them is central (null), or when neither they nor the others where it runs are few;
 * - `all`: they are every province the procedure runs in (`runsIn`);
 * - `all-but`: they are all of those but at most `listed` `others`.
 */
export type ProvinceGroup =
  | { kind: 'list'; provinces: readonly (string | null)[] }
  | { kind: 'all'; total: number }
  | { kind: 'all-but'; others: string[]; held: number; total: number };

/**
 * How to tell `provinces`, one procedure's evaluations, among those in `runsIn` (see
 * `ProvinceGroup`). A province of `provinces` that is not in `runsIn` makes it a list.
 */
export function provinceGroup(provinces: readonly (string | null)[], runsIn: readonly string[], listed = LISTED_PROVINCES): ProvinceGroup {
  const list = { kind: 'list', provinces } as const;
  if (provinces.length <= listed || provinces.includes(null)) return list;
  const held = new Set(provinces);
  const others = runsIn.filter((p) => !held.has(p));
  if (others.length > listed || held.size + others.length !== runsIn.length) return list;
  if (others.length === 0) return { kind: 'all', total: runsIn.length };
  return { kind: 'all-but', others, held: held.size, total: runsIn.length };
}

const evaluated = new WeakMap<AnalysisResult, ReadonlyMap<string, readonly string[]>>();

/**
 * For each procedure code, the provinces the analysis evaluated it in (central evaluations
 * aside). Worked out once per result, for the reports that each need it.
 */
export function provincesEvaluated(result: AnalysisResult): ReadonlyMap<string, readonly string[]> {
  let byCode = evaluated.get(result);
  if (byCode === undefined) {
    const found = new Map<string, string[]>();
    for (const r of result.results) {
      if (r.province === null) continue;
      const list = found.get(r.code);
      if (list) list.push(r.province);
      else found.set(r.code, [r.province]);
    }
    byCode = found;
    evaluated.set(result, byCode);
  }
  return byCode;
}

/** The provinces of some evaluations of one procedure, in their order (central ones aside). */
export function provincesOf(evaluations: readonly { province: string | null }[]): string[] {
  return evaluations.flatMap((e) => (e.province === null ? [] : [e.province]));
}
