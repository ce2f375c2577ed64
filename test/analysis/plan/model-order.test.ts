import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/analysis/plan/build-model.js';
import { toCsr } from '../../../src/analysis/csr.js';
import { modelOrder, solveInOrder, type ModelOrder } from '../../../src/analysis/plan/model-order.js';
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

  // One cycle, listed 0, 1, 2: 0 waits on 1, 1 on 2, 2 on 0; 2 holds by itself, 1 when 2
  // does, 0 when 1 does. Evaluation 3, after the cycle, holds when 0 does.
  const cycle: ModelOrder = {
    order: Int32Array.of(0, 1, 2, 3),
    start: Int32Array.of(0, 3, 4),
    cyclic: Uint8Array.of(1, 0),
    dependents: toCsr([[2, 3], [0], [1], []]),
    cycleDependents: toCsr([[2], [0], [1], []]),
  };
  const rules = (state: number[]) => [() => state[1] === 1, () => state[2] === 1, () => true, () => state[0] === 1];

  it('updates again, in a cycle, what waits on an evaluation that changed', () => {
    const state = [0, 0, 0, 0];
    const holds = rules(state);
    const updated: number[] = [];
    const cut: number[] = [];
    solveInOrder(
      cycle,
      (i) => {
        updated.push(i);
        if (state[i] === 1 || !holds[i]()) return false;
        state[i] = 1;
        return true;
      },
      undefined,
      (k) => cut.push(k),
    );
    expect(cut).toEqual([]);
    expect(state).toEqual([1, 1, 1, 1]);
    expect(updated).toEqual([0, 1, 2, 1, 0, 2, 3]);
  });

  it('stops a cycle at its limit of updates and says so', () => {
    const state = [0, 0, 0, 0];
    const holds = rules(state);
    const cut: number[] = [];
    solveInOrder(
      cycle,
      (i) => {
        if (state[i] === 1 || !holds[i]()) return false;
        state[i] = 1;
        return true;
      },
      (size) => size + 1,
      (k) => cut.push(k),
    );
    expect(cut).toEqual([0]);
    expect(state).toEqual([0, 1, 1, 0]);
  });

  it('tells which cycle it left at its limit before updating what comes after it', () => {
    const state = [0, 0, 0, 0];
    const holds = rules(state);
    const events: string[] = [];
    solveInOrder(
      cycle,
      (i) => {
        events.push(`update ${i}`);
        if (state[i] === 1 || !holds[i]()) return false;
        state[i] = 1;
        return true;
      },
      (size) => size + 1,
      (k) => events.push(`cut ${k}`),
    );
    expect(events).toEqual(['update 0', 'update 1', 'update 2', 'update 1', 'cut 0', 'update 3']);
  });
});
