import type { DependentCountsEach, EachCount } from '../analysis/count-each.js';
import { csvTable, expectCsvOptions, type CsvOptions } from './csv.js';
import { nameIn, provinceTitle } from './describe.js';
import { label, type Lang } from './labels.js';
import { markdownTable, mdText } from './markdown-table.js';
import { commandSite, nextMarkdownLines, nextTextLines, shellWord, suggestedCommand, type CommandSite, type NextCommand, type ShellLangOption } from './next-commands.js';
import { textTable } from './text-table.js';
import { expectArgument, expectLimitOption, expectOptions } from '../util/expect-argument.js';

export interface CountEachReportOptions extends ShellLangOption {
  lang?: Lang;
  /** The name of the counts' province in the report's language: the title says "tại Gia Lai (GL)" instead of "tại GL". */
  provinceName?: string;
  /** The catalog path as the user typed it: the text and Markdown reports end with the command to run next. */
  source?: string;
  /** Whether the counts accepted unresolved references: the command to run next says --lenient too. */
  lenient?: boolean;
  /**
   * The width to fit the text report into, in columns (a terminal's): the names, and the
   * header of the counts when needed, are broken between words onto more lines; the
   * commands to run next are not broken, their comments put above them when the two do not
   * fit. None: each line as it is.
   */
  width?: number;
}

/**
 * What to run after the counts, at `site`: the count of the first entity with dependents, in
 * groups, asking what the counts asked. None when nothing has any.
 */
function countEachNext(c: DependentCountsEach, site: CommandSite, lang: Lang, lenient: boolean): NextCommand[] {
  const first = c.targets.find((t) => t.total > 0);
  if (first === undefined) return [];
  const asked = { province: c.province, at: c.at ?? undefined, without: c.without, lenient, lang, shellLang: site.shellLang };
  return [{ command: suggestedCommand(['tthc count', shellWord(site.source), '--depends-on', shellWord(first.id)], asked), comment: label(lang, 'next.count-groups', { id: first.id }) }];
}

/** The command to run next, for a report given `source`. */
function nextOf(c: DependentCountsEach, options: CountEachReportOptions, lang: Lang): NextCommand[] {
  const site = commandSite(options);
  return site === undefined ? [] : countEachNext(c, site, lang, options.lenient === true);
}

function heading(c: DependentCountsEach, lang: Lang, provinceName?: string): string {
  let at = c.at ? label(lang, 'at-date', { at: c.at }) : '';
  at += c.province ? label(lang, 'where', { province: provinceTitle(c.province, provinceName) }) : '';
  if (c.without.length) at += label(lang, 'without-legal', { legal: c.without.join(', ') });
  return label(lang, 'title.count-each', { kind: label(lang, `kind.${c.kind}`), at, where: '' });
}

/** An entity's name in `lang`: its English name in English when it has one; a legal document's with its number. */
function nameOf(t: EachCount, lang: Lang): string {
  const name = nameIn(lang, t.name, t.name_en);
  return t.number !== undefined && t.number !== name ? `${t.number} ${name}` : name;
}

const columns = (lang: Lang) => [label(lang, 'col.id'), label(lang, 'col.name'), label(lang, 'total.dependents'), label(lang, 'col.direct')];

/** The counts as text: one aligned table, most dependents first. */
export function renderCountEachText(c: DependentCountsEach, options: CountEachReportOptions = {}): string {
  expectOptions(options, 'renderCountEachText', '{ lang: "en" }');
  expectArgument(c, 'DependentCountsEach', 'renderCountEachText');
  expectLimitOption(options.width, 'width', 'renderCountEachText');
  const lang = options.lang ?? 'vi';
  const [id, name, total, direct] = columns(lang);
  const table = textTable(
    [{ header: id }, { header: name, maxWidth: 60, wrap: true }, { header: total, align: 'right' }, { header: direct, align: 'right' }],
    c.targets.map((t) => [t.id, nameOf(t, lang), String(t.total), String(t.direct)]),
    '',
    options.width,
  );
  const next = nextTextLines(label(lang, 'next'), nextOf(c, options, lang), options.width).map((l) => `${l}\n`);
  return `${heading(c, lang, options.provinceName)}\n\n${table}${next.join('')}`;
}

/** The counts as a Markdown table. */
export function renderCountEachMarkdown(c: DependentCountsEach, options: CountEachReportOptions = {}): string {
  expectOptions(options, 'renderCountEachMarkdown', '{ lang: "en" }');
  expectArgument(c, 'DependentCountsEach', 'renderCountEachMarkdown');
  const lang = options.lang ?? 'vi';
  const rows = c.targets.map((t) => [t.id, nameOf(t, lang), t.total, t.direct]);
  const next = nextMarkdownLines(label(lang, 'next'), nextOf(c, options, lang));
  return `# ${mdText(heading(c, lang, options.provinceName))}\n\n${markdownTable(columns(lang), rows, ['left', 'left', 'right', 'right'])}${next.length > 0 ? `\n${next.join('\n')}` : ''}`;
}

/** One record per entity: id, name (the catalog's own), number (legal documents), total, direct; with `excel`, for Excel (`CsvOptions`). */
export function renderCountEachCsv(c: DependentCountsEach, options: CsvOptions = {}): string {
  expectOptions(options, 'renderCountEachCsv', '{ excel: true }');
  expectCsvOptions(options, 'renderCountEachCsv');
  expectArgument(c, 'DependentCountsEach', 'renderCountEachCsv');
  return csvTable(['id', 'name', 'number', 'total', 'direct'], c.targets.map((t) => [t.id, t.name, t.number ?? '', t.total, t.direct]), options);
}

/** The counts as JSON (`schemas/count-each.schema.json`). */
export function renderCountEachJson(c: DependentCountsEach): string {
  expectArgument(c, 'DependentCountsEach', 'renderCountEachJson');
  return `${JSON.stringify(c, null, 2)}\n`;
}
