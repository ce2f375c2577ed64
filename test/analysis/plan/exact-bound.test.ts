import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/analysis/plan/build-model.js';
import { computeFamilies, FAMILY_CAP } from '../../../src/analysis/plan/compute-families.js';
import { evaluateModel } from '../../../src/analysis/plan/evaluate-model.js';
import { exactFamiliesBound } from '../../../src/analysis/plan/exact-bound.js';
import { modelOrder } from '../../../src/analysis/plan/model-order.js';
import { DEFAULT_MAX_NODES } from '../../../src/analysis/plan/plan.js';
import { AT, catalogs } from './helpers/random-catalogs.js';

const LIMITS = { maxNodes: DEFAULT_MAX_NODES };

/** The fewest changes of the model that fix every one of `targets`, trying every subset by size. */
function fewestChanges(model: ReturnType<typeof buildModel>, targets: number[], kind: 'met' | 'paperless'): number {
  const n = model.changes.length;
  let fewest = Infinity;
  for (let mask = 0; mask < 1 << n; mask++) {
    const chosen = Uint8Array.from({ length: n }, (_, v) => (mask >>> v) & 1);
    const size = chosen.reduce((a, b) => a + b, 0);
    if (size >= fewest) continue;
    const state = evaluateModel(model, chosen);
    if (targets.every((e) => state[kind][e] === 1)) fewest = size;
  }
  return fewest;
}

describe('exactFamiliesBound', () => {
  it('never exceeds the fewest changes that fix every fixable target, however the families were cut', () => {
    fc.assert(
      fc.property(
        catalogs,
        fc.constantFrom('met' as const, 'paperless' as const),
        fc.constantFrom(1, 2, FAMILY_CAP),
        fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 }), fc.constant(Infinity)),
        (catalog, kind, cap, maxWork) => {
          const model = buildModel(catalog, { at: AT });
          fc.pre(model.changes.length <= 10);
          const none = evaluateModel(model, new Uint8Array(model.changes.length));
          const all = evaluateModel(model, new Uint8Array(model.changes.length).fill(1));
          const fixable = model.evals.map((_, e) => e).filter((e) => none[kind][e] !== 1 && all[kind][e] === 1);
          const families = computeFamilies(model, modelOrder(model, fixable), cap, maxWork);
          const exact = fixable.filter((e) => !families.inexact[kind].has(e));
          const bound = exactFamiliesBound(
            exact.map((e) => families[kind].get(e)!),
            model.changes.length,
            LIMITS,
          );
          expect(bound).toBeLessThanOrEqual(fewestChanges(model, fixable, kind));
          // Any target with an exact family needs at least one change.
          if (exact.length > 0) expect(bound).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts, for families that share no change, the smallest set of each', () => {
    expect(exactFamiliesBound([[[0, 1], [2, 3, 4]], [[5]], [[6, 7, 8]]], 9, LIMITS)).toBe(2 + 1 + 3);
    expect(exactFamiliesBound([], 4, LIMITS)).toBe(0);
  });

  it('is the fewest changes that fix them when the search completes, above what the packing alone shows', () => {
    // Each pair of families shares a change, so a packing counts one; no one change fixes all three.
    const triangle = [[[0], [1]], [[1], [2]], [[2], [0]]];
    expect(exactFamiliesBound(triangle, 3, LIMITS)).toBe(2);
    // Sharing change 1, a packing counts the larger smallest set (3); both need all four changes.
    expect(exactFamiliesBound([[[0, 1]], [[1, 2, 3]]], 4, LIMITS)).toBe(4);
  });
});
