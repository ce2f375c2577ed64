/**
 * Where the lines a page shows fail to match, in order, the lines a command printed; or
 * undefined when they match. A line "…" stands for lines left out, "… (N more lines)" for
 * the last N lines, a line ending in " …" is cut there, and a line of dashes and spaces (a
 * table's rule) may be cut anywhere.
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
    if (line === '…') {
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
  return undefined;
}
