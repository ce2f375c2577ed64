import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import type { SourceLocation } from '../diagnostics/types.js';
import { JsonLocator } from './json-locator.js';
import { LineIndex } from './line-index.js';
import { parseYaml } from './parse-yaml.js';

export type YamlPath = (string | number)[];

/** Which part of a node to point at: the value itself, or the key that introduces it. */
export type LocateTarget = 'value' | 'key';

interface Found {
  node: Node | null | undefined;
  key: Node | null | undefined;
  /** How many path segments were found. */
  depth: number;
}

function keyText(key: unknown): string {
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  return String(key);
}

/** Mappings with more pairs than this have their keys indexed when first looked into. */
const LARGE_MAP = 32;

/** What separates words for `SourceIndex.mentions`: spaces, quotes, and YAML and JSON punctuation. */
const WORD_BREAKS = /[\s,:[\]{}"'#&*!|>%@`]+/;

/**
 * The syntax trees that the files of one load parse again for positions, kept while their
 * texts come to at most `budget` characters (a tree takes some 50 bytes a character): past
 * it, the one used longest ago is dropped, and parsed again if a position in it is asked for
 * later. The checks of the whole catalog locate their findings file after file, so each
 * file is parsed again about once.
 */
export class KeptDocuments {
  /** Per index whose document is kept, its text's length; in order of last use. */
  private readonly kept = new Map<SourceIndex, number>();
  private size = 0;

  constructor(readonly budget = 8 * 1024 * 1024) {}

  /** `source`'s document was just used; drops others' when over the budget, never the one in use. */
  use(source: SourceIndex, length: number): void {
    const known = this.kept.get(source);
    this.kept.delete(source);
    this.kept.set(source, length);
    if (known !== undefined) return;
    this.size += length;
    for (const [old, n] of this.kept) {
      if (this.size <= this.budget || old === source) break;
      this.kept.delete(old);
      this.size -= n;
      old.forget();
    }
  }

  /** `source` no longer holds its document. */
  release(source: SourceIndex): void {
    const n = this.kept.get(source);
    if (n === undefined) return;
    this.kept.delete(source);
    this.size -= n;
  }

  /** The total length of the texts whose documents are kept. */
  get keptLength(): number {
    return this.size;
  }
}

export interface SourceIndexOptions {
  /** The file's parsed YAML document, when there is one. */
  doc?: Document.Parsed;
  /** Where the text's lines start, when already known. */
  lines?: LineIndex;
  /** The nesting limit for parsing the text again. */
  maxDepth?: number;
  /**
   * true when `JSON.parse` accepts the text: positions are then found in the JSON text
   * itself. Left out, a `.json` file's text is tried with `JSON.parse` when a position is
   * first asked for.
   */
  json?: boolean;
  /** Where a document parsed again for positions is kept (see `KeptDocuments`); without it, until `forget`. */
  kept?: KeptDocuments;
}

/**
 * Maps YAML paths in one file to line and column. Keeps the parsed document when there is
 * one. A file whose text is JSON is never parsed as YAML for positions: they are found in
 * the JSON text (`JsonLocator`), when first asked for, which happens only when something is
 * wrong. Other files without a document are parsed as YAML then.
 */
export class SourceIndex {
  private doc: Document.Parsed | undefined;
  private lines: LineIndex | undefined;
  private parsed: boolean;
  private words: Set<string> | undefined;
  private readonly maxDepth: number | undefined;
  /** Whether the text is JSON; undefined until a `.json` file is first located. */
  private json: boolean | undefined;
  private locator: JsonLocator | undefined;
  private kept: KeptDocuments | undefined;
  /** The pairs of the large mappings looked into, by key (see `pairOf`). */
  private readonly pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(
    readonly file: string,
    private readonly text: string,
    options: SourceIndexOptions = {},
  ) {
    this.doc = options.doc;
    this.lines = options.lines;
    this.maxDepth = options.maxDepth;
    this.parsed = options.doc !== undefined;
    this.json = options.doc !== undefined || !/\.json$/i.test(file) ? false : options.json;
    this.kept = options.kept;
  }

  /**
   * Drops the parsed document to free its memory; the text is parsed again if a position is
   * asked for later. Otherwise a catalog of a hundred large files keeps every file's syntax
   * tree (many times the size of the text) until the whole catalog has been checked.
   */
  forget(): void {
    this.doc = undefined;
    this.parsed = false;
    this.kept?.release(this);
  }

  /** From now on, a document parsed again for positions is kept within `kept`. */
  keepWithin(kept: KeptDocuments): void {
    this.kept = kept;
  }

  /**
   * Whether `name` is written in the text as a whole word: between spaces, quotes or YAML and
   * JSON punctuation, after NFC normalisation. The words are collected once, on the first call.
   */
  mentions(name: string): boolean {
    this.words ??= new Set(this.text.normalize('NFC').split(WORD_BREAKS));
    return this.words.has(name);
  }

  /** The location of an offset in the text. */
  at(offset: number, path: YamlPath = [], end?: number): SourceLocation {
    this.lines ??= LineIndex.fromText(this.text);
    const a = this.lines.position(offset);
    const loc: SourceLocation = { file: this.file, line: a.line, column: a.column, path };
    let stop = end ?? offset;
    while (stop > offset && /\s/.test(this.text.charAt(stop - 1))) stop--;
    if (stop > offset) {
      const b = this.lines.position(stop);
      loc.endLine = b.line;
      loc.endColumn = b.column;
    }
    return loc;
  }

  /**
   * The location of the node at `path` (or of its key). When the path does not exist in
   * full, the deepest node that does is used; the location keeps the full path.
   */
  locate(path: YamlPath, target: LocateTarget = 'value'): SourceLocation {
    const locator = this.jsonLocator();
    if (locator !== undefined) {
      const found = locator.find(path);
      const span = target === 'key' && found.depth === path.length && found.key ? found.key : (found.node ?? found.key);
      return span === undefined ? this.at(0, path) : this.at(span.start, path, span.end);
    }
    const doc = this.document();
    if (!doc) return this.at(0, path);
    // Data an alias repeats is located at the alias: the anchor is where it was first written.
    const found = this.find(doc, path, false);
    const node = target === 'key' && found.depth === path.length && found.key ? found.key : (found.node ?? found.key);
    const range = node?.range;
    if (!range) return this.at(0, path);
    return this.at(range[0], path, range[1]);
  }

  /**
   * As `locate`, for a path into the node whose location `within` gives (an entity
   * location): when the document is not held, only that node's text is parsed, not the
   * whole file, and `within` is asked for only then. The whole file is parsed, as `locate`
   * does, when that location is of another node (`path` does not go into it), or when the
   * node's text alone does not parse (an anchor before its first key, for one). An alias is
   * not followed, by either: it is located where it is written.
   */
  locateWithin(path: YamlPath, target: LocateTarget, within: () => SourceLocation | undefined): SourceLocation {
    const node = this.parsed || this.jsonLocator() !== undefined ? undefined : within();
    const inside = node !== undefined && node.path.length < path.length && node.path.every((seg, k) => seg === path[k]);
    if (!inside || node.endLine === undefined || node.endColumn === undefined) return this.locate(path, target);
    this.lines ??= LineIndex.fromText(this.text);
    const start = this.lines.offset(node.line, node.column);
    // The node's text, preceded by spaces in place of what comes before it on its line, keeps its columns.
    const lineStart = start - (node.column - 1);
    const part = parseYaml(' '.repeat(node.column - 1) + this.text.slice(start, this.lines.offset(node.endLine, node.endColumn)), this.file, this.maxDepth);
    if (part.broken || !part.doc) return this.locate(path, target);
    const rest = path.slice(node.path.length);
    const found = this.find(part.doc, rest, false);
    const range = (target === 'key' && found.depth === rest.length && found.key ? found.key : (found.node ?? found.key))?.range;
    if (!range) return this.locate(path, target);
    return this.at(lineStart + range[0], path, lineStart + range[1]);
  }

  /** The source text of the value at `path`, when the path exists. */
  sourceText(path: YamlPath): string | undefined {
    const locator = this.jsonLocator();
    if (locator !== undefined) {
      const found = locator.find(path);
      return found.depth === path.length && found.node ? this.text.slice(found.node.start, found.node.end) : undefined;
    }
    const doc = this.document();
    if (!doc) return undefined;
    const found = this.find(doc, path);
    const range = found.depth === path.length ? found.node?.range : undefined;
    return range ? this.text.slice(range[0], range[1]) : undefined;
  }

  /** The JSON locator of a file whose text is JSON; undefined for any other. */
  private jsonLocator(): JsonLocator | undefined {
    if (this.json === undefined) {
      try {
        JSON.parse(this.text);
        this.json = true;
      } catch {
        this.json = false;
      }
    }
    if (!this.json) return undefined;
    this.locator ??= new JsonLocator(this.text);
    return this.locator;
  }

  private document(): Document.Parsed | undefined {
    if (!this.parsed) {
      this.parsed = true;
      const p = parseYaml(this.text, this.file, this.maxDepth);
      this.doc = p.doc;
      this.lines = p.lines;
    }
    if (this.doc !== undefined) this.kept?.use(this, this.text.length);
    return this.doc;
  }

  /** The node at `path`, or the deepest one on the way; `intoAliases` false stops at an alias on the way. */
  private find(doc: Document.Parsed, path: YamlPath, intoAliases = true): Found {
    let node: Node | null | undefined = doc.contents;
    let key: Node | null | undefined;
    let depth = 0;
    for (const seg of path) {
      let current: unknown = node;
      if (!intoAliases && isAlias(current)) break;
      for (let hops = 0; isAlias(current) && hops < 16; hops++) current = current.resolve(doc);
      let next: Node | null | undefined;
      let nextKey: Node | null | undefined;
      let hit = false;
      if (isMap(current)) {
        const pair = this.pairOf(current, String(seg));
        if (pair) {
          next = pair.value as Node | null;
          nextKey = pair.key as Node | null;
          hit = true;
        }
      } else if (isSeq(current) && typeof seg === 'number' && seg >= 0 && seg < current.items.length) {
        next = current.items[seg] as Node | null;
        nextKey = undefined;
        hit = true;
      }
      if (!hit) break;
      // A key without a value (`key:`) has a null value node; point at the key then.
      node = next ?? nextKey;
      key = nextKey;
      depth++;
    }
    return { node, key, depth };
  }

  /**
   * The first pair of `map` whose key is `want`. A large mapping's keys are indexed on the
   * first look: locating each of the thousands of unknown keys of one mapping would otherwise
   * read the mapping's keys up to it, each time.
   */
  private pairOf(map: YAMLMap, want: string): Pair | undefined {
    if (map.items.length <= LARGE_MAP) return map.items.find((pair) => keyText(pair.key) === want);
    let index = this.pairIndex.get(map);
    if (index === undefined) {
      index = new Map();
      for (const pair of map.items) {
        const text = keyText(pair.key);
        if (!index.has(text)) index.set(text, pair);
      }
      this.pairIndex.set(map, index);
    }
    return index.get(want);
  }
}
