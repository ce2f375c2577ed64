import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/analysis/plan/build-model.js';
import { modelOrder } from '../../../src/analysis/plan/model-order.js';
import { AT, catalogs } from './helpers/random-catalogs.js';

describe('modelOrder', () => {
  it('gives, within some evaluations, only those and what they wait on, each after what it waits on', () => {
    fc.assert(
      fc.property(catalogs, (catalog) => {
        const model = buildModel(catalog, { at: AT });
        fc.pre(model.evals.length > 0);
        const order = modelOrder(model, [0]);
        const waitsOn = (i: number) => [
          ...model.evals[i].needs.flatMap((ref) => ref ?? []),
          ...model.evals[i].reqs.flatMap((r) => r.cands.flatMap((c) => (c.obtain ?? []).flatMap((ref) => ref ?? []))),
        ];
        const reached = new Set([0]);
        for (const i of reached) for (const j of waitsOn(i)) reached.add(j);
        expect([...order.order].sort((a, b) => a - b)).toEqual([...reached].sort((a, b) => a - b));
        // Each evaluation comes after what it waits on, unless they wait on each other.
        const position = new Map([...order.order].map((e, m) => [e, m]));
        const component = (m: number) => [...order.start].filter((s) => s <= m).length - 1;
        for (const i of reached) {
          for (const j of waitsOn(i)) {
            const [mi, mj] = [position.get(i)!, position.get(j)!];
            if (component(mi) !== component(mj)) expect(mj).toBeLessThan(mi);
            else expect(order.cyclic[component(mi)]).toBe(1);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
