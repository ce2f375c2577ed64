import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsr } from '../../src/analysis/csr.js';
import { stronglyConnected } from '../../src/util/strongly-connected.js';

/** Brute force: u and v are in one component when each reaches the other. */
function reach(adj: number[][]): boolean[][] {
  const n = adj.length;
  const r = adj.map((_, i) => adj.map((__, j) => i === j));
  for (let i = 0; i < n; i++) for (const j of adj[i]) if (j >= 0) r[i][j] = true;
  for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (r[i][k] && r[k][j]) r[i][j] = true;
  return r;
}

const graphs = fc
  .integer({ min: 1, max: 9 })
  .chain((n) => fc.array(fc.array(fc.integer({ min: -1, max: n - 1 }), { maxLength: 3 }), { minLength: n, maxLength: n }));

describe('stronglyConnected', () => {
  it('groups exactly the mutually reachable nodes, dependencies first, cycles flagged', () => {
    fc.assert(
      fc.property(graphs, (adj) => {
        const n = adj.length;
        const { order, start, component, cyclic } = stronglyConnected(toCsr(adj), n);
        const r = reach(adj);
        expect([...order].sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
        for (let u = 0; u < n; u++) {
          for (let v = 0; v < n; v++) {
            expect(component[u] === component[v]).toBe(r[u][v] && r[v][u]);
            // Edges go from a node to what it depends on: dependencies come in earlier components.
            if (adj[u].includes(v)) expect(component[v]).toBeLessThanOrEqual(component[u]);
          }
        }
        for (let k = 0; k + 1 < start.length; k++) {
          const members = [...order.subarray(start[k], start[k + 1])];
          const loop = members.length > 1 || adj[members[0]].includes(members[0]);
          expect(cyclic[k]).toBe(loop ? 1 : 0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles long chains without recursion', () => {
    const n = 200_000;
    const adj = Array.from({ length: n }, (_, i) => (i + 1 < n ? [i + 1] : [0]));
    const { cyclic } = stronglyConnected(toCsr(adj), n);
    expect([...cyclic]).toEqual([1]);
  });
});
