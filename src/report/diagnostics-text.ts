import type { DiagnosticSummary } from '../diagnostics/sort.js';
import type { DiagnosticLang } from '../diagnostics/localize.js';
import { localizeDiagnostic } from '../diagnostics/localize.js';
import type { Diagnostic, SourceLocation } from '../diagnostics/types.js';
import { expectOptions, langOption, WrongArgumentError } from '../util/expect-argument.js';
import { columnWidth } from './column-width.js';

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

/** Widest part of a line shown in a frame; longer lines (minified JSON) are cut around the spot. */
const FRAME_WIDTH = 100;
const TAB = '    ';

/** "a.yaml:12:5" */
export function formatLocation(loc: SourceLocation): string {
  return `${loc.file}:${loc.line}:${loc.column}`;
}

/**
 * The source line and a caret line under the spot (`^^^` over the node when it lies on
 * that line). The caret is placed by the columns the text takes in a terminal: tabs are shown
 * as four spaces, combining marks and zero-width joiners take no column, wide characters
 * (CJK, Hangul, fullwidth forms, emoji) two. `column` itself counts UTF-16 code units.
 */
export function codeFrame(lineText: string, line: number, column: number, endColumn?: number): string[] {
  let text = lineText.replace(/\r$/, '');
  let start = Math.max(0, Math.min(column - 1, text.length));
  let end = endColumn !== undefined && endColumn > column ? Math.min(endColumn - 1, text.length) : start + 1;
  let prefix = '';
  let suffix = '';
  if (text.length > FRAME_WIDTH) {
    let from = Math.max(0, Math.min(start - FRAME_WIDTH / 2, text.length - FRAME_WIDTH));
    let to = Math.min(text.length, from + FRAME_WIDTH);
    // Not between the two halves of a surrogate pair (an emoji, a rare CJK character).
    if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
    if (isLowSurrogate(text.charCodeAt(to))) to--;
    prefix = from > 0 ? '…' : '';
    suffix = to < text.length ? '…' : '';
    text = text.slice(from, to);
    start -= from;
    end = Math.min(end - from, text.length);
  }
  const width = (s: string) => columnWidth(s.replace(/\t/g, TAB));
  const shown = prefix + text.replace(/\t/g, TAB) + suffix;
  const pad = ' '.repeat(width(prefix + text.slice(0, start)));
  const marks = '^'.repeat(Math.max(1, width(text.slice(start, end))));
  const gutter = String(line);
  return [`${gutter} | ${shown}`, `${' '.repeat(gutter.length)} | ${pad}${marks}`];
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
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
  const severity = d.severity === 'error' ? p.bold(p.red(w.error)) : d.severity === 'warning' ? p.yellow(w.warning) : p.cyan(w.info);
  const where = d.location ? formatLocation(d.location) : w.catalog;
  const lines = [`${p.bold(where)}  ${severity}  ${p.dim(d.code)}  ${d.message}`];
  const loc = d.location;
  // File-level problems (binary, encoding, size) have no useful line to show.
  if (loc && !d.code.startsWith('FILE_')) {
    const text = sourceLine(options, loc, lineStarts);
    if (text !== undefined) {
      const end = loc.endLine === loc.line ? loc.endColumn : undefined;
      const [src, caret] = codeFrame(text, loc.line, loc.column, end);
      const bar = caret.indexOf('|');
      lines.push(`  ${p.dim(src.slice(0, bar + 1))}${src.slice(bar + 1)}`, `  ${p.dim(caret.slice(0, bar + 1))}${p.red(caret.slice(bar + 1))}`);
    }
  }
  if (d.hint) lines.push(`  ${p.cyan(w.hint)}: ${d.hint}`);
  for (const r of d.related ?? []) lines.push(`  ${p.dim(w.see)}: ${formatLocation(r.location)} (${r.message})`);
  return `${lines.join('\n')}\n`;
}

/** Every diagnostic, separated by blank lines. */
export function renderDiagnosticsText(diagnostics: readonly Diagnostic[], options: DiagnosticsTextOptions = {}): string {
  expectOptions(options, 'renderDiagnosticsText', '{ lang: "en" }');
  langOption(options.lang, 'en');
  if (!Array.isArray(diagnostics)) {
    throw new WrongArgumentError('WRONG_ARGUMENT', 'renderDiagnosticsText takes a list of diagnostics, such as the `diagnostics` that loadCatalog returns.', 'diagnostics');
  }
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
