const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Text for a Markdown line or heading: `&`, `<` and `>` as HTML entities, so that text from a
 * catalog shows as written and never becomes markup where Markdown is rendered.
 */
export function mdText(value: string | number): string {
  return String(value).replace(/[&<>]/g, (c) => HTML_ENTITIES[c]);
}

/** Escapes text for a Markdown table cell: markup as in `mdText`, pipes, backslashes and line breaks. */
export function mdCell(value: string | number): string {
  return mdText(String(value).normalize('NFC'))
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

/** A GitHub-flavoured Markdown table. */
export function markdownTable(header: string[], rows: (string | number)[][], align?: ('left' | 'right')[]): string {
  const rule = header.map((_, i) => (align?.[i] === 'right' ? '---:' : '---'));
  const line = (cells: (string | number)[]) => `| ${cells.map(mdCell).join(' | ')} |`;
  return `${[line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n')}\n`;
}
