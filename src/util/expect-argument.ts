/**
 * What is wrong with an argument: not the kind of value the function works on, options that
 * are not an object, a report language other than vi and en, or a province option that is
 * not a province code or that the result given holds no evaluations of.
 */
export type WrongArgumentErrorCode = 'WRONG_ARGUMENT' | 'INVALID_OPTIONS' | 'UNKNOWN_LANG' | 'UNKNOWN_PROVINCE' | 'RESULT_PROVINCE_MISMATCH';

/**
 * A function was given something other than the result, graph or compiled catalog it works
 * on, such as a catalog where an analysis result is expected. The message names what it
 * takes and where that comes from.
 */
export class WrongArgumentError extends TypeError {
  override readonly name = 'WrongArgumentError';
  constructor(
    /** Stable code: WRONG_ARGUMENT, INVALID_OPTIONS, UNKNOWN_LANG, UNKNOWN_PROVINCE, RESULT_PROVINCE_MISMATCH. */
    readonly code: WrongArgumentErrorCode,
    message: string,
    /** What was expected, e.g. 'AnalysisResult', 'CatalogGraph', 'options', 'diagnostics', or a plain 'text', 'list', 'object' or 'function'. */
    readonly expected: ArgumentKind | 'options' | 'diagnostics' | 'text' | 'list' | 'object' | 'function',
  ) {
    super(message);
  }
}

/** The kinds of argument checked, with the keys that tell them and the call that makes them. */
const KINDS = {
  AnalysisResult: { keys: ['results', 'totals'], from: 'analyze(catalog, { at })' },
  CompiledCatalog: { keys: ['source', 'procedureIndex'], from: 'compileCatalog(catalog)' },
  CatalogGraph: { keys: [], from: 'buildGraph(catalog)' },
  CatalogSummary: { keys: ['today', 'sunsets'], from: 'summarizeCatalog(catalog)' },
  TimelineResult: { keys: ['points'], from: 'timeline(catalog)' },
  ProvisionRanking: { keys: ['provisions', 'unattributed'], from: 'rankProvisions(analyze(catalog, { at }))' },
  DependentCounts: { keys: ['target', 'by'], from: "countDependents(catalog, 'so-ho-khau')" },
  DependentCountsEach: { keys: ['kind', 'targets'], from: "countEach(catalog, 'document')" },
  Neighbourhood: { keys: ['focus', 'nodes', 'edges'], from: "neighbourhood(buildGraph(catalog), 'so-ho-khau')" },
  HtmlReportInput: { keys: ['national', 'sunset'], from: 'gatherHtmlReportInput(catalog)' },
  PlanResult: { keys: ['changes', 'order', 'reform', 'totals'], from: 'plan(catalog, { at })' },
  WhatIfResult: { keys: ['reform', 'counts', 'entries'], from: 'whatif(catalog, reform, { at })' },
  DiffResult: { keys: ['entities', 'counts', 'changes'], from: 'diff(catalogA, catalogB, { at })' },
  Baseline: { keys: ['version', 'findings'], from: 'baselineOf(analyze(catalog, { at }))' },
  BaselineComparison: { keys: ['new', 'known', 'stale'], from: 'compareWithBaseline(result, baseline)' },
} as const;

export type ArgumentKind = keyof typeof KINDS;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

/** Whether a value is the catalog graph `buildGraph` makes (a graphology graph). */
function isGraph(v: unknown): boolean {
  return isObject(v) && typeof v.hasNode === 'function' && typeof v.forEachNode === 'function' && typeof v.getNodeAttributes === 'function';
}

const a = (kind: string) => `${/^[AEIOU]/.test(kind) ? 'an' : 'a'} ${kind}`;

/** What a value given by mistake is, when it is something the library makes. */
function whatItIs(v: unknown): string | undefined {
  if (!isObject(v)) return v === undefined || v === null ? String(v) : `${typeof v} ${shownValue(v)}`.slice(0, 60);
  if (typeof v.then === 'function') return 'a Promise: await it first';
  if (Array.isArray(v)) return 'a list';
  if (isGraph(v)) return 'the catalog graph';
  if ('diagnostics' in v && 'catalog' in v) return 'what loadCatalog returns';
  for (const [kind, { keys }] of Object.entries(KINDS)) {
    if (keys.length > 0 && keys.every((k) => k in v)) return `${a(kind)} (what ${KINDS[kind as ArgumentKind].from} returns)`;
  }
  if ('procedures' in v || 'documents' in v || 'legal' in v) return 'a catalog';
  return undefined;
}

/**
 * Throws WrongArgumentError unless `value` looks like the `kind` of value that `fn` works
 * on: an object with the keys that kind always has (for a graph, graphology's methods).
 */
export function expectArgument(value: unknown, kind: ArgumentKind, fn: string): void {
  const ok = kind === 'CatalogGraph' ? isGraph(value) : isObject(value) && KINDS[kind].keys.every((k) => k in value);
  if (ok) return;
  const what = whatItIs(value);
  throw new WrongArgumentError('WRONG_ARGUMENT', `${fn} takes ${a(kind)}, what ${KINDS[kind].from} returns${what ? `, but this is ${what}` : ''}.`, kind);
}

/** Throws WrongArgumentError unless `value` is a string; `what` is what `fn` takes there ("the text to fold"). */
export function expectText(value: unknown, fn: string, what: string): void {
  if (typeof value !== 'string') throw new WrongArgumentError('WRONG_ARGUMENT', `${fn} takes ${what}, a string, not ${givenWords(value)}.`, 'text');
}

/** Throws WrongArgumentError unless `value` is a list: an array, or another iterable object. */
export function expectList(value: unknown, fn: string, what: string): void {
  if (isObject(value) && typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function') return;
  throw new WrongArgumentError('WRONG_ARGUMENT', `${fn} takes ${what}, a list, not ${givenWords(value)}.`, 'list');
}

/** Throws WrongArgumentError unless `value` is an object that is not a list; `what` is what `fn` takes there ("a provision"). */
export function expectRecord(value: unknown, fn: string, what: string): void {
  if (isObject(value) && !Array.isArray(value)) return;
  throw new WrongArgumentError('WRONG_ARGUMENT', `${fn} takes ${what}, not ${givenWords(value)}.`, 'object');
}

/** Throws WrongArgumentError unless `write` is a function, which a streaming writer gives each piece of text to. */
export function expectWriter(write: unknown, fn: string): void {
  if (typeof write !== 'function') throw new WrongArgumentError('WRONG_ARGUMENT', `${fn} takes a function to give each piece of text to, such as (piece) => stream.write(piece), not ${givenWords(write)}.`, 'function');
}

/** Throws WrongArgumentError unless `value` is a list of objects, as diagnostics are. */
export function expectDiagnostics(value: unknown, fn: string): void {
  if (Array.isArray(value) && value.every(isObject)) return;
  throw new WrongArgumentError('WRONG_ARGUMENT', `${fn} takes a list of diagnostics, such as the \`diagnostics\` that loadCatalog returns.`, 'diagnostics');
}

/**
 * Throws WrongArgumentError unless `options` is undefined or an object (not a list): a
 * string or a number in its place would otherwise be read as no options at all.
 */
export function expectOptions(options: unknown, fn: string, example: string): void {
  if (options === undefined || (options !== null && typeof options === 'object' && !Array.isArray(options))) return;
  throw new WrongArgumentError('INVALID_OPTIONS', `The options of ${fn} must be an object such as ${example}, not ${givenWords(options)}.`, 'options');
}

/** What was given in place of what a call takes, as its message names it: "a list", "an object", or the value itself. */
export function givenWords(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'an object';
  return shownValue(value);
}

/**
 * The checks of a report renderer, in order: its options an object, the value it renders of
 * the kind it takes, their language vi or en. Returns the language (vi when none is given).
 */
export function reportLang(value: unknown, kind: ArgumentKind, fn: string, options: unknown): 'vi' | 'en' {
  expectOptions(options, fn, '{ lang: "en" }');
  expectArgument(value, kind, fn);
  return langOption((options as { lang?: unknown } | undefined)?.lang, 'vi');
}

/** Whether a limit option is a whole number, 1 or more, or Infinity (no limit); absent is the default. */
export function isLimit(value: unknown): boolean {
  return value === undefined || value === Infinity || (Number.isInteger(value) && (value as number) >= 1);
}

/** Refuses the option `key` of `fn` when it is not a limit (`isLimit`): WrongArgumentError INVALID_OPTIONS. */
export function expectLimitOption(value: unknown, key: string, fn: string): void {
  if (!isLimit(value)) {
    throw new WrongArgumentError('INVALID_OPTIONS', `${key} of ${fn} must be a whole number, 1 or more (or Infinity: no limit); got ${shownValue(value)}.`, 'options');
  }
}

/** Refuses the option `key` of `fn` when it is neither true, false nor absent: WrongArgumentError INVALID_OPTIONS. */
export function expectFlagOption(value: unknown, key: string, fn: string): void {
  if (value !== undefined && typeof value !== 'boolean') {
    throw new WrongArgumentError('INVALID_OPTIONS', `${key} of ${fn} must be true or false; got ${shownValue(value)}.`, 'options');
  }
}

/** A value as a message shows it: JSON, except numbers JSON cannot write (NaN, Infinity). */
export function shownValue(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return JSON.stringify(value) ?? String(value);
}

/** A language option (`key`, lang by default): vi or en (the default given when none is); WrongArgumentError for any other. */
export function langOption(lang: unknown, fallback: 'vi' | 'en', key = 'lang'): 'vi' | 'en' {
  if (lang === undefined) return fallback;
  if (lang === 'vi' || lang === 'en') return lang;
  throw new WrongArgumentError('UNKNOWN_LANG', `${key} must be one of vi, en, not ${shownValue(lang)}.`, 'options');
}
