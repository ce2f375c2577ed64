import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { satisfiedBy } from '../../../src/analysis/plan/antichain.js';
import { buildModel } from '../../../src/analysis/plan/build-model.js';
import { loadCatalog } from '../../../src/catalog/load-catalog.js';
import { computeFamilies, FAMILY_CAP, FAMILY_CAP_PAST_WORK } from '../../../src/analysis/plan/compute-families.js';
import { evaluateModel } from '../../../src/analysis/plan/evaluate-model.js';
import { modelOrder, type ModelOrder } from '../../../src/analysis/plan/model-order.js';
import type { Model, ModelCand } from '../../../src/analysis/plan/model-types.js';
import { toCsr } from '../../../src/analysis/csr.js';
import { AT, catalogs } from './helpers/random-catalogs.js';

describe('computeFamilies', () => {
  it('gives each evaluation the sets of changes that make it met, as evaluating the model with them shows', () => {
    fc.assert(
      fc.property(catalogs, fc.infiniteStream(fc.boolean()), fc.array(fc.infiniteStream(fc.boolean()), { minLength: 1, maxLength: 6 }), (catalog, pickRoots, choices) => {
        const model = buildModel(catalog, { at: AT });
        const pick = pickRoots[Symbol.iterator]();
        const roots = model.evals.flatMap((_, i) => (pick.next().value ? [i] : []));
        const families = computeFamilies(model, modelOrder(model, roots));
        fc.pre(!families.truncated);
        for (const e of roots) {
          expect(families.met.has(e)).toBe(true);
          expect(families.paperless.has(e)).toBe(true);
        }
        for (const choice of choices) {
          const c = choice[Symbol.iterator]();
          const chosen = Uint8Array.from(model.changes, () => (c.next().value ? 1 : 0));
          const state = evaluateModel(model, chosen);
          for (const [e, family] of families.met) expect(satisfiedBy(family, chosen)).toBe(state.met[e] === 1);
          for (const [e, family] of families.paperless) expect(satisfiedBy(family, chosen)).toBe(state.paperless[e] === 1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('past its work limit keeps a few sets per evaluation, each enough to make it met, and none only where no change can', () => {
    fc.assert(
      fc.property(catalogs, fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 })), (catalog, maxWork) => {
        const model = buildModel(catalog, { at: AT });
        const roots = model.evals.map((_, i) => i);
        const families = computeFamilies(model, modelOrder(model, roots), FAMILY_CAP, maxWork);
        const all = evaluateModel(model, new Uint8Array(model.changes.length).fill(1));
        for (const [kind, map] of [['met', families.met], ['paperless', families.paperless]] as const) {
          for (const [e, family] of map) {
            expect(family.length > 0).toBe(all[kind][e] === 1);
            for (const set of family) {
              const chosen = new Uint8Array(model.changes.length);
              for (const v of set) chosen[v] = 1;
              expect(evaluateModel(model, chosen)[kind][e]).toBe(1);
            }
          }
        }
        const exact = computeFamilies(model, modelOrder(model, roots));
        if (!families.truncated) expect(families).toEqual(exact);
        if (maxWork === 0) {
          for (const family of [...families.met.values(), ...families.paperless.values()]) expect(family.length).toBeLessThanOrEqual(FAMILY_CAP_PAST_WORK);
          const many = [...exact.met.values(), ...exact.paperless.values()].some((family) => family.length > FAMILY_CAP_PAST_WORK);
          if (many) expect(families.truncated).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('marks as inexact every family that a cap or the work limit may have cut: the others are the exact ones', () => {
    fc.assert(
      fc.property(catalogs, fc.constantFrom(1, 2, 3, FAMILY_CAP), fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 }), fc.constant(Infinity)), (catalog, cap, maxWork) => {
        const model = buildModel(catalog, { at: AT });
        const order = modelOrder(model, model.evals.map((_, i) => i));
        const exact = computeFamilies(model, order);
        fc.pre(!exact.truncated);
        const families = computeFamilies(model, order, cap, maxWork);
        for (const kind of ['met', 'paperless'] as const) {
          if (!families.truncated) expect(families.inexact[kind].size).toBe(0);
          for (const [e, family] of families[kind]) {
            if (!families.inexact[kind].has(e)) expect(family).toEqual(exact[kind].get(e));
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('in a cycle, marks as inexact what read a family that later became inexact with the same sets', () => {
    // B (0) = amend 0, or a document obtained through A; C (1) = needs B, and amend 4;
    // A (2) = amend 0 and connect 1, or amend 5 and connect 6, or a document obtained through C.
    const cand = (amend: number, connect = -1, obtain: number[][] | null = null): ModelCand => ({
      id: 'd',
      kind: 'document',
      amend,
      connect,
      never: null,
      obtain,
      paper: false,
    });
    const req = (cands: ModelCand[]) => ({ index: 0, document: 'd', basis: null, dropped: false, cands });
    const model: Model = {
      at: AT,
      evals: [
        { code: 'B', province: null, reqs: [req([cand(0), cand(-1, -1, [[2]])])], needs: [] },
        { code: 'C', province: null, reqs: [req([cand(4)])], needs: [[0]] },
        { code: 'A', province: null, reqs: [req([cand(0, 1), cand(5, 6), cand(-1, -1, [[1]])])], needs: [] },
      ],
      evalIndex: new Map(),
      changes: Array.from({ length: 7 }, (_, i) => ({ kind: 'connect' as const, id: `c${i}`, dataSource: 's', province: 'HN' })),
      changeIndex: new Map(),
    };
    // One cycle, in the order B, C, A; each lists who in it reads it.
    const order: ModelOrder = {
      order: Int32Array.of(0, 1, 2),
      start: Int32Array.of(0, 3),
      cyclic: Uint8Array.of(1),
      dependents: toCsr([[1], [2], [0]]),
      cycleDependents: toCsr([[1], [2], [0]]),
    };
    const exact = computeFamilies(model, order);
    expect(exact.met.get(1)).toEqual([[0, 4], [4, 5, 6]]);
    // Keeping one set: C reads B = [[0]] while B is exact; A is then cut to [[0, 1]], and B,
    // computed again from it, keeps its sets [[0]] but is no longer exact, nor is C.
    const cut = computeFamilies(model, order, 1);
    expect(cut.met.get(0)).toEqual([[0]]);
    expect(cut.inexact.met.has(0)).toBe(true);
    expect(cut.inexact.met.has(1)).toBe(true);
    for (const [e, family] of cut.met) if (!cut.inexact.met.has(e)) expect(family).toEqual(exact.met.get(e));
  });

  it('on the bundled catalog, keeping one set a family, tells which families are still exact', async () => {
    const { catalog } = await loadCatalog(new URL('../../../catalog/', import.meta.url).pathname);
    const model = buildModel(catalog, { at: AT });
    const order = modelOrder(model, model.evals.map((_, i) => i));
    const exact = computeFamilies(model, order);
    const cut = computeFamilies(model, order, 1);
    expect(exact.truncated).toBe(false);
    expect(cut.truncated).toBe(true);
    const kept = [...cut.met.keys()].filter((e) => !cut.inexact.met.has(e));
    expect(cut.inexact.met.size).toBeGreaterThan(0);
    expect(kept.length).toBeGreaterThan(0);
    for (const e of kept) expect(cut.met.get(e)).toEqual(exact.met.get(e));
  });
});
