import type { YamlPath } from './source-index.js';

/**
 * Strings made only of these characters are already NFC and stay NFC: ASCII, Latin-1,
 * Latin Extended-A/B, Latin Extended Additional (every precomposed Vietnamese letter) and
 * the general punctuation from U+2010 (dashes, quotation marks, the ellipsis: "Bộ Lao động –
 * Thương binh và Xã hội"). Anything else, such as a combining mark, sends the string through
 * `normalize('NFC')`.
 */
export const MAYBE_NOT_NFC = /[^\u0000-\u02ff\u1e00-\u1eff\u2010-\u206f]/;

export interface WalkResult {
  /** Path to the first value nested deeper than the limit (the data must then be dropped). */
  tooDeep?: YamlPath;
  /** Number of keys in all mappings. */
  pairs: number;
}

/** The string in NFC, or undefined when it already is (so that nothing is written back). */
function nfcIfChanged(s: string): string | undefined {
  if (!MAYBE_NOT_NFC.test(s)) return undefined;
  const n = s.normalize('NFC');
  return n === s ? undefined : n;
}

/**
 * Walks parsed data without recursion: checks the nesting depth and, when `normalize` is
 * set, rewrites every string (values and keys) to Unicode NFC in place. Keys such as
 * `__proto__` stay plain own properties.
 */
export function normalizeData(root: unknown, maxDepth: number, normalize: boolean): WalkResult {
  if (root === null || typeof root !== 'object') return { pairs: 0 };
  const stack: object[] = [root];
  const depths: number[] = [1];
  let pairs = 0;
  while (stack.length > 0) {
    const value = stack.pop() as Record<string, unknown> | unknown[];
    const depth = depths.pop() as number;
    if (depth > maxDepth) return { tooDeep: pathTo(root, maxDepth) ?? [], pairs };
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const x = value[i];
        if (typeof x === 'string') {
          const n = normalize ? nfcIfChanged(x) : undefined;
          if (n !== undefined) value[i] = n;
        } else if (x !== null && typeof x === 'object') {
          stack.push(x);
          depths.push(depth + 1);
        }
      }
    } else {
      let renamed = false;
      for (const k in value) {
        pairs++;
        if (normalize && !renamed && MAYBE_NOT_NFC.test(k) && k.normalize('NFC') !== k) renamed = true;
        const x = value[k];
        if (typeof x === 'string') {
          const n = normalize ? nfcIfChanged(x) : undefined;
          if (n !== undefined) value[k] = n;
        } else if (x !== null && typeof x === 'object') {
          stack.push(x);
          depths.push(depth + 1);
        }
      }
      if (renamed) renameKeys(value);
    }
  }
  return { pairs };
}

function renameKeys(obj: Record<string, unknown>): void {
  const entries = Object.entries(obj);
  for (const [k] of entries) delete obj[k];
  for (const [k, v] of entries) {
    Object.defineProperty(obj, k.normalize('NFC'), { value: v, writable: true, enumerable: true, configurable: true });
  }
}

/** The path to a container nested deeper than `maxDepth` (recursion bounded by the limit). */
function pathTo(value: unknown, maxDepth: number, depth = 1): YamlPath | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (depth > maxDepth) return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v] as [number, unknown])
    : Object.entries(value);
  for (const [k, v] of entries) {
    const rest = pathTo(v, maxDepth, depth + 1);
    if (rest) return [k, ...rest];
  }
  return undefined;
}
