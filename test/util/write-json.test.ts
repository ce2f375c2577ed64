import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeJsonWithList } from '../../src/util/write-json.js';

describe('writeJsonWithList', () => {
  it('writes what JSON.stringify(value, null, 2) gives, the list a batch at a time (property)', () => {
    const item = fc.oneof(fc.jsonValue(), fc.constant(undefined));
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }),
        fc.array(item, { maxLength: 12 }),
        fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
        fc.integer({ min: 1, max: 5 }),
        (before, list, after, batch) => {
          const value = { ...before, diagnostics: list, ...after };
          const parts: string[] = [];
          writeJsonWithList((t) => parts.push(t), value, 'diagnostics', batch);
          expect(parts.join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
          if (Array.isArray(value.diagnostics) && value.diagnostics.length > 0) {
            expect(parts.length).toBe(Math.ceil(value.diagnostics.length / batch) + 2);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
