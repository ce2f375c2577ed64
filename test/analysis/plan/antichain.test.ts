import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { and, minimize, or, type ChangeSet } from '../../../src/analysis/plan/antichain.js';

// The plain reading of an antichain's operations, to hold the fast ones to: the minimal
// sets (no other set given is a proper subset, duplicates once), smallest first, then in
// lexicographic order, the first `cap` of them.

const subsetOf = (a: ChangeSet, b: ChangeSet) => a.every((x) => b.includes(x));
function order(a: ChangeSet, b: ChangeSet): number {
  if (a.length !== b.length) return a.length - b.length;
  const i = a.findIndex((x, k) => x !== b[k]);
  return i < 0 ? 0 : a[i] - b[i];
}

function plainMinimize(sets: ChangeSet[], cap: number): { family: ChangeSet[]; truncated: boolean } {
  const distinct = sets.filter((s, i) => sets.findIndex((t) => t.join() === s.join()) === i);
  const minimal = distinct.filter((s) => !distinct.some((t) => t !== s && subsetOf(t, s))).sort(order);
  return { family: minimal.slice(0, cap), truncated: minimal.length > cap };
}

/** Sorted sets of small numbers, with many collisions modulo 32 (the fast check's summaries). */
const set = fc.uniqueArray(fc.oneof(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 }).map((x) => x + 32), fc.integer({ min: 0, max: 200 })), { maxLength: 5 }).map((s) => s.sort((a, b) => a - b));
const sets = fc.array(set, { maxLength: 30 });
const cap = fc.oneof(fc.constant(Infinity), fc.integer({ min: 1, max: 8 }));

describe('antichains of change sets', () => {
  it('minimize keeps the minimal sets, smallest first, up to the cap (property)', () => {
    fc.assert(
      fc.property(sets, cap, (given, c) => {
        expect(minimize(given, c)).toEqual(plainMinimize(given, c));
      }),
      { numRuns: 3000 },
    );
  });

  it('and and or give the minimal sets of the products and of the union (property)', () => {
    fc.assert(
      fc.property(sets, sets, cap, (a0, b0, c) => {
        const a = plainMinimize(a0, Infinity).family;
        const b = plainMinimize(b0, Infinity).family;
        const products = a.flatMap((x) => b.map((y) => [...new Set([...x, ...y])].sort((p, q) => p - q)));
        const isTrue = (f: ChangeSet[]) => f.length === 1 && f[0].length === 0;
        const andExpected = a.length === 0 || b.length === 0 ? { family: [], truncated: false } : isTrue(a) ? { family: b, truncated: false } : isTrue(b) ? { family: a, truncated: false } : plainMinimize(products, c);
        expect(and(a, b, c)).toEqual(andExpected);
        const orExpected = a.length === 0 ? { family: b, truncated: false } : b.length === 0 ? { family: a, truncated: false } : plainMinimize([...a, ...b], c);
        expect(or(a, b, c)).toEqual(orExpected);
      }),
      { numRuns: 2000 },
    );
  });
});
