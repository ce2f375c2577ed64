import type { ChangeKind, EvaluationState } from '../analysis/diff-results.js';
import type { AnalysisResult } from '../analysis/result-types.js';
import { resultState } from '../analysis/result-state.js';
import type { WhatIfEntry, WhatIfResult } from '../analysis/whatif-types.js';
import { compareCodes } from './blocked-rows.js';
import { amendmentText, blockReason, candidateName, documentName, originText, paperSteps, reasonText, refText } from './describe.js';
import type { Lang } from './labels.js';
import { label } from './labels.js';
import { whatifLabel } from './whatif-labels.js';

/**
 * A state in words: "bị chặn", "đáp ứng (còn cần giấy)", "đáp ứng (không cần giấy)", or, met
 * with a card or electronic document because no lookup works there, "đáp ứng (cần thẻ, …)".
 */
export function stateText(s: EvaluationState | { status: EvaluationState['status']; paper: boolean } | null, lang: Lang): string {
  if (!s) return '—';
  if (s.status !== 'met') return label(lang, `status.${s.status}`);
  const byDocument = 'best_form' in s && resultState(s) === 'document';
  return `${label(lang, 'status.met')} (${label(lang, s.paper ? 'status.paper' : byDocument ? 'status.document-short' : 'status.paperless')})`;
}

const reformedResults = new WeakMap<WhatIfResult, AnalysisResult>();

/** The reformed side of a what-if as far as the reasons of a block need it: its deadlocks and the evaluations listed. */
function reformedResult(result: WhatIfResult): AnalysisResult {
  let reformed = reformedResults.get(result);
  if (!reformed) {
    reformed = { deadlocks: result.deadlocks, results: result.entries.flatMap((e) => (e.reformed ? [e.reformed] : [])) } as AnalysisResult;
    reformedResults.set(result, reformed);
  }
  return reformed;
}

/**
 * Why one evaluation changed (or is still blocked), from the requirement and dependency
 * changes. With `relative`, the evaluation's own province is "this province", so that the
 * reasons of provinces changed the same way read the same.
 */
export function whatifReason(result: WhatIfResult, e: WhatIfEntry, lang: Lang, relative = false): string {
  const parts: string[] = [];
  for (const r of e.requirements) {
    const mark = r.by_reform ? ` ${whatifLabel(lang, 'byReform')}` : '';
    if (r.after.dropped_by) {
      const a = r.after.dropped_by;
      const amendment = amendmentText(a, lang);
      parts.push(`${documentName(r, lang)}: ${a.effective ? label(lang, 'explain.dropped', { amendment, date: a.effective }) : label(lang, 'explain.dropped-always', { amendment })}${mark}`);
    } else if (r.after.status === 'met' && r.via) {
      const v = r.via;
      const how = [originText(v, lang), reasonText(v.reason, lang, e.province, relative)].join('; ');
      parts.push(`${documentName(r, lang)} → ${candidateName(v, lang)} [${label(lang, `form.${v.form ?? 'unknown'}`)}]: ${how}${mark}`);
    } else {
      parts.push(`${documentName(r, lang)}: ${whatifLabel(lang, 'arrow', { before: label(lang, `status.${r.before.status}`), after: label(lang, `status.${r.after.status}`) })}`);
    }
  }
  for (const d of e.dependencies) {
    parts.push(whatifLabel(lang, 'dependency', { code: refText({ ...d, ...d.after }, e.province, lang, relative), before: stateText(d.before, lang), after: stateText(d.after, lang) }));
  }
  const after = e.reformed;
  if (after && after.status !== 'met' && (e.change === 'still-blocked' || parts.length === 0)) {
    const why = blockReason(reformedResult(result), after, lang, relative);
    parts.push(parts.length ? whatifLabel(lang, 'stillBlockedBy', { reason: why }) : why);
  } else if (after && parts.length === 0 && after.paper) parts.push(paperSteps(after, lang));
  return [...new Set(parts)].join('; ');
}

/** One line of the human what-if report: a procedure, a change, a reason, and every province where that holds. */
export interface WhatIfRow {
  change: ChangeKind;
  code: string;
  name: string;
  provinces: (string | null)[];
  before: string;
  after: string;
  reason: string;
}

/** Entries grouped by change, procedure, states and reason, so a change made in 63 provinces is one row. */
export function whatifRows(result: WhatIfResult, lang: Lang): Map<ChangeKind, WhatIfRow[]> {
  const groups = new Map<string, WhatIfRow>();
  for (const e of result.entries) {
    const before = stateText(e.before, lang);
    const after = stateText(e.after, lang);
    // Told from the evaluation's province, so that provinces changed the same way share a row.
    const reason = whatifReason(result, e, lang, true);
    const name = lang === 'en' && (e.reformed ?? e.baseline)?.name_en ? (e.reformed ?? e.baseline)!.name_en! : e.name;
    const key = JSON.stringify([e.change, e.code, before, after, reason]);
    const row = groups.get(key);
    if (row) row.provinces.push(e.province);
    else groups.set(key, { change: e.change, code: e.code, name, provinces: [e.province], before, after, reason });
  }
  const out = new Map<ChangeKind, WhatIfRow[]>();
  for (const row of groups.values()) {
    const list = out.get(row.change) ?? [];
    list.push(row);
    out.set(row.change, list);
  }
  for (const rows of out.values()) rows.sort((a, b) => compareCodes(a.code, b.code) || (a.provinces[0] ?? '').localeCompare(b.provinces[0] ?? ''));
  return out;
}
