import { expectFlagOption, expectText } from '../util/expect-argument.js';

/** A cell of a CSV record: text, a number, true or false, or nothing (an empty field). */
export type CsvCell = string | number | boolean | null | undefined;

/** The options of every CSV report. */
export interface CsvOptions {
  /**
   * Write the text cells that Excel would not keep as text (`excelText`) as formulas that
   * give the text, so that a file opened in Excel shows what the report says: a procedure
   * code `1.000890` stays `1.000890`, not the number 1.00089. Numbers, true and false are
   * written as they are. For a file to open in Excel (the CLI's `--excel`, which also puts a
   * UTF-8 byte-order mark before it); other readers of CSV would see the formulas.
   */
  excel?: boolean;
}

/** One CSV field, quoted as RFC 4180 requires (when it holds a comma, quote, CR or LF). */
export function csvField(value: CsvCell): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A whole CSV text: a header row then the rows, every record ended by CRLF (RFC 4180); with
 * `excel`, its text cells as Excel keeps them (`excelText`).
 */
export function csvTable(header: readonly string[], rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const field = options.excel === true ? (v: CsvCell) => csvField(typeof v === 'string' ? excelText(v) : v) : csvField;
  return [header, ...rows].map((r) => `${r.map(field).join(',')}\r\n`).join('');
}

/** Refuses an `excel` option that is neither true, false nor absent (`expectFlagOption`). */
export function expectCsvOptions(options: CsvOptions, fn: string): void {
  expectFlagOption(options.excel, 'excel', fn);
}

/** The longest text Excel takes between the quotes of a formula, in UTF-16 units. */
const EXCEL_LITERAL = 255;
/** The longest formula Excel takes, in characters. */
const EXCEL_FORMULA = 8192;
/** A date as the catalog writes it, which Excel reads as that date whatever the computer's language. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A text cell as Excel shows it as it is written. Excel reads a cell that starts with a
 * digit, a sign, a point or a bracket as a number or a date when it can (`1.000890` becomes
 * 1.00089 where the point is the decimal sign; `1/2` the 1st of February), and one that
 * starts with `=`, `+`, `-` or `@` as a formula. So a text that does not start with a letter
 * is written as a formula giving it (`="1.000890"`, in pieces of at most 255 characters
 * joined by `&`), except an ISO date (`2023-01-01`), which Excel reads as that date in every
 * language, and a text too long for a formula (over 8,192 characters with its quotes), which
 * is left as it is. Text that starts with a letter, and the empty text, are left as they are.
 */
export function excelText(text: string): string {
  expectText(text, 'excelText', 'the text of a cell');
  // A formula is its text and at least three characters more (`="…"`).
  if (text === '' || /^\p{L}/u.test(text) || ISO_DATE.test(text) || text.length + 3 > EXCEL_FORMULA) return text;
  const pieces: string[] = [];
  let piece = '';
  let size = 0;
  for (const ch of text) {
    const written = ch === '"' ? '""' : ch;
    if (size + written.length > EXCEL_LITERAL) {
      pieces.push(`"${piece}"`);
      piece = '';
      size = 0;
    }
    piece += written;
    size += written.length;
  }
  pieces.push(`"${piece}"`);
  const formula = `=${pieces.join('&')}`;
  return formula.length <= EXCEL_FORMULA ? formula : text;
}
