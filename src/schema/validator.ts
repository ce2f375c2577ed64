import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import catalogSchema from '../../schemas/catalog.schema.json' with { type: 'json' };
import { entriesValidator } from './validate-entries.js';

export type SchemaError = ErrorObject;

/** The JSON Schema of a catalog file, as shipped in schemas/catalog.schema.json. */
export const CATALOG_SCHEMA = catalogSchema;

const SCHEMA_KEY = 'catalog';

let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

function instance(): Ajv {
  if (!ajv) {
    // verbose: errors carry the schema they come from (to tell unions apart);
    // unicodeRegExp off: the patterns are plain, and non-unicode regexps are faster.
    ajv = new Ajv({ allErrors: true, verbose: true, strict: false, unicodeRegExp: false });
    ajv.addSchema(catalogSchema as object, SCHEMA_KEY);
  }
  return ajv;
}

/**
 * The compiled validator of a catalog file, or of one part of the schema given as a JSON
 * pointer (`/definitions/provisionObject`). Compiled once per process and cached.
 */
export function schemaValidator(pointer = ''): ValidateFunction {
  let v = validators.get(pointer);
  if (!v) {
    v = instance().getSchema(`${SCHEMA_KEY}#${pointer}`);
    if (!v) throw new Error(`No part of the catalog schema at '${pointer}'.`);
    validators.set(pointer, v);
  }
  return v;
}

let validateFile: ((data: unknown) => SchemaError[]) | undefined;

/** Validates one file's data; returns ajv's errors (empty when valid), in time linear in their number. */
export function validateCatalogFile(data: unknown): SchemaError[] {
  validateFile ??= entriesValidator(instance(), CATALOG_SCHEMA, schemaValidator());
  return validateFile(data);
}
