import { createDiagnostic } from '../diagnostics/create.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import { subjectOf } from '../diagnostics/describe-path.js';
import type { Diagnostic, SourceLocation } from '../diagnostics/types.js';
import { didYouMean, suggest } from '../text/suggest.js';
import { synonymOf } from './value-synonyms.js';
import { resolveRef, schemaPointer, unionLabel } from './schema-pointers.js';
import type { SchemaError } from './validator.js';
import { schemaValidator } from './validator.js';
import { patternWords, PROVINCE_CODE, PROVINCE_CODE_FORM, show, typeOfValue, typeWords } from './value-words.js';
import { pushTo } from '../util/push-all.js';

export type Path = (string | number)[];

/** Finds where a path is in the source. */
export interface PathLocator {
  locate(path: Path, target?: 'value' | 'key'): SourceLocation;
  /** The source text of the value at `path`, when known. */
  sourceText(path: Path): string | undefined;
  /** Whether the last key of `path` is written as a YAML null, held in the data as ''. */
  keyIsNull?(path: Path): boolean;
}

type SchemaObject = Record<string, unknown>;

interface Located {
  path: Path;
  error: SchemaError;
}

const VALUE_CODES = new Set<DiagnosticCode>(['WRONG_TYPE', 'INVALID_VALUE', 'INVALID_FORMAT', 'EMPTY_VALUE', 'OUT_OF_RANGE']);

function valueAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    if (Array.isArray(v)) v = v[seg as number];
    else v = Object.prototype.hasOwnProperty.call(v, seg) ? (v as Record<string, unknown>)[seg as string] : undefined;
  }
  return v;
}

/** Decodes a JSON pointer against the data, so array indexes become numbers. */
function decodePointer(data: unknown, base: Path, pointer: string): Path {
  const path = [...base];
  if (pointer === '') return path;
  let v = valueAt(data, base);
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const key: string | number = Array.isArray(v) && /^\d+$/.test(seg) ? Number(seg) : seg;
    path.push(key);
    v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[key] : undefined;
  }
  return path;
}

/**
 * Turns ajv's errors for one file into located diagnostics in plain words. Unions
 * (`anyOf`) and the amendment's `if/then/else` give one diagnostic each; no ajv text is used.
 */
export function schemaDiagnostics(errors: SchemaError[], data: unknown, locator: PathLocator): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  mapErrors(errors, [], { data, locator, out, seen });
  return out;
}

interface Ctx {
  data: unknown;
  locator: PathLocator;
  out: Diagnostic[];
  seen: Set<string>;
}

function mapErrors(errors: SchemaError[], base: Path, ctx: Ctx): void {
  const items: Located[] = errors.map((error) => ({ path: decodePointer(ctx.data, base, error.instancePath), error }));
  const skip = spokenFor(items);
  for (const item of items) if (!skip.has(item.error)) emit(item, ctx);
}

/** A key for a path: its segments as JSON, so that index 0 and the key '0' differ. */
const keyOf = (path: Path, length = path.length) => path.slice(0, length).map((seg) => JSON.stringify(seg)).join(',');
const named = (key: string, name: unknown) => `${key}\u0000${String(name)}`;
const propertyNameOf = (error: SchemaError) => (error.params as { propertyName?: string }).propertyName;

function count(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * The errors another error already speaks for: everything under a failed `anyOf` (its
 * branches' errors), the `then` and `else` errors beside a failed `if`, and, under a key that
 * breaks `propertyNames`, the errors about that key. Those three kinds are indexed by path and
 * each error looks up the prefixes of its own: time linear in the number of errors (a file
 * can have one in each of 100,000 entries), not quadratic.
 */
function spokenFor(items: Located[]): Set<SchemaError> {
  const unions = new Map<string, number>();
  const conditions = new Map<string, string[]>();
  const badNames = new Map<string, number>();
  for (const { path, error } of items) {
    if (error.keyword === 'anyOf') count(unions, keyOf(path));
    else if (error.keyword === 'propertyNames') count(badNames, named(keyOf(path), propertyNameOf(error)));
    else if (error.keyword === 'if') {
      const key = keyOf(path);
      pushTo(conditions, key, error.schemaPath.replace(/\/if$/, ''));
    }
  }
  const skip = new Set<SchemaError>();
  if (unions.size === 0 && conditions.size === 0 && badNames.size === 0) return skip;
  for (const { path, error } of items) {
    const name = (error as { propertyName?: string }).propertyName;
    for (let depth = 0; depth <= path.length; depth++) {
      const key = keyOf(path, depth);
      const own = depth === path.length;
      // An error does not speak for itself: at its own path, it leaves itself out of the count.
      const union = (unions.get(key) ?? 0) - (own && error.keyword === 'anyOf' ? 1 : 0);
      const badName = name === undefined ? 0 : (badNames.get(named(key, name)) ?? 0) - (own && error.keyword === 'propertyNames' && propertyNameOf(error) === name ? 1 : 0);
      const branch = own && (conditions.get(key) ?? []).some((p) => error.schemaPath.startsWith(`${p}/then`) || error.schemaPath.startsWith(`${p}/else`));
      if (union > 0 || badName > 0 || branch) {
        skip.add(error);
        break;
      }
    }
  }
  return skip;
}

/** The hint for `<<`, which merges a mapping in YAML 1.1 but not in the YAML 1.2 that catalogs are read as. */
const MERGE_KEY_HINT = 'Merge keys (<<: *anchor) are not read: catalogs are YAML 1.2, which has none; write the keys out, or repeat the whole entry with an alias.';

function push(ctx: Ctx, code: DiagnosticCode, key: string, d: Parameters<typeof createDiagnostic>[1]): void {
  const dedupe = VALUE_CODES.has(code) ? `${key}|value` : `${key}|${code}|${d.message}`;
  if (ctx.seen.has(dedupe)) return;
  ctx.seen.add(dedupe);
  ctx.out.push(createDiagnostic(code, d));
}

function emit({ path, error }: Located, ctx: Ctx): void {
  const { data, locator } = ctx;
  const value = valueAt(data, path);
  const subject = subjectOf(data, path);
  const key = JSON.stringify(path);
  const parent = (error.parentSchema ?? {}) as SchemaObject;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const allowed = Object.keys((parent.properties as SchemaObject | undefined) ?? {});
      const close = suggest(name, allowed).filter((k) => k.length * 2 >= name.length);
      const dym = close.length > 0 ? `Did you mean ${close.map((k) => `'${k}'`).join(' or ')}?` : '';
      // A merge key (<<: *base) is YAML 1.1; read as YAML 1.2 it is a key like any other.
      const merge = name === '<<' ? `${MERGE_KEY_HINT} ` : '';
      // A null key (`~:`, `null:`, `: 1`) is held as the key '': named as what was written.
      const nullKey = name === '' && locator.keyIsNull?.([...path, name]) === true;
      const named = nullKey ? 'that is empty (null)' : show(name);
      push(ctx, 'UNKNOWN_KEY', key, {
        message: path.length === 0 ? `The file has an unknown top-level key ${named}.` : `${subject} has an unknown key ${named}.`,
        hint: `${merge}${dym ? `${dym} ` : ''}The keys allowed here are: ${allowed.join(', ')}.`,
        location: locator.locate([...path, name], 'key'),
        args: { key: name, allowed, ...(nullKey ? { nullKey: true } : {}) },
      });
      return;
    }
    case 'required': {
      const name = String(params.missingProperty);
      const prop = ((parent.properties as SchemaObject | undefined) ?? {})[name] as SchemaObject | undefined;
      const what = typeof prop?.description === 'string' ? prop.description : undefined;
      push(ctx, 'MISSING_FIELD', key, {
        message: `${subject} has no \`${name}\`, which is required.`,
        hint: what ? `Add \`${name}\`: ${what}` : `Add \`${name}\`.`,
        location: locator.locate(path),
        args: { field: name },
      });
      return;
    }
    case 'type': {
      const expected = String(params.type);
      const got = typeOfValue(value);
      push(ctx, 'WRONG_TYPE', key, {
        // A fraction where a whole number goes: "not 2.5" says more than "not a number".
        message: `${subject} must be ${typeWords(expected)}, not ${expected === 'integer' && got === 'number' ? show(value) : typeWords(got)}.`,
        hint: typeHint(expected, got, value, locator.sourceText(path), path, parent),
        location: locator.locate(path),
        args: { expected, actual: got, ...(expected === 'integer' && got === 'number' ? { value } : {}) },
      });
      return;
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      // '1' where the number 1 is allowed: the quotes are the mistake.
      const quoted = typeof value === 'string' && (params.allowedValues as unknown[]).some((a) => typeof a === 'number' && String(a) === value.trim());
      push(ctx, 'INVALID_VALUE', key, {
        message: `${subject} is ${show(value)}, which is not one of: ${allowed.join(', ')}.`,
        hint: quoted ? `Write ${value.trim()} without quotes: it is a number.` : typeof value === 'string' ? enumHint(value, allowed) : undefined,
        location: locator.locate(path),
        args: { value, allowed },
      });
      return;
    }
    case 'pattern': {
      const words = patternWords(String(params.pattern), String(value));
      push(ctx, 'INVALID_FORMAT', key, {
        message: `${subject} (${show(value)}) ${words.problem}.`,
        hint: words.hint,
        location: locator.locate(path),
        args: { value, pattern: params.pattern },
      });
      return;
    }
    case 'propertyNames': {
      const name = String(params.propertyName);
      const words = patternWords(PROVINCE_CODE, name);
      push(ctx, 'INVALID_FORMAT', `${key}|${name}`, {
        message: `${subject} has the key ${show(name)}, which ${words.problem}.`,
        hint: words.hint,
        location: locator.locate([...path, name], 'key'),
        args: { key: name },
      });
      return;
    }
    case 'minLength':
    case 'minItems':
      push(ctx, 'EMPTY_VALUE', key, {
        message: error.keyword === 'minItems' ? `${subject} must list at least one item.` : `${subject} must not be empty.`,
        hint: 'Give a value, or remove the key if it is optional.',
        location: locator.locate(path),
      });
      return;
    case 'uniqueItems': {
      const i = Number(params.i);
      const j = Number(params.j);
      const list = Array.isArray(value) ? value : [];
      push(ctx, 'DUPLICATE_ITEM', key, {
        message: `${subject} lists ${show(list[Math.max(i, j)])} more than once.`,
        hint: 'Remove the repeated item.',
        location: locator.locate([...path, Math.max(i, j)]),
      });
      return;
    }
    case 'minimum':
      push(ctx, 'OUT_OF_RANGE', key, {
        message: `${subject} must be ${String(params.limit)} or more, not ${show(value)}.`,
        hint: 'Write the number as the legal text numbers it.',
        location: locator.locate(path),
      });
      return;
    case 'maximum':
      push(ctx, 'OUT_OF_RANGE', key, {
        message: `${subject} must be at most ${String(params.limit)}, not ${show(value)}.`,
        hint: 'Write the number as the legal text numbers it; a number this large is not an article or clause number.',
        location: locator.locate(path),
      });
      return;
    case 'if':
      emitAmendmentTarget(path, value, subject, ctx);
      return;
    case 'anyOf':
      emitUnion(path, value, subject, error, ctx);
      return;
    default:
      push(ctx, 'SCHEMA_VIOLATION', key, {
        message: `${subject} does not satisfy the rule '${error.keyword}' of the catalog schema.`,
        hint: 'See schemas/catalog.schema.json for what is allowed here.',
        location: locator.locate(path),
        args: { keyword: error.keyword },
      });
  }
}

function typeHint(expected: string, got: string, value: unknown, source: string | undefined, path: Path, parent: SchemaObject): string | undefined {
  const src = source ?? (typeof value === 'string' ? value : JSON.stringify(value));
  const last = path[path.length - 1];
  const written = typeof last === 'string' ? `${last}: "${src}"` : `"${src}"`;
  if (got === 'null') return 'The value is empty: write a value after the colon, or remove the key.';
  // Quoting only helps when the quoted text is allowed here: else say what is (a date, a province code…).
  if (expected === 'string' && typeof parent.pattern === 'string' && !new RegExp(parent.pattern, 'u').test(src)) {
    return patternWords(parent.pattern, src).hint;
  }
  if (expected === 'string' && (got === 'number' || got === 'integer')) {
    const changed = String(value) !== src ? ` the number ${String(value)}` : ' a number';
    return `Quote it: ${written}. Unquoted, YAML reads ${src} as${changed}.`;
  }
  if (expected === 'string' && got === 'boolean') return `Quote it: ${written}. Unquoted, YAML reads ${src} as true or false.`;
  if (expected === 'array' && got === 'object') return 'Write a list: start each item on its own line with "- ", or use [ … ].';
  if (expected === 'array') return `Write a list, even of one item: [${src}].`;
  if (expected === 'boolean' && got === 'string') {
    return /^["']/.test(src) ? 'Write true or false, without quotes.' : `Write true or false: YAML 1.2 reads ${src} as text.`;
  }
  if (expected === 'object' && schemaPointer(parent) === '/definitions/requirement' && got === 'string') {
    return `Write a mapping: { document: ${src} }.`;
  }
  return undefined;
}

function emitAmendmentTarget(path: Path, value: unknown, subject: string, ctx: Ctx): void {
  // Only a mapping can name a provision or a scope; anything else already has a type error.
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  const v = value as Record<string, unknown>;
  const both = 'provision' in v && 'scope' in v;
  push(ctx, 'AMENDMENT_TARGET', JSON.stringify(path), {
    message: both
      ? `${subject} has both \`provision\` and \`scope\`; an amendment changes either one provision or every requirement for one document.`
      : `${subject} has neither \`provision\` nor \`scope\`, so it does not say what it changes.`,
    hint: both
      ? 'Keep one of them; write two amendments if both changes are meant.'
      : 'Add `provision: { legal: …, article: … }` for one provision, or `scope: { document: … }` for every requirement of a document.',
    location: both ? ctx.locator.locate([...path, 'scope'], 'key') : ctx.locator.locate(path),
  });
}

function branchMatches(type: unknown, actual: string): boolean {
  if (type === actual) return true;
  return (type === 'integer' && actual === 'number') || (type === 'number' && actual === 'integer');
}

function emitUnion(path: Path, value: unknown, subject: string, error: SchemaError, ctx: Ctx): void {
  const union = (error.parentSchema ?? {}) as SchemaObject;
  const unionPointer = schemaPointer(union);
  const branches = (Array.isArray(error.schema) ? error.schema : []) as SchemaObject[];
  const actual = typeOfValue(value);
  const matching = branches.map((b) => resolveRef(b)).filter((b) => branchMatches(b.schema.type, actual));
  const chosen = matching[0];
  if (unionPointer === '/definitions/procedure/properties/provinces' && typeof value === 'string') {
    const code = PROVINCE_CODE_FORM.test(value);
    push(ctx, 'INVALID_VALUE', JSON.stringify(path), {
      message: `${subject} must be \`all\` or a list of province codes, not ${show(value)}.`,
      // `ALL` is a code in form, but `all` in another case before anything else.
      hint: value.toLowerCase() !== 'all' && code ? `To name one province, write a list: [${value}].` : didYouMean(value, ['all']) || 'Write `all`, or a list such as [HN, HCM].',
      location: ctx.locator.locate(path),
      args: { value, allowed: ['all'] },
    });
    return;
  }
  if (chosen?.pointer !== undefined) {
    const validate = schemaValidator(chosen.pointer);
    if (!validate(value)) mapErrors([...(validate.errors ?? [])], path, ctx);
    return;
  }
  const src = ctx.locator.sourceText(path) ?? String(value);
  let hint: string | undefined;
  if (actual === 'null') hint = 'The value is empty: write a value after the colon, or remove the key.';
  else if (unionPointer === '/definitions/provision' && (actual === 'number' || actual === 'integer')) {
    hint = `Quote it if it is a legal-document number: "${src}".`;
  }
  push(ctx, 'WRONG_TYPE', JSON.stringify(path), {
    message: `${subject} must be ${unionLabel(unionPointer)}, not ${typeWords(actual)}.`,
    hint,
    location: ctx.locator.locate(path),
    args: { actual },
  });
}

/**
 * "Did you mean 'nghi-dinh'?" for a value written as another word for an allowed one
 * ('decree', 'Nghị định'), else for one spelled nearly like it; undefined when none is close.
 */
function enumHint(value: string, allowed: readonly string[]): string | undefined {
  const synonym = synonymOf(value, allowed);
  return synonym ? `Did you mean '${synonym}'?` : didYouMean(value, allowed) || undefined;
}
