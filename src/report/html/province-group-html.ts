import type { AnalysisResult } from '../../analysis/result-types.js';
import type { Lang } from '../labels.js';
import { escapeHtml } from './escape.js';
import { htmlLabel as L } from './labels.js';

/** How many provinces a report names one by one before it tells them as "all" or "all but". */
export const WHERE_LISTED = 8;

/** For each procedure code, the provinces the analysis evaluated it in (central evaluations aside). */
export function provincesEvaluated(result: AnalysisResult): Map<string, string[]> {
  const byCode = new Map<string, string[]>();
  for (const r of result.results) {
    if (r.province === null) continue;
    const list = byCode.get(r.code);
    if (list) list.push(r.province);
    else byCode.set(r.code, [r.province]);
  }
  return byCode;
}

/**
 * Where a group of one procedure's evaluations holds, as HTML: the provinces by name when
 * there are few of them or of the others; "all 63 provinces where it runs" when the group
 * is every province the procedure was evaluated in (`runsIn`); "every province where it
 * runs but Gia Lai, Phú Yên (61 of 63)" when it is all but a few. A group holding a
 * central evaluation is named in full.
 */
export function provinceGroupHtml(
  lang: Lang,
  provinces: readonly (string | null)[],
  runsIn: readonly string[],
  provinceNames: ReadonlyMap<string, string>,
): string {
  const name = (p: string | null) => escapeHtml(p === null ? L(lang, 'central') : (provinceNames.get(p) ?? p));
  const listed = (ps: readonly (string | null)[]) => ps.map(name).join(', ');
  if (provinces.length <= WHERE_LISTED || provinces.includes(null)) return listed(provinces);
  const held = new Set(provinces);
  const others = runsIn.filter((p) => !held.has(p));
  if (others.length > WHERE_LISTED || held.size + others.length !== runsIn.length) return listed(provinces);
  if (others.length === 0) return L(lang, 'whereAll', { n: runsIn.length });
  return L(lang, 'whereAllBut', { provinces: listed(others), n: held.size, total: runsIn.length });
}
