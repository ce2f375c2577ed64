import { isMap, isScalar } from 'yaml';
import type { Node } from 'yaml';
import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { schemaDiagnostics } from '../schema/map-schema-errors.js';
import { validateCatalogFile } from '../schema/validator.js';
import { defineLazy, once } from '../util/lazy-property.js';
import { checkDates } from './check-dates.js';
import { checkOptions } from './check-options.js';
import { decodeSource, nulDiagnostic } from './decode-source.js';
import { jsonEntityLocations, yamlEntitySpans, yamlSpanLocations } from './entity-locations.js';
import { jsonCommentAt, jsonCommentDiagnostic } from './json-comment.js';
import type { EntityLocations, LoadLimits, ParsedFile } from './load-types.js';
import { DEFAULT_LIMITS } from './load-types.js';
import { MAYBE_NOT_NFC, normalizeData } from './normalize-data.js';
import { normalizeProvisions } from './normalize-provisions.js';
import { parseYaml } from './parse-yaml.js';
import type { YamlParse } from './parse-yaml.js';
import { keysGivenOnce } from './json-pairs.js';
import { scanJson } from './scan-json.js';
import { SourceIndex } from './source-index.js';
import { aliasDiagnostic } from './yaml-aliases.js';
import type { CatalogFile } from './types.js';
import { CatalogArgumentError } from '../diagnostics/errors.js';
import { pushAll } from '../util/push-all.js';

type Obj = Record<string, unknown>;

/** A parsed file together with what maps its paths to positions (kept in this thread only). */
export interface ParsedSource extends ParsedFile {
  source: SourceIndex | undefined;
}

export interface FileOptions extends LoadLimits {
  /** Compute entity locations (default true); see ParseOptions.locations. */
  locations?: boolean;
}

function failed(file: string, diagnostics: Diagnostic[], source?: SourceIndex): ParsedSource {
  return { file, data: undefined, diagnostics, locations: {}, source };
}

/**
 * The per-file step: decode, parse (JSON fast path for `.json`, YAML otherwise), check
 * limits, normalise to NFC, validate against the schema with positions, check dates, and
 * rewrite provision references as objects. Pure: needs no file system and no other file.
 */
export function parseFile(input: string | Uint8Array, fileName: string, options: FileOptions = {}): ParsedFile {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new CatalogArgumentError('WRONG_ARGUMENT', "parseFile takes the text of a catalog file (a string or bytes), such as readFileSync(path, 'utf8').");
  }
  if (typeof fileName !== 'string') throw new CatalogArgumentError('WRONG_ARGUMENT', 'parseFile takes the file name, for diagnostics, as its second argument.');
  checkOptions(options);
  const { source: _source, ...plain } = parseSource(input, fileName, options);
  return plain;
}

type Settings = Required<LoadLimits> & { locations: boolean };

export function parseSource(input: string | Uint8Array, file: string, options: FileOptions = {}): ParsedSource {
  const limits: Settings = { ...DEFAULT_LIMITS, locations: true, ...definedOnly(options) };
  const json = /\.json$/i.test(file);
  const decoded = decodeSource(input, file, limits.maxFileSize, !json);
  if (decoded.diagnostic) return failed(file, [decoded.diagnostic]);
  const text = decoded.text;
  if (!json) return parseYamlText(text, file, limits);
  // Text that JSON.parse accepts holds no raw NUL: the check waits for the slow path.
  const fast = parseJsonFast(text, file, limits);
  if (fast.result) return fast.result;
  const nul = decoded.nulChecked ? undefined : nulDiagnostic(text, file);
  if (nul) return failed(file, [nul]);
  const viaYaml = parseYamlText(text, file, limits);
  // JSON is YAML: text that JSON.parse refuses may still be fine. When it is not, JSON's
  // own message is clearer for a .json file than the YAML parser's; and when JSON.parse
  // stopped at a comment, the YAML parser read `//` as text, to no purpose.
  const comment = jsonCommentAt(text, fast.jsonError?.offset);
  if (comment && viaYaml.diagnostics.some((d) => d.severity === 'error')) {
    const source = viaYaml.source ?? new SourceIndex(file, text);
    return failed(file, [jsonCommentDiagnostic(comment, source)], source);
  }
  if (viaYaml.data === undefined && fast.jsonError && viaYaml.diagnostics.some((d) => d.code === 'YAML_SYNTAX')) {
    const { message, offset } = fast.jsonError;
    const others = viaYaml.diagnostics.filter((d) => d.code !== 'YAML_SYNTAX');
    const location = new SourceIndex(file, text).at(offset);
    return { ...viaYaml, diagnostics: [createDiagnostic('JSON_SYNTAX', { message, hint: 'Check the brackets, braces, commas and quotes around this spot.', location }), ...others] };
  }
  return viaYaml;
}

interface JsonAttempt {
  result?: ParsedSource;
  jsonError?: { message: string; offset: number };
}

/**
 * JSON's error message with its position, when it gives one: "… in JSON at position 7", or
 * "… after JSON at position 59" for text after the value. It gives none for text that does
 * not start as JSON ("Unexpected token 'd', "documents:"... is not valid JSON").
 */
function jsonError(e: unknown): JsonAttempt['jsonError'] {
  const text = e instanceof Error ? e.message : '';
  const m = /^(.*?),? (in|after) JSON at position (\d+)/.exec(text);
  if (!m) return undefined;
  const what = m[2] === 'after' ? `${m[1]} after the JSON value` : m[1];
  return { message: `JSON syntax error: ${what.replace(/\.?$/, '.')}`, offset: Number(m[3]) };
}

function definedOnly(o: FileOptions): FileOptions {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as FileOptions;
}

/** JSON.parse first; no result sends the file through the YAML parser (for positions). */
function parseJsonFast(text: string, file: string, limits: Settings): JsonAttempt {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { jsonError: jsonError(e) };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return {};
  // The text is scanned for positions only when one is asked for: nesting too deep (where it
  // first goes too deep), or the entity locations when first read.
  const source = new SourceIndex(file, text, { maxDepth: limits.maxDepth, json: true });
  // Outside strings, text that JSON.parse accepts has only ASCII: testing all of it is
  // testing its strings (a \u escape may write anything).
  const walk = normalizeData(data, limits.maxDepth, MAYBE_NOT_NFC.test(text) || text.includes('\\u'));
  if (walk.tooDeep) return { result: failed(file, [tooDeep(source.at(scanJson(text, limits.maxDepth).tooDeepAt), limits.maxDepth)], source) };
  // A key given twice: JSON.parse keeps the last silently; the YAML parser reports it.
  if (!keysGivenOnce(text, data, walk.pairs, limits.maxDepth)) return {};
  if (!limits.locations) return { result: checkData(data as Obj, file, source, [], () => ({})) };
  return { result: checkData(data as Obj, file, source, [], (d) => jsonEntityLocations(scanJson(text, limits.maxDepth), d, source), true) };
}

function parseYamlText(text: string, file: string, limits: Settings): ParsedSource {
  const parsed = parseYaml(text, file, limits.maxDepth, true);
  const source = new SourceIndex(file, text, { doc: parsed.doc, lines: parsed.lines, maxDepth: limits.maxDepth });
  const read = readYamlData(parsed, source, limits);
  // Keys given twice: found now, unless the data holds as many keys as pairs were written.
  parsed.duplicateKeysLater?.(read.keys);
  const diagnostics = parsed.diagnostics;
  const doc = parsed.doc;
  // A key given twice is reported, and the rest of the file is still checked (the later value kept).
  if ('broken' in read || !doc) return failed(file, diagnostics, source);
  if ('empty' in read) {
    diagnostics.push(
      createDiagnostic('FILE_EMPTY', {
        message: 'The file holds no data.',
        hint: 'Add catalog entries (provinces, documents, data_sources, legal, procedures) or remove the file.',
        location: source.at(0),
      }),
    );
    return { file, data: {}, diagnostics, locations: {}, source };
  }
  if ('notMapping' in read) {
    const contents = read.notMapping;
    const kind = isScalar(contents) ? 'a single value' : 'a list';
    diagnostics.push(
      createDiagnostic('FILE_NOT_MAPPING', {
        message: `The file holds ${kind}, but a catalog file must be a mapping with keys such as documents: and procedures:.`,
        hint: 'Start the file with a top-level key, e.g. "procedures:", and indent the entries under it.',
        location: source.at(contents.range?.[0] ?? 0),
      }),
    );
    return failed(file, diagnostics, source);
  }
  if ('failure' in read) return failed(file, [...diagnostics, read.failure], source);
  const data = read.data;
  if (!limits.locations) return checkData(data, file, source, diagnostics, () => ({}));
  // The spans are read from the document now; the locations are built from them when first read.
  const spans = yamlEntitySpans(doc, source);
  const at = source.spanLocator();
  return checkData(data, file, source, diagnostics, (d) => yamlSpanLocations(spans, d, at), true);
}

/** The data of a parsed YAML file, normalised, with the number of keys of its mappings; or why there is none. */
type YamlData = { keys?: undefined } & ({ broken: true } | { empty: true } | { notMapping: Node } | { failure: Diagnostic });

function readYamlData(parsed: YamlParse, source: SourceIndex, limits: Settings): YamlData | { data: Obj; keys: number } {
  const doc = parsed.doc;
  if (parsed.broken || !doc) return { broken: true };
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === undefined))) return { empty: true };
  if (!isMap(contents)) return { notMapping: contents };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (e) {
    if (e instanceof RangeError) return { failure: tooDeep(source.at(0), limits.maxDepth) };
    const alias = aliasDiagnostic(e, doc, source, limits.maxAliasCount);
    if (alias) return { failure: alias };
    const reason = e instanceof Error ? e.message : String(e);
    const message = `The YAML could not be turned into data: ${reason.replace(/\.?$/, '.')}`;
    return { failure: createDiagnostic('YAML_SYNTAX', { message, location: source.at(0) }) };
  }
  const walk = normalizeData(data, limits.maxDepth, true);
  if (walk.tooDeep) return { failure: tooDeep(source.locate(walk.tooDeep), limits.maxDepth) };
  return { data: data as Obj, keys: walk.pairs };
}

/**
 * Validates and normalises a file's data. Its entity locations are found now, or, with
 * `later` (where they come from a scan of the JSON text or the spans noted in a YAML
 * document), when first read: a load that never asks where an entity is then never builds them.
 */
function checkData(
  data: Obj,
  file: string,
  source: SourceIndex,
  diagnostics: Diagnostic[],
  locate: (d: Obj) => EntityLocations,
  later = false,
): ParsedSource {
  const errors = validateCatalogFile(data);
  if (errors.length > 0) pushAll(diagnostics, schemaDiagnostics(errors, data, source));
  pushAll(diagnostics, checkDates(data, source));
  normalizeProvisions(data);
  const parsed = { file, data: data as CatalogFile, diagnostics } as ParsedSource;
  if (later) locateLater(parsed, () => locate(data));
  else parsed.locations = locate(data);
  parsed.source = source;
  return parsed;
}

/** The files whose locations are built when first read, with what reads them (not holding the file). */
const locatedLater = new WeakMap<ParsedFile, () => ParsedFile['locations']>();

/** Makes `file.locations` built by `build` when first read (see `locationsLater`). */
export function locateLater<F extends ParsedFile>(file: Omit<F, 'locations'>, build: () => ParsedFile['locations']): F {
  const read = once(build);
  const located = defineLazy(file as F, 'locations', read);
  locatedLater.set(located, read);
  return located;
}

/**
 * Whether a parsed file's `locations` are built when first read (see `checkData`): until
 * then the file keeps what builds them (its text, the spans noted in it, or the locations
 * as a worker thread sent them).
 */
export function locationsLater(file: ParsedFile): boolean {
  return locatedLater.has(file);
}

/** What reads the locations of a file whose locations are built when first read, without holding the file. */
export function laterLocations(file: ParsedFile): (() => ParsedFile['locations']) | undefined {
  return locatedLater.get(file);
}

function tooDeep(location: Diagnostic['location'], limit: number): Diagnostic {
  return createDiagnostic('NESTING_TOO_DEEP', {
    message: `The data is nested more than ${limit} levels deep, more than a catalog ever needs.`,
    hint: 'Check for runaway brackets or indentation, or for an alias that refers to itself.',
    location,
    args: { limit },
  });
}
