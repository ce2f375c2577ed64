import { scanJson } from './scan-json.js';

/**
 * Whether every key written in a JSON text is in the data `JSON.parse` made of it, `pairs`
 * keys in all (as `normalizeData` counts them): of a key given twice, `JSON.parse` keeps the
 * last value and says nothing.
 *
 * Outside its strings, text that `JSON.parse` accepts holds a colon only between a key and
 * its value. Inside them it holds as many colons as the data's strings, keys included, when
 * no key was given twice (NFC changes no colon) and no `\u` escape writes one. So the text's
 * colons less the colons of the data's strings are the pairs written when no key was given
 * twice, and more than the data's keys when one was (its strings left the data, its pair did
 * not). Text with a `\u` escape is scanned instead.
 */
export function keysGivenOnce(text: string, data: unknown, pairs: number, maxDepth: number): boolean {
  if (text.includes('\\u')) return scanJson(text, maxDepth).pairs === pairs;
  const colons = count(text, ':');
  return colons === pairs || colons - colonsInStrings(data) === pairs;
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/** The colons in every string of the data, keys included (without recursion). */
function colonsInStrings(root: unknown): number {
  let n = 0;
  const stack: object[] = [];
  const visit = (x: unknown) => {
    if (typeof x === 'string') {
      if (x.indexOf(':') !== -1) n += count(x, ':');
    } else if (x !== null && typeof x === 'object') stack.push(x);
  };
  visit(root);
  while (stack.length > 0) {
    const value = stack.pop() as Record<string, unknown> | unknown[];
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) visit(value[i]);
    } else {
      for (const k in value) {
        if (k.indexOf(':') !== -1) n += count(k, ':');
        visit(value[k]);
      }
    }
  }
  return n;
}
