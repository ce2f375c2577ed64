import { CATALOG_SCHEMA } from './validator.js';

type SchemaObject = Record<string, unknown>;

let pointers: Map<object, string> | undefined;

/** The JSON pointer of every sub-schema of the catalog schema, by object identity. */
export function schemaPointer(schema: unknown): string | undefined {
  if (!pointers) {
    pointers = new Map();
    const stack: [unknown, string][] = [[CATALOG_SCHEMA, '']];
    while (stack.length > 0) {
      const [s, p] = stack.pop() as [unknown, string];
      if (s === null || typeof s !== 'object') continue;
      if (!pointers.has(s)) pointers.set(s, p);
      for (const [k, v] of Object.entries(s)) stack.push([v, `${p}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
    }
  }
  return schema !== null && typeof schema === 'object' ? pointers.get(schema) : undefined;
}

/** Follows a local `$ref` to the schema it names. */
export function resolveRef(schema: SchemaObject): { schema: SchemaObject; pointer: string | undefined } {
  const ref = schema.$ref;
  if (typeof ref === 'string' && ref.startsWith('#/')) {
    let s: unknown = CATALOG_SCHEMA;
    for (const seg of ref.slice(2).split('/')) s = (s as SchemaObject)[seg];
    return { schema: s as SchemaObject, pointer: ref.slice(1) };
  }
  return { schema, pointer: schemaPointer(schema) };
}

/** What each union of the schema accepts, in words. */
const UNION_LABELS: Record<string, string> = {
  '/definitions/provision': 'a legal-document id or number, or a mapping { legal, article, clause, point }',
  '/definitions/procedure/properties/provinces': '`all` or a list of province codes',
  '/definitions/dataSource/properties/provinces/additionalProperties': 'a date (YYYY-MM-DD), or null for "not connected"',
  '/definitions/provisionObject/properties/article': 'a number, or a number with a letter such as "71a"',
  '/definitions/provisionObject/properties/clause': 'a number, or a number with a letter such as "1a"',
  '/definitions/articleRef/properties/article': 'a number, or a number with a letter such as "71a"',
  '/definitions/articleRef/properties/clause': 'a number, or a number with a letter such as "1a"',
};

export function unionLabel(pointer: string | undefined): string {
  return (pointer && UNION_LABELS[pointer]) || 'one of the forms the format allows';
}
