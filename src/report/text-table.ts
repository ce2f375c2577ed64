import { pad, textWidth, truncate, wrapColumns } from './text-width.js';

export interface TextColumn {
  header: string;
  align?: 'left' | 'right';
  /** Cells wider than this are cut with "…". */
  maxWidth?: number;
  /**
   * Each line of a cell on a line of its own, below the first, the row's other cells blank
   * there (in other columns a line break reads as a space).
   */
  multiline?: boolean;
  /** Its cells may go on several lines, broken between words, to fit the table into a width (`textTable`'s `width`). */
  wrap?: boolean;
}

/** The narrowest a `wrap` column is made (or its header's longest word, when wider): three such columns and a code fit into 80 columns. */
const WRAP_MIN = 16;

/**
 * An aligned plain-text table: a header row, a rule of dashes, then one line per row (more
 * for a row whose `multiline` cells hold several lines). Columns are separated by two
 * spaces; trailing spaces are trimmed. Given `width` (a terminal's), a table wider than it
 * has its columns narrowed, the widest first: a `wrap` column down to `WRAP_MIN` at most,
 * its longer cells broken onto lines of their own, the row's other cells blank there; any
 * column down to its widest cell, its header broken between words onto more lines (the
 * headers' last lines above the rule).
 */
export function textTable(columns: TextColumn[], rows: string[][], indent = '', width?: number): string {
  let cells = columns.some((c) => c.multiline)
    ? rows.flatMap((row) => rowLines(columns, row))
    : rows.map((row) => columns.map((c, i) => cellText(c, row[i] ?? '')));
  // The cells' own widths, then with the headers.
  const own = columnWidths(cells, columns.map(() => ['']));
  let headers = columns.map((c) => [c.header]);
  let widths = own.map((w, i) => Math.max(w, textWidth(columns[i].header)));
  if (width !== undefined) {
    const fitted = narrowed(columns, own, widths, width - textWidth(indent));
    if (fitted.some((w, i) => w < widths[i])) {
      cells = cells.flatMap((line) => wrappedLines(line, fitted));
      headers = columns.map((c, i) => (textWidth(c.header) > fitted[i] ? wrapColumns(c.header, fitted[i]) : [c.header]));
      widths = columnWidths(cells, headers);
    }
  }
  const line = (row: string[]) =>
    indent + row.map((v, i) => pad(v, widths[i], columns[i].align)).join('  ').trimEnd();
  const height = Math.max(...headers.map((h) => h.length));
  const out = Array.from({ length: height }, (_, k) => line(headers.map((h) => h[k - (height - h.length)] ?? '')));
  out.push(indent + widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells) out.push(line(r));
  return `${out.join('\n')}\n`;
}

/** Each column's width: its widest cell, or its header's widest line. */
function columnWidths(cells: readonly string[][], headers: readonly (readonly string[])[]): number[] {
  // A loop, not Math.max(...cells): spreading 130,000 rows into a call overflows the stack.
  const widths = headers.map((h) => Math.max(...h.map(textWidth)));
  for (const r of cells) {
    for (let i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i], textWidth(r[i]));
  }
  return widths;
}

/**
 * The widths that fit the columns into `width`, narrowing the widest first, each down to its
 * least: a `wrap` column to `WRAP_MIN`, any other to its widest cell (`own`); neither below
 * its header's longest word.
 */
function narrowed(columns: readonly TextColumn[], own: readonly number[], widths: readonly number[], width: number): number[] {
  const out = [...widths];
  let over = out.reduce((a, b) => a + b, 0) + 2 * (out.length - 1) - width;
  const least = columns.map((c, i) => {
    const word = Math.max(0, ...c.header.split(/\s+/).map(textWidth));
    return Math.min(widths[i], Math.max(word, c.wrap ? WRAP_MIN : own[i]));
  });
  while (over > 0) {
    let widest = -1;
    for (let i = 0; i < out.length; i++) if (out[i] > least[i] && (widest < 0 || out[i] > out[widest])) widest = i;
    if (widest < 0) break;
    out[widest]--;
    over--;
  }
  return out;
}

/** One line of cells as lines no cell of which is wider than `widths`: each cut between words (a word too long, anywhere). */
function wrappedLines(line: readonly string[], widths: readonly number[]): string[][] {
  const parts = line.map((v, i) => (textWidth(v) > widths[i] ? wrappedCell(v, widths[i]) : [v]));
  const height = Math.max(...parts.map((p) => p.length));
  return Array.from({ length: height }, (_, k) => parts.map((p) => p[k] ?? ''));
}

/**
 * A cell broken into lines of at most `width` columns; a cell indented with spaces (a measure
 * under another, in a table of totals) keeps its indent on every line, when that leaves at
 * least half the width.
 */
function wrappedCell(v: string, width: number): string[] {
  const indent = /^ */.exec(v)![0];
  if (indent === '' || indent.length * 2 > width) return wrapColumns(v, width);
  return wrapColumns(v.slice(indent.length), width - indent.length).map((l) => indent + l);
}

/** One line of a cell as its column shows it: cut to `maxWidth`, NFC. */
const fitted = (c: TextColumn, v: string) => (c.maxWidth ? truncate(v, c.maxWidth) : v.normalize('NFC'));

/** A cell on one line: its line breaks read as spaces. */
const cellText = (c: TextColumn, v: string) => fitted(c, v.replace(/\s*\n\s*/g, ' '));

/** The lines of one row: its `multiline` cells split at their line breaks (an empty last line dropped), the row's other cells on the first. */
function rowLines(columns: TextColumn[], row: string[]): string[][] {
  const lines = columns.map((c, i) => {
    const v = row[i] ?? '';
    if (!c.multiline) return [cellText(c, v)];
    const parts = v.split('\n').map((l) => fitted(c, l.trim()));
    while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
    return parts;
  });
  const height = Math.max(...lines.map((l) => l.length));
  return Array.from({ length: height }, (_, k) => lines.map((l) => l[k] ?? ''));
}

/** Two-column "label   value" lines with the values right-aligned. */
export function keyValueLines(pairs: [string, string | number][], indent = '  '): string {
  const kw = Math.max(...pairs.map(([k]) => textWidth(k)));
  const vw = Math.max(...pairs.map(([, v]) => textWidth(String(v))));
  return pairs.map(([k, v]) => `${indent}${pad(k, kw)}  ${pad(String(v), vw, 'right')}`).join('\n') + '\n';
}
