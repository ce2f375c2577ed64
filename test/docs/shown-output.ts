/**
 * Where the lines a page shows fail to match, in order, the lines a command printed; or
 * undefined when they match. A line "…" stands for lines left out, "… (N more lines)" for
 * the last N lines, a line ending in " …" is cut there, and a line of dashes and spaces (a
 * table's rule) may be cut anywhere. Without a mark at their end, the lines shown are all
 * that was printed.
 */
export function mismatch(shown: string[], actual: string[]): string | undefined {
  let at = 0;
  let skipping = false;
  for (const line of shown) {
    const rest = /^… \((\d+) more lines?\)$/.exec(line);
    if (rest) {
      const left = actual.slice(at).join('\n').replace(/\n+$/, '').split('\n').length;
      return left === Number(rest[1]) ? undefined : `${line} (${left} more lines printed)`;
    }
    if (line.trim() === '…') {
      skipping = true;
      continue;
    }
    const matches = (a: string) =>
      line.endsWith(' …') ? a.startsWith(line.slice(0, -2)) : /^[- ]+$/.test(line) ? a.startsWith(line) && /^[- ]+$/.test(a) : a === line;
    if (skipping) while (at < actual.length && !matches(actual[at])) at++;
    if (at >= actual.length || !matches(actual[at])) return line;
    at++;
    skipping = false;
  }
  if (skipping) return undefined;
  // With no mark at its end, the page shows everything printed.
  const left = actual.slice(at).join('\n').replace(/\n+$/, '');
  return left === '' ? undefined : `(${left.split('\n').length} more lines printed than shown)`;
}
