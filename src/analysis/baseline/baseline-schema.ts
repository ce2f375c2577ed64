import { Ajv } from 'ajv';
import baselineSchema from '../../../schemas/baseline.schema.json' with { type: 'json' };
import type { SchemaError } from '../../schema/validator.js';

/** The JSON Schema of a baseline file, as shipped in schemas/baseline.schema.json. */
export const BASELINE_SCHEMA = baselineSchema;

let validator: ((data: unknown) => SchemaError[]) | undefined;

/** Validates a baseline file's data; returns ajv's errors (empty when valid). */
export function validateBaselineFile(data: unknown): SchemaError[] {
  if (!validator) {
    const validate = new Ajv({ allErrors: true, verbose: true, strict: false }).compile(BASELINE_SCHEMA as object);
    validator = (d) => (validate(d) ? [] : [...(validate.errors ?? [])]);
  }
  return validator(data);
}
