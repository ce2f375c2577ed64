import { fitLines, hangingLines } from '../report/fit-lines.js';
import { textWidth, wrapColumns } from '../report/text-width.js';

// Lines of --help and of usage errors, fitted into a terminal's width when given one: each
// continued under the column its text starts in, a usage line broken only between options.

/**
 * The words of a usage line, each option whole with its brackets and what they hold
 * (`[--lacking ID[,ID…]]...`, `(--depends-on ID [--by …] | --each KIND)`).
 */
export function usageWords(usage: string): string[] {
  const words: string[] = [];
  let depth = 0;
  let word = '';
  for (const ch of usage.normalize('NFC')) {
    if (/\s/.test(ch) && depth === 0) {
      if (word) words.push(word);
      word = '';
      continue;
    }
    if (ch === '[' || ch === '(' || ch === '<') depth++;
    else if ((ch === ']' || ch === ')' || ch === '>') && depth > 0) depth--;
    word += ch;
  }
  if (word) words.push(word);
  return words;
}

/**
 * `label: usage` (the usage of a command, `tthc name …`), its options continued under the
 * first one after the command's name; an option wider than that leaves is broken between
 * its words.
 */
export function usageLines(label: string, usage: string, width: number | undefined): string[] {
  const [tthc, name, ...rest] = usageWords(usage);
  const lead = `${label}: ${tthc} ${name} `;
  const room = width === undefined ? Infinity : width - textWidth(lead);
  const words = rest.flatMap((w) => (textWidth(w) > room ? w.split(' ') : [w]));
  return hangingLines(lead, rest.join(' '), width, lead, words);
}

/** `  head  text` in a list of options or commands, the heads padded to `headWidth`, the text continued under itself. */
export function entryLines(head: string, headWidth: number, text: string, width: number | undefined): string[] {
  return hangingLines(`  ${head.padEnd(headWidth)}  `, text, width);
}

/** An example of --help: its comment (`  # …`, continued under itself), then its command, whole to be copied. */
export function exampleLines(comment: string, command: string, width: number | undefined): string[] {
  return [...hangingLines('  # ', comment, width), `  ${command}`];
}

/**
 * A paragraph of lines broken by hand (a command's description): as it is when every line
 * fits `width`, else broken again as one paragraph into it. A line that starts with a space
 * (an indented line of a list) keeps the paragraph as it is, each line fitted apart.
 */
export function paragraphLines(text: string, width: number | undefined): string[] {
  const lines = text.split('\n');
  if (width === undefined || lines.every((l) => textWidth(l) <= width)) return lines;
  if (lines.some((l) => l.startsWith(' '))) return fitLines(lines, width);
  return wrapColumns(lines.join(' '), width);
}
