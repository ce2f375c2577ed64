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

  it('ends a batch early once its items come to the most characters asked for (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 200 }), (list, maxChars) => {
        const value = { version: 1, results: list, totals: { n: list.length } };
        const parts: string[] = [];
        writeJsonWithList((t) => parts.push(t), value, 'results', 1000, maxChars);
        expect(parts.join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
        const pieces = parts.slice(1, -1);
        // Each piece is its items and the separators after them: all but its last item came to fewer characters.
        for (const piece of pieces) {
          const items = piece.replace(/(,\n|\n {2}\])$/, '').split(/,\n(?= {4}\S)/);
          expect(items.slice(0, -1).join('').length).toBeLessThan(maxChars);
        }
        // With one character allowed, each item is written alone.
        const alone: string[] = [];
        writeJsonWithList((t) => alone.push(t), value, 'results', 1000, 1);
        expect(alone).toHaveLength(list.length + 2);
      }),
      { numRuns: 300 },
    );
  });
});

