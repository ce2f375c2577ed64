import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { provisionRankKey, rankProvisions } from '../../src/analysis/rank-provisions.js';
import type { AnalysisResult, ProcedureResult } from '../../src/analysis/result-types.js';
import type { ProvisionRanking } from '../../src/analysis/rank-types.js';
import type { Catalog, Procedure } from '../../src/catalog/types.js';
import { WrongArgumentError } from '../../src/util/expect-argument.js';
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
    // Equal counts: by label, its numbers as numbers.
    expect(rankProvisions(analyze(small, { at: '2022-12-31' })).provisions.map((p) => p.provision.label)).toEqual([
      'Điều 9 Nghị định 62/2015/NĐ-CP',
      'Điều 10 Nghị định 62/2015/NĐ-CP',
    ]);
    const without = rankProvisions(analyze(small, { without: ['nd-104-2022'] }));
    expect(without.blocked).toBe(20);
    // Birth registration (3 provinces) directly; marriage (3, its own basis too) and the linked service (3) through it.
    const art2 = without.provisions.find((p) => p.provision.label === 'Điều 2 khoản 1 Nghị định 123/2015/NĐ-CP')!;
    expect([art2.direct, art2.transitive]).toEqual([6, 3]);
  });
});

describe('rankProvisions where central procedures wait on provincial ones', () => {
  // p1 and p7 run only in HN; the central c1 needs p1, the central c3 asks for Giấy D, issued by p7.
  const catalog = loadReportFixture('rank-central');
  const figures = (r: ProvisionRanking) =>
    Object.fromEntries(r.provisions.map((p) => [p.provision.article, [p.direct, p.transitive, p.total, p.procedures]]));
  const blamed = (r: ProvisionRanking, article: number) =>
    r.provisions.find((p) => p.provision.article === article)!.evaluations.map((e) => `${e.code}@${e.province}${e.direct ? '' : ' (transitive)'}`);

  it('blames a central evaluation on what blocks the provincial procedure it needs or obtains a document through', () => {
    const ranking = rankProvisions(analyze(catalog));
    expect(figures(ranking)).toEqual({ 1: [1, 1, 2, 2], 2: [1, 2, 3, 2], 7: [1, 1, 2, 2], 9: [1, 0, 1, 1] });
    expect(blamed(ranking, 1)).toEqual(['p1@HN', 'c1@null (transitive)']);
    expect(blamed(ranking, 7)).toEqual(['p7@HN', 'c3@null (transitive)']);
    expect([ranking.blocked, ranking.unattributed]).toEqual([7, 0]);
  });

  it('ranks one province of the result for every province, following the waits into the other', () => {
    const ranking = rankProvisions(analyze(catalog), { province: 'GL' });
    expect(figures(ranking)).toEqual({ 1: [0, 1, 1, 1], 2: [1, 1, 2, 2], 7: [0, 1, 1, 1], 9: [1, 0, 1, 1] });
    expect(blamed(ranking, 1)).toEqual(['c1@null (transitive)']);
    expect([ranking.province, ranking.blocked, ranking.unattributed]).toEqual(['GL', 4, 0]);
    // The result for GL alone holds no evaluation in HN: its ranking follows only the waits it holds.
    const local = rankProvisions(analyze(catalog, { province: 'GL' }));
    expect([local.province, local.blocked, local.unattributed]).toEqual(['GL', 4, 1]);
    expect(rankProvisions(analyze(catalog, { province: 'GL' }), { province: 'GL' })).toEqual(local);
  });

  it('refuses to rank a province the result was not analysed for', () => {
    expect(() => rankProvisions(analyze(catalog, { province: 'HN' }), { province: 'GL' })).toThrow(
      /holds the evaluations of HN only, not those of GL/,
    );
    expect(() => rankProvisions(analyze(catalog), 'GL' as never)).toThrow(WrongArgumentError);
  });
});

// Random catalogs: documents obtainable through procedures, needs, sunsets, in two provinces;
// central procedures, and provincial ones run in both provinces or in one.
const CODES = ['p0', 'p1', 'p2', 'p3', 'p4'];
const PROVINCES = ['HN', 'GL'];
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
          provinces: fc.constantFrom<[string] | undefined>(undefined, ['HN'], ['GL']),
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
        ...(procs[i].central || !procs[i].provinces ? {} : { provinces: procs[i].provinces }),
        requires: procs[i].requires.map((r) => ({ document: `d${r.doc}`, ...(r.article ? { basis: { legal: 'l', article: r.article } } : {}) })),
        needs: procs[i].needs,
      }),
    ),
  }));

const evalKey = (r: { code: string; province: string | null }) => `${r.code}@${r.province ?? ''}`;

/**
 * Brute force: a provision blocks E when it is the basis of a blocked requirement of E or of
 * any evaluation E waits on, at any depth. What E waits on is read from the catalog, not from
 * the result's references: the blocked evaluations of a procedure it needs, or of an issuer of
 * a valid candidate document of a blocked requirement (a central procedure in its one
 * evaluation; a provincial one, from a provincial E, in E's province, and from a central E, in
 * every province where it runs).
 */
function oracle(catalog: Catalog, result: AnalysisResult): Map<string, Set<string>> {
  const byKey = new Map(result.results.map((r) => [evalKey(r), r]));
  const procedure = new Map(catalog.procedures.map((p) => [p.code, p]));
  const document = new Map(catalog.documents.map((d) => [d.id, d]));
  const evaluationsOf = (x: string, from: string | null): ProcedureResult[] => {
    const p = procedure.get(x)!;
    const central = p.level.every((l) => l === 'trung-uong');
    const where = central ? [null] : from !== null ? [from] : (p.provinces === undefined || p.provinces === 'all' ? PROVINCES : p.provinces);
    return where.flatMap((q) => byKey.get(evalKey({ code: x, province: q })) ?? []).filter((r) => r.status === 'blocked');
  };
  const waitsOn = (r: ProcedureResult): ProcedureResult[] => {
    const own = procedure.get(r.code)!;
    const issuers = r.requirements
      .filter((q) => q.status === 'blocked')
      .flatMap((q) => [q.document, ...(own.requires?.[q.index].accept ?? [])])
      .map((d) => document.get(d)!)
      .filter((d) => d.valid_until === undefined)
      .flatMap((d) => d.obtained_by ?? []);
    return [...(own.needs ?? []), ...issuers].flatMap((x) => evaluationsOf(x, r.province));
  };
  const out = new Map<string, Set<string>>();
  for (const r of result.results.filter((x) => x.status === 'blocked')) {
    const seen = new Set<string>();
    const stack = [r];
    const blame = new Set<string>();
    while (stack.length) {
      const e = stack.pop()!;
      if (seen.has(evalKey(e))) continue;
      seen.add(evalKey(e));
      for (const q of e.requirements) if (q.status === 'blocked' && q.basis) blame.add(provisionRankKey(q.basis));
      stack.push(...waitsOn(e));
    }
    out.set(evalKey(r), blame);
  }
  return out;
}

/** The ranking's evaluations match the oracle's blame for those in `province` (and central ones; all when null). */
function expectOracle(result: AnalysisResult, ranking: ProvisionRanking, want: Map<string, Set<string>>, province: string | null): void {
  const ranked = result.results.filter((r) => r.status === 'blocked' && (province === null || r.province === null || r.province === province));
  const got = new Map<string, Set<string>>();
  for (const p of ranking.provisions) {
    for (const e of p.evaluations) {
      const k = evalKey(e);
      if (!got.has(k)) got.set(k, new Set());
      got.get(k)!.add(p.key);
      const own = result.results.find((r) => r.code === e.code && r.province === e.province)!;
      const isDirect = own.requirements.some((q) => q.status === 'blocked' && q.basis && provisionRankKey(q.basis) === p.key);
      expect(e.direct).toBe(isDirect);
    }
    expect(p.total).toBe(p.direct + p.transitive);
    expect(p.total).toBe(p.evaluations.length);
  }
  for (const r of ranked) expect([evalKey(r), got.get(evalKey(r)) ?? new Set()]).toEqual([evalKey(r), want.get(evalKey(r))]);
  expect(got.size).toBe([...got.keys()].filter((k) => ranked.some((r) => evalKey(r) === k)).length);
  expect(ranking.unattributed).toBe(ranked.filter((r) => want.get(evalKey(r))!.size === 0).length);
  expect(ranking.blocked).toBe(ranked.length);
  expect(ranking.province).toBe(province);
}

describe('rankProvisions on random catalogs', () => {
  it('blames exactly the provisions a brute-force walk finds, and splits direct from transitive', () => {
    fc.assert(
      fc.property(catalogArb, (catalog) => {
        const result = analyze(catalog);
        const ranking = rankProvisions(result);
        expectOracle(result, ranking, oracle(catalog, result), null);
        expect(ranking.blocked).toBe(result.totals.blocked);
      }),
      { numRuns: 300 },
    );
  });

  it('ranks one province of a result for every province, following waits through the other', () => {
    fc.assert(
      fc.property(catalogArb, fc.constantFrom(...PROVINCES), (catalog, province) => {
        const result = analyze(catalog);
        const ranking = rankProvisions(result, { province });
        expectOracle(result, ranking, oracle(catalog, result), province);
        expect(ranking.blocked).toBe(analyze(catalog, { province }).totals.blocked);
      }),
      { numRuns: 300 },
    );
  });
});
