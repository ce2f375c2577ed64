/**
 * `text` in lines of at most `max` characters, broken between words. A word longer than a
 * line keeps a line of its own, or with `breakWords` is cut into lines of `max` characters,
 * its rest beginning the next.
 */
export function wrapText(text: string, max: number, options: { breakWords?: boolean } = {}): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
    while (options.breakWords && line.length > max) {
      out.push(line.slice(0, max));
      line = line.slice(max);
    }
  }
  out.push(line);
  return out;
}

/**
 * `text` in at most `lines` lines of at most `max` characters: broken between words, the
 * last line cut with "…" when the text does not fit (and so is any word longer than a line).
 */
export function wrapLines(text: string, max: number, lines: number): string[] {
  const all = wrapText(text, max);
  const kept = all.slice(0, lines);
  if (all.length > lines) kept[lines - 1] = `${all.slice(lines - 1).join(' ')}`;
  return kept.map((l) => (l.length <= max ? l : `${l.slice(0, Math.max(1, max - 1))}…`));
}
