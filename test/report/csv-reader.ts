// Readers of the CSV reports, written for the tests: RFC 4180 records, and cells as a spreadsheet shows them.

/** A small RFC 4180 reader, to check that the writer round-trips. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

/**
 * The text of a cell as a spreadsheet shows it, for the cells `excelText` writes: a formula
 * `="…"&"…"` gives its literals joined; any other text is itself. Also returns the literals,
 * to check their length. Throws on a formula of any other form.
 */
export function excelShown(cell: string): { text: string; literals: string[] } {
  if (!cell.startsWith('=')) return { text: cell, literals: [] };
  const literals: string[] = [];
  let i = 1;
  for (;;) {
    if (cell[i] !== '"') throw new Error(`not a formula of literals: ${cell}`);
    let literal = '';
    for (i++; ; i++) {
      if (i >= cell.length) throw new Error(`unclosed literal: ${cell}`);
      if (cell[i] === '"' && cell[i + 1] === '"') {
        literal += '"';
        i++;
      } else if (cell[i] === '"') break;
      else literal += cell[i];
    }
    literals.push(literal);
    i++;
    if (i === cell.length) return { text: literals.join(''), literals };
    if (cell[i] !== '&') throw new Error(`not a formula of literals: ${cell}`);
    i++;
  }
}
