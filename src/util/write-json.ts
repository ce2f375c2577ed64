/** How many items of the long list are serialised and written at a time. */
const BATCH = 2000;

/**
 * Writes `JSON.stringify(value, null, 2)` followed by a newline, with the list under `key`
 * serialised a batch of items at a time, so that a list of hundreds of thousands of items
 * is never held as one string. The text written is the same, character for character.
 */
export function writeJsonWithList(write: (text: string) => void, value: Record<string, unknown>, key: string, batch = BATCH): void {
  const list = value[key];
  if (!Array.isArray(list) || list.length === 0) {
    write(`${JSON.stringify(value, null, 2)}\n`);
    return;
  }
  // The object with a placeholder in the list's place, split around it.
  const mark = `\u0000${key}\u0000`;
  const [head, tail] = JSON.stringify({ ...value, [key]: mark }, null, 2).split(JSON.stringify(mark));
  write(`${head}[\n`);
  for (let i = 0; i < list.length; i += batch) {
    const items = list.slice(i, i + batch).map((item) => `    ${(JSON.stringify(item, null, 2) ?? 'null').replaceAll('\n', '\n    ')}`);
    write(`${items.join(',\n')}${i + batch < list.length ? ',\n' : '\n  ]'}`);
  }
  write(`${tail}\n`);
}
