import type { ProvisionRanking } from '../analysis/rank-types.js';
import { csvTable, expectCsvOptions, type CsvOptions } from './csv.js';
import { provisionText } from './describe.js';
import type { Lang } from './labels.js';
import { label } from './labels.js';
import { markdownTable, mdText } from './markdown-table.js';
import { textTable } from './text-table.js';
import { whereText } from './blocked-text.js';
import { expectArgument, expectLimitOption, expectOptions } from '../util/expect-argument.js';
import { fitText } from './fit-lines.js';
import { pushAll } from '../util/push-all.js';
import { commandSite, nextMarkdownLines, nextTextLines, type ShellLangOption } from './next-commands.js';
import { rankNext } from './rank-next.js';

export interface RankReportOptions extends ShellLangOption {
  lang?: Lang;
  /** Show at most this many provisions (default: all). */
  top?: number;
  /** The name of the ranking's province in the report's language: the title says "tại Gia Lai (GL)" instead of "tại GL". */
  provinceName?: string;
  /** The catalog path as the user typed it: the text and Markdown reports end with the commands to run next. */
  source?: string;
  /** Whether the ranking's analysis accepted unresolved references: the commands to run next say --lenient too. */
  lenient?: boolean;
  /**
   * The width to fit the text report into, in columns (a terminal's): the provisions' labels
   * are broken between words onto more lines, and so are a longer title and a longer line of
   * the notes under the table (`fitText`); the commands to run next are not broken, their
   * comments put above them when the two do not fit. None: each line as it is.
   */
  width?: number;
}

function rows(r: ProvisionRanking, lang: Lang, top?: number): string[][] {
  return r.provisions
    .slice(0, top)
    .map((p, i) => [String(i + 1), provisionText(p.provision, lang), String(p.direct), String(p.transitive), String(p.total), String(p.procedures)]);
}

function headers(lang: Lang): string[] {
  return ['col.rank', 'col.provision', 'col.direct', 'col.transitive', 'col.total', 'col.procedures'].map((k) =>
    label(lang, k as Parameters<typeof label>[1]),
  );
}

/** The ranking as an aligned table, with how many blocked evaluations no provision explains. */
export function renderRankText(r: ProvisionRanking, options: RankReportOptions = {}): string {
  expectOptions(options, 'renderRankText', '{ lang: "en" }');
  expectArgument(r, 'ProvisionRanking', 'renderRankText');
  expectLimitOption(options.width, 'width', 'renderRankText');
  const lang = options.lang ?? 'vi';
  const out = [`${fitText(label(lang, 'title.rank', { at: r.at, where: whereText(r, lang, options.provinceName) }), options.width)}\n\n`];
  if (r.provisions.length === 0) out.push(`${label(lang, 'nothing.rank')}\n`);
  else {
    const h = headers(lang);
    out.push(
      textTable(
        h.map((header, i) => ({ header, align: i === 1 ? 'left' : 'right', ...(i === 1 ? { maxWidth: 70, wrap: true } : {}) })),
        rows(r, lang, options.top),
        '',
        options.width,
      ),
    );
  }
  const notes = [label(lang, 'rank.blocked', { n: r.blocked }), label(lang, 'rank.unattributed', { n: r.unattributed }), label(lang, 'rank.note')];
  out.push(`\n${fitText(notes.join('\n'), options.width)}\n`);
  const site = commandSite(options);
  if (site !== undefined) pushAll(out, nextTextLines(label(lang, 'next'), rankNext(r, site, lang, options.lenient === true), options.width).map((l) => `${l}\n`));
  return out.join('');
}

export function renderRankMarkdown(r: ProvisionRanking, options: RankReportOptions = {}): string {
  expectOptions(options, 'renderRankMarkdown', '{ lang: "en" }');
  expectArgument(r, 'ProvisionRanking', 'renderRankMarkdown');
  const lang = options.lang ?? 'vi';
  const out = [`# ${mdText(label(lang, 'title.rank', { at: r.at, where: whereText(r, lang, options.provinceName) }))}\n\n`];
  if (r.provisions.length === 0) out.push(`${label(lang, 'nothing.rank')}\n`);
  else out.push(markdownTable(headers(lang), rows(r, lang, options.top), ['right', 'left', 'right', 'right', 'right', 'right']));
  out.push(`\n${label(lang, 'rank.blocked', { n: r.blocked })}. ${label(lang, 'rank.unattributed', { n: r.unattributed })}.\n\n`);
  out.push(`${label(lang, 'rank.note')}\n`);
  const site = commandSite(options);
  if (site !== undefined) {
    const next = nextMarkdownLines(label(lang, 'next'), rankNext(r, site, lang, options.lenient === true));
    if (next.length > 0) out.push(`\n${next.join('\n')}`);
  }
  return out.join('');
}

/** One record per provision, with stable English column names; with `excel`, for Excel (`CsvOptions`). */
export function renderRankCsv(r: ProvisionRanking, options: RankReportOptions & CsvOptions = {}): string {
  expectOptions(options, 'renderRankCsv', '{ lang: "en" }');
  expectCsvOptions(options, 'renderRankCsv');
  expectArgument(r, 'ProvisionRanking', 'renderRankCsv');
  const lang = options.lang ?? 'vi';
  return csvTable(
    ['rank', 'key', 'legal', 'number', 'article', 'clause', 'point', 'form', 'label', 'direct', 'transitive', 'total', 'procedures'],
    r.provisions.slice(0, options.top).map((p, i) => {
      const v = p.provision;
      return [i + 1, p.key, v.legal, v.number ?? '', v.article ?? '', v.clause ?? '', v.point ?? '', v.form ?? '', provisionText(v, lang), p.direct, p.transitive, p.total, p.procedures];
    }),
    options,
  );
}

export function renderRankJson(r: ProvisionRanking, options: RankReportOptions = {}): string {
  expectOptions(options, 'renderRankJson', '{ lang: "en" }');
  expectArgument(r, 'ProvisionRanking', 'renderRankJson');
  const out = options.top === undefined ? r : { ...r, provisions: r.provisions.slice(0, options.top) };
  return `${JSON.stringify(out, null, 2)}\n`;
}
