import type { AnalysisResult } from '../analysis/result-types.js';
import type { Lang } from './labels.js';
import { label } from './labels.js';
import { blockedRows, type BlockedRow } from './blocked-rows.js';
import { provinceCell, provinceTitle } from './describe.js';
import { keyValueLines, textTable } from './text-table.js';
import { fitText } from './fit-lines.js';
import { expectArgument, expectLimitOption, expectOptions } from '../util/expect-argument.js';
import { baselineOption, baselineText, knownKeys, type BaselineView } from './baseline-report.js';
import { blockedNext } from './blocked-next.js';
import { commandSite, nextTextLines, type ShellLangOption } from './next-commands.js';

export interface TextReportOptions extends ShellLangOption {
  lang?: Lang;
  /**
   * Province columns list at most this many codes (default 8); past that, "all N provinces
   * where it runs", all but at most this many of them ("every province where it runs but BK,
   * PY, GL (60 of 63)"), or the first codes and "+N more".
   */
  maxProvinces?: number;
  /** The name of the result's province in the report's language: the title says "tại Gia Lai (GL)" instead of "tại GL". */
  provinceName?: string;
  /**
   * The result set against a baseline (`compareWithBaseline`): the sections show only the
   * new findings, and a last block counts the known ones and lists the stale entries.
   */
  baseline?: BaselineView;
  /**
   * The catalog's path as the user typed it: the text and Markdown reports end with the
   * commands to run next, asking the same question (why the first procedure listed is
   * blocked, the smallest set of changes). None without it.
   */
  source?: string;
  /**
   * The width to fit the report into, in columns (a terminal's): the procedure's name, its
   * provinces, the basis and the reason are broken onto several lines where a row would be
   * wider, and so are the titles and other lines around the tables (`fitText`); the
   * commands to run next are not. None: each row and line on one line.
   */
  width?: number;
}

/**
 * Heading suffixes shared by the human reports: " tại GL" (" tại Gia Lai (GL)" given the
 * province's name), " (bỏ qua sửa đổi của nd-104-2022)", " (người nộp không có cccd, cmnd)".
 */
export function whereText(result: { province: string | null; without: string[]; lacking?: string[] }, lang: Lang, provinceName?: string): string {
  let s = result.province ? label(lang, 'where', { province: provinceTitle(result.province, provinceName) }) : '';
  if (result.without.length) s += label(lang, 'without-legal', { legal: result.without.join(', ') });
  s += lackingText(result, lang);
  return s;
}

/** " (người nộp không có cccd, cmnd)" when the analysis assumed documents the applicant does not hold, else "". */
export function lackingText(result: { lacking?: string[] }, lang: Lang): string {
  return result.lacking?.length ? label(lang, 'lacking-documents', { documents: result.lacking.join(', ') }) : '';
}

/**
 * The totals of an analysis as label/value pairs, in the order the reports print them; of
 * the paperless, those met with a card or electronic document.
 */
export function totalsPairs(result: AnalysisResult, lang: Lang): [string, number][] {
  const t = result.totals;
  const pairs: [string, number][] = [
    [label(lang, 'total.procedures'), t.procedures],
    [label(lang, 'total.evaluations'), t.evaluations],
    [label(lang, 'total.blocked'), t.blocked],
    [label(lang, 'total.met'), t.met],
    [label(lang, 'total.paper'), t.paper],
    [label(lang, 'total.paperless'), t.paperless],
    [label(lang, 'total.document'), t.document],
  ];
  if (t.unknown > 0 || result.lenient) pairs.push([label(lang, 'total.unknown'), t.unknown]);
  return pairs;
}

function section(rows: BlockedRow[], lang: Lang, maxProvinces: number, reasonHeader: 'col.reason' | 'col.paper-step', width: number | undefined): string {
  const columns = [
    { header: label(lang, 'col.code') },
    { header: label(lang, 'col.procedure'), maxWidth: 48, wrap: true },
    { header: label(lang, 'col.provinces'), wrap: true },
    ...(reasonHeader === 'col.reason' ? [{ header: label(lang, 'col.basis'), wrap: true }] : []),
    { header: label(lang, reasonHeader), wrap: true },
  ];
  const body = rows.map((r) => [
    r.code,
    r.name,
    provinceCell(r.provinces, lang, maxProvinces, r.runsIn),
    ...(reasonHeader === 'col.reason' ? [r.basis] : []),
    r.reason,
  ]);
  return textTable(columns, body, '', width);
}

/**
 * The human report of an analysis: a table of what is blocked (and unknown), a table of
 * what is met but still needs paper, the deadlocks, and the totals.
 */
export function renderBlockedText(result: AnalysisResult, options: TextReportOptions = {}): string {
  expectOptions(options, 'renderBlockedText', '{ lang: "en" }');
  expectArgument(result, 'AnalysisResult', 'renderBlockedText');
  const lang = options.lang ?? 'vi';
  const max = options.maxProvinces ?? 8;
  expectLimitOption(options.width, 'width', 'renderBlockedText');
  const baseline = baselineOption(options.baseline, 'renderBlockedText');
  const rows = blockedRows(result, lang, knownKeys(baseline));
  const where = whereText(result, lang, options.provinceName) + (baseline ? label(lang, 'baseline-new', { file: baseline.file }) : '');
  const out: string[] = [];
  // The tables are fitted as they are made; the other lines (titles, deadlocks, the
  // baseline's) here, each chunk on its own: a national report has a million table lines.
  const say = (text: string) => out.push(fitText(text, options.width));
  say(`${label(lang, 'title.blocked', { at: result.at, where })}\n\n`);
  if (rows.blocked.length) out.push(section(rows.blocked, lang, max, 'col.reason', options.width));
  else say(`${label(lang, baseline ? 'nothing.new-blocked' : 'nothing.blocked')}\n`);
  if (rows.unknown.length) {
    say(`\n${label(lang, 'title.unknown', { at: result.at, where })}\n\n`);
    out.push(section(rows.unknown, lang, max, 'col.reason', options.width));
  }
  say(`\n${label(lang, 'title.paper', { at: result.at, where })}\n\n`);
  if (rows.paper.length) out.push(section(rows.paper, lang, max, 'col.paper-step', options.width));
  else say(`${label(lang, baseline ? 'nothing.new-paper' : 'nothing.paper')}\n`);
  if (result.deadlocks.length) {
    say(`\n${label(lang, 'title.deadlocks')}\n`);
    for (const d of result.deadlocks) say(`  ${d.province ?? label(lang, 'central')}: ${d.procedures.join(' ↔ ')}\n`);
  }
  out.push(`\n${label(lang, 'title.totals')}\n`);
  out.push(keyValueLines(totalsPairs(result, lang)));
  if (baseline) say(baselineText(baseline, lang, result, max));
  const site = commandSite(options);
  const next = site === undefined ? [] : nextTextLines(label(lang, 'next'), blockedNext(result, rows, site, lang), options.width);
  return out.join('') + next.map((l) => `${l}\n`).join('');
}
