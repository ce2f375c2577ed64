import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog, Procedure, Requirement } from '../../src/catalog/types.js';
import { dependents } from '../../src/analysis/dependents.js';
import type { DependentTargetKind } from '../../src/analysis/dependents-types.js';
import { drawnDocuments, drawnLegal, drawnProcedures } from './helpers/random-catalog.js';

// Random small catalogs: procedures p0..p5, documents d0..d4, data sources s0..s1, legal l0..l2.
const P = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'];
const D = ['d0', 'd1', 'd2', 'd3', 'd4'];
const S = ['s0', 's1'];
const L = ['l0', 'l1', 'l2'];
const DATES = ['2022-12-31', '2023-01-01', '2023-06-30'];

const someOf = <T>(xs: T[], max: number) => fc.subarray(xs, { maxLength: max });
const basisArb = fc.option(fc.record({ legal: fc.constantFrom(...L.slice(0, 2)), article: fc.constantFrom(1, 2) }), { nil: undefined });
const requirementArb: fc.Arbitrary<Requirement> = fc
  .record({ document: fc.constantFrom(...D), basis: basisArb, accept: someOf([...D, ...S], 2) })
  .map(({ basis, accept, ...r }) => ({ ...r, ...(basis ? { basis } : {}), ...(accept.length ? { accept } : {}) }));

const catalogArb: fc.Arbitrary<Catalog> = fc
  .record({
    procs: fc.tuple(...P.map(() => fc.record({ requires: fc.array(requirementArb, { maxLength: 2 }), needs: someOf(P, 2), basis: someOf(L, 1) }))),
    docs: fc.tuple(...D.map(() => fc.record({ obtained_by: someOf(P, 2), sunset: fc.option(fc.constantFrom(...L), { nil: undefined }) }))),
    expires: fc.tuple(...L.map(() => fc.option(fc.constantFrom(...DATES), { nil: undefined }))),
    amends: fc.array(
      fc.record({
        by: fc.constantFrom(...L),
        scope: fc.boolean(),
        document: fc.constantFrom(...D),
        legal: fc.constantFrom(...L.slice(0, 2)),
        article: fc.option(fc.constantFrom(1, 2), { nil: undefined }),
        accept: someOf([...D, ...S], 2),
        drop: fc.boolean(),
        effective: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
      }),
      { maxLength: 4 },
    ),
  })
  .map(({ procs, docs, expires, amends }) => ({
    provinces: [{ code: 'HN', name: 'Hà Nội' }],
    documents: drawnDocuments(D, docs),
    data_sources: S.map((id) => ({ id, name: id, provides: [] })),
    legal: drawnLegal(L, amends, expires),
    procedures: drawnProcedures(P, procs),
  }));

/** Brute force: the dependence relation as a fixpoint, written from the definition in docs/semantics.md. */
function oracle(c: Catalog, kind: DependentTargetKind, target: string, at?: string): Map<string, number> {
  const legalOf = (b: unknown) => (typeof b === 'string' ? b : (b as { legal: string }).legal);
  const amendments = c.legal.flatMap((l) => (l.amends ?? []).map((a) => ({ l, a, eff: a.effective ?? l.effective })));
  const covers = (a: (typeof amendments)[number]['a'], r: Requirement) => {
    if (a.scope) return a.scope.document === r.document;
    if (r.basis === undefined) return false;
    const b = r.basis as { legal: string; article?: number };
    if (typeof a.provision === 'string') return a.provision === b.legal;
    const p = a.provision as { legal: string; article?: number };
    return p.legal === b.legal && (p.article === undefined || p.article === b.article);
  };
  const inForce = (eff?: string, expires?: string) =>
    at === undefined || ((eff === undefined || eff <= at) && (expires === undefined || at <= expires));
  const candidatesOf = (r: Requirement) => {
    const cov = amendments.filter((x) => inForce(x.eff, x.l.expires) && covers(x.a, r));
    if (at !== undefined && cov.some((x) => x.a.drop)) return { cov, cands: [] as string[] };
    return { cov, cands: [r.document, ...(r.accept ?? []), ...cov.flatMap((x) => x.a.accept ?? [])] };
  };
  const doc = (id: string) => c.documents.find((d) => d.id === id);
  const direct = (p: Procedure): boolean => {
    if (kind === 'legal' && (p.basis ?? []).some((b) => legalOf(b) === target)) return true;
    if (kind === 'procedure' && (p.needs ?? []).includes(target)) return true;
    for (const r of p.requires ?? []) {
      const { cov, cands } = candidatesOf(r);
      if ((kind === 'document' || kind === 'data_source') && cands.includes(target)) return true;
      if (kind === 'legal') {
        if (r.basis !== undefined && legalOf(r.basis) === target) return true;
        if (cov.some((x) => x.l.id === target)) return true;
        if (cands.some((id) => doc(id)?.sunset_basis !== undefined && legalOf(doc(id)!.sunset_basis) === target)) return true;
      }
      if (kind === 'procedure' && cands.some((id) => (doc(id)?.obtained_by ?? []).includes(target))) return true;
    }
    return false;
  };
  const reaches = (p: Procedure, set: Map<string, number>): boolean =>
    (p.needs ?? []).some((q) => set.has(q)) ||
    (p.requires ?? []).some((r) => candidatesOf(r).cands.some((id) => (doc(id)?.obtained_by ?? []).some((q) => set.has(q))));
  const found = new Map<string, number>();
  const eligible = (p: Procedure) => !(kind === 'procedure' && p.code === target);
  for (const p of c.procedures) if (eligible(p) && direct(p)) found.set(p.code, 0);
  for (let depth = 1; ; depth++) {
    const snapshot = new Map(found);
    for (const p of c.procedures) if (eligible(p) && !found.has(p.code) && reaches(p, snapshot)) found.set(p.code, depth);
    if (found.size === snapshot.size) return found;
  }
}

const targetArb = fc.oneof(
  fc.record({ kind: fc.constant<DependentTargetKind>('document'), id: fc.constantFrom(...D) }),
  fc.record({ kind: fc.constant<DependentTargetKind>('data_source'), id: fc.constantFrom(...S) }),
  fc.record({ kind: fc.constant<DependentTargetKind>('legal'), id: fc.constantFrom(...L) }),
  fc.record({ kind: fc.constant<DependentTargetKind>('procedure'), id: fc.constantFrom(...P) }),
);

describe('dependents on random catalogs', () => {
  it('equals a brute-force fixpoint, with shortest depths and paths that start and end where they should', () => {
    fc.assert(
      fc.property(catalogArb, targetArb, fc.option(fc.constantFrom(...DATES), { nil: undefined }), (c, t, at) => {
        const got = dependents(c, t.id, { kind: t.kind, ...(at ? { at } : {}) });
        const want = oracle(c, t.kind, t.id, at);
        expect(new Map(got.dependents.map((d) => [d.code, d.depth]))).toEqual(want);
        for (const d of got.dependents) {
          const first = d.path[0];
          expect(first.kind === 'procedure' && first.code === d.code).toBe(true);
          expect(d.path.filter((s) => s.kind === 'procedure' && s.relation !== undefined).length).toBe(d.depth + (t.kind === 'procedure' ? 1 : 0));
          const last = d.path[d.path.length - 1];
          const lastId =
            last.kind === 'procedure' ? last.code : last.kind === 'document' || last.kind === 'data_source' ? last.id : last.kind === 'provision' ? last.provision.legal : last.kind === 'amendment' ? last.amendment.legal : '';
          expect(lastId).toBe(t.id);
        }
      }),
      { numRuns: 400 },
    );
  });
});
