import type { CountDimension, CountGroup, DependentCounts } from '../analysis/dependents-types.js';
import { COUNT_DIMENSIONS } from '../analysis/dependents-types.js';
import { csvTable, expectCsvOptions, type CsvOptions } from './csv.js';
import { nameIn, provinceTitle } from './describe.js';
import type { Lang } from './labels.js';
import { label } from './labels.js';
import { markdownTable, mdText } from './markdown-table.js';
import { keyValueLines, textTable } from './text-table.js';
import { expectArgument, expectLimitOption, expectOptions } from '../util/expect-argument.js';
import { fitText } from './fit-lines.js';
import { pushAll } from '../util/push-all.js';
import { countNext } from './count-next.js';
import { commandSite, nextMarkdownLines, nextTextLines, type NextCommand, type ShellLangOption } from './next-commands.js';

export interface CountReportOptions extends ShellLangOption {
  lang?: Lang;
  /** The dimensions to show (default: all four). */
  by?: CountDimension[];
  /** The target's name in the report's language (e.g. its name_en), shown instead of `target.name`. */
  targetName?: string;
  /** The name of the counts' province in the report's language: the title says "tại Gia Lai (GL)" instead of "tại GL". */
  provinceName?: string;
  /** The catalog path as the user typed it: the text and Markdown reports of a document with a last valid day, a legal document that amends provisions, or a procedure, end with the command to run next (`countNext`). */
  source?: string;
  /** Whether the count accepted unresolved references: the command to run next says --lenient too. */
  lenient?: boolean;
  /** The target document's last valid day (its valid_until), for the command to run next: what is blocked the day after. */
  validUntil?: string;
  /** Whether the target legal document amends provisions, for the command to run next: what is blocked without its amendments. */
  amends?: boolean;
  /**
   * The width to fit the text report into, in columns (a terminal's): the title, the notes
   * and the groups' names are broken between words onto more lines (`fitText`); the commands
   * to run next are not broken, their comments put above them when the two do not fit. None:
   * each line as it is.
   */
  width?: number;
}

/** The command to run next, for a report given `source`. */
function nextOf(c: DependentCounts, options: CountReportOptions, lang: Lang): NextCommand[] {
  const site = commandSite(options);
  return site === undefined ? [] : countNext(c, site, lang, options.lenient === true, { validUntil: options.validUntil, amends: options.amends });
}

function groupLabel(dim: CountDimension, g: CountGroup, lang: Lang): string {
  if (g.key === null) return label(lang, dim === 'province' ? 'central' : 'count.none-group');
  if (dim === 'level') return label(lang, `level.${g.key}` as Parameters<typeof label>[1]);
  if (dim !== 'province') return nameIn(lang, g.key, g.name_en);
  const name = g.name === undefined ? undefined : nameIn(lang, g.name, g.name_en);
  return name ? `${g.key} ${name}` : g.key;
}

function heading(c: DependentCounts, lang: Lang, targetName?: string, provinceName?: string): string {
  const name = targetName || c.target.name;
  const target = `${c.target.id}${name && name !== c.target.id ? ` (${name})` : ''}`;
  let where = c.at ? label(lang, 'at-date', { at: c.at }) : '';
  where += c.province ? label(lang, 'where', { province: provinceTitle(c.province, provinceName) }) : '';
  if (c.without.length) where += label(lang, 'without-legal', { legal: c.without.join(', ') });
  return label(lang, 'title.count', { target, at: where, where: '' });
}

/** Whether some procedure counts at several levels, so that the levels add up to more than the total. */
function levelsOverlap(c: DependentCounts): boolean {
  return c.by.level.reduce((sum, g) => sum + g.count, 0) > c.total;
}

/** The counts as text: the total, then one aligned table per dimension. */
export function renderCountText(c: DependentCounts, options: CountReportOptions = {}): string {
  expectOptions(options, 'renderCountText', '{ lang: "en" }');
  expectArgument(c, 'DependentCounts', 'renderCountText');
  expectLimitOption(options.width, 'width', 'renderCountText');
  const lang = options.lang ?? 'vi';
  const out = [`${fitText(heading(c, lang, options.targetName, options.provinceName), options.width)}\n\n`];
  out.push(keyValueLines([[label(lang, 'total.dependents'), c.total], [`  ${label(lang, 'count.direct')}`, c.direct]], ''));
  if (c.total === 0) out.push(`${label(lang, 'nothing.count')}\n`);
  // With nothing to group, the tables would be empty (or list the province asked with 0).
  for (const dim of c.total === 0 ? [] : (options.by ?? COUNT_DIMENSIONS)) {
    out.push(`\n${label(lang, 'title.count-by', { dimension: label(lang, `dim.${dim}`) })}\n\n`);
    out.push(
      textTable(
        [{ header: label(lang, 'col.group'), maxWidth: 60, wrap: true }, { header: label(lang, 'col.count'), align: 'right' }],
        c.by[dim].map((g) => [groupLabel(dim, g, lang), String(g.count)]),
        '',
        options.width,
      ),
    );
    if (dim === 'level' && levelsOverlap(c)) out.push(`\n${fitText(label(lang, 'count.levels-overlap'), options.width)}\n`);
  }
  pushAll(out, nextTextLines(label(lang, 'next'), nextOf(c, options, lang), options.width).map((l) => `${l}\n`));
  return out.join('');
}

export function renderCountMarkdown(c: DependentCounts, options: CountReportOptions = {}): string {
  expectOptions(options, 'renderCountMarkdown', '{ lang: "en" }');
  expectArgument(c, 'DependentCounts', 'renderCountMarkdown');
  const lang = options.lang ?? 'vi';
  const out = [`# ${mdText(heading(c, lang, options.targetName, options.provinceName))}\n\n`, `${label(lang, 'total.dependents')}: **${c.total}** (${label(lang, 'count.direct')} ${c.direct})\n`];
  if (c.total === 0) out.push(`\n${label(lang, 'nothing.count')}\n`);
  for (const dim of c.total === 0 ? [] : (options.by ?? COUNT_DIMENSIONS)) {
    out.push(`\n## ${label(lang, 'title.count-by', { dimension: label(lang, `dim.${dim}`) })}\n\n`);
    out.push(
      markdownTable(
        [label(lang, 'col.group'), label(lang, 'col.count')],
        c.by[dim].map((g) => [groupLabel(dim, g, lang), g.count]),
        ['left', 'right'],
      ),
    );
    if (dim === 'level' && levelsOverlap(c)) out.push(`\n${mdText(label(lang, 'count.levels-overlap'))}\n`);
  }
  const next = nextMarkdownLines(label(lang, 'next'), nextOf(c, options, lang));
  if (next.length > 0) out.push(`\n${next.join('\n')}`);
  return out.join('');
}

/** One record per group: dimension, key (empty for central / not recorded), name, count, codes; with `excel`, for Excel (`CsvOptions`). */
export function renderCountCsv(c: DependentCounts, options: CountReportOptions & CsvOptions = {}): string {
  expectOptions(options, 'renderCountCsv', '{ lang: "en" }');
  expectCsvOptions(options, 'renderCountCsv');
  expectArgument(c, 'DependentCounts', 'renderCountCsv');
  const rows = (options.by ?? COUNT_DIMENSIONS).flatMap((dim) =>
    c.by[dim].map((g) => [dim, g.key ?? '', g.name ?? '', g.count, g.codes.join('; ')]),
  );
  return csvTable(['dimension', 'key', 'name', 'count', 'codes'], rows, options);
}

/** The counts as JSON, keeping only the dimensions asked for. */
export function renderCountJson(c: DependentCounts, options: CountReportOptions = {}): string {
  expectOptions(options, 'renderCountJson', '{ lang: "en" }');
  expectArgument(c, 'DependentCounts', 'renderCountJson');
  const dims = options.by ?? COUNT_DIMENSIONS;
  const by = Object.fromEntries(dims.map((d) => [d, c.by[d]]));
  return `${JSON.stringify({ ...c, by }, null, 2)}\n`;
}
