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

/**
 * How many entities' own trees a file keeps (see `SourceIndex.locateWithin`): a check that
 * places each finding together with an earlier one (a number used again, and its first use)
 * goes back and forth between two entities.
 */
const PARTS_KEPT = 4;

/** What separates words for `SourceIndex.mentions`: spaces, quotes, and YAML and JSON punctuation. */
const WORD_BREAKS = /[\s,:[\]{}"'#&*!|>%@`]+/;

/**
 * The syntax trees that the files of one load parse again for positions, kept while their
 * texts come to at most `budget` characters (a tree takes some 50 bytes a character): past
 * it, the one used longest ago is dropped, and parsed again if a position in it is asked for
 * later. The checks of the whole catalog locate their findings file after file, so each
 * file is parsed again about once. A file holds the tree of its whole text, or those of the
 * few entities whose own texts were parsed last (see `SourceIndex.locateWithin`), counted
 * together.
 */
export class KeptDocuments {
  /** Per index whose document is kept, its text's length; in order of last use. */
  private readonly kept = new Map<SourceIndex, number>();
  private size = 0;

  constructor(readonly budget = 8 * 1024 * 1024) {}

  /**
   * `source`'s tree, of a text `length` characters long, was just used (it may replace the
   * one `source` held); drops others' when over the budget, never the one in use.
   */
  use(source: SourceIndex, length: number): void {
    const known = this.kept.get(source) ?? 0;
    this.kept.delete(source);
    this.kept.set(source, length);
    this.size += length - known;
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

/** An entity's own text, parsed for positions in it (see `SourceIndex.locateWithin`). */
interface Part {
  /** The entity's path in the file. */
  path: YamlPath;
  /** Where the entity's first line starts in the file: offset 0 of the text parsed. */
  lineStart: number;
  doc: Document.Parsed;
  /** The length of the text parsed. */
  length: number;
}

/**
 * Whether `path` goes into the node at `outer`, or is that node when it is an item of a list
 * (a value with no key, so that its key is not asked for).
 */
function within(outer: YamlPath, path: YamlPath): boolean {
  if (outer.length > path.length || (outer.length === path.length && typeof outer.at(-1) !== 'number')) return false;
  return outer.every((seg, k) => seg === path[k]);
}

/** The location of the span from `offset` to `stop` (its end already trimmed) in `file`. */
function locationIn(file: string, lines: LineIndex, offset: number, path: YamlPath, stop: number): SourceLocation {
  const a = lines.position(offset);
  const loc: SourceLocation = { file, line: a.line, column: a.column, path };
  if (stop > offset) {
    const b = lines.position(stop);
    loc.endLine = b.line;
    loc.endColumn = b.column;
  }
  return loc;
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
  /** The entities whose own texts were parsed for positions, the one used last at the end (see `locateWithin`). */
  private parts: Part[] = [];
  /** The length of the texts of `parts`. */
  private partsKept = 0;
  /** How many characters of entity text `locateWithin` has parsed, all entities together. */
  private partsLength = 0;
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
    this.dropParts();
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
    return locationIn(this.file, this.lines, offset, path, this.trimmedEnd(offset, end));
  }

  /** Where the span from `offset` to `end` ends without the white space it ends with (at most `offset`: an empty span). */
  trimmedEnd(offset: number, end = offset): number {
    let stop = end;
    while (stop > offset && /\s/.test(this.text.charAt(stop - 1))) stop--;
    return stop;
  }

  /**
   * What gives the location of a span whose end is already trimmed (`trimmedEnd`), as `at`
   * gives it: holds the file's line index, not its text.
   */
  spanLocator(): (offset: number, path: YamlPath, stop: number) => SourceLocation {
    const lines = (this.lines ??= LineIndex.fromText(this.text));
    const file = this.file;
    return (offset, path, stop) => locationIn(file, lines, offset, path, stop);
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
    // A key written as nothing (`: 1`) starts where its line's indentation does: point at the colon.
    if (node === found.key && range[0] === range[1]) {
      let colon = range[0];
      while (this.text[colon] === ' ' || this.text[colon] === '\t') colon++;
      if (this.text[colon] === ':') return this.at(colon, path, colon + 1);
    }
    return this.at(range[0], path, range[1]);
  }

  /**
   * As `locate`, for a path into an entity, whose location `entity` gives (its entity
   * location): when the document is not held, only the entity's own text is parsed, not the
   * whole file, and `entity` is asked for only then. The trees of the last few entities
   * parsed (`PARTS_KEPT`) are kept (within `kept`), so that the many findings of one entity
   * parse it once, and a check that goes back and forth between two entities parses each
   * once. Parsing entity after entity never reads more than the file's length in all: the
   * entity that would go past it has the whole file parsed instead, kept as `locate` keeps
   * it, for that position and the rest. Placing any number of findings thus costs at most
   * about two parses of the file, and one or less when each entity is parsed once. The whole
   * file is also parsed when the location is of another node (`path` does not go into it),
   * or when the entity's text alone does not parse (an anchor before its first key, for
   * one). An alias is not followed, by either: it is located where it is written.
   */
  locateWithin(path: YamlPath, target: LocateTarget, entity: () => SourceLocation | undefined): SourceLocation {
    const part = this.parsed || this.jsonLocator() !== undefined ? undefined : this.partFor(path, entity);
    if (part === undefined) return this.locate(path, target);
    const rest = path.slice(part.path.length);
    const found = this.find(part.doc, rest, false);
    const range = (target === 'key' && found.depth === rest.length && found.key ? found.key : (found.node ?? found.key))?.range;
    if (!range) return this.locate(path, target);
    return this.at(part.lineStart + range[0], path, part.lineStart + range[1]);
  }

  /** The parsed text of the entity that `path` goes into, when it can be parsed alone (see `locateWithin`). */
  private partFor(path: YamlPath, entity: () => SourceLocation | undefined): Part | undefined {
    const parts = this.parts;
    for (let k = parts.length - 1; k >= 0; k--) {
      const part = parts[k];
      if (!within(part.path, path)) continue;
      if (k < parts.length - 1) parts.push(...parts.splice(k, 1));
      this.kept?.use(this, this.partsKept);
      return part;
    }
    const node = entity();
    if (node === undefined || !within(node.path, path) || node.endLine === undefined || node.endColumn === undefined) return undefined;
    this.lines ??= LineIndex.fromText(this.text);
    const start = this.lines.offset(node.line, node.column);
    const end = this.lines.offset(node.endLine, node.endColumn);
    if (this.partsLength + (end - start) > this.text.length) return undefined;
    this.partsLength += end - start;
    // The entity's text, preceded by spaces in place of what comes before it on its line, keeps its columns.
    const text = ' '.repeat(node.column - 1) + this.text.slice(start, end);
    // Only the tree is read: the search for keys given twice is left for a call never made.
    const parsed = parseYaml(text, this.file, this.maxDepth, true);
    if (parsed.broken || !parsed.doc) return undefined;
    const part = { path: node.path, lineStart: start - (node.column - 1), doc: parsed.doc, length: text.length };
    parts.push(part);
    this.partsKept += part.length;
    if (parts.length > PARTS_KEPT) this.partsKept -= parts.shift()!.length;
    this.kept?.use(this, this.partsKept);
    return part;
  }

  /** Drops the entities' trees: the whole file's is held now, or none. */
  private dropParts(): void {
    this.parts = [];
    this.partsKept = 0;
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

  /**
   * Whether the last key of `path` is written as a YAML null (`~`, `null`, or nothing before
   * the colon), which the data holds as the key ''. JSON keys are always text.
   */
  keyIsNull(path: YamlPath): boolean {
    if (this.jsonLocator() !== undefined) return false;
    const doc = this.document();
    if (!doc) return false;
    const found = this.find(doc, path);
    return found.depth === path.length && path.length > 0 && (found.key === null || (isScalar(found.key) && found.key.value === null));
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
      // Only the tree and the lines are read: the search for keys given twice is left for a call never made.
      const p = parseYaml(this.text, this.file, this.maxDepth, true);
      this.doc = p.doc;
      this.lines = p.lines;
      this.dropParts();
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
