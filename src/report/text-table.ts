import { pad, textWidth, truncate } from './text-width.js';

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
}

/**
 * An aligned plain-text table: a header row, a rule of dashes, then one line per row (more
 * for a row whose `multiline` cells hold several lines). Columns are separated by two
 * spaces; trailing spaces are trimmed.
 */
export function textTable(columns: TextColumn[], rows: string[][], indent = ''): string {
  const cells = columns.some((c) => c.multiline)
    ? rows.flatMap((row) => rowLines(columns, row))
    : rows.map((row) => columns.map((c, i) => cellText(c, row[i] ?? '')));
  // A loop, not Math.max(...cells): spreading 130,000 rows into a call overflows the stack.
  const widths = columns.map((c) => textWidth(c.header));
  for (const r of cells) {
    for (let i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i], textWidth(r[i]));
  }
  const line = (row: string[]) =>
    indent + row.map((v, i) => pad(v, widths[i], columns[i].align)).join('  ').trimEnd();
  const out = [line(columns.map((c) => c.header)), indent + widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of cells) out.push(line(r));
  return `${out.join('\n')}\n`;
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
