import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/analysis/plan/plan.js';
import { engineFixedKeys, fixedKeys, partFixedKeys, verifyPlan } from '../../../src/analysis/plan/verify-plan.js';
import { applyReform } from '../../../src/analysis/reform/apply-reform.js';
import { analyze } from '../../../src/analysis/analyze.js';
import { planToReform } from '../../../src/analysis/plan/plan-to-reform.js';
import { PlanVerificationError } from '../../../src/analysis/plan/errors.js';
import type { PlanResult } from '../../../src/analysis/plan/plan-types.js';
import { loadPlanFixture } from './helpers/load.js';

const catalog = loadPlanFixture('greedy-not-minimal');
const sound = plan(catalog);
const copy = (): PlanResult => JSON.parse(JSON.stringify(sound));

describe('engineFixedKeys', () => {
  it('finds the same fixed evaluations as analyze', () => {
    for (const name of ['greedy-not-minimal', 'budget-synergy', 'unfixable', 'paperless', 'obtain-chain', 'decree-104']) {
      const c = loadPlanFixture(name);
      for (const paperless of [false, true]) {
        for (const province of [null, 'HN']) {
          if (province && !c.provinces.some((p) => p.code === province)) continue;
          const options = { at: '2023-01-01', province, without: [] };
          expect(engineFixedKeys(c, options, paperless)).toEqual(fixedKeys(analyze(c, options), paperless));
        }
      }
    }
  });
});

describe('partFixedKeys', () => {
  it('fixes, for every part of a plan, what applying the reform file of that part fixes', () => {
    let parts = 0;
    let provincial = 0;
    let connections = 0;
    for (const name of ['greedy-not-minimal', 'budget-synergy', 'unfixable', 'paperless', 'obtain-chain', 'decree-104']) {
      const c = loadPlanFixture(name);
      for (const paperless of [false, true]) {
        for (const province of [null, 'HN']) {
          if (province && !c.provinces.some((x) => x.code === province)) continue;
          const p = plan(c, { paperless, province });
          const options = { at: p.at, province: p.province, without: p.without };
          const fixedWith = partFixedKeys(c, p, options);
          // The same parts, each computed from the one before it.
          const chained = partFixedKeys(c, p, options);
          for (let mask = 0; mask < 1 << p.changes.length; mask++) {
            const part = p.changes.filter((_, i) => (mask >> i) & 1);
            const applied = engineFixedKeys(applyReform(c, planToReform(c, part, p.at)), options, paperless);
            expect(fixedWith(part)).toEqual(applied);
            expect(chained(part, true)).toEqual(applied);
            parts++;
            if (province) provincial++;
            connections += part.filter((x) => x.kind === 'connect').length;
          }
        }
      }
    }
    expect(parts).toBeGreaterThan(20);
    expect(provincial).toBeGreaterThan(10);
    expect(connections).toBeGreaterThan(0);
  });
});

describe('verifyPlan', () => {
  it('finds nothing wrong with a plan the analysis confirms', () => {
    expect(verifyPlan(catalog, sound)).toEqual([]);
  });

  it('catches a plan that promises less than it does', () => {
    const p = copy();
    p.unblocks = p.unblocks.filter((e) => e.code !== 'X6');
    const m = verifyPlan(catalog, p);
    expect(m).toContainEqual({ code: 'X6', province: 'HN', expected: 'not fixed', actual: 'fixed', claim: 'the plan' });
  });

  it('catches a plan that promises more than it does', () => {
    const p = copy();
    p.changes = p.changes.filter((c) => c.id !== 'connect:lookup-c:HN');
    p.order = p.order.filter((s) => s.change !== 'connect:lookup-c:HN');
    p.reform = planToReform(catalog, p.changes, p.at);
    const m = verifyPlan(catalog, p);
    expect(m.filter((x) => x.claim === 'the plan').map((x) => x.code).sort()).toEqual(['X3', 'X4', 'X6', 'totals.blocked_after', 'totals.paperless_after']);
  });

  it('reports a plan edited out of shape instead of failing inside', () => {
    const popped = copy();
    const last = popped.changes.pop()!;
    expect(verifyPlan(catalog, popped)).toEqual([
      { code: `order.${popped.order.findIndex((s) => s.change === last.id) + 1}`, province: null, expected: 'a change of the plan', actual: last.id, claim: 'the plan' },
    ]);
    const later = copy();
    (later as { version: number }).version = 99;
    expect(verifyPlan(catalog, later)).toEqual([{ code: 'version', province: null, expected: '1', actual: '99', claim: 'the plan' }]);
    const twice = copy();
    twice.changes.push(twice.changes[0]);
    expect(verifyPlan(catalog, twice).map((m) => m.expected)).toEqual(['each change once']);
    const broken = copy();
    (broken.changes[0] as { kind: string }).kind = 'repeal';
    (broken as { left: unknown }).left = null;
    expect(verifyPlan(catalog, broken).map((m) => m.code)).toEqual(['left']);
    (broken as { left: unknown }).left = [];
    expect(verifyPlan(catalog, broken).map((m) => m.code)).toEqual(['changes.1']);
  });

  it('refuses what is not a plan, and a baseline that is not an analysis', () => {
    for (const bad of [undefined, null, {}, analyze(catalog)]) expect(() => verifyPlan(catalog, bad as never)).toThrow(/^verifyPlan takes a PlanResult/);
    expect(() => verifyPlan(catalog, sound, catalog as never)).toThrow(/takes an AnalysisResult/);
  });

  it('checks that the reform file holds exactly the changes of the plan', () => {
    const p = copy();
    p.reform = { connect: [p.reform.connect![0]] };
    expect(verifyPlan(catalog, p).map((m) => m.claim)).toContain('the reform file');
  });

  it('checks what each change does alone and within the plan, and each step of the order', () => {
    const p = copy();
    p.changes[0].solo = [];
    p.changes[1].marginal = [...p.changes[1].marginal, { code: 'X9', province: 'HN' }];
    p.order[0].cumulative = 5;
    const claims = verifyPlan(catalog, p).map((m) => m.claim);
    expect(claims).toContain(`${p.changes[0].id} alone`);
    expect(claims).toContain(`${p.changes[1].id} within the plan`);
    expect(claims).toContain('step 1');
  });

  it('checks each later step of the order against the step before it', () => {
    const c = loadPlanFixture('budget-synergy');
    const p = plan(c);
    expect(p.order.length).toBeGreaterThanOrEqual(4);
    expect(verifyPlan(c, p)).toEqual([]);
    // Step 3 claims what step 2 unblocked too, step 4 forgets what it unblocks and miscounts.
    p.order[2].unblocks = [...p.order[2].unblocks, ...p.order[1].unblocks];
    const forgotten = p.order[3].unblocks;
    p.order[3].unblocks = [];
    p.order[3].cumulative += 1;
    const mismatches = verifyPlan(c, p);
    expect(mismatches.filter((m) => m.claim === 'step 3').map((m) => [m.code, m.province, m.actual])).toEqual(
      p.order[1].unblocks.map((e) => [e.code, e.province, 'not fixed']),
    );
    expect(mismatches.filter((m) => m.claim === 'step 4' && m.expected === 'not fixed').map((m) => [m.code, m.province])).toEqual(
      forgotten.map((e) => [e.code, e.province]),
    );
    expect(mismatches.map((m) => m.code)).toContain('order.4.cumulative');
    expect(mismatches.every((m) => m.claim === 'step 3' || m.claim === 'step 4')).toBe(true);
  });

  it('checks that what the plan leaves unfixed stays unfixed', () => {
    const p = copy();
    p.left = [{ code: 'X1', province: 'HN' }];
    expect(verifyPlan(catalog, p)).toContainEqual({ code: 'X1', province: 'HN', expected: 'not fixed', actual: 'fixed', claim: 'left unfixed' });
  });

  it('checks against a baseline analysis it is given as against the one it computes', () => {
    const p = copy();
    p.unblocks = p.unblocks.filter((e) => e.code !== 'X6');
    const baseline = analyze(catalog, { at: p.at, province: p.province, without: p.without });
    expect(verifyPlan(catalog, p, baseline)).toEqual(verifyPlan(catalog, p));
    expect(verifyPlan(catalog, sound, baseline)).toEqual([]);
  });

  it('refuses a baseline analysis of another question than the plan', () => {
    const options = { at: sound.at, province: sound.province, without: sound.without };
    expect(() => verifyPlan(catalog, sound, analyze(catalog, { ...options, at: '2022-12-31' }))).toThrow(RangeError);
    expect(() => verifyPlan(catalog, sound, analyze(catalog, { ...options, province: 'HN' }))).toThrow(RangeError);
    expect(() => verifyPlan(catalog, sound, analyze(catalog, { ...options, lacking: [catalog.documents[0].id] }))).toThrow(RangeError);
  });

  it('turns mismatches into an internal error that names them', () => {
    const p = copy();
    p.unblocks = [];
    const error = new PlanVerificationError(verifyPlan(catalog, p));
    expect(error.message).toMatch(/^Plan verification failed on 6 evaluations: the plan: X\d in HN expected not fixed, analysis says fixed/);
    expect(error.mismatches).toHaveLength(6);
  });
});
