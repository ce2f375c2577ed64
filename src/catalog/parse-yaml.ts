import { Composer, isMap, isScalar, isSeq, LineCounter, Parser } from 'yaml';
import type { CST, Document, YAMLError } from 'yaml';
import { createDiagnostic } from '../diagnostics/create.js';
import { sortDiagnostics } from '../diagnostics/sort.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { pushAll } from '../util/push-all.js';
import { readCst } from './cst-depth.js';
import { kindTitle, type FileKind } from './file-kind.js';
import { LineIndex } from './line-index.js';
import { DEFAULT_LIMITS } from './load-types.js';
import { UnclosedOpeners } from './unclosed-openers.js';

export interface YamlParse {
  /** The first document, undefined when the text holds none. */
  doc: Document.Parsed | undefined;
  /** true when the syntax is broken, so the content cannot be trusted. */
  broken: boolean;
  /**
   * true when a mapping has a key twice (reported as DUPLICATE_KEY). The document is whole
   * otherwise, the later value kept, so the rest of the file can still be checked.
   */
  duplicateKeys: boolean;
  diagnostics: Diagnostic[];
  lines: LineIndex;
  /**
   * Set when the pass for keys given twice was left for later (`deferDuplicateKeys`): call
   * it, before reading `duplicateKeys` or `diagnostics`, with the number of keys of all the
   * mappings of the document's data (`normalizeData`'s `pairs`), or undefined when that is
   * not known. The pass runs only when that number differs from the pairs written.
   */
  duplicateKeysLater?: (dataKeys: number | undefined) => void;
}

/** yaml's options for catalog files: YAML 1.2 core schema only, no tags beyond it. */
export const YAML_OPTIONS = {
  version: '1.2',
  schema: 'core',
  resolveKnownTags: false,
  // Keys given twice are found by duplicateKeyPlaces: yaml's own check compares each key
  // with all those before it in its mapping.
  uniqueKeys: false,
  strict: true,
  logLevel: 'error',
} as const;

const SYNTAX_HINTS: Record<string, string> = {
  BAD_INDENT: 'Indent nested entries with spaces, by the same amount as their siblings.',
  TAB_AS_INDENT: 'Indent with spaces: YAML does not allow tabs for indentation.',
  MULTILINE_IMPLICIT_KEY: 'A key must fit on one line; check for a missing colon or quote on the line before.',
  BLOCK_AS_IMPLICIT_KEY: 'Check the indentation and the colons of the lines around it.',
  MISSING_CHAR: 'Check the indentation of this line and the line before, and look for an unclosed quote, bracket or brace.',
  UNEXPECTED_TOKEN: 'Check the line for a stray character, or quote values that contain ": " or start with a special character.',
  BAD_SCALAR_START: 'Quote values that start with a special character such as @, ` or %.',
  BAD_DQ_ESCAPE: 'Inside double quotes, write a backslash as \\\\, or use single quotes.',
};

/**
 * Parses YAML text with source positions. Syntax errors, duplicate keys and unknown tags
 * become located diagnostics; only the first document is returned.
 *
 * With `deferDuplicateKeys`, a whole single document whose pairs could be counted (see
 * `readCst`) is not searched for keys given twice yet: `duplicateKeysLater` does it, or
 * finds it needless. Without aliases each pair written gives at most one key of one object
 * of the data, and two keys equal as yaml compares them give the same one; so when the data
 * holds as many keys as pairs were written, no key was given twice.
 */
export function parseYaml(text: string, file: string, maxDepth = DEFAULT_LIMITS.maxDepth, deferDuplicateKeys = false, kind: FileKind = 'catalog'): YamlParse {
  const counter = new LineCounter();
  const parser = new Parser(counter.addNewLine);
  const composer = new Composer(YAML_OPTIONS);
  const docs: Document.Parsed[] = [];
  const composed: CST.Document[] = [];
  const extra: Diagnostic[] = [];
  let lines: LineIndex | undefined;
  const where = (offset: number) => {
    lines ??= LineIndex.fromLineStarts(counter.lineStarts);
    return lines.position(offset);
  };
  let yamlDirectiveSeen = false;
  let directives = false;
  let pairsWritten: number | undefined;
  for (const token of parser.parse(text)) {
    if (token.type === 'directive') {
      directives = true;
      if (/^%YAML\b/.test(token.source)) {
        if (yamlDirectiveSeen) {
          extra.push(syntaxAt(file, where(token.offset), 'The %YAML directive is given twice for one document.', 'DUPLICATE_DIRECTIVE'));
        }
        yamlDirectiveSeen = true;
      }
    } else if (token.type === 'document') {
      yamlDirectiveSeen = false;
      const shape = readCst(token, maxDepth);
      if (shape.tooDeepAt >= 0) {
        // Not composed at all: yaml's composer recurses once per level.
        extra.push(tooDeepAt(file, where(shape.tooDeepAt), maxDepth, kind));
        continue;
      }
      if (composed.length === 0 && !directives) pairsWritten = shape.pairs;
      composed.push(token);
    }
    for (const doc of composer.next(token)) docs.push(doc as Document.Parsed);
  }
  for (const doc of composer.end(true, text.length)) docs.push(doc as Document.Parsed);
  lines = LineIndex.fromLineStarts(counter.lineStarts);

  const diagnostics: Diagnostic[] = [];
  let broken = extra.length > 0;
  let duplicateKeys = false;
  const unclosed = new UnclosedOpeners(composed, file, where);
  let secondReported = false;
  // The pass for keys given twice waits only for a single whole document: what it finds then comes first.
  const later = deferDuplicateKeys && pairsWritten !== undefined && docs.length === 1 && composed.length === 1 && !broken && docs[0].errors.length === 0;
  docs.forEach((doc, i) => {
    for (const e of doc.errors) {
      broken = true;
      const atOpener = unclosed.diagnosticFor(e);
      if (atOpener !== null) diagnostics.push(atOpener ?? errorDiagnostic(e, file, where, kind));
    }
    if (!later) {
      for (const [at, place] of duplicateKeyPlaces(doc)) {
        duplicateKeys = true;
        diagnostics.push(duplicateKeyDiagnostic(at, place, file, where, text));
      }
    }
    for (const w of doc.warnings) {
      diagnostics.push(warningDiagnostic(w, file, where, text, kind));
    }
    // A later document that holds nothing (a closing --- with no data after it) is no second one.
    if (i > 0 && !secondReported && !holdsNothing(doc)) {
      secondReported = true;
      diagnostics.push(
        createDiagnostic('MULTIPLE_DOCUMENTS', {
          message: `The file holds more than one YAML document (separated by ---); a ${kind} file holds one mapping.`,
          hint: 'Put each document in a file of its own, or merge them into one mapping.',
          location: locationAt(file, where, doc.range[0], doc.range[0] + 3),
        }),
      );
    }
  });
  const parsed: YamlParse = { doc: docs[0], broken, duplicateKeys, diagnostics: firstSyntaxError([...extra, ...diagnostics]), lines };
  if (later) {
    const doc = docs[0];
    parsed.duplicateKeysLater = (dataKeys) => {
      parsed.duplicateKeysLater = undefined;
      if (dataKeys === pairsWritten) return;
      const found: Diagnostic[] = [];
      for (const [at, place] of duplicateKeyPlaces(doc)) found.push(duplicateKeyDiagnostic(at, place, file, where, text));
      if (found.length === 0) return;
      // Where the pass would have put them: before the document's warnings, as it has no errors.
      parsed.duplicateKeys = true;
      const rest = parsed.diagnostics.splice(0);
      pushAll(parsed.diagnostics, found);
      pushAll(parsed.diagnostics, rest);
    };
  }
  return parsed;
}

/** Whether a document holds no data at all: nothing, or only comments, after its ---. */
function holdsNothing(doc: Document.Parsed): boolean {
  const c = doc.contents;
  return c === null || (isScalar(c) && c.value === null && !c.source);
}

/**
 * Of a file's YAML syntax errors in the parser's words, only the first in the text: after a
 * mistake the parser loses its place and complains of the lines after it too (one
 * indentation slip gave a dozen errors). Its hint says how many more there were
 * (`args.more`). Quotes, brackets and braces never closed are each reported where they open.
 */
function firstSyntaxError(diagnostics: Diagnostic[]): Diagnostic[] {
  const generic = (d: Diagnostic) => d.code === 'YAML_SYNTAX' && d.args?.unclosed === undefined;
  const syntax = diagnostics.filter(generic);
  if (syntax.length <= 1) return diagnostics;
  const [first] = sortDiagnostics(syntax);
  const more = syntax.length - 1;
  const note = `The parser reported ${more} more syntax error${more === 1 ? '' : 's'} after this one, most likely caused by it: fix it, then check again.`;
  const shown: Diagnostic = { ...first, hint: first.hint === undefined ? note : `${first.hint} ${note}`, args: { ...first.args, more } };
  return diagnostics.flatMap((d) => (d === first ? [shown] : generic(d) ? [] : [d]));
}

type Where = (offset: number) => { line: number; column: number };

function locationAt(file: string, where: Where, start: number, end: number) {
  const a = where(start);
  const b = where(Math.max(start, end));
  return { file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, path: [] };
}

function syntaxAt(file: string, at: { line: number; column: number }, message: string, yamlCode: string): Diagnostic {
  return createDiagnostic('YAML_SYNTAX', {
    message,
    location: { file, line: at.line, column: at.column, path: [] },
    args: { yamlCode },
  });
}

function tooDeepAt(file: string, at: { line: number; column: number }, limit: number, kind: FileKind): Diagnostic {
  return createDiagnostic('NESTING_TOO_DEEP', {
    message: `The data is nested more than ${limit} levels deep, more than a ${kind} ever needs.`,
    hint: 'Check for runaway brackets or indentation.',
    location: { file, line: at.line, column: at.column, path: [] },
    args: { limit },
  });
}

function sentence(message: string): string {
  const m = message.trim().replace(/\s+/g, ' ');
  const capital = m.charAt(0).toUpperCase() + m.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * A key given twice, at the second one, with the path of the data to it and the first one as
 * related: both are reported.
 */
function duplicateKeyDiagnostic(start: number, place: DuplicateKeyPlace, file: string, where: Where, text: string): Diagnostic {
  const { key, length } = keyTextAt(text, start);
  const first = keyTextAt(text, place.first);
  return createDiagnostic('DUPLICATE_KEY', {
    message: `The key '${key || text.slice(start, start + 1).trim()}' appears twice in the same mapping.`,
    hint: 'Remove one of the two entries, or merge their values: a mapping cannot hold the same key twice.',
    location: { ...locationAt(file, where, start, start + Math.max(length, 1)), path: place.path },
    related: [{ message: 'first set here', location: locationAt(file, where, place.first, place.first + Math.max(first.length, 1)) }],
    args: { key },
  });
}

/** A key written again in its mapping: the data path to it, and where the first one starts. */
export interface DuplicateKeyPlace {
  path: (string | number)[];
  first: number;
}

/**
 * The keys of a document written again in their mapping, by where they start, in the order
 * yaml's own check would report them. One pass over the document, each mapping's keys
 * indexed once: a file with a key given twice in each of its thousands of entries (or a
 * thousand times in one) is not walked once per repetition, and a mapping of 100,000 keys
 * is not read 100,000 times. A repeated key is one equal (===) to an earlier key of the
 * same mapping, as yaml has it.
 */
export function duplicateKeyPlaces(doc: Document.Parsed): Map<number, DuplicateKeyPlace> {
  const places = new Map<number, DuplicateKeyPlace>();
  // The path to the node being walked, grown and shrunk as the walk goes, copied only for a key given twice.
  const path: (string | number)[] = [];
  const walk = (node: unknown): void => {
    if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) {
        path.push(i);
        walk(node.items[i]);
        path.pop();
      }
      return;
    }
    if (!isMap(node)) return;
    const items = node.items;
    // A small mapping's pairs are compared with those before them; a larger one's keys are indexed as the pairs are reached.
    const index = items.length > 8 ? new Map<unknown, number | undefined>() : undefined;
    for (let i = 0; i < items.length; i++) {
      const { key, value } = items[i];
      if (!isScalar(key)) {
        walk(key);
        walk(value);
        continue;
      }
      const name = key.value;
      const offset = key.range?.[0];
      let first: number | undefined;
      if (typeof name === 'number' && Number.isNaN(name)) first = undefined; // NaN equals no key, itself included.
      else if (index) {
        if (!index.has(name)) index.set(name, offset);
        first = index.get(name);
      } else {
        for (let j = 0; j <= i; j++) {
          const k = items[j].key;
          if (isScalar(k) && k.value === name) {
            first = k.range?.[0];
            break;
          }
        }
      }
      const twice = offset !== undefined && first !== undefined && first !== offset && !places.has(offset);
      if (!twice && !isMap(value) && !isSeq(value)) continue;
      path.push(String(name));
      // yaml checks a key of a flow mapping after reading its value, of a block mapping before.
      if (node.flow) walk(value);
      if (twice) places.set(offset, { path: [...path], first: first as number });
      if (!node.flow) walk(value);
      path.pop();
    }
  };
  walk(doc.contents);
  return places;
}

function errorDiagnostic(e: YAMLError, file: string, where: Where, kind: FileKind): Diagnostic {
  const [start, end] = e.pos;
  const location = locationAt(file, where, start, end);
  if (e.code === 'RESOURCE_EXHAUSTION') {
    return createDiagnostic('NESTING_TOO_DEEP', {
      message: 'The data is nested too deeply for the YAML parser.',
      hint: kind === 'catalog' ? 'Catalog entries need only a few levels of nesting; check for runaway brackets.' : 'Check for runaway brackets or indentation.',
      location,
    });
  }
  return createDiagnostic('YAML_SYNTAX', {
    message: `YAML syntax error: ${sentence(e.message)}`,
    hint: SYNTAX_HINTS[e.code],
    location,
    args: { yamlCode: e.code },
  });
}

function warningDiagnostic(w: YAMLError, file: string, where: Where, text: string, kind: FileKind): Diagnostic {
  const [start, end] = w.pos;
  const location = locationAt(file, where, start, end);
  if (w.code === 'TAG_RESOLVE_FAILED') {
    const tag = /^\S+/.exec(text.slice(start, end))?.[0] ?? w.message.replace(/^Unresolved tag: /, '');
    return createDiagnostic('YAML_TAG', {
      message: `The YAML tag '${tag}' is not allowed in a ${kind} file.`,
      hint: `${kindTitle(kind)} files use plain YAML values only; remove the tag (write the value, quoted if it must be text).`,
      location,
      args: { tag },
    });
  }
  return createDiagnostic('YAML_WARNING', { message: sentence(w.message), location, args: { yamlCode: w.code } });
}

/** The key written at `start` (a quoted string, unquoted, or a plain scalar up to the colon) and its length in the text. */
export function keyTextAt(text: string, start: number): { key: string; length: number } {
  const q = text.charAt(start);
  if (q === '"' || q === "'") {
    let i = start + 1;
    while (i < text.length) {
      const c = text.charAt(i);
      if (q === '"' && c === '\\') i += 2;
      else if (c === q && q === "'" && text.charAt(i + 1) === "'") i += 2;
      else if (c === q) break;
      else i++;
    }
    const raw = text.slice(start, i + 1);
    if (q === '"') {
      try {
        return { key: JSON.parse(raw) as string, length: raw.length };
      } catch {
        return { key: raw.slice(1, -1), length: raw.length };
      }
    }
    return { key: raw.slice(1, -1).replace(/''/g, "'"), length: raw.length };
  }
  const plain = (/^[^\n#]*?(?=\s*:(?:\s|$)|[,{}[\]\n]|$)/.exec(text.slice(start, start + 1024))?.[0] ?? '').trimEnd();
  return { key: plain.trim(), length: plain.length };
}
