import { Ajv } from 'ajv';
import type { ErrorObject } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REFORM_SCHEMA, validateReformFile } from '../../src/analysis/reform/reform-schema.js';
import { CATALOG_SCHEMA, schemaValidator, validateCatalogFile } from '../../src/schema/validator.js';
import { entity, scalar, value } from '../catalog/arbitrary-catalog.js';

// The validator of a whole file, as ajv compiles it: the reference the entry-by-entry check must match.
const wholeCatalog = schemaValidator();
const reformAjv = new Ajv({ allErrors: true, verbose: true, strict: false, unicodeRegExp: false });
reformAjv.addSchema(CATALOG_SCHEMA as object);
const wholeReform = reformAjv.compile(REFORM_SCHEMA as object);

/** What a diagnostic is made from: where, which rule, and the schema it comes from. */
const shown = (errors: ErrorObject[]) => errors.map((e) => ({ at: e.instancePath, rule: e.schemaPath, keyword: e.keyword, params: e.params, schema: e.schema }));
const whole = (v: typeof wholeCatalog, data: unknown) => (v(data) ? [] : [...(v.errors ?? [])]);

const sections = ['provinces', 'documents', 'data_sources', 'legal', 'procedures'] as const;
// Sections that are lists, or not; unknown keys between them; keys in any order.
const list = (section: string) => fc.oneof({ weight: 3, arbitrary: fc.array(entity(section), { maxLength: 4 }) }, { weight: 1, arbitrary: value });
const catalogData = fc.dictionary(fc.constantFrom(...sections, 'catalog', 'extra', 'notes/x~1'), fc.constant(null), { maxKeys: 8 }).chain((keys) =>
  fc.record(Object.fromEntries(Object.keys(keys).map((k) => [k, (sections as readonly string[]).includes(k) ? list(k) : k === 'catalog' ? fc.oneof(value, fc.record({ name: scalar, cutoff: scalar })) : value]))),
);
const reformData = fc.dictionary(fc.constantFrom('legal', 'connect', 'documents'), fc.oneof(fc.array(fc.oneof(entity('legal'), value), { maxLength: 4 }), value), { maxKeys: 3 });

describe('checking the entries of a file one by one', () => {
  it('gives the errors of the whole-file validator, in the same order (property)', () => {
    fc.assert(
      fc.property(fc.oneof(catalogData, value), (data) => {
        expect(shown(validateCatalogFile(data))).toEqual(shown(whole(wholeCatalog, data)));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the errors of the whole reform validator, in the same order (property)', () => {
    fc.assert(
      fc.property(fc.oneof(reformData, value), (data) => {
        expect(shown(validateReformFile(data))).toEqual(shown(whole(wholeReform, data)));
      }),
      { numRuns: 300 },
    );
  });
});
