import type { DiagnosticSummary } from '../diagnostics/sort.js';
import type { DiagnosticLang } from '../diagnostics/localize.js';
import { localizeDiagnostic } from '../diagnostics/localize.js';
import type { Diagnostic, SourceLocation } from '../diagnostics/types.js';
import { usableLocation } from '../diagnostics/usable-location.js';
import { expectDiagnostics, expectLimitOption, expectOptions, langOption } from '../util/expect-argument.js';
import { clusterColumns, clusters } from './column-width.js';
import { textWidth } from './text-width.js';
import { hangingLines } from './fit-lines.js';
import { pushAll } from '../util/push-all.js';

export interface DiagnosticsTextOptions {
  /** ANSI colours (only for a terminal, never with NO_COLOR: the caller decides). */
  color?: boolean;
  /** Text of the files, for code frames; a file left out gets no frame. */
  sources?: Record<string, string> | ((file: string) => string | undefined);
  /**
   * Language of the words and of the message and hint (default English, the language of the
   * diagnostics the library returns; the CLI passes Vietnamese by default).
   */
  lang?: DiagnosticLang;
  /**
   * The width to fit each diagnostic into, in columns (a terminal's): a code frame shows no
   * more of its line than fits, cut around the spot as a longer line is, so that the caret
   * stays under it; a first line that would be wider puts its message on the lines under it,
   * and a message, hint or related place is broken between words onto more lines. None:
   * frames of up to 100 columns, each message on one line.
   */
  width?: number;
}

const WORDS = {
  en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint', see: 'see', catalog: '(catalog)' },
  vi: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin', hint: 'gợi ý', see: 'xem', catalog: '(danh mục)' },
} as const;

type Paint = (s: string) => string;

function painter(color: boolean) {
  const wrap = (open: string, close: string): Paint => (s) => (color ? `\x1b[${open}m${s}\x1b[${close}m` : s);
  return { red: wrap('31', '39'), yellow: wrap('33', '39'), cyan: wrap('36', '39'), dim: wrap('2', '22'), bold: wrap('1', '22') };
}

/**
 * Columns of a line shown in a frame; a wider line (minified JSON) is cut around the spot,
 * between grapheme clusters, and "…" marks each cut.
 */
const FRAME_WIDTH = 100;
/** The fewest columns of its line a frame fitted into a width shows. */
const FRAME_MIN = 20;
const TAB = '    ';

/** "a.yaml:12:5" */
export function formatLocation(loc: SourceLocation): string {
  return `${loc.file}:${loc.line}:${loc.column}`;
}

/**
 * The source line and a caret line under the spot (`^^^` over the node when it lies on
 * that line). The caret is placed by the columns the text takes in a terminal: tabs are shown
 * as four spaces, combining marks and zero-width joiners take no column, wide characters
 * (CJK, Hangul, fullwidth forms) and emoji, an emoji sequence (👩‍💻, a flag) as one, two.
 * `column` itself counts UTF-16 code units; a spot inside a grapheme cluster is marked from
 * the start of that cluster. A line wider than `columns` (100 by default) is shown cut around
 * the spot, in at most that many columns and the "…" of each cut.
 */
export function codeFrame(lineText: string, line: number, column: number, endColumn?: number, columns = FRAME_WIDTH): string[] {
  const text = lineText.replace(/\r$/, '');
  const start = Math.max(0, Math.min(column - 1, text.length));
  const end = endColumn !== undefined && endColumn > column ? Math.min(endColumn - 1, text.length) : start + 1;
  const { at, widths, from, to, spot, before, total } = clustersAround(text, start, columns);
  let first = 0;
  let last = at.length;
  if (from > 0 || to < text.length || total > columns) {
    const left = Math.max(0, Math.min(before - Math.floor(columns / 2), total - columns));
    for (let w = 0; first < at.length && w < left; first++) w += widths[first];
    last = first;
    for (let w = 0; last < at.length && w + widths[last] <= columns; last++) w += widths[last];
  }
  const shownFrom = first < at.length ? at[first] : to;
  const shownTo = last < at.length ? at[last] : to;
  const prefix = shownFrom > 0 ? '…' : '';
  const suffix = shownTo < text.length ? '…' : '';
  let marked = spot;
  while (marked < last && at[marked] < end) marked++;
  const shown = prefix + text.slice(shownFrom, shownTo).replace(/\t/g, TAB) + suffix;
  const pad = ' '.repeat(prefix.length + sum(widths, first, Math.min(spot, last)));
  const marks = '^'.repeat(Math.max(1, sum(widths, spot, marked)));
  const gutter = String(line);
  return [`${gutter} | ${shown}`, `${' '.repeat(gutter.length)} | ${pad}${marks}`];
}

interface Clusters {
  /** Where each cluster starts in the line, and the columns it takes (a tab four). */
  at: number[];
  widths: number[];
  /** The part of the line taken. */
  from: number;
  to: number;
  /** The cluster of the spot (at.length when the spot is at the end of the line). */
  spot: number;
  /** Columns before the spot, and in all. */
  before: number;
  total: number;
}

/**
 * The grapheme clusters of `text` around `start`: all of them for a short line; for a long one,
 * enough for half a frame of `columns` before the spot and a frame from it on. The code units
 * looked at on each side of the spot are at first twice the frame's columns, then four times
 * more until there are enough columns, up to 128 times (a line made mostly of marks and
 * joiners then shows less of itself).
 */
function clustersAround(text: string, start: number, columns: number): Clusters {
  for (let reach = 2 * columns; ; reach *= 4) {
    const from = clusterBreak(text, Math.max(0, start - reach), -1);
    const to = clusterBreak(text, Math.min(text.length, start + reach), 1);
    const at: number[] = [];
    const widths: number[] = [];
    let i = from;
    for (const cluster of clusters(text.slice(from, to))) {
      at.push(i);
      widths.push(cluster === '\t' ? TAB.length : clusterColumns(cluster));
      i += cluster.length;
    }
    let spot = 0;
    while (spot + 1 < at.length && at[spot + 1] <= start) spot++;
    if (start >= to) spot = at.length;
    const before = sum(widths, 0, spot);
    const total = sum(widths, 0, at.length);
    // Half a frame before the spot, more when the line ends less than a frame after it.
    const enough = (from === 0 || before >= Math.max(columns / 2, columns - (total - before))) && (to === text.length || total - before >= columns);
    if (enough || reach >= 128 * columns) return { at, widths, from, to, spot, before, total };
  }
}

/**
 * The nearest place from `i` on, going `step` (-1 back, 1 on), that is surely a boundary of
 * grapheme clusters whatever comes before and after: an end of the line, or between two
 * characters that never join a cluster nor change how their neighbours do (Latin, Vietnamese,
 * CJK ideographs, Hangul syllables).
 */
function clusterBreak(text: string, i: number, step: -1 | 1): number {
  while (i > 0 && i < text.length && !(standsAlone(text.charCodeAt(i - 1)) && standsAlone(text.charCodeAt(i)))) i += step;
  return i;
}

function standsAlone(unit: number): boolean {
  return (
    (unit >= 0x20 && unit < 0x7f) ||
    (unit >= 0xa0 && unit < 0x300) ||
    (unit >= 0x1e00 && unit <= 0x1eff) ||
    (unit >= 0x3400 && unit <= 0x4dbf) ||
    (unit >= 0x4e00 && unit <= 0x9fff) ||
    (unit >= 0xac00 && unit <= 0xd7a3)
  );
}

function sum(values: readonly number[], from: number, to: number): number {
  let total = 0;
  for (let i = from; i < to; i++) total += values[i];
  return total;
}

/** Per file, where each line of its text starts: found once for all the diagnostics rendered together. */
type LineStarts = Map<string, number[]>;

function sourceLine(options: DiagnosticsTextOptions, loc: SourceLocation, cache: LineStarts): string | undefined {
  const s = options.sources;
  const text = typeof s === 'function' ? s(loc.file) : s?.[loc.file];
  if (text === undefined) return undefined;
  let starts = cache.get(loc.file);
  if (starts === undefined) {
    starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    cache.set(loc.file, starts);
  }
  if (loc.line < 1 || loc.line > starts.length) return undefined;
  const from = starts[loc.line - 1];
  const to = loc.line < starts.length ? starts[loc.line] - 1 : text.length;
  return text.slice(from, to);
}

/** One diagnostic: `file:line:col  severity  CODE  message`, the code frame, the hint, related places. */
export function renderDiagnosticText(diagnostic: Diagnostic, options: DiagnosticsTextOptions = {}): string {
  return renderOne(diagnostic, options, new Map());
}

function renderOne(diagnostic: Diagnostic, options: DiagnosticsTextOptions, lineStarts: LineStarts): string {
  const p = painter(options.color ?? false);
  const lang = langOption(options.lang, 'en');
  const w = WORDS[lang];
  const d = localizeDiagnostic(diagnostic, lang);
  const said = d.severity === 'error' ? w.error : d.severity === 'warning' ? w.warning : w.info;
  const severity = d.severity === 'error' ? p.bold(p.red(said)) : d.severity === 'warning' ? p.yellow(said) : p.cyan(said);
  // A diagnostic read from JSON may hold anything: only a whole location is printed, and a
  // code that is not text is shown as "?".
  const loc = usableLocation(d.location);
  const code = typeof d.code === 'string' ? d.code : '?';
  const where = loc ? formatLocation(loc) : w.catalog;
  const width = options.width;
  // In a width, a first line that would be wider puts the message under it, and a location
  // too long to share its line the severity and code too.
  const head = `${p.bold(where)}  ${severity}  ${p.dim(code)}`;
  const lines =
    width === undefined || textWidth(`${where}  ${said}  ${code}  ${d.message}`) <= width
      ? [`${head}  ${d.message}`]
      : [
          ...(textWidth(`${where}  ${said}  ${code}`) <= width ? [head] : [p.bold(where), `  ${severity}  ${p.dim(code)}`]),
          ...hangingLines('  ', `${d.message}`, width),
        ];
  // File-level problems (binary, encoding, size) have no useful line to show.
  if (loc && !code.startsWith('FILE_')) {
    const text = sourceLine(options, loc, lineStarts);
    if (text !== undefined) {
      const end = loc.endLine === loc.line ? loc.endColumn : undefined;
      // In a width: the indent, the gutter, " | " and a "…" on each side take their columns.
      const columns = width === undefined ? FRAME_WIDTH : Math.min(FRAME_WIDTH, Math.max(FRAME_MIN, width - 2 - String(loc.line).length - 3 - 2));
      const [src, caret] = codeFrame(text, loc.line, loc.column, end, columns);
      const bar = caret.indexOf('|');
      lines.push(`  ${p.dim(src.slice(0, bar + 1))}${src.slice(bar + 1)}`, `  ${p.dim(caret.slice(0, bar + 1))}${p.red(caret.slice(bar + 1))}`);
    }
  }
  if (d.hint) pushAll(lines, hangingLines(`  ${w.hint}: `, `${d.hint}`, width, `  ${p.cyan(w.hint)}: `));
  for (const r of d.related ?? []) {
    if (typeof r !== 'object' || r === null) continue;
    const at = usableLocation(r.location);
    pushAll(lines, hangingLines(`  ${w.see}: `, at ? `${formatLocation(at)} (${r.message})` : `${r.message}`, width, `  ${p.dim(w.see)}: `));
  }
  return `${lines.join('\n')}\n`;
}

/** Every diagnostic, separated by blank lines. */
export function renderDiagnosticsText(diagnostics: readonly Diagnostic[], options: DiagnosticsTextOptions = {}): string {
  expectOptions(options, 'renderDiagnosticsText', '{ lang: "en" }');
  langOption(options.lang, 'en');
  expectLimitOption(options.width, 'width', 'renderDiagnosticsText');
  expectDiagnostics(diagnostics, 'renderDiagnosticsText');
  const lineStarts: LineStarts = new Map();
  return diagnostics.map((d) => renderOne(d, options, lineStarts)).join('\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "2 errors and 1 warning" (in Vietnamese "2 lỗi và 1 cảnh báo"); infos only when there are some; empty when there are none. */
export function renderDiagnosticCounts(summary: DiagnosticSummary, options: { color?: boolean; lang?: DiagnosticLang } = {}): string {
  const p = painter(options.color ?? false);
  const parts = [];
  if (options.lang === 'vi') {
    if (summary.errors > 0) parts.push(p.red(`${summary.errors} lỗi`));
    if (summary.warnings > 0) parts.push(p.yellow(`${summary.warnings} cảnh báo`));
    if (summary.infos > 0) parts.push(`${summary.infos} thông tin`);
    return parts.join(' và ');
  }
  if (summary.errors > 0) parts.push(p.red(plural(summary.errors, 'error')));
  if (summary.warnings > 0) parts.push(p.yellow(plural(summary.warnings, 'warning')));
  if (summary.infos > 0) parts.push(plural(summary.infos, 'info'));
  return parts.join(' and ');
}

/** "2 errors and 1 warning in 3 files." or "No problems in 3 files."; in Vietnamese "2 lỗi và 1 cảnh báo trong 3 tệp." */
export function renderDiagnosticSummary(summary: DiagnosticSummary, files: number, options: { color?: boolean; lang?: DiagnosticLang } = {}): string {
  const counts = renderDiagnosticCounts({ ...summary, infos: 0 }, options);
  if (options.lang === 'vi') return counts ? `${counts} trong ${files} tệp.\n` : `Không có vấn đề nào trong ${files} tệp.\n`;
  const where = `in ${plural(files, 'file')}`;
  return counts ? `${counts} ${where}.\n` : `No problems ${where}.\n`;
}
