import { readFileSync } from 'node:fs';

/**
 * The table of docs/semantics.md's "Errors" section: each error class with its codes, in the
 * order listed (a row with no class is another code of the class above).
 */
export function errorTable(): Map<string, string[]> {
  const text = readFileSync(new URL('../../docs/semantics.md', import.meta.url), 'utf8');
  const start = text.indexOf('\n## Errors (`name` and `code`)\n');
  if (start < 0) throw new Error('docs/semantics.md has no section "Errors (`name` and `code`)"');
  const section = text.slice(start + 1).split(/\n## /)[0];
  const table = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const m of section.matchAll(/^\| *(`(\w+)`)? *\| *`([A-Z_]+)` *\|/gm)) {
    if (m[2] !== undefined) {
      current = [];
      table.set(m[2], current);
    }
    if (current === undefined) throw new Error(`the code ${m[3]} comes before any class`);
    current.push(m[3]);
  }
  return table;
}
