import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';

const root = fileURLToPath(new URL('../fixtures/loader/', import.meta.url));

/**
 * Each folder of test/fixtures/loader is a scenario: real YAML (or JSON) files, loaded in
 * strict mode. The table lists every diagnostic expected: code, file, line, column.
 */
const expected: Record<string, [code: string, file: string, line: number, column: number][]> = {
  'amendment-after-expires': [
    ['AMENDMENT_AFTER_EXPIRES', 'legal.yaml', 16, 71],
    ['AMENDMENT_AFTER_EXPIRES', 'legal.yaml', 19, 20],
  ],
  'amendment-effect': [
    ['AMENDMENT_NO_EFFECT', 'amendments.yaml', 9, 9],
    ['AMENDMENT_NO_EFFECT', 'amendments.yaml', 10, 9],
    ['AMENDMENT_ACCEPT_AND_DROP', 'amendments.yaml', 11, 60],
  ],
  'amendment-target': [
    ['AMENDMENT_TARGET', 'amendments.yaml', 10, 9],
    ['AMENDMENT_TARGET', 'amendments.yaml', 12, 9],
  ],
  'bad-value': [
    ['INVALID_FORMAT', 'values.yaml', 2, 13],
    ['INVALID_FORMAT', 'values.yaml', 4, 11],
    ['INVALID_VALUE', 'values.yaml', 4, 47],
    ['INVALID_FORMAT', 'values.yaml', 4, 66],
    ['INVALID_VALUE', 'values.yaml', 6, 54],
    ['INVALID_VALUE', 'values.yaml', 10, 17],
    ['DUPLICATE_ITEM', 'values.yaml', 10, 26],
    ['INVALID_VALUE', 'values.yaml', 11, 13],
  ],
  'byte-order-mark': [
    ['INVALID_FORMAT', 'bom.yaml', 2, 13],
  ],
  'code-with-spaces': [
    ['INVALID_FORMAT', 'procedures.yaml', 5, 11],
    ['INVALID_FORMAT', 'procedures.yaml', 8, 11],
    ['INVALID_FORMAT', 'procedures.yaml', 12, 11],
    ['UNKNOWN_REFERENCE', 'procedures.yaml', 16, 25],
  ],
  'custom-tag': [
    ['YAML_TAG', 'tags.yaml', 2, 29],
    ['YAML_TAG', 'tags.yaml', 3, 23],
  ],
  'dangling-reference': [
    ['UNKNOWN_REFERENCE', 'catalog.yaml', 4, 102],
    ['UNKNOWN_REFERENCE', 'catalog.yaml', 5, 93],
    ['UNKNOWN_REFERENCE', 'catalog.yaml', 8, 68],
    ['UNKNOWN_REFERENCE', 'catalog.yaml', 8, 94],
    ['UNKNOWN_REFERENCE', 'catalog.yaml', 8, 123],
    ['UNKNOWN_REFERENCE', 'catalog.yaml', 10, 73],
    ['UNKNOWN_REFERENCE', 'catalog.yaml', 10, 115],
    ['UNKNOWN_REFERENCE', 'catalog.yaml', 17, 22],
    ['UNKNOWN_REFERENCE', 'catalog.yaml', 17, 43],
    ['UNKNOWN_REFERENCE', 'catalog.yaml', 18, 30],
    ['UNKNOWN_REFERENCE', 'catalog.yaml', 23, 21],
    ['UNKNOWN_REFERENCE', 'catalog.yaml', 24, 13],
    ['UNKNOWN_REFERENCE', 'catalog.yaml', 26, 21],
    ['UNKNOWN_REFERENCE', 'catalog.yaml', 26, 54],
    ['UNKNOWN_REFERENCE', 'catalog.yaml', 26, 105],
    ['UNKNOWN_REFERENCE', 'catalog.yaml', 27, 13],
    ['UNKNOWN_REFERENCE', 'catalog.yaml', 28, 16],
  ],
  'duplicate-across-files': [
    ['DUPLICATE_CATALOG', 'b.yaml', 1, 1],
    ['DUPLICATE_ID', 'b.yaml', 3, 13],
    ['DUPLICATE_ID', 'b.yaml', 5, 11],
    ['DUPLICATE_LEGAL_NUMBER', 'b.yaml', 7, 37],
    ['DUPLICATE_ID', 'b.yaml', 8, 11],
    ['DUPLICATE_ID', 'b.yaml', 10, 13],
  ],
  'duplicate-key': [
    ['DUPLICATE_KEY', 'keys.yaml', 5, 5],
  ],
  'empty-file': [
    ['FILE_EMPTY', 'empty.yaml', 1, 1],
  ],
  'invalid-date': [
    ['INVALID_DATE', 'dates.yaml', 1, 33],
    ['INVALID_DATE', 'dates.yaml', 3, 67],
    ['INVALID_DATE', 'dates.yaml', 5, 61],
    ['INVALID_DATE', 'dates.yaml', 7, 69],
    ['INVALID_DATE', 'dates.yaml', 16, 67],
  ],
  'json-comments': [
    ['JSON_SYNTAX', 'provinces.json', 2, 3],
  ],
  'json-with-errors': [
    ['INVALID_VALUE', 'catalog.json', 4, 57],
    ['INVALID_DATE', 'catalog.json', 4, 80],
    ['UNKNOWN_REFERENCE', 'catalog.json', 7, 100],
  ],
  'legal-by-number': [
  ],
  'legal-dates': [
    ['EXPIRES_BEFORE_EFFECTIVE', 'legal.yaml', 2, 93],
    ['ISSUED_AFTER_EFFECTIVE', 'legal.yaml', 3, 92],
  ],
  'missing-field': [
    ['MISSING_FIELD', 'missing.yaml', 2, 5],
    ['MISSING_FIELD', 'missing.yaml', 5, 5],
    ['MISSING_FIELD', 'missing.yaml', 7, 5],
    ['MISSING_FIELD', 'missing.yaml', 10, 9],
  ],
  'multiple-documents': [
    ['MULTIPLE_DOCUMENTS', 'two.yaml', 3, 1],
  ],
  'needs-cycle': [
    ['NEEDS_CYCLE', 'central.yaml', 8, 25],
    ['NEEDS_CYCLE', 'provinces.yaml', 9, 92],
  ],
  'needs-itself': [
    ['NEEDS_ITSELF', 'procedures.yaml', 8, 9],
    ['NEEDS_CYCLE', 'procedures.yaml', 9, 90],
    ['NEEDS_ITSELF', 'procedures.yaml', 10, 89],
  ],
  'no-provinces': [
    ['NO_PROVINCES', 'no-provinces.yaml', 2, 50],
  ],
  'not-a-mapping': [
    ['FILE_NOT_MAPPING', 'list.yaml', 1, 1],
  ],
  'provinces-ignored': [
    ['PROVINCES_IGNORED', 'procedures.yaml', 3, 66],
  ],
  'provision-union': [
    ['WRONG_TYPE', 'provisions.yaml', 4, 68],
    ['INVALID_VALUE', 'provisions.yaml', 9, 16],
    ['INVALID_FORMAT', 'provisions.yaml', 11, 71],
    ['INVALID_FORMAT', 'provisions.yaml', 11, 88],
    ['WRONG_TYPE', 'provisions.yaml', 12, 40],
    ['INVALID_FORMAT', 'provisions.yaml', 14, 87],
  ],
  'unclosed-double-quote': [
    ['YAML_SYNTAX', 'documents.yaml', 8, 11],
  ],
  'unclosed-flow-mapping': [
    ['YAML_SYNTAX', 'documents.yaml', 4, 5],
  ],
  'unclosed-flow-sequence': [
    ['YAML_SYNTAX', 'procedures.yaml', 8, 12],
  ],
  'unclosed-single-quote': [
    ['YAML_SYNTAX', 'documents.yaml', 8, 11],
  ],
  'unknown-key': [
    ['UNKNOWN_KEY', 'typos.yaml', 1, 1],
    ['UNKNOWN_KEY', 'typos.yaml', 6, 5],
    ['UNKNOWN_KEY', 'typos.yaml', 13, 38],
  ],
  'valid-example': [
  ],
  'wrong-reference-kind': [
    ['WRONG_REFERENCE_KIND', 'kinds.yaml', 2, 68],
    ['WRONG_REFERENCE_KIND', 'kinds.yaml', 2, 89],
    ['WRONG_REFERENCE_KIND', 'kinds.yaml', 5, 61],
    ['WRONG_REFERENCE_KIND', 'kinds.yaml', 11, 21],
    ['WRONG_REFERENCE_KIND', 'kinds.yaml', 12, 13],
  ],
  'wrong-type': [
    ['WRONG_TYPE', 'unquoted.yaml', 2, 85],
    ['WRONG_TYPE', 'unquoted.yaml', 4, 11],
    ['WRONG_TYPE', 'unquoted.yaml', 6, 12],
    ['WRONG_TYPE', 'unquoted.yaml', 7, 16],
    ['WRONG_TYPE', 'unquoted.yaml', 11, 15],
  ],
  'unread-file': [
    ['YAML_SYNTAX', 'documents.yaml', 5, 1],
    ['REFERENCES_UNCHECKED', 'procedures.yaml', 8, 21],
    ['UNKNOWN_REFERENCE', 'procedures.yaml', 14, 21],
  ],
  'yaml-syntax': [
    ['YAML_SYNTAX', 'procedures.yaml', 4, 1],
  ],
  'unresolved-alias': [
    ['YAML_SYNTAX', 'forward.yaml', 2, 23],
    ['YAML_SYNTAX', 'undefined.yaml', 3, 5],
  ],
};

describe('loader scenarios (test/fixtures/loader)', () => {
  for (const [scenario, want] of Object.entries(expected)) {
    it(scenario, async () => {
      const result = await loadCatalog(scenario, { cwd: root });
      const got = result.diagnostics.map((d) => [d.code, d.location?.file.slice(scenario.length + 1), d.location?.line, d.location?.column]);
      expect(got).toEqual(want);
      expect(result.ok).toBe(!result.diagnostics.some((d) => d.severity === 'error'));
      for (const d of result.diagnostics) {
        expect(d.message).toMatch(/^[A-Z`'].*[.?]$/s);
        expect(Array.isArray(d.location?.path)).toBe(true);
      }
    });
  }
});
