import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimize, type Family } from '../../../src/analysis/plan/antichain.js';
import { solvePlan } from '../../../src/analysis/plan/solve-plan.js';

// Random covering problems over up to 8 changes, against trying every subset.
const N = 8;
const family: fc.Arbitrary<Family> = fc
  .array(fc.uniqueArray(fc.integer({ min: 0, max: N - 1 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
  .map((sets) => minimize(sets.map((s) => [...s].sort((a, b) => a - b))).family);
const problems = fc.record({
  constraints: fc.array(family, { minLength: 1, maxLength: 7 }),
  bonus: fc.array(family, { maxLength: 4 }),
});

const holds = (f: Family, mask: number) => f.some((s) => s.every((v) => (mask >> v) & 1));
const popcount = (m: number) => m.toString(2).replace(/0/g, '').length;
const all = Array.from({ length: 1 << N }, (_, m) => m);

describe('solvePlan against every subset', () => {
  it('full: the fewest changes satisfying every constraint, then the most bonus', () => {
    fc.assert(
      fc.property(problems, ({ constraints, bonus }) => {
        const s = solvePlan(constraints.map((sets) => ({ sets, weight: 1 })), bonus.map((sets) => ({ sets, weight: 1 })), { budget: null, maxNodes: 1e6 });
        const mask = s.chosen.reduce((m, v) => m | (1 << v), 0);
        expect(constraints.every((f) => holds(f, mask))).toBe(true);
        const feasible = all.filter((m) => constraints.every((f) => holds(f, m)));
        const min = Math.min(...feasible.map(popcount));
        expect(s.chosen.length).toBe(min);
        expect(s).toMatchObject({ optimal: true, lowerBound: min, tieOptimal: true });
        const bestBonus = Math.max(...feasible.filter((m) => popcount(m) === min).map((m) => bonus.filter((f) => holds(f, m)).length));
        expect(bonus.filter((f) => holds(f, mask)).length).toBe(bestBonus);
      }),
      { numRuns: 300 },
    );
  });

  it('budget: the most weight within K changes, then fewer changes, then the most bonus', () => {
    fc.assert(
      fc.property(problems, fc.integer({ min: 0, max: 4 }), fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 7, maxLength: 7 }), ({ constraints, bonus }, K, weights) => {
        const s = solvePlan(constraints.map((sets, i) => ({ sets, weight: weights[i] })), bonus.map((sets) => ({ sets, weight: 1 })), { budget: K, maxNodes: 1e6 });
        const value = (m: number) => constraints.reduce((a, f, i) => a + (holds(f, m) ? weights[i] : 0), 0);
        const mask = s.chosen.reduce((m, v) => m | (1 << v), 0);
        const within = all.filter((m) => popcount(m) <= K);
        const best = Math.max(...within.map(value));
        expect(s.chosen.length).toBeLessThanOrEqual(K);
        expect(value(mask)).toBe(best);
        expect(s).toMatchObject({ optimal: true, upperBound: best, covered: best });
        const fewest = Math.min(...within.filter((m) => value(m) === best).map(popcount));
        expect(s.chosen.length).toBe(fewest);
      }),
      { numRuns: 300 },
    );
  });

  it('stopped early, still returns a plan that works, with a bound that holds', () => {
    fc.assert(
      fc.property(problems, fc.integer({ min: 1, max: 3 }), ({ constraints }, maxNodes) => {
        const s = solvePlan(constraints.map((sets) => ({ sets, weight: 1 })), [], { budget: null, maxNodes });
        const mask = s.chosen.reduce((m, v) => m | (1 << v), 0);
        expect(constraints.every((f) => holds(f, mask))).toBe(true);
        const min = Math.min(...all.filter((m) => constraints.every((f) => holds(f, m))).map(popcount));
        expect(s.lowerBound!).toBeLessThanOrEqual(min);
        expect(s.optimal).toBe(s.lowerBound === s.chosen.length);
        if (s.optimal) expect(s.chosen.length).toBe(min);
      }),
      { numRuns: 300 },
    );
  });
});

describe('solvePlan on a problem too big to prove', () => {
  // 200 changes, 600 random constraints in one component: the work limit stops the search.
  let seed = 7;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = () => Math.floor(rnd() * 200);
  const constraints = Array.from({ length: 600 }, () => ({
    sets: minimize(Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => [...new Set([pick(), pick()].slice(0, 1 + Math.floor(rnd() * 2)))].sort((a, b) => a - b))).family,
    weight: 1,
  }));
  const satisfied = (chosen: number[]) => constraints.filter((c) => c.sets.some((s) => s.every((v) => chosen.includes(v)))).length;

  it('returns the best full plan found, with a lower bound that holds, when stopped', () => {
    const s = solvePlan(constraints, [], { budget: null, maxNodes: 1e6, maxWork: 50_000 });
    expect(satisfied(s.chosen)).toBe(600);
    expect(s.lowerBound!).toBeLessThanOrEqual(s.chosen.length);
    expect(s.limited).toBe(true);
    expect(s.optimal).toBe(s.lowerBound === s.chosen.length);
  });

  it('returns the best budget plan found, with an upper bound at least what it covers, when stopped', () => {
    const s = solvePlan(constraints, [], { budget: 5, maxNodes: 1e6, maxWork: 200_000 });
    expect(s.chosen.length).toBeLessThanOrEqual(5);
    expect(satisfied(s.chosen)).toBe(s.covered);
    expect(s.covered).toBeGreaterThan(0);
    expect(s.limited).toBe(true);
    expect(s.optimal).toBe(false);
    expect(s.upperBound!).toBeGreaterThan(s.covered);
  });
});
