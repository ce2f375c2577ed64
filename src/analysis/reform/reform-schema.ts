import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import reformSchema from '../../../schemas/reform.schema.json' with { type: 'json' };
import type { SchemaError } from '../../schema/validator.js';
import { CATALOG_SCHEMA } from '../../schema/validator.js';
import { entriesValidator } from '../../schema/validate-entries.js';

/** The JSON Schema of a reform file, as shipped in schemas/reform.schema.json. */
export const REFORM_SCHEMA = reformSchema;

let validator: ((data: unknown) => SchemaError[]) | undefined;

/**
 * Validates one reform file's data; returns ajv's errors (empty when valid). The reform
 * schema takes its legal entries from the catalog schema by `$ref`, so both are added to
 * one validator; the catalog schema object is shared, so error positions map back exactly
 * as for a catalog file. Each entry of a list is checked on its own (see `entriesValidator`).
 */
export function validateReformFile(data: unknown): SchemaError[] {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: false, unicodeRegExp: false });
    ajv.addSchema(CATALOG_SCHEMA as object);
    const whole: ValidateFunction = ajv.compile(REFORM_SCHEMA as object);
    validator = entriesValidator(ajv, REFORM_SCHEMA, whole);
  }
  return validator(data);
}
