import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';

type SchemaObject = Record<string, unknown>;

/** A list of entries at the top level of a file: its key, its place among the keys, and the validator of one entry. */
interface EntryList {
  name: string;
  rank: number;
  validate: ValidateFunction;
}

const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');
const unescapePointer = (seg: string) => seg.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * A validator of a file whose top level maps keys to lists of entries (`procedures: [...]`),
 * giving the same errors, in the same order, as the validator of the whole file.
 *
 * ajv adds the errors of an entry, checked by the `$ref` of the list's items, by copying the
 * errors found so far into a new array: a list of n entries with errors costs n²/2 copies
 * (minutes for 150,000). Here the top level is checked with each list emptied, and each entry
 * on its own by that `$ref`'s validator, its errors appended in place: time linear in their number.
 * The schemas use no `$data`, so an entry's validation does not depend on where it lies.
 */
export function entriesValidator(ajv: Ajv, schema: SchemaObject, whole: ValidateFunction): (data: unknown) => ErrorObject[] {
  const properties = (schema.properties ?? {}) as Record<string, SchemaObject>;
  const base = String(schema.$id);
  const lists: EntryList[] = [];
  Object.entries(properties).forEach(([name, prop], rank) => {
    const ref = (prop.items as SchemaObject | undefined)?.$ref;
    // Only a plain list of references: other keywords on the list would see it emptied.
    if (typeof ref !== 'string' || prop.type !== 'array' || Object.keys(prop).some((k) => !['type', 'items', 'description'].includes(k))) return;
    const validate = ajv.getSchema(new URL(ref, base).href);
    if (!validate) throw new Error(`No schema at '${ref}' for the entries of '${name}'.`);
    lists.push({ name, rank, validate });
  });
  const rankOf = new Map(Object.keys(properties).map((name, rank) => [name, rank]));

  return (data) => {
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return whole(data) ? [] : [...(whole.errors ?? [])];
    const file = data as SchemaObject;
    const shallow: SchemaObject = { ...file };
    for (const { name } of lists) if (Array.isArray(shallow[name])) shallow[name] = [];
    const top = whole(shallow) ? [] : (whole.errors ?? []);
    // The whole file's validator reports the unknown top-level keys, then each key's errors
    // in the order of the schema's properties: each list's entries go at its key's place.
    const place = (e: ErrorObject) => {
      const seg = e.instancePath.split('/')[1];
      return seg === undefined ? -1 : (rankOf.get(unescapePointer(seg)) ?? -1);
    };
    const out: ErrorObject[] = [];
    let next = 0;
    for (const { name, rank, validate } of lists) {
      while (next < top.length && place(top[next]) <= rank) out.push(top[next++]);
      const list = file[name];
      if (!Array.isArray(list)) continue;
      const at = `/${escapePointer(name)}/`;
      for (let i = 0; i < list.length; i++) {
        if (validate(list[i])) continue;
        // Checked on its own, an entry's errors have paths inside it: put them in the file.
        for (const e of validate.errors ?? []) {
          e.instancePath = `${at}${i}${e.instancePath}`;
          out.push(e);
        }
      }
    }
    while (next < top.length) out.push(top[next++]);
    return out;
  };
}
