import { describe, expect, it } from 'vitest';
import { analyze, analyzeCompiled, evaluatedAnalysis } from '../../../src/analysis/analyze.js';
import { compileCatalog } from '../../../src/analysis/compile-catalog.js';
import { loadFixture, resultOf } from '../helpers/fixture.js';

const result = analyze(loadFixture('deadlock-cycle'));

describe('cycles resolve as a least fixpoint, with deadlocks reported', () => {
  it('procedures that can only be unblocked by each other stay blocked, flagged as deadlock', () => {
    for (const p of ['HN', 'GL']) {
      expect(resultOf(result, 'loop-a', p)).toMatchObject({ status: 'blocked', deadlock: true });
      expect(resultOf(result, 'loop-b', p)).toMatchObject({ status: 'blocked', deadlock: true });
    }
  });

  it('reports each group once per province, plus the central self-loop', () => {
    expect(result.deadlocks).toEqual([
      { procedures: ['self'], province: null },
      { procedures: ['loop-a', 'loop-b'], province: 'GL' },
      { procedures: ['open-a', 'open-b'], province: 'GL' },
      { procedures: ['loop-a', 'loop-b'], province: 'HN' },
    ]);
  });

  it('what waits on a deadlock is flagged but not part of the group', () => {
    expect(resultOf(result, 'after-loop', 'HN')).toMatchObject({ status: 'blocked', deadlock: true });
    expect(result.deadlocks.flatMap((d) => d.procedures)).not.toContain('after-loop');
  });

  it('a cycle with a way out from outside is met (HN), and deadlocked where the way out is closed (GL)', () => {
    expect(resultOf(result, 'open-a', 'HN')).toMatchObject({ status: 'met', paper: false, deadlock: false });
    expect(resultOf(result, 'open-b', 'HN').requirements[0].chosen).toBe('tra-cuu-y');
    expect(resultOf(result, 'open-a', 'GL')).toMatchObject({ status: 'blocked', deadlock: true });
    expect(resultOf(result, 'open-b', 'GL').requirements[0].candidates[0].reason).toEqual({
      kind: 'not-obtainable',
      valid_until: null,
      via: [{ code: 'open-a', province: 'GL', status: 'blocked', paper: false }],
    });
  });

  it('a cycle blocked for another reason as well is not a deadlock', () => {
    expect(resultOf(result, 'stuck-a', null)).toMatchObject({ status: 'blocked', deadlock: false });
    expect(resultOf(result, 'stuck-b', null)).toMatchObject({ status: 'blocked', deadlock: false });
  });

  it('a province filter keeps only the groups in that province (and central ones)', () => {
    const hn = analyze(loadFixture('deadlock-cycle'), { province: 'HN' });
    expect(hn.deadlocks).toEqual([
      { procedures: ['self'], province: null },
      { procedures: ['loop-a', 'loop-b'], province: 'HN' },
    ]);
  });

  it('are found when first read, from their own analysis', () => {
    const c = compileCatalog(loadFixture('deadlock-cycle'));
    const all = analyzeCompiled(c, {});
    expect(Object.getOwnPropertyDescriptor(all, 'deadlocks')?.get).toBeTypeOf('function');
    expect(Object.getOwnPropertyDescriptor(all, 'deadlocks')?.enumerable).toBe(true);
    // Read after a later analysis of the same compiled catalog, with no deadlock of its own.
    const later = analyzeCompiled(c, { province: 'HN', at: '2000-01-01' });
    expect(all.deadlocks).toEqual(result.deadlocks);
    expect(all.deadlocks).toBe(all.deadlocks);
    expect(JSON.parse(JSON.stringify(later)).deadlocks).toEqual(analyze(loadFixture('deadlock-cycle'), { province: 'HN', at: '2000-01-01' }).deadlocks);
  });

  it('without deadlocks worked out, gives the same statuses and forms, and no deadlock', () => {
    const c = compileCatalog(loadFixture('deadlock-cycle'));
    const light = evaluatedAnalysis(c, {}, { deadlocks: false });
    expect(light.evaluation.greatest).toBeNull();
    expect(light.result.deadlocks).toEqual([]);
    expect(light.result.totals).toEqual(result.totals);
    const shown = (r: { code: string; province: string | null; status: string; paper: boolean; best_form: string | null }) => [r.code, r.province, r.status, r.paper, r.best_form];
    expect(light.result.results.map(shown)).toEqual(result.results.map(shown));
    expect(light.result.results.some((r) => r.deadlock)).toBe(false);
  });
});
