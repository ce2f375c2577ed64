import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { provisionRankKey, rankProvisions } from '../../src/analysis/rank-provisions.js';
import type { AnalysisResult, ProcedureResult } from '../../src/analysis/result-types.js';
import type { Catalog, Procedure } from '../../src/catalog/types.js';
import { loadReportFixture } from '../report/fixture-analysis.js';

describe('rankProvisions on the small household-book catalog', () => {
  const small = loadReportFixture('hokhau-small');
  const ranking = rankProvisions(analyze(small));
  const entry = (label: string) => ranking.provisions.find((p) => p.provision.label === label)!;

  it('counts the basis of an unmet requirement directly and what needs that procedure transitively', () => {
    // 1.003091 (HN, HCM) asks for the abolished sổ tạm trú under Art. 7; 1.004222 needs it in both.
    const art7 = entry('Điều 7 Nghị định 62/2015/NĐ-CP');
    expect([art7.direct, art7.transitive, art7.total, art7.procedures]).toEqual([2, 2, 4, 2]);
    expect(art7.evaluations.filter((e) => !e.direct).map((e) => `${e.code}@${e.province}`).sort()).toEqual([
      '1.004222@HCM',
      '1.004222@HN',
    ]);
    expect(ranking.provisions[0]).toBe(art7);
  });

  it('blames each provision of a deadlock on both procedures', () => {
    expect([entry('Điều 9 Nghị định 62/2015/NĐ-CP').direct, entry('Điều 9 Nghị định 62/2015/NĐ-CP').transitive]).toEqual([1, 1]);
    expect([entry('Điều 10 Nghị định 62/2015/NĐ-CP').direct, entry('Điều 10 Nghị định 62/2015/NĐ-CP').transitive]).toEqual([1, 1]);
  });

  it('counts a central evaluation once', () => {
    expect(entry('Điều 15 khoản 2 điểm b Nghị định 11/2021/NĐ-CP').evaluations).toEqual([
      { code: '1.004512', province: null, direct: true },
    ]);
  });

  it('ranks nothing when nothing is blocked, and more when an amending decree is ignored', () => {
    expect(rankProvisions(analyze(small, { at: '2022-12-31' })).provisions.map((p) => p.provision.label)).toEqual([
      'Điều 10 Nghị định 62/2015/NĐ-CP',
      'Điều 9 Nghị định 62/2015/NĐ-CP',
    ]);
    const without = rankProvisions(analyze(small, { without: ['nd-104-2022'] }));
    expect(without.blocked).toBe(20);
    // Birth registration (3 provinces) directly; marriage (3, its own basis too) and the linked service (3) through it.
    const art2 = without.provisions.find((p) => p.provision.label === 'Điều 2 khoản 1 Nghị định 123/2015/NĐ-CP')!;
    expect([art2.direct, art2.transitive]).toEqual([6, 3]);
  });
});

// Random catalogs: documents obtainable through procedures, needs, sunsets, in two provinces.
const CODES = ['p0', 'p1', 'p2', 'p3', 'p4'];
const catalogArb: fc.Arbitrary<Catalog> = fc
  .record({
    docs: fc.tuple(
      ...[0, 1, 2, 3].map(() =>
        fc.record({ expired: fc.boolean(), obtained_by: fc.subarray(CODES, { maxLength: 2 }) }),
      ),
    ),
    procs: fc.tuple(
      ...CODES.map(() =>
        fc.record({
          requires: fc.array(fc.record({ doc: fc.integer({ min: 0, max: 3 }), article: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) }), { maxLength: 2 }),
          needs: fc.subarray(CODES, { maxLength: 2 }),
          central: fc.boolean(),
        }),
      ),
    ),
  })
  .map(({ docs, procs }) => ({
    catalog: { name: 'random', cutoff: '2023-01-01' },
    provinces: [
      { code: 'HN', name: 'Hà Nội' },
      { code: 'GL', name: 'Gia Lai' },
    ],
    documents: docs.map((d, i) => ({
      id: `d${i}`,
      name: `d${i}`,
      form: 'paper' as const,
      ...(d.expired ? { valid_until: '2022-12-31' } : {}),
      ...(d.obtained_by.length ? { obtained_by: d.obtained_by } : {}),
    })),
    data_sources: [],
    legal: [{ id: 'l', number: '1/2020/NĐ-CP', type: 'nghi-dinh' as const }],
    procedures: CODES.map(
      (code, i): Procedure => ({
        code,
        name: code,
        level: procs[i].central ? ['trung-uong'] : ['xa'],
        requires: procs[i].requires.map((r) => ({ document: `d${r.doc}`, ...(r.article ? { basis: { legal: 'l', article: r.article } } : {}) })),
        needs: procs[i].needs,
      }),
    ),
  }));

/** Brute force: a provision blocks E when it is the basis of a blocked requirement of E or of any evaluation E waits on, at any depth. */
function oracle(result: AnalysisResult): Map<string, Set<string>> {
  const key = (r: { code: string; province: string | null }) => `${r.code}@${r.province ?? ''}`;
  const byKey = new Map(result.results.map((r) => [key(r), r]));
  const waitsOn = (r: ProcedureResult) => [
    ...r.needs.filter((n) => n.status === 'blocked'),
    ...r.requirements
      .filter((q) => q.status === 'blocked')
      .flatMap((q) => q.candidates.flatMap((c) => (c.reason.kind === 'not-obtainable' ? c.reason.via.filter((v) => v.status === 'blocked') : []))),
  ];
  const out = new Map<string, Set<string>>();
  for (const r of result.results.filter((x) => x.status === 'blocked')) {
    const seen = new Set<string>();
    const stack = [r];
    const blame = new Set<string>();
    while (stack.length) {
      const e = stack.pop()!;
      if (seen.has(key(e))) continue;
      seen.add(key(e));
      for (const q of e.requirements) if (q.status === 'blocked' && q.basis) blame.add(provisionRankKey(q.basis));
      for (const ref of waitsOn(e)) {
        const next = byKey.get(key(ref));
        if (next) stack.push(next);
      }
    }
    out.set(key(r), blame);
  }
  return out;
}

describe('rankProvisions on random catalogs', () => {
  it('blames exactly the provisions a brute-force walk finds, and splits direct from transitive', () => {
    fc.assert(
      fc.property(catalogArb, (catalog) => {
        const result = analyze(catalog);
        const ranking = rankProvisions(result);
        const want = oracle(result);
        const got = new Map<string, Set<string>>();
        for (const p of ranking.provisions) {
          for (const e of p.evaluations) {
            const k = `${e.code}@${e.province ?? ''}`;
            if (!got.has(k)) got.set(k, new Set());
            got.get(k)!.add(p.key);
            const own = result.results.find((r) => r.code === e.code && r.province === e.province)!;
            const isDirect = own.requirements.some((q) => q.status === 'blocked' && q.basis && provisionRankKey(q.basis) === p.key);
            expect(e.direct).toBe(isDirect);
          }
          expect(p.total).toBe(p.direct + p.transitive);
          expect(p.total).toBe(p.evaluations.length);
        }
        for (const [k, blame] of want) expect(got.get(k) ?? new Set()).toEqual(blame);
        expect(ranking.unattributed).toBe([...want.values()].filter((b) => b.size === 0).length);
        expect(ranking.blocked).toBe(result.totals.blocked);
      }),
      { numRuns: 200 },
    );
  });
});
