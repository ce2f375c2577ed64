import type { DiffResult, DiffSide } from '../analysis/diff-types.js';
import type { ChangeKind, EvaluationDelta } from '../analysis/diff-results.js';
import { SECTIONS } from '../catalog/types.js';
import { compareCodes } from './blocked-rows.js';
import { nameIn, provinceCell, provinceTitle } from './describe.js';
import { CHANGE_LABELS, SECTION_LABELS, diffLabel } from './diff-labels.js';
import type { Lang } from './labels.js';
import { label } from './labels.js';
import { textTable } from './text-table.js';
import { fitText } from './fit-lines.js';
import { comparedTotalsRows } from './totals-rows.js';
import { describeEvent } from './timeline-labels.js';
import { stateText } from './whatif-rows.js';
import { WrongArgumentError, expectLimitOption, givenWords, reportLang } from '../util/expect-argument.js';

/** One line per changed entity: "+ id", "− id", "~ id: field, field". */
export function entityLines(result: DiffResult, lang: Lang): { heading: string; lines: string[] }[] {
  const out: { heading: string; lines: string[] }[] = [];
  if (result.entities.catalog.length) {
    out.push({ heading: diffLabel(lang, 'catalogSettings'), lines: [`~ ${result.entities.catalog.map((f) => f.field).join(', ')}`] });
  }
  for (const s of SECTIONS) {
    const d = result.entities.sections[s];
    const lines = [...d.added.map((id) => `+ ${id}`), ...d.removed.map((id) => `− ${id}`), ...d.changed.map((c) => `~ ${c.id}: ${c.fields.map((f) => f.field).join(', ')}`)];
    if (lines.length) out.push({ heading: SECTION_LABELS[lang][s], lines });
  }
  return out;
}

/** The procedure's name in the report's language: its English name with --lang en when the catalog has one. */
export function deltaName(d: Pick<EvaluationDelta, 'name' | 'name_en'>, lang: Lang): string {
  return lang === 'en' && d.name_en !== undefined ? d.name_en : d.name;
}

/** One row of the changed evaluations: a procedure, a kind of change (and its words), the states, and the provinces where that holds. */
export interface ChangeRow {
  code: string;
  name: string;
  provinces: (string | null)[];
  kind: ChangeKind;
  change: string;
  states: string;
}

/** Evaluation changes grouped by procedure, kind and states, so one change in 63 provinces is one row. */
export function changeRows(result: DiffResult, lang: Lang): ChangeRow[] {
  const groups = new Map<string, ChangeRow>();
  for (const c of result.changes) {
    const states = `${stateText(c.before, lang)} → ${stateText(c.after, lang)}`;
    const key = JSON.stringify([c.code, c.change, states]);
    const g = groups.get(key);
    if (g) g.provinces.push(c.province);
    else groups.set(key, { code: c.code, name: deltaName(c, lang), provinces: [c.province], kind: c.change, change: CHANGE_LABELS[lang][c.change], states });
  }
  return [...groups.values()].sort((a, b) => compareCodes(a.code, b.code) || a.change.localeCompare(b.change));
}

/** Totals of both sides as rows: measure, A, B, signed difference. */
export function diffTotalsRows(result: DiffResult, lang: Lang): [string, number, number, string][] {
  return comparedTotalsRows(result.a.totals, result.b.totals, lang, ['evaluations']);
}

/** A catalog's name, or words saying it has none. */
export function catalogName(side: Pick<DiffSide, 'catalog' | 'catalog_en'>, lang: Lang): string {
  return nameIn(lang, side.catalog, side.catalog_en) || diffLabel(lang, 'unnamed');
}

/**
 * The headers of the totals' two sides: each catalog's name and date, or only the dates when
 * the two names are the same and the dates are not (one catalog at two dates: the title
 * names it).
 */
export function sideHeaders(result: DiffResult, lang: Lang): [string, string] {
  const a = catalogName(result.a, lang);
  const b = catalogName(result.b, lang);
  if (a === b && result.a.at !== result.b.at) return [result.a.at, result.b.at];
  return [`${a} ${result.a.at}`, `${b} ${result.b.at}`];
}

/** "Comparing A (date) with B (date) in GL (ignoring the amendments of nd-104-2022)", as the other reports say where and what they set aside. */
export function diffTitle(result: DiffResult, lang: Lang, provinceName?: string): string {
  const where = result.province ? label(lang, 'where', { province: provinceTitle(result.province, provinceName) }) : '';
  const without = result.without.length ? label(lang, 'without-legal', { legal: result.without.join(', ') }) : '';
  return `${diffLabel(lang, 'title', { a: catalogName(result.a, lang), at: result.a.at, b: catalogName(result.b, lang), to: result.b.at })}${where}${without}`;
}

/** Options of the text reports of changes (what-if, diff, timeline). */
export interface ChangesTextOptions {
  lang?: Lang;
  /**
   * Province lists name at most this many codes (default 8); past that, "all N provinces
   * where it runs" or all but at most this many, when `runsIn` tells where, else the first
   * codes and "+N more".
   */
  maxProvinces?: number;
  /** Where each procedure runs, by code (`provincesWhereRun`); in a diff, in catalog B. */
  runsIn?: ReadonlyMap<string, readonly string[]>;
  /** In a diff of two catalogs, where each procedure runs in catalog A, for the evaluations B no longer has (default: `runsIn`). */
  ranIn?: ReadonlyMap<string, readonly string[]>;
  /** The name of the result's province in the report's language: the title says "tại Gia Lai (GL)" instead of "tại GL". */
  provinceName?: string;
  /**
   * The width to fit the tables of changes into, in columns (a terminal's): the procedure's
   * name, the change and the states or reasons (a timeline's events), and the measures of a
   * table of totals, are broken onto several lines where a row would be wider, and so are
   * headers wider than their cells (a timeline's counts) when the table needs it. None:
   * each row on one line.
   */
  width?: number;
}

/**
 * Refuses options of a report of changes that it would misread: a province limit that is not
 * a whole number, 1 or more, or where procedures run given otherwise than as a Map.
 */
export function expectChangesOptions(options: ChangesTextOptions, fn: string): void {
  for (const key of ['maxProvinces', 'width'] as const) expectLimitOption(options[key], key, fn);
  for (const key of ['runsIn', 'ranIn'] as const) {
    const v: unknown = options[key];
    if (v === undefined || v instanceof Map) continue;
    throw new WrongArgumentError('INVALID_OPTIONS', `${key} of ${fn} must be a Map of procedure codes to province codes, what provincesWhereRun(catalog) returns, not ${givenWords(v)}.`, 'options');
  }
}

/**
 * The diff as text: entities added (+), removed (−) and changed (~, with the fields) per
 * section; what takes effect between the two dates; the evaluations whose state changed;
 * and the totals of both sides.
 */
export function renderDiffText(result: DiffResult, options: ChangesTextOptions = {}): string {
  const lang = reportLang(result, 'DiffResult', 'renderDiffText', options);
  expectChangesOptions(options, 'renderDiffText');
  const out: string[] = [`${diffTitle(result, lang, options.provinceName)}\n\n${diffLabel(lang, 'entities')}\n`];
  const sections = entityLines(result, lang);
  if (sections.length === 0) out.push(`  ${diffLabel(lang, 'noEntityChange')}\n`);
  for (const s of sections) out.push(`  ${s.heading}\n${s.lines.map((l) => `    ${l}\n`).join('')}`);
  if (result.events.length) {
    const [lo, hi] = result.a.at <= result.b.at ? [result.a.at, result.b.at] : [result.b.at, result.a.at];
    out.push(`\n${diffLabel(lang, 'events', { at: lo, to: hi })}\n`);
    for (const e of result.events) out.push(`  ${e.date}  ${describeEvent(e, lang, true)}\n`);
  }
  out.push(`\n${diffLabel(lang, 'analysis')}\n\n`);
  const rows = changeRows(result, lang);
  if (rows.length === 0) out.push(`${diffLabel(lang, 'noAnalysisChange')}\n`);
  else {
    out.push(
      textTable(
        [
          { header: label(lang, 'col.code') },
          { header: label(lang, 'col.procedure'), maxWidth: 40, wrap: true },
          { header: label(lang, 'col.provinces'), wrap: true },
          { header: diffLabel(lang, 'change'), wrap: true },
          { header: `${diffLabel(lang, 'before')} → ${diffLabel(lang, 'after')}`, wrap: true },
        ],
        rows.map((r) => [r.code, r.name, provinceCell(r.provinces, lang, options.maxProvinces ?? 8, (r.kind === 'removed' ? (options.ranIn ?? options.runsIn) : options.runsIn)?.get(r.code)), r.change, r.states]),
        '',
        options.width,
      ),
    );
  }
  out.push(`\n${diffLabel(lang, 'totals')}\n\n`);
  const [headerA, headerB] = sideHeaders(result, lang);
  out.push(
    textTable(
      [{ header: '', wrap: true }, { header: headerA, align: 'right' }, { header: headerB, align: 'right' }, { header: diffLabel(lang, 'change'), align: 'right' }],
      diffTotalsRows(result, lang).map((r) => r.map(String)),
      '',
      options.width,
    ),
  );
  return fitText(out.join(''), options.width);
}
