/**
 * Items said as a list: "'a'", "'a' and 'b'", "'a', 'b' and 'c'"; with `left` items not
 * shown, "'a', 'b', 'c' and 4 more", as `more(left)` words them. `and` is the word before the
 * last part ("and", "và").
 */
export function andList(shown: readonly string[], left: number, and: string, more: (n: number) => string): string {
  if (left > 0) return `${shown.join(', ')} ${and} ${more(left)}`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} ${and} ${shown.at(-1)}` : (shown[0] ?? '');
}
