import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/analysis/plan/plan.js';
import { PlanOptionError } from '../../../src/analysis/plan/errors.js';
import type { PlanEvaluation, PlanResult } from '../../../src/analysis/plan/plan-types.js';
import { AnalysisOptionError } from '../../../src/analysis/errors.js';
import { candidateChanges, fixedWith, subsets } from './helpers/brute-force.js';
import { loadPlanFixture } from './helpers/load.js';

const keys = (list: PlanEvaluation[]) => list.map((e) => `${e.code}@${e.province ?? ''}`).sort();
const ids = (p: PlanResult) => p.changes.map((c) => c.id).sort();

const schema = (name: string) => JSON.parse(readFileSync(new URL(`../../../schemas/${name}`, import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(schema('result.schema.json'));
ajv.addSchema(schema('catalog.schema.json'));
ajv.addSchema(schema('reform.schema.json'));
const validatePlan = ajv.compile(schema('plan.schema.json'));
function expectValid(p: PlanResult) {
  const ok = validatePlan(JSON.parse(JSON.stringify(p)));
  expect(validatePlan.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

describe('plan: a change that fixes the most is in no smallest plan', () => {
  const catalog = loadPlanFixture('greedy-not-minimal');
  const AT = '2023-01-01';

  it('the fixture is as it says: the amendment alone fixes the most, and no two changes with it fix all', () => {
    const candidates = candidateChanges(catalog, AT);
    const solo = candidates.map((c) => ({ c, n: fixedWith(catalog, [c], AT, false).size }));
    const best = solo.reduce((a, b) => (b.n > a.n ? b : a));
    expect(best.c).toMatchObject({ kind: 'amend', unit: { legal: 'nd-1-2020', article: 1 }, accept: 'ct07' });
    expect(best.n).toBe(4);
    const withIt = [...subsets(candidates, 2)].filter((s) => s.includes(best.c));
    for (const s of withIt) expect(fixedWith(catalog, s, AT, false).size).toBeLessThan(6);
  });

  it('finds the two connections, proves them minimal, and they leave no paper', () => {
    const p = plan(catalog);
    expect(ids(p)).toEqual(['connect:lookup-b:HN', 'connect:lookup-c:HN']);
    expect(p).toMatchObject({ optimal: true, lower_bound: 2, upper_bound: null, verified: true });
    expect(p.totals).toMatchObject({ targets: 6, fixed: 6, blocked_before: 6, blocked_after: 0, paper_after: 0, paperless_after: 6 });
    expect(keys(p.unblocks)).toEqual(['X1@HN', 'X2@HN', 'X3@HN', 'X4@HN', 'X5@HN', 'X6@HN']);
    const b = p.changes.find((c) => c.id === 'connect:lookup-b:HN')!;
    expect(keys(b.solo)).toEqual(['X1@HN', 'X2@HN', 'X5@HN']);
    expect(keys(b.marginal)).toEqual(['X1@HN', 'X2@HN', 'X5@HN']);
    expect(b).toMatchObject({ kind: 'connect', data_source: 'lookup-b', province: 'HN', province_name: 'Hà Nội', label: 'Kết nối Tra cứu B tại Hà Nội' });
    expect(p.order.map((s) => s.cumulative)).toEqual([3, 6]);
    expectValid(p);
  });

  it('--only X5 fixes X5 with one change, preferring the one that leaves no paper, and reports the side effects', () => {
    const p = plan(catalog, { only: ['X5'] });
    expect(ids(p)).toEqual(['connect:lookup-b:HN']);
    expect(p.only).toEqual(['X5']);
    expect(p.totals).toMatchObject({ targets: 1, fixed: 1 });
    expect(keys(p.unblocks)).toEqual(['X1@HN', 'X2@HN', 'X5@HN']);
    expectValid(p);
  });
});

describe('plan --budget: changes that help only together', () => {
  const catalog = loadPlanFixture('budget-synergy');

  it('with two changes, takes the two amendments worth nothing alone that fix five together', () => {
    const p = plan(catalog, { budget: 2 });
    expect(ids(p)).toEqual(['amend:nd-3-2020/3:ct07', 'amend:nd-4-2020/7:ct07']);
    expect(p).toMatchObject({ budget: 2, optimal: true, lower_bound: null, upper_bound: 5 });
    expect(p.totals.fixed).toBe(5);
    for (const c of p.changes) {
      expect(c.solo).toEqual([]);
      expect(keys(c.marginal)).toEqual(['Y1@', 'Y2@', 'Y3@', 'Y4@', 'Y5@']);
    }
    expect(p.order.map((s) => s.cumulative)).toEqual([0, 5]);
    expect(keys(p.left)).toEqual(['Z1@', 'Z2@']);
    expectValid(p);
  });

  it('the best single change each time would fix only two', () => {
    const AT = '2023-01-01';
    const candidates = candidateChanges(catalog, AT);
    const gain = (s: typeof candidates) => fixedWith(catalog, s, AT, false).size;
    const first = candidates.reduce((a, b) => (gain([b]) > gain([a]) ? b : a));
    const second = candidates.filter((c) => c !== first).reduce((a, b) => (gain([first, b]) > gain([first, a]) ? b : a));
    expect(gain([first, second])).toBe(2);
  });

  it('fixes one with one change, six with three, all seven with more, and nothing with none', () => {
    expect(plan(catalog, { budget: 1 }).totals.fixed).toBe(1);
    expect(plan(catalog, { budget: 3 }).totals.fixed).toBe(6);
    const ten = plan(catalog, { budget: 10 });
    expect(ten.totals.fixed).toBe(7);
    expect(ten.changes).toHaveLength(4);
    const none = plan(catalog, { budget: 0 });
    expect(none.changes).toEqual([]);
    expect(none).toMatchObject({ optimal: true, upper_bound: 0 });
  });

  it('the full plan takes four changes', () => {
    const p = plan(catalog);
    expect(p.changes).toHaveLength(4);
    expect(p).toMatchObject({ optimal: true, lower_bound: 4 });
    expect(p.order.map((s) => s.cumulative)).toEqual([0, 5, 6, 7]);
  });
});

describe('plan: targets no change can fix', () => {
  const p = plan(loadPlanFixture('unfixable'));
  const reasons = (code: string) => p.unfixable.find((u) => u.code === code)!.reasons.map((r) => r.kind);

  it('fixes what it can and says why the rest stays blocked', () => {
    expect(ids(p)).toEqual(['amend:nd-6-2020/8:ct07']);
    expect(keys(p.unblocks)).toEqual(['F1@HN']);
    expect(p.totals).toMatchObject({ targets: 8, unfixable: 7, fixed: 1, blocked_after: 7 });
    expect(reasons('U1')).toEqual(['no-substitute']);
    expect(reasons('U2')).toEqual(['no-basis']);
    expect(reasons('U3')).toEqual(['not-national']);
    expect(reasons('U4')).toEqual(['needs-blocked']);
    expect(reasons('U5')).toContain('deadlock');
    expect(reasons('U6')).toContain('deadlock');
    expect(reasons('U7')).toEqual(['obtain-blocked']);
    const u7 = p.unfixable.find((u) => u.code === 'U7')!.reasons[0];
    expect(u7.procedures).toEqual([{ code: 'U1', province: 'HN' }]);
    expect(u7.requirement).toEqual({ index: 0, document: 'giay-a', basis: 'Điều 7 Nghị định 6/2020/NĐ-CP' });
    const u3 = p.unfixable.find((u) => u.code === 'U3')!;
    expect(u3.province).toBeNull();
    expect(u3.reasons[0].candidates).toEqual([{ id: 'so-tam-tru', why: 'expired' }, { id: 'tra-cuu-n', why: 'not-national' }]);
    expectValid(p);
  });
});

describe('plan: a requirement some of whose ways fail otherwise than through a blocked issuer', () => {
  const catalog = loadPlanFixture('obtain-mixed');
  const reasonOf = (p: PlanResult, code: string) => p.unfixable.find((u) => u.code === code)!.reasons[0];

  it('names what is no longer valid (or not national) and what only a blocked procedure, or none offered here, issues', () => {
    const p = plan(catalog);
    expect(p.totals).toMatchObject({ targets: 4, unfixable: 4 });
    const m1 = reasonOf(p, 'M1');
    expect(m1).toMatchObject({
      kind: 'obtain-blocked',
      candidates: [{ id: 'so-ho-khau', why: 'expired' }, { id: 'the-xac-nhan', why: 'obtain-blocked' }],
      procedures: [{ code: 'B1', province: 'HN' }],
    });
    expect(m1.message).toBe(
      'The requirement 1 (so-ho-khau, Điều 2 Nghị định 6/2020/NĐ-CP) cannot be met: so-ho-khau is no longer valid, and the-xac-nhan can only be obtained from a procedure that stays blocked.',
    );
    const m2 = reasonOf(p, 'M2');
    expect(m2).toMatchObject({ kind: 'obtain-blocked', procedures: [] });
    expect(m2.message).toBe(
      'The requirement 1 (so-tam-tru, Điều 3 Nghị định 6/2020/NĐ-CP) cannot be met: so-tam-tru is no longer valid, and no procedure offered here issues the-khong-ai-cap.',
    );
    const m3 = reasonOf(p, 'M3');
    expect(m3.candidates!.map((c) => c.why)).toEqual(['expired', 'not-national', 'obtain-blocked']);
    expect(m3.message).toBe(
      'The requirement 1 (so-cu-tru, Điều 4 Nghị định 6/2020/NĐ-CP) cannot be met: so-cu-tru is no longer valid, tra-cuu-hn is not available nationally, and the-xac-nhan can only be obtained from a procedure that stays blocked.',
    );
    expectValid(p);
  });

  it('with --paperless, says that it cannot be met without paper, a paper document among the rest', () => {
    const p = plan(catalog, { paperless: true });
    const m4 = reasonOf(p, 'M4');
    expect(m4.candidates).toEqual([{ id: 'ct07', why: 'paper' }, { id: 'the-xac-nhan', why: 'obtain-blocked' }]);
    expect(m4.message).toBe(
      'The requirement 1 (ct07, Điều 5 Nghị định 6/2020/NĐ-CP) cannot be met without paper: ct07 is a paper document, and the-xac-nhan can only be obtained from a procedure that stays unfixed.',
    );
    expectValid(p);
  });

  it('keeps "every way" where every way goes through an issuer', () => {
    const u7 = plan(loadPlanFixture('unfixable')).unfixable.find((u) => u.code === 'U7')!.reasons[0];
    expect(u7.message).toBe('Every way to meet the requirement 1 (giay-a, Điều 7 Nghị định 6/2020/NĐ-CP) goes through obtaining a document from a procedure that stays blocked.');
  });
});

describe('plan: what stands in the way of an unfixable requirement', () => {
  const reasonOf = (p: PlanResult, code: string) => p.unfixable.find((u) => u.code === code)!.reasons[0];

  it('with --paperless, says a procedure met only with paper stays unfixed, not blocked', () => {
    // P1 is met, with paper; it alone issues the-p.
    const catalog = loadPlanFixture('obtain-paper');
    expect(plan(catalog).totals.targets).toBe(0);
    const p = plan(catalog, { paperless: true });
    expect(p.totals).toMatchObject({ targets: 4, unfixable: 4, blocked_before: 0 });
    const q1 = reasonOf(p, 'Q1');
    expect(q1).toMatchObject({ kind: 'obtain-blocked', procedures: [{ code: 'P1', province: 'HN' }] });
    expect(q1.unissued).toBeUndefined();
    expect(q1.message).toBe('Every way to meet the requirement 1 (the-p, Điều 2 Nghị định 6/2020/NĐ-CP) without paper goes through obtaining a document from a procedure that stays unfixed.');
    expect(reasonOf(p, 'R1').message).toBe(
      'The requirement 1 (giay-p, Điều 3 Nghị định 6/2020/NĐ-CP) cannot be met without paper: giay-p is a paper document, and the-p can only be obtained from a procedure that stays unfixed.',
    );
    expect(reasonOf(p, 'N1').message).toBe('N1 needs P1, which stays unfixed.');
    for (const u of p.unfixable) for (const r of u.reasons) expect(r.message).not.toContain('blocked');
    expectValid(p);
  });

  it('names both the documents only a blocked procedure issues and those no procedure offered here issues', () => {
    // B1 alone issues the-b and stays blocked; nobody issues the-none.
    const p = plan(loadPlanFixture('obtain-both'));
    const s1 = reasonOf(p, 'S1');
    expect(s1).toMatchObject({ kind: 'obtain-blocked', procedures: [{ code: 'B1', province: 'HN' }], unissued: ['the-none'] });
    expect(s1.message).toBe(
      'Every way to meet the requirement 1 (the-b, Điều 2 Nghị định 6/2020/NĐ-CP) goes through obtaining a document: no procedure offered here issues the-none, and the-b can only be obtained from a procedure that stays blocked.',
    );
    const t1 = reasonOf(p, 'T1');
    expect(t1).toMatchObject({ unissued: ['the-none'] });
    expect(t1.message).toBe(
      'The requirement 1 (so-ho-khau, Điều 3 Nghị định 6/2020/NĐ-CP) cannot be met: so-ho-khau is no longer valid, no procedure offered here issues the-none, and the-b can only be obtained from a procedure that stays blocked.',
    );
    // Where no procedure issues any of them, every one is unissued; where each has a blocked issuer, none is.
    const mixed = plan(loadPlanFixture('obtain-mixed'));
    expect(reasonOf(mixed, 'M2').unissued).toEqual(['the-khong-ai-cap']);
    expect(reasonOf(mixed, 'M1').unissued).toBeUndefined();
    expectValid(p);
    expectValid(mixed);
  });
});

describe('plan --paperless', () => {
  const catalog = loadPlanFixture('paperless');

  it('without it, fixes the blocked procedure, choosing the lookup over CT07 at the same size', () => {
    const p = plan(catalog);
    expect(ids(p)).toEqual(['amend:nd-7-2020/3:csdlqg-dan-cu']);
    expect(p.search.tie_break_optimal).toBe(true);
    expect(p.totals).toMatchObject({ targets: 1, fixed: 1, paper_after: 3, paperless_after: 1 });
  });

  it('with it, met with paper is a target: the lookup is accepted and connected in Gia Lai; paper-only stays unfixed', () => {
    const p = plan(catalog, { paperless: true });
    expect(ids(p)).toEqual(['amend:nd-7-2020/1:csdlqg-dan-cu', 'amend:nd-7-2020/3:csdlqg-dan-cu', 'connect:csdlqg-dan-cu:GL']);
    expect(p.paperless).toBe(true);
    expect(keys(p.unblocks)).toEqual(['P1@GL', 'P1@HN', 'P3@HN']);
    expect(p.totals).toMatchObject({ targets: 4, unfixable: 1, fixed: 3, paper_before: 3, paper_after: 1, paperless_after: 3 });
    const p2 = p.unfixable.find((u) => u.code === 'P2')!;
    expect(p2.reasons[0]).toMatchObject({ kind: 'no-substitute', candidates: [{ id: 'so-tam-tru', why: 'expired' }, { id: 'ct07', why: 'paper' }] });
    const gl = p.changes.find((c) => c.id === 'connect:csdlqg-dan-cu:GL')!;
    expect(gl.solo).toEqual([]);
    expect(keys(gl.marginal)).toEqual(['P1@GL']);
    expectValid(p);
  });

  it('--province GL plans for Gia Lai alone', () => {
    const p = plan(catalog, { paperless: true, province: 'GL' });
    expect(p.province).toBe('GL');
    expect(ids(p)).toEqual(['amend:nd-7-2020/1:csdlqg-dan-cu', 'connect:csdlqg-dan-cu:GL']);
    expect(keys(p.unblocks)).toEqual(['P1@GL']);
    expect(p.order.map((s) => s.cumulative)).toEqual([0, 1]);
  });
});

describe('plan through obtaining procedures and --without', () => {
  it('one amendment of the issuing procedure unblocks it and the procedure that asks for its document', () => {
    const p = plan(loadPlanFixture('obtain-chain'));
    expect(ids(p)).toEqual(['amend:tt-55-2021/26:csdlqg-dan-cu']);
    expect(keys(p.changes[0].solo)).toEqual(['B@HN', 'R@HN']);
    expect(p.totals).toMatchObject({ fixed: 2, paper_after: 1, paperless_after: 1 });
    expectValid(p);
  });

  it('plans as if a legal document had never been issued', () => {
    const catalog = loadPlanFixture('decree-104');
    expect(plan(catalog).changes).toEqual([]);
    const p = plan(catalog, { without: ['104/2022/NĐ-CP'] });
    expect(p.without).toEqual(['nd-104-2022']);
    expect(ids(p)).toEqual(['amend:nd-123-2015/2/1:csdlqg-dan-cu', 'connect:csdlqg-dan-cu:GL']);
    const amend = p.changes.find((c) => c.kind === 'amend')!;
    expect(amend).toMatchObject({
      provision: { legal: 'nd-123-2015', article: 2, clause: 1, label: 'Điều 2 khoản 1 Nghị định 123/2015/NĐ-CP' },
      accept: 'csdlqg-dan-cu',
      accept_kind: 'data_source',
      label: 'Sửa Điều 2 khoản 1 Nghị định 123/2015/NĐ-CP để chấp nhận CSDLQG về dân cư',
    });
    expectValid(p);
  });
});

describe('plan options', () => {
  const catalog = loadPlanFixture('greedy-not-minimal');

  it('refuses an unknown procedure with a suggestion, and a budget that is not a whole number', () => {
    expect(() => plan(catalog, { only: ['X7'] })).toThrow(PlanOptionError);
    const error = (() => {
      try {
        plan(catalog, { only: ['x5'] });
      } catch (e) {
        return e as PlanOptionError;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(PlanOptionError);
    expect(error!.code).toBe('UNKNOWN_PROCEDURE');
    expect(error!.suggestions).toContain('X5');
    expect(error!.message).toMatch(/Did you mean 'X5'/);
    expect(() => plan(catalog, { budget: -1 })).toThrow(/whole number/);
    expect(() => plan(catalog, { budget: 1.5 })).toThrow(PlanOptionError);
  });

  it('passes bad dates and provinces on from the analysis', () => {
    expect(() => plan(catalog, { at: '2023-02-30' })).toThrow(AnalysisOptionError);
    expect(() => plan(catalog, { province: 'XX' })).toThrow(AnalysisOptionError);
  });

  it('is the same plan every time', () => {
    expect(plan(catalog)).toEqual(plan(catalog));
  });
});
