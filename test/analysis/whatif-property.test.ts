import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Amendment, Catalog, Procedure } from '../../src/catalog/types.js';
import { analyze } from '../../src/analysis/analyze.js';
import { applyReform } from '../../src/analysis/reform/apply-reform.js';
import { checkReform } from '../../src/analysis/reform/check-reform.js';
import type { Reform } from '../../src/analysis/reform/types.js';
import { evaluationKey } from '../../src/analysis/diff-results.js';
import { whatif } from '../../src/analysis/whatif.js';
import type { DependencyState, WhatIfResult } from '../../src/analysis/whatif-types.js';
import type { AnalysisResult } from '../../src/analysis/result-types.js';
import { reformPartKey } from '../../src/analysis/whatif-explain.js';

const PROVINCES = ['HN', 'GL'];
const EVIDENCE = ['book', 'card', 'cert', 'db'];
const AT = '2023-01-01';

/** A small random catalog: a sunset paper book, a card, a certificate obtained by a procedure, one database. */
const catalogArb = fc
  .record({
    bookUntil: fc.constantFrom('2022-12-31', '2023-06-30'),
    dbFrom: fc.option(fc.constantFrom('2022-07-01', '2023-06-01'), { nil: undefined }),
    dbGL: fc.option(fc.option(fc.constantFrom('2022-12-01', '2023-03-01'), { nil: null }), { nil: undefined }),
    procedures: fc.array(
      fc.record({
        requires: fc.array(fc.record({ document: fc.constantFrom('book', 'card', 'cert'), article: fc.integer({ min: 1, max: 3 }), clause: fc.integer({ min: 1, max: 2 }), accept: fc.subarray(EVIDENCE, { maxLength: 1 }) }), { maxLength: 2 }),
        needs: fc.array(fc.nat(4), { maxLength: 1 }),
        central: fc.boolean(),
      }),
      { minLength: 1, maxLength: 5 },
    ),
  })
  .map((g): Catalog => {
    const procedures: Procedure[] = g.procedures.map((p, i) => ({
      code: `p${i}`,
      name: `P${i}`,
      level: p.central ? ['trung-uong'] : ['xa'],
      requires: p.requires.map((r) => ({ document: r.document, basis: { legal: 'base', article: r.article, clause: r.clause }, ...(r.accept.length ? { accept: r.accept.filter((x) => x !== r.document) } : {}) })),
      needs: p.needs.filter((n) => n < g.procedures.length && n !== i).map((n) => `p${n}`),
    }));
    return {
      catalog: { name: 'random', cutoff: AT },
      provinces: PROVINCES.map((code) => ({ code, name: code })),
      documents: [
        { id: 'book', name: 'Book', form: 'paper', valid_until: g.bookUntil },
        { id: 'card', name: 'Card', form: 'card' },
        { id: 'cert', name: 'Certificate', form: 'paper', obtained_by: ['p0'] },
      ],
      data_sources: [{ id: 'db', name: 'DB', provides: ['book'], ...(g.dbFrom ? { available_from: g.dbFrom } : {}), ...(g.dbGL !== undefined ? { provinces: { GL: g.dbGL } } : {}) }],
      legal: [{ id: 'base', number: '1/2015/NĐ-CP', type: 'nghi-dinh' }],
      procedures,
    };
  });

const amendmentArb: fc.Arbitrary<Amendment> = fc.oneof(
  fc.record({ article: fc.integer({ min: 1, max: 3 }), clause: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }), accept: fc.subarray(EVIDENCE, { minLength: 1, maxLength: 2 }) }).map((a) => ({
    provision: { legal: 'base', article: a.article, ...(a.clause !== undefined ? { clause: a.clause } : {}) },
    accept: a.accept,
  })),
  fc.record({ document: fc.constantFrom('book', 'card', 'cert'), drop: fc.boolean(), accept: fc.subarray(EVIDENCE, { minLength: 1, maxLength: 1 }) }).map((a) => (a.drop ? { scope: { document: a.document }, drop: true } : { scope: { document: a.document }, accept: a.accept })),
);

const reformArb: fc.Arbitrary<Reform> = fc.record({
  amends: fc.array(amendmentArb, { maxLength: 3 }),
  effective: fc.constantFrom('2022-12-01', AT, '2023-02-01'),
  connect: fc.array(fc.record({ province: fc.constantFrom(...PROVINCES), from: fc.constantFrom('2022-12-15', AT, '2023-05-01') }), { maxLength: 2 }),
}).map((r) => ({
  ...(r.amends.length ? { legal: [{ id: 'reform', number: '9/2023/NĐ-CP', type: 'nghi-dinh' as const, effective: r.effective, amends: r.amends }] } : {}),
  connect: r.connect.map((c) => ({ data_source: 'db', ...c })),
}));

const FORM_ORDER = ['data', 'electronic', 'card', 'paper'] as const;

/**
 * The state of a procedure an evaluation waits on, from the analysis of every province: its
 * central result; its result in the province; or, read from a central evaluation (province
 * null), met when met in every province where it runs, with the worst of their forms.
 */
function dependencyState(catalog: Catalog, result: AnalysisResult, code: string, province: string | null): DependencyState {
  const central = catalog.procedures.find((p) => p.code === code)!.level.every((l) => l === 'trung-uong');
  const own = result.results.filter((r) => r.code === code && (central || province === null || r.province === province));
  const blocked = own.some((r) => r.status !== 'met');
  const worst = Math.max(...own.map((r) => (r.best_form === null ? -1 : FORM_ORDER.indexOf(r.best_form))));
  return blocked
    ? { status: 'blocked', paper: false, best_form: null }
    : { status: 'met', paper: own.some((r) => r.paper), best_form: worst < 0 ? null : FORM_ORDER[worst] };
}

function expectDependencyStates(catalog: Catalog, w: WhatIfResult, before: AnalysisResult, after: AnalysisResult): void {
  for (const e of w.entries) {
    for (const d of e.dependencies) {
      const where = `${d.code}@${d.province} for ${e.code}@${e.province}`;
      expect(d.before, where).toEqual(dependencyState(catalog, before, d.code, d.province));
      expect(d.after, where).toEqual(dependencyState(catalog, after, d.code, d.province));
    }
  }
}

/** Met with a card or electronic document as the worst step: what the applicant must bring, no data lookup covering it. */
const needsDocument = (form: string | null) => form === 'card' || form === 'electronic';

describe('whatif on random catalogs and reforms (property)', () => {
  it('matches two separate analyses, never newly blocks, and its unused parts really change nothing', () => {
    fc.assert(
      fc.property(catalogArb, reformArb, (catalog, reform) => {
        expect(checkReform(reform, catalog).filter((d) => d.severity === 'error')).toEqual([]);
        const w = whatif(catalog, reform, { at: AT });
        const before = analyze(catalog, { at: AT });
        const after = analyze(applyReform(catalog, reform), { at: AT });
        expect(w.totals).toEqual({ baseline: before.totals, reformed: after.totals });

        // Oracle for the kinds: compare the two analyses directly.
        const afterBy = new Map(after.results.map((r) => [evaluationKey(r.code, r.province), r]));
        const expected: string[] = [];
        for (const b of before.results) {
          const a = afterBy.get(evaluationKey(b.code, b.province))!;
          const kind =
            b.status === 'blocked' && a.status === 'blocked' ? 'still-blocked'
            : b.status === 'blocked' ? 'newly-met'
            : a.status === 'blocked' ? 'newly-blocked'
            : b.paper && !a.paper ? 'no-longer-paper'
            : !b.paper && a.paper ? 'newly-paper'
            : !b.paper && needsDocument(b.best_form) && !needsDocument(a.best_form) ? 'no-longer-document'
            : !a.paper && !needsDocument(b.best_form) && needsDocument(a.best_form) ? 'newly-document'
            : null;
          if (kind) expected.push(`${b.code}@${b.province}:${kind}`);
        }
        expect(w.entries.map((e) => `${e.code}@${e.province}:${e.change}`).sort()).toEqual(expected.sort());

        // A reform only adds: nothing gets worse.
        expect(w.counts['newly-blocked'] + w.counts['newly-paper'] + w.counts['newly-document']).toBe(0);

        // Every newly met, no-longer-paper or no-longer-document evaluation is explained by a requirement or a dependency.
        for (const e of w.entries) {
          if (e.change === 'newly-met' || e.change === 'no-longer-paper' || e.change === 'no-longer-document') expect(e.requirements.length + e.dependencies.length, `${e.code}@${e.province}`).toBeGreaterThan(0);
        }

        // A procedure it waits on is told in the state its own evaluations give it, the form included.
        expectDependencyStates(catalog, w, before, after);
        expectDependencyStates(catalog, whatif(catalog, reform, { at: AT, province: 'GL' }), before, after);

        // Taking out the parts reported unused changes nothing.
        const unused = new Set(w.unused.map(reformPartKey));
        const kept: Reform = {
          legal: (reform.legal ?? []).map((l) => ({ ...l, amends: (l.amends ?? []).filter((_, i) => !unused.has(`a:${l.id}#${i}`)) })).filter((l) => l.amends.length > 0),
          connect: (reform.connect ?? []).filter((c) => !unused.has(`c:${c.data_source}@${c.province}@${c.from}`)),
        };
        const trimmed = whatif(catalog, kept, { at: AT });
        expect(trimmed.counts).toEqual(w.counts);
        expect(trimmed.totals).toEqual(w.totals);
      }),
      {
        numRuns: 200,
        // Always tried first: a procedure spared its card only through the procedure it needs (p2 needs p1, whose card requirement the reform drops).
        examples: [[{"catalog": {"name": "random", "cutoff": "2023-01-01"}, "provinces": [{"code": "HN", "name": "HN"}, {"code": "GL", "name": "GL"}], "documents": [{"id": "book", "name": "Book", "form": "paper", "valid_until": "2022-12-31"}, {"id": "card", "name": "Card", "form": "card"}, {"id": "cert", "name": "Certificate", "form": "paper", "obtained_by": ["p0"]}], "data_sources": [{"id": "db", "name": "DB", "provides": ["book"]}], "legal": [{"id": "base", "number": "1/2015/NĐ-CP", "type": "nghi-dinh"}], "procedures": [{"code": "p0", "name": "P0", "level": ["xa"], "requires": [], "needs": []}, {"code": "p1", "name": "P1", "level": ["xa"], "requires": [{"document": "card", "basis": {"legal": "base", "article": 1, "clause": 1}}], "needs": []}, {"code": "p2", "name": "P2", "level": ["xa"], "requires": [], "needs": ["p1"]}]} as never, {"legal": [{"id": "reform", "number": "9/2023/NĐ-CP", "type": "nghi-dinh", "effective": "2022-12-01", "amends": [{"scope": {"document": "card"}, "drop": true}]}], "connect": []} as never]],
      },
    );
  });
});
