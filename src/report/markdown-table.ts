/** Escapes text for a Markdown table cell: pipes, backslashes and line breaks. */
export function mdCell(value: string | number): string {
  return String(value)
    .normalize('NFC')
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
