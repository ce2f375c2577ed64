import { Ajv } from 'ajv';
import type { ErrorObject } from 'ajv';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REFORM_SCHEMA, validateReformFile } from '../../src/analysis/reform/reform-schema.js';
import { entriesValidator } from '../../src/schema/validate-entries.js';
import { CATALOG_SCHEMA, schemaValidator, validateCatalogFile } from '../../src/schema/validator.js';
import { entity, scalar, value, word } from '../catalog/arbitrary-catalog.js';

// The validator of a whole file, as ajv compiles it: the reference the entry-by-entry check must match.
const wholeCatalog = schemaValidator();
const reformAjv = new Ajv({ allErrors: true, verbose: true, strict: false, unicodeRegExp: false });
reformAjv.addSchema(CATALOG_SCHEMA as object);
const wholeReform = reformAjv.compile(REFORM_SCHEMA as object);

// The same validators with nested lists checked apart from any length (0) or from 2 entries,
// so that short random lists go through both ways of checking an object.
const catalogAjv = new Ajv({ allErrors: true, verbose: true, strict: false, unicodeRegExp: false });
catalogAjv.addSchema(CATALOG_SCHEMA as object);
const catalogBy = (apartFrom: number) => entriesValidator(catalogAjv, CATALOG_SCHEMA, catalogAjv.getSchema(CATALOG_SCHEMA.$id)!, apartFrom);
const reformBy = (apartFrom: number) => entriesValidator(reformAjv, REFORM_SCHEMA, wholeReform, apartFrom);
const catalogValidators = [validateCatalogFile, catalogBy(0), catalogBy(2)];
const reformValidators = [validateReformFile, reformBy(0), reformBy(2)];

/** What a diagnostic is made from: where, which rule, the schema it comes from, and the value it is about. */
const shown = (errors: ErrorObject[]) => errors.map((e) => ({ at: e.instancePath, rule: e.schemaPath, keyword: e.keyword, params: e.params, schema: e.schema, data: e.data }));
const whole = (v: typeof wholeCatalog, data: unknown) => (v(data) ? [] : [...(v.errors ?? [])]);

/** An object with some of these keys, in any order, each with a value of its own kind. */
const someOf = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.shuffledSubarray(Object.keys(fields), { minLength: 1, maxLength: Math.min(5, Object.keys(fields).length) }).chain((keys) => fc.record(Object.fromEntries(keys.map((k) => [k, fields[k]]))));
/** A list of mostly well-shaped entries, any of them wrong, or a value that is no list. */
const entries = (entry: fc.Arbitrary<unknown>) => fc.oneof({ weight: 3, arbitrary: fc.array(fc.oneof({ weight: 3, arbitrary: entry }, { weight: 1, arbitrary: value }), { maxLength: 5 }) }, { weight: 1, arbitrary: value });
const provision = fc.oneof(word, value, someOf({ legal: word, article: scalar, clause: scalar, point: word, form: scalar, x: scalar }));
const requirement = someOf({ document: word, basis: provision, mode: fc.constantFrom('submit', 'present', 'nop'), accept: value, note: scalar, docment: word });
const amendment = someOf({ provision, scope: fc.oneof(value, someOf({ document: word, x: scalar })), accept: value, drop: scalar, effective: word, by: value, note: scalar });
const reported = someOf({ claim: word, value: scalar, source: word, date: word, measure: fc.oneof(value, someOf({ count: word, documents: value, legal: word, legal_type: word })), note: scalar });
// Entries with nested lists of entries: a procedure's requirements and basis, a legal document's amendments
// (the settings' reported figures are in catalogMeta).
const nested: Record<string, fc.Arbitrary<unknown>> = {
  procedures: fc.tuple(entity('procedures'), someOf({ requires: entries(requirement), basis: entries(provision), level: value })).map(([e, lists]) => ({ ...e, ...lists })),
  legal: fc.tuple(entity('legal'), someOf({ amends: entries(amendment), number: word, note: scalar })).map(([e, lists]) => ({ ...e, ...lists })),
};
const entryOf = (section: string) => (section in nested ? fc.oneof(entity(section), nested[section]) : entity(section));
const catalogMeta = fc.oneof(value, fc.record({ name: scalar, cutoff: scalar }), someOf({ name: word, cutoff: word, reported: entries(reported), description: scalar, x: scalar }));

const sections = ['provinces', 'documents', 'data_sources', 'legal', 'procedures'] as const;
// Sections that are lists, or not; unknown keys between them; keys in any order.
const list = (section: string) => fc.oneof({ weight: 3, arbitrary: fc.array(entryOf(section), { maxLength: 4 }) }, { weight: 1, arbitrary: value });
const catalogData = fc.dictionary(fc.constantFrom(...sections, 'catalog', 'extra', 'notes/x~1'), fc.constant(null), { maxKeys: 8 }).chain((keys) =>
  fc.record(Object.fromEntries(Object.keys(keys).map((k) => [k, (sections as readonly string[]).includes(k) ? list(k) : k === 'catalog' ? catalogMeta : value]))),
);
const reformData = fc.dictionary(fc.constantFrom('legal', 'connect', 'documents'), fc.oneof(fc.array(fc.oneof(entryOf('legal'), value), { maxLength: 4 }), value), { maxKeys: 3 });

describe('checking the entries of a file one by one', () => {
  it('gives the errors of the whole-file validator, in the same order, nested lists included (property)', () => {
    fc.assert(
      fc.property(fc.oneof(catalogData, value), (data) => {
        const expected = shown(whole(wholeCatalog, data));
        for (const validate of catalogValidators) expect(shown(validate(data))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the errors of the whole reform validator, in the same order, nested lists included (property)', () => {
    fc.assert(
      fc.property(fc.oneof(reformData, value), (data) => {
        const expected = shown(whole(wholeReform, data));
        for (const validate of reformValidators) expect(shown(validate(data))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a long nested list of wrong entries', () => {
  // ajv copies the errors found so far into a new array with `concat`: count the errors copied.
  let copied = 0;
  const countCopies = () => {
    copied = 0;
    const concat = Array.prototype.concat;
    vi.spyOn(Array.prototype, 'concat').mockImplementation(function (this: unknown[], ...items: unknown[]) {
      const result = concat.apply(this, items);
      copied += result.length;
      return result;
    });
  };
  afterEach(() => vi.restoreAllMocks());

  const n = 2000;
  const wrong = () => Array.from({ length: n }, () => ({}));
  const procedure = (lists: object) => ({ code: '1.000001', name: 'Thủ tục', level: ['tinh'], ...lists });
  const cases: [string, object][] = [
    ['requirements of a procedure', { procedures: [procedure({ requires: wrong() })] }],
    ['basis of a procedure', { procedures: [procedure({ basis: wrong() })] }],
    ['amendments of a legal document', { legal: [{ id: 'nd-1', number: '1/2020/NĐ-CP', type: 'nghi-dinh', amends: wrong() }] }],
    ['figures reported in the catalog settings', { catalog: { name: 'Danh mục', reported: wrong() } }],
  ];

  it.each(cases)('costs time in proportion to its errors: %s', (_, data) => {
    const expected = shown(whole(wholeCatalog, data));
    countCopies();
    const errors = validateCatalogFile(data);
    vi.restoreAllMocks();
    expect(errors.length).toBeGreaterThanOrEqual(n);
    expect(copied).toBeLessThan(n);
    expect(shown(errors)).toEqual(expected);
  });

  it('costs time in proportion to its errors: amendments in a reform file', () => {
    const data = { legal: [{ id: 'nd-1', number: '1/2020/NĐ-CP', type: 'nghi-dinh', amends: wrong() }] };
    const expected = shown(whole(wholeReform, data));
    countCopies();
    const errors = validateReformFile(data);
    vi.restoreAllMocks();
    expect(errors.length).toBeGreaterThanOrEqual(n);
    expect(copied).toBeLessThan(n);
    expect(shown(errors)).toEqual(expected);
  });
});
