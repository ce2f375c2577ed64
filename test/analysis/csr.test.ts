import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterCsr, toCsr, type Csr } from '../../src/analysis/csr.js';

/** The rows of a CSR graph as plain lists. */
const rowsOf = ({ start, items }: Csr): number[][] =>
  Array.from({ length: start.length - 1 }, (_, i) => Array.from(items.subarray(start[i], start[i + 1])));

const graphs = fc.array(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 5 }), { maxLength: 8 });

describe('filterCsr', () => {
  it('keeps, row by row and in order, exactly the items the test keeps', () => {
    fc.assert(
      fc.property(graphs, fc.integer({ min: 0, max: 9 }), (rows, cut) => {
        const keep = (row: number, item: number) => (row + item) % 3 !== 0 && item !== cut;
        const filtered = filterCsr(toCsr(rows), keep);
        expect(rowsOf(filtered)).toEqual(rows.map((items, row) => items.filter((item) => keep(row, item))));
        expect(filtered.items).toHaveLength(filtered.start[rows.length]);
      }),
    );
  });
});
