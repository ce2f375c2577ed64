import type { ChangeKind } from '../analysis/diff-results.js';
import type { Connection } from '../analysis/reform/types.js';
import type { ReformPart, WhatIfResult } from '../analysis/whatif-types.js';
import { whereText } from './blocked-text.js';
import { provinceCell } from './describe.js';
import { CHANGE_LABELS } from './diff-labels.js';
import { expectChangesOptions, type ChangesTextOptions } from './diff-text.js';
import type { Lang } from './labels.js';
import { label } from './labels.js';
import { someNames } from './some-names.js';
import { textTable } from './text-table.js';
import { fitText } from './fit-lines.js';
import { comparedTotalsRows } from './totals-rows.js';
import { whatifLabel } from './whatif-labels.js';
import { whatifRows } from './whatif-rows.js';
import type { WhatIfRow } from './whatif-rows.js';
import { reportLang } from '../util/expect-argument.js';

/** The sections of the human what-if reports, in order; the first five always appear. */
export const WHATIF_SECTIONS: readonly ChangeKind[] = [
  'newly-met',
  'newly-blocked',
  'still-blocked',
  'newly-paper',
  'no-longer-paper',
  'newly-document',
  'no-longer-document',
  'newly-unknown',
  'no-longer-unknown',
  'still-unknown',
  'added',
  'removed',
];
const ALWAYS = 5;

/** The language, the limit on the provinces a row names, and where each procedure runs (see `ChangesTextOptions`). */
export type WhatIfTextOptions = Omit<ChangesTextOptions, 'ranIn'>;

/** How many new legal documents, and how many connections, the reform line names before it counts the others. */
export const NAMED_IN_SUMMARY = 3;

type ReformLegal = WhatIfResult['reform']['legal'][number];

function legalText(l: ReformLegal, lang: Lang): string {
  return `${l.number}: ${whatifLabel(lang, 'amendments', { n: l.amendments })}`;
}

function connectionText(c: Connection, lang: Lang): string {
  return whatifLabel(lang, 'connection', { source: c.data_source, province: c.province, from: c.from });
}

/**
 * "1 văn bản mới (999/2023/NĐ-CP: 1 sửa đổi); 1 kết nối (CSDLQG… tại GL từ 2023-01-01)": the
 * first `named` legal documents and connections, and how many others there are, so that a
 * plan for the whole country stays one short line. `reformContents` lists them all.
 */
export function reformSummary(result: WhatIfResult, lang: Lang, named = NAMED_IN_SUMMARY): string {
  const parts: string[] = [];
  const legal = result.reform.legal;
  if (legal.length) {
    const list = someNames(legal, '; ', lang, (l) => legalText(l, lang), named, (names, n) => whatifLabel(lang, n === 1 ? 'oneMoreLegal' : 'moreLegal', { names, n }));
    parts.push(`${whatifLabel(lang, 'legal', { n: legal.length })} (${list})`);
  }
  const connect = result.reform.connect;
  if (connect.length) {
    const list = someNames(connect, '; ', lang, (c) => connectionText(c, lang), named, (names, n) => whatifLabel(lang, n === 1 ? 'oneMoreConnection' : 'moreConnections', { names, n }));
    parts.push(`${whatifLabel(lang, 'connect', { n: connect.length })} (${list})`);
  }
  return parts.join('; ') || whatifLabel(lang, 'nothing');
}

/** Whether `reformSummary` leaves out some of the reform's legal documents or connections. */
export function summaryLeavesOut(result: WhatIfResult, named = NAMED_IN_SUMMARY): boolean {
  return result.reform.legal.length > named || result.reform.connect.length > named;
}

/** Every new legal document (with its number of amendments) and every connection of the reform, one a line. */
export function reformContents(result: WhatIfResult, lang: Lang): string[] {
  return [...result.reform.legal.map((l) => legalText(l, lang)), ...result.reform.connect.map((c) => connectionText(c, lang))];
}

export function partText(p: ReformPart, lang: Lang): string {
  return p.kind === 'amendment'
    ? whatifLabel(lang, 'unusedAmendment', { n: p.index + 1, number: p.number })
    : connectionText(p.connection, lang);
}

/** Totals before and after as rows: measure, baseline, reformed, signed difference. */
export function totalsRows(result: WhatIfResult, lang: Lang): [string, number, number, string][] {
  return comparedTotalsRows(result.totals.baseline, result.totals.reformed, lang);
}

function table(rows: WhatIfRow[], lang: Lang, max: number, runsIn: ReadonlyMap<string, readonly string[]> | undefined, width: number | undefined): string {
  return textTable(
    [
      { header: label(lang, 'col.code') },
      { header: label(lang, 'col.procedure'), maxWidth: 40, wrap: true },
      { header: label(lang, 'col.provinces'), wrap: true },
      { header: whatifLabel(lang, 'state'), wrap: true },
      { header: whatifLabel(lang, 'why'), wrap: true },
    ],
    rows.map((r) => [r.code, r.name, provinceCell(r.provinces, lang, max, runsIn?.get(r.code)), `${r.before} → ${r.after}`, r.reason]),
    '',
    width,
  );
}

/**
 * The what-if as text: what the reform holds, one table per kind of change (newly met,
 * newly blocked, still blocked, newly or no longer needing paper) with the reason taken
 * from both analyses, the parts of the reform that change nothing, and totals before/after.
 */
export function renderWhatIfText(result: WhatIfResult, options: WhatIfTextOptions = {}): string {
  const lang = reportLang(result, 'WhatIfResult', 'renderWhatIfText', options);
  expectChangesOptions(options, 'renderWhatIfText');
  const max = options.maxProvinces ?? 8;
  const rows = whatifRows(result, lang);
  const out: string[] = [`${whatifLabel(lang, 'title', { at: result.at, where: whereText(result, lang, options.provinceName) })}\n`];
  out.push(`${whatifLabel(lang, 'reform')}: ${reformSummary(result, lang)}\n`);
  WHATIF_SECTIONS.forEach((kind, i) => {
    const list = rows.get(kind) ?? [];
    if (i >= ALWAYS && list.length === 0) return;
    out.push(`\n${CHANGE_LABELS[lang][kind]}: ${result.counts[kind]}\n`);
    if (list.length) out.push('\n', table(list, lang, max, options.runsIn, options.width));
  });
  if (result.unused.length) {
    out.push(`\n${whatifLabel(lang, 'unused')}:\n`);
    for (const p of result.unused) out.push(`  - ${partText(p, lang)}\n`);
  }
  out.push(`\n${whatifLabel(lang, 'totals')}\n\n`);
  out.push(
    textTable(
      [{ header: '', wrap: true }, { header: whatifLabel(lang, 'baseline'), align: 'right' }, { header: whatifLabel(lang, 'reformed'), align: 'right' }, { header: whatifLabel(lang, 'delta'), align: 'right' }],
      totalsRows(result, lang).map((r) => r.map(String)),
      '',
      options.width,
    ),
  );
  return fitText(out.join(''), options.width);
}
