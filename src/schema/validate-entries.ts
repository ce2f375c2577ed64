import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';

type SchemaObject = Record<string, unknown>;

/** Checks one value, appending its errors to `out` with paths inside the value. */
type Check = (data: unknown, out: ErrorObject[]) => void;

/**
 * A property of an object checked apart from it: a list of entries (`list`), or one object
 * whose own schema has such properties. Its key, its place among the keys, where its values
 * lie in the object, and the checker of one value.
 */
interface Member {
  name: string;
  rank: number;
  list: boolean;
  at: string;
  entry: Checker;
}

// Keywords of an object schema whose errors ajv reports before those of its `properties`,
// and that never look inside a property the schema names: its members can be checked apart.
const BEFORE_PROPERTIES = new Set(['type', 'required', 'additionalProperties', 'properties', 'definitions', '$id', '$schema', 'title', 'description']);
// A plain list of references, or a plain reference: other keywords would see it emptied or removed.
const PLAIN_LIST = new Set(['type', 'items', 'description']);
const PLAIN_REF = new Set(['$ref', 'description']);
const only = (schema: SchemaObject, keywords: Set<string>) => Object.keys(schema).every((k) => keywords.has(k));

const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');
const unescapePointer = (seg: string) => seg.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * An object whose lists hold fewer entries than this, in all, and whose members are such
 * objects too, is checked by its own validator whole: ajv then copies each of its errors
 * fewer times than this at each level, while checking every object apart, at the cost of a
 * copy of it and a call per entry, made the valid 100k benchmark catalog about a quarter slower
 * to validate.
 */
const CHECKED_APART_FROM = 32;

/**
 * A validator of a file whose top level maps keys to lists of entries (`procedures: [...]`),
 * giving the same errors, in the same order, as the validator of the whole file.
 *
 * ajv adds the errors of an entry, checked by the `$ref` of the list's items, by copying the
 * errors found so far into a new array: a list of n entries with errors costs n²/2 copies
 * (minutes for 150,000). Here an object is checked with each such list emptied, and each
 * entry on its own by that `$ref`'s validator, its errors appended in place: time linear in
 * their number. The same holds at every level: an entry whose own schema has such lists (a
 * procedure's `requires` and `basis`, a legal document's `amends`), or an object reached by
 * a plain `$ref` whose schema has them (the `catalog` settings and their `reported` figures),
 * is checked the same way when its lists are long (`apartFrom` entries or more; see
 * `CHECKED_APART_FROM`).
 * The schemas use no `$data`, so an entry's validation does not depend on where it lies.
 */
export function entriesValidator(ajv: Ajv, schema: SchemaObject, whole: ValidateFunction, apartFrom = CHECKED_APART_FROM): (data: unknown) => ErrorObject[] {
  const { check } = checker({ ajv, apartFrom, built: new Map() }, schema, String(schema.$id), whole);
  return (data) => {
    const out: ErrorObject[] = [];
    check(data, out);
    return out;
  };
}

/** What the checkers of one validator share: the schemas' ajv, the threshold, the checkers built so far by schema. */
interface Context {
  ajv: Ajv;
  apartFrom: number;
  built: Map<string, Checker>;
}

/** How data of one schema is checked; `short` tells whether its validator may check it whole; `apart`, whether it has members. */
interface Checker {
  check: Check;
  short: (data: unknown) => boolean;
  apart: boolean;
}

const isObject = (data: unknown): data is SchemaObject => data !== null && typeof data === 'object' && !Array.isArray(data);

/** The checker of data of `schema` (compiled as `whole`), its members checked apart when long. */
function checker(ctx: Context, schema: SchemaObject, base: string, whole: ValidateFunction): Checker {
  const plain: Check = (data, out) => {
    if (whole(data)) return;
    for (const e of whole.errors ?? []) out.push(e);
  };
  const parts = members(ctx, schema, base);
  if (parts.length === 0) return { check: plain, short: () => true, apart: false };
  const rankOf = new Map(Object.keys(schema.properties as SchemaObject).map((name, rank) => [name, rank]));
  // ajv reports the errors of the object itself (a missing or unknown key), then each key's
  // errors in the order of the schema's properties: each member's go at its key's place.
  const place = (e: ErrorObject) => {
    const seg = e.instancePath.split('/')[1];
    return seg === undefined ? -1 : (rankOf.get(unescapePointer(seg)) ?? -1);
  };

  const short = (data: unknown) => {
    if (!isObject(data)) return true;
    let entries = 0;
    for (const { name, list } of parts) {
      const value = data[name];
      if (list && Array.isArray(value)) entries += value.length;
    }
    if (entries >= ctx.apartFrom) return false;
    for (const { name, list, entry } of parts) {
      if (!entry.apart) continue;
      const value = data[name];
      if (list ? Array.isArray(value) && !value.every(entry.short) : !entry.short(value)) return false;
    }
    return true;
  };

  const check: Check = (data, out) => {
    if (!isObject(data) || short(data)) return plain(data, out);
    const shallow: SchemaObject = { ...data };
    for (const { name, list } of parts) {
      if (list && Array.isArray(shallow[name])) shallow[name] = [];
      else if (!list) delete shallow[name];
    }
    const top = whole(shallow) ? [] : (whole.errors ?? []);
    // An error about the object itself shows the object as given, not its copy.
    for (const e of top) if (e.data === shallow) e.data = data;
    let next = 0;
    for (const { name, rank, list, at, entry } of parts) {
      while (next < top.length && place(top[next]) <= rank) out.push(top[next++]);
      const value = data[name];
      // Checked on its own, a value's errors have paths inside it: put them in the object.
      if (!list) {
        if (value === undefined) continue;
        const from = out.length;
        entry.check(value, out);
        for (let k = from; k < out.length; k++) out[k].instancePath = `${at}${out[k].instancePath}`;
        continue;
      }
      if (!Array.isArray(value)) continue;
      for (let i = 0; i < value.length; i++) {
        const from = out.length;
        entry.check(value[i], out);
        for (let k = from; k < out.length; k++) out[k].instancePath = `${at}${i}${out[k].instancePath}`;
      }
    }
    while (next < top.length) out.push(top[next++]);
  };
  return { check, short, apart: true };
}

/**
 * The members of an object schema: its plain lists of references, and the plain references
 * it does not require whose schema has members in turn (left out of the copy checked whole).
 */
function members(ctx: Context, schema: SchemaObject, base: string): Member[] {
  const properties = schema.properties as Record<string, SchemaObject> | undefined;
  if (!properties || !only(schema, BEFORE_PROPERTIES)) return [];
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const parts: Member[] = [];
  Object.entries(properties).forEach(([name, prop], rank) => {
    const list = prop.type === 'array' && only(prop, PLAIN_LIST);
    const ref = list ? (prop.items as SchemaObject | undefined)?.$ref : only(prop, PLAIN_REF) && !required.has(name) ? prop.$ref : undefined;
    if (typeof ref !== 'string') return;
    const entry = entryChecker(ctx, new URL(ref, base).href, name);
    if (list || entry.apart) parts.push({ name, rank, list, at: `/${escapePointer(name)}${list ? '/' : ''}`, entry });
  });
  return parts;
}

/** The checker of one value against the schema at `href`, built once per schema (a schema may hold lists of itself). */
function entryChecker(ctx: Context, href: string, name: string): Checker {
  const known = ctx.built.get(href);
  if (known) return known;
  const validate = ctx.ajv.getSchema(href);
  if (!validate) throw new Error(`No schema at '${href}' for the entries of '${name}'.`);
  // Registered before it is built, so that lists of the schema itself find it; filled in below.
  const entry: Checker = { check: () => {}, short: () => true, apart: false };
  ctx.built.set(href, entry);
  return Object.assign(entry, checker(ctx, validate.schema as SchemaObject, href.split('#')[0], validate));
}
