import { packWords, textWidth, wrapColumns } from './text-width.js';

/** The narrowest the text of a line is made, after its indent: past that, it runs over. */
const FIT_MIN = 20;

/**
 * A line's indent, as its continuation lines take it: leading spaces, the branches of a tree
 * (`│  `, `├─ `, `└─ `), a one-character mark or an item's number and the space after them
 * (`✗ `, `■ `, `12. `), and the columns of a table before its last (what comes before the
 * last run of two spaces or more). A branch that leads to the line's text continues as `│  `
 * (`├─`) or as spaces (`└─`), the rest as spaces, so that the text of every line of it
 * starts in one column.
 */
function indents(line: string): { first: string; next: string } {
  const m = /^((?: {3}|│ {2})*(?:├─ |└─ )? *)([✓✗?■] |\d+\. )?/u.exec(line)!;
  const tree = m[1];
  const mark = m[2] ?? '';
  const rest = line.slice(tree.length + mark.length);
  const columns = /^.*\S {2,}(?=\S)/u.exec(rest)?.[0] ?? '';
  const next = tree.replace(/├─ $/, '│  ').replace(/└─ $/, '   ') + ' '.repeat(textWidth(mark + columns));
  return { first: tree + mark + columns, next };
}

/** A text of lines fitted into `width` columns, as `fitLines` fits each; as it is without a width. */
export function fitText(text: string, width: number | undefined): string {
  return width === undefined ? text : fitLines(text.split('\n'), width).join('\n');
}

/**
 * Lines fitted into `width` columns (a terminal's): a line wider than it broken between words
 * onto more lines, which keep its indent (`indents`); a line that fits, or whose text would
 * be narrower than FIT_MIN, as it is. Without a width, the lines as they are.
 */
export function fitLines(lines: readonly string[], width: number | undefined): string[] {
  if (width === undefined) return [...lines];
  const out: string[] = [];
  for (const line of lines) {
    if (textWidth(line) <= width) {
      out.push(line);
      continue;
    }
    const { first, next } = indents(line);
    const room = width - textWidth(next);
    if (room < FIT_MIN) {
      out.push(line);
      continue;
    }
    const parts = wrapColumns(line.slice(first.length), room);
    out.push(first + parts[0], ...parts.slice(1).map((p) => next + p));
  }
  return out;
}

/**
 * `text` after `lead`, fitted into `width` columns: broken between words (or given `words`,
 * between those) onto more lines that start under the text's first column. `shownLead` is
 * the lead as printed (with its colours; the lead itself is measured). On one line without a
 * width, when it fits, or when that would leave the text fewer than FIT_MIN columns.
 */
export function hangingLines(lead: string, text: string, width: number | undefined, shownLead = lead, words?: readonly string[]): string[] {
  const room = width === undefined ? Infinity : width - textWidth(lead);
  if (room === Infinity || textWidth(text) <= room || room < FIT_MIN) return [shownLead + text];
  const [first, ...rest] = words === undefined ? wrapColumns(text, room) : packWords(words, room);
  return [shownLead + first, ...rest.map((part) => ' '.repeat(textWidth(lead)) + part)];
}
