/** How many items of the long list are serialised and written at a time, at most. */
const BATCH = 2000;
/** How many characters of items a piece written holds before it is written, at most (and an item more). */
const MAX_CHARS = 16 * 1024 * 1024;

/**
 * Writes `JSON.stringify(value, null, 2)` followed by a newline, with the list under `key`
 * serialised a batch of items at a time (`batch` items, or fewer once they come to `maxChars`
 * characters), so that a list of hundreds of thousands of items, or of large ones, is never
 * held as one string. The text written is the same, character for character.
 */
export function writeJsonWithList(
  write: (text: string) => void,
  value: Record<string, unknown>,
  key: string,
  batch = BATCH,
  maxChars = MAX_CHARS,
): void {
  const list = value[key];
  if (!Array.isArray(list) || list.length === 0) {
    write(`${JSON.stringify(value, null, 2)}\n`);
    return;
  }
  // The object with a placeholder in the list's place, split around it.
  const mark = `\u0000${key}\u0000`;
  const [head, tail] = JSON.stringify({ ...value, [key]: mark }, null, 2).split(JSON.stringify(mark));
  write(`${head}[\n`);
  let items: string[] = [];
  let chars = 0;
  for (let i = 0; i < list.length; i++) {
    const text = `    ${(JSON.stringify(list[i], null, 2) ?? 'null').replaceAll('\n', '\n    ')}`;
    items.push(text);
    chars += text.length;
    const last = i === list.length - 1;
    if (last || items.length >= batch || chars >= maxChars) {
      write(`${items.join(',\n')}${last ? '\n  ]' : ',\n'}`);
      items = [];
      chars = 0;
    }
  }
  write(`${tail}\n`);
}
