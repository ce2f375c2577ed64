import { pad, textWidth, truncate } from './text-width.js';

export interface TextColumn {
  header: string;
  align?: 'left' | 'right';
  /** Cells wider than this are cut with "…". */
  maxWidth?: number;
}

/**
 * An aligned plain-text table: a header row, a rule of dashes, then one line per row.
 * Columns are separated by two spaces; trailing spaces are trimmed.
 */
export function textTable(columns: TextColumn[], rows: string[][], indent = ''): string {
  const cells = rows.map((row) =>
    columns.map((c, i) => {
      const v = (row[i] ?? '').replace(/\s*\n\s*/g, ' ');
      return c.maxWidth ? truncate(v, c.maxWidth) : v.normalize('NFC');
    }),
  );
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

/** Two-column "label   value" lines with the values right-aligned. */
export function keyValueLines(pairs: [string, string | number][], indent = '  '): string {
  const kw = Math.max(...pairs.map(([k]) => textWidth(k)));
  const vw = Math.max(...pairs.map(([, v]) => textWidth(String(v))));
  return pairs.map(([k, v]) => `${indent}${pad(k, kw)}  ${pad(String(v), vw, 'right')}`).join('\n') + '\n';
}
