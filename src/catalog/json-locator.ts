import { escaped } from './scan-json.js';

/** Where a value or key lies in the text: from its first character to just after its last. */
export interface JsonSpan {
  start: number;
  end: number;
}

/** What a path leads to: the deepest value found, its key (in an object), and how many segments were found. */
export interface JsonFound {
  node: JsonSpan | undefined;
  key: JsonSpan | undefined;
  depth: number;
}

/** The members of one object or the items of one array, read once. */
interface Members {
  /** Keys of an object's members in order (a key given twice appears twice); undefined for an array. */
  keys: string[] | undefined;
  /** Per member: key start and end (objects only), value start and end. */
  spans: number[];
  /** A large object's keys, each with the index of its first member; built on the first look (see `memberIndex`). */
  first?: Map<string, number>;
}

/** Objects with more members than this have their keys indexed when first looked into. */
const LARGE_OBJECT = 32;

/**
 * The index of the first member of an object named `key`, -1 when there is none. A large
 * object's keys are indexed on the first look: locating each of the thousands of unknown
 * keys of one object would otherwise read its keys up to it, each time.
 */
function memberIndex(m: Members & { keys: string[] }, key: string): number {
  if (m.keys.length <= LARGE_OBJECT) return m.keys.indexOf(key);
  if (m.first === undefined) {
    const first = new Map<string, number>();
    m.keys.forEach((k, i) => {
      if (!first.has(k)) first.set(k, i);
    });
    m.first = first;
  }
  return m.first.get(key) ?? -1;
}

const QUOTE = 34;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/**
 * Finds paths in JSON text without building its data, for text that `JSON.parse` accepts:
 * each object or array on the way is read once, when a path first goes through it, and its
 * members' positions are kept. Locating many paths in one file then costs about one pass
 * over the parts of the file they lie in. A key given twice leads to its first value, as it
 * does in the YAML parser's document.
 */
export class JsonLocator {
  private readonly members = new Map<number, Members>();
  private root: JsonSpan | null | undefined;

  constructor(private readonly text: string) {}

  /** The value at `path` (or the deepest part of it that exists) and its key. */
  find(path: readonly (string | number)[]): JsonFound {
    if (this.root === undefined) {
      const start = this.skipSpace(0);
      this.root = start < this.text.length ? { start, end: this.valueEnd(start) } : null;
    }
    if (this.root === null) return { node: undefined, key: undefined, depth: 0 };
    let node: JsonSpan = this.root;
    let key: JsonSpan | undefined;
    let depth = 0;
    for (const seg of path) {
      const open = this.text.charCodeAt(node.start);
      if (open !== OPEN_BRACE && open !== OPEN_BRACKET) break;
      const m = this.membersAt(node.start);
      let k: number;
      if (m.keys !== undefined) k = memberIndex(m as Members & { keys: string[] }, String(seg));
      else k = typeof seg === 'number' && Number.isInteger(seg) && seg >= 0 && seg < m.spans.length / 2 ? seg : -1;
      if (k < 0) break;
      if (m.keys !== undefined) {
        key = { start: m.spans[4 * k], end: m.spans[4 * k + 1] };
        node = { start: m.spans[4 * k + 2], end: m.spans[4 * k + 3] };
      } else {
        key = undefined;
        node = { start: m.spans[2 * k], end: m.spans[2 * k + 1] };
      }
      depth++;
    }
    return { node, key, depth };
  }

  private membersAt(open: number): Members {
    let m = this.members.get(open);
    if (m === undefined) {
      m = this.readMembers(open);
      this.members.set(open, m);
    }
    return m;
  }

  /** Reads the members of the object or array that opens at `open`. */
  private readMembers(open: number): Members {
    const text = this.text;
    const object = text.charCodeAt(open) === OPEN_BRACE;
    const close = object ? CLOSE_BRACE : CLOSE_BRACKET;
    const keys: string[] | undefined = object ? [] : undefined;
    const spans: number[] = [];
    let i = this.skipSpace(open + 1);
    if (text.charCodeAt(i) === close) return { keys, spans };
    for (;;) {
      if (keys !== undefined) {
        const keyEnd = this.stringEnd(i);
        keys.push(stringValue(text, i, keyEnd));
        spans.push(i, keyEnd);
        // The colon after the key.
        i = this.skipSpace(this.skipSpace(keyEnd) + 1);
      }
      const end = this.valueEnd(i);
      spans.push(i, end);
      i = this.skipSpace(end);
      if (text.charCodeAt(i) !== COMMA) return { keys, spans };
      i = this.skipSpace(i + 1);
    }
  }

  private skipSpace(i: number): number {
    while (i < this.text.length && isSpace(this.text.charCodeAt(i))) i++;
    return i;
  }

  /** Just after the string whose opening quote is at `i`. */
  private stringEnd(i: number): number {
    const text = this.text;
    let q = text.indexOf('"', i + 1);
    while (q !== -1 && escaped(text, q)) q = text.indexOf('"', q + 1);
    return q === -1 ? text.length : q + 1;
  }

  /** Just after the value that starts at `i`. */
  private valueEnd(i: number): number {
    const text = this.text;
    const c = text.charCodeAt(i);
    if (c === QUOTE) return this.stringEnd(i);
    if (c !== OPEN_BRACE && c !== OPEN_BRACKET) {
      // A number, true, false or null: up to the next separator.
      let k = i;
      while (k < text.length) {
        const d = text.charCodeAt(k);
        if (d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET || isSpace(d)) break;
        k++;
      }
      return k;
    }
    let depth = 0;
    for (let k = i; k < text.length; k++) {
      const d = text.charCodeAt(k);
      if (d === QUOTE) k = this.stringEnd(k) - 1;
      else if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++;
      else if ((d === CLOSE_BRACE || d === CLOSE_BRACKET) && --depth === 0) return k + 1;
    }
    return text.length;
  }
}

/** The value of the JSON string from `start` (its opening quote) to `end` (just after its closing one). */
function stringValue(text: string, start: number, end: number): string {
  const inner = text.slice(start + 1, end - 1);
  return inner.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : inner;
}
