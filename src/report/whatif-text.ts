import type { ChangeKind } from '../analysis/diff-results.js';
import type { ReformPart, WhatIfResult } from '../analysis/whatif-types.js';
import { whereText } from './blocked-text.js';
import { provinceList } from './describe.js';
import { CHANGE_LABELS } from './diff-labels.js';
import type { Lang } from './labels.js';
import { label } from './labels.js';
import { textTable } from './text-table.js';
import { comparedTotalsRows } from './totals-rows.js';
import { whatifLabel } from './whatif-labels.js';
import { whatifRows } from './whatif-rows.js';
import type { WhatIfRow } from './whatif-rows.js';

/** The sections of the human what-if reports, in order; the first five always appear. */
export const WHATIF_SECTIONS: readonly ChangeKind[] = [
  'newly-met',
  'newly-blocked',
  'still-blocked',
  'newly-paper',
  'no-longer-paper',
  'newly-unknown',
  'no-longer-unknown',
  'still-unknown',
  'added',
  'removed',
];
const ALWAYS = 5;

export interface WhatIfTextOptions {
  lang?: Lang;
  /** Province columns list at most this many codes, then "+N more" (default 8). */
  maxProvinces?: number;
}

/** "1 văn bản mới (999/2023/NĐ-CP: 1 sửa đổi); 1 kết nối (CSDLQG… tại GL từ 2023-01-01)". */
export function reformSummary(result: WhatIfResult, lang: Lang): string {
  const parts: string[] = [];
  const legal = result.reform.legal;
  if (legal.length) {
    const list = legal.map((l) => `${l.number}: ${whatifLabel(lang, 'amendments', { n: l.amendments })}`).join('; ');
    parts.push(`${whatifLabel(lang, 'legal', { n: legal.length })} (${list})`);
  }
  const connect = result.reform.connect;
  if (connect.length) {
    const list = connect.map((c) => whatifLabel(lang, 'connection', { source: c.data_source, province: c.province, from: c.from })).join('; ');
    parts.push(`${whatifLabel(lang, 'connect', { n: connect.length })} (${list})`);
  }
  return parts.join('; ') || whatifLabel(lang, 'nothing');
}

export function partText(p: ReformPart, lang: Lang): string {
  return p.kind === 'amendment'
    ? whatifLabel(lang, 'unusedAmendment', { n: p.index + 1, number: p.number })
    : whatifLabel(lang, 'connection', { source: p.connection.data_source, province: p.connection.province, from: p.connection.from });
}

/** Totals before and after as rows: measure, baseline, reformed, signed difference. */
export function totalsRows(result: WhatIfResult, lang: Lang): [string, number, number, string][] {
  return comparedTotalsRows(result.totals.baseline, result.totals.reformed, lang);
}

function table(rows: WhatIfRow[], lang: Lang, max: number): string {
  return textTable(
    [
      { header: label(lang, 'col.code') },
      { header: label(lang, 'col.procedure'), maxWidth: 40 },
      { header: label(lang, 'col.provinces') },
      { header: whatifLabel(lang, 'state') },
      { header: whatifLabel(lang, 'why') },
    ],
    rows.map((r) => [r.code, r.name, provinceList(r.provinces, lang, max), `${r.before} → ${r.after}`, r.reason]),
  );
}

/**
 * The what-if as text: what the reform holds, one table per kind of change (newly met,
 * newly blocked, still blocked, newly or no longer needing paper) with the reason taken
 * from both analyses, the parts of the reform that change nothing, and totals before/after.
 */
export function renderWhatIfText(result: WhatIfResult, options: WhatIfTextOptions = {}): string {
  const lang = options.lang ?? 'vi';
  const max = options.maxProvinces ?? 8;
  const rows = whatifRows(result, lang);
  const out: string[] = [`${whatifLabel(lang, 'title', { at: result.at, where: whereText(result, lang) })}\n`];
  out.push(`${whatifLabel(lang, 'reform')}: ${reformSummary(result, lang)}\n`);
  WHATIF_SECTIONS.forEach((kind, i) => {
    const list = rows.get(kind) ?? [];
    if (i >= ALWAYS && list.length === 0) return;
    out.push(`\n${CHANGE_LABELS[lang][kind]}: ${result.counts[kind]}\n`);
    if (list.length) out.push('\n', table(list, lang, max));
  });
  if (result.unused.length) {
    out.push(`\n${whatifLabel(lang, 'unused')}:\n`);
    for (const p of result.unused) out.push(`  - ${partText(p, lang)}\n`);
  }
  out.push(`\n${whatifLabel(lang, 'totals')}\n\n`);
  out.push(
    textTable(
      [{ header: '' }, { header: whatifLabel(lang, 'baseline'), align: 'right' }, { header: whatifLabel(lang, 'reformed'), align: 'right' }, { header: whatifLabel(lang, 'delta'), align: 'right' }],
      totalsRows(result, lang).map((r) => r.map(String)),
    ),
  );
  return out.join('');
}
