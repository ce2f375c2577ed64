import { describe, expect, it } from 'vitest';
import { generateCatalog, PROVINCE_CODES } from '../../bench/generate.mjs';
import { mergedCatalog } from '../helpers/generated-catalog.js';
import type { Catalog } from '../../src/catalog/types.js';
import { buildDependentsGraph, type DependentsGraph } from '../../src/analysis/dependents-graph.js';
import { heldEdges, listedIn, provinceSlot, reacher, targetNode } from '../../src/analysis/dependents-walk.js';
import type { DependentsOptions, DependentTargetKind } from '../../src/analysis/dependents-types.js';
import { reachCounts } from '../../src/analysis/each-reach.js';
import { stronglyConnected } from '../../src/util/strongly-connected.js';

// reachCounts counts what every origin reaches at once, with bit sets over the procedures'
// strongly connected components; a walk from each origin alone (`reacher`, itself checked
// against the plain path in dependents-compiled.test.ts) is the oracle. The synthetic
// catalogs of the benchmark have needs cycles, obtained_by chains, amendments that add and
// drop requirements, and procedures run in listed provinces.

/** Every entity's id or code with its kind. */
function everyTarget(c: Catalog): { id: string; kind: DependentTargetKind }[] {
  return [
    ...c.procedures.map((p) => ({ id: p.code, kind: 'procedure' as const })),
    ...c.documents.map((d) => ({ id: d.id, kind: 'document' as const })),
    ...c.data_sources.map((s) => ({ id: s.id, kind: 'data_source' as const })),
    ...c.legal.map((l) => ({ id: l.id, kind: 'legal' as const })),
  ];
}

/** What one walk from each target finds: listed dependents, and those of them at depth 0. */
function walked(graph: DependentsGraph, targets: { id: string; kind: DependentTargetKind }[], options: DependentsOptions) {
  const position = provinceSlot(graph, options.province ?? null);
  const total: number[] = [];
  const direct: number[] = [];
  for (const t of targets) {
    const { found, depth } = reacher(graph, { ...options, kind: t.kind })(t.id);
    let [all, near] = [0, 0];
    for (const i of found) {
      if (!listedIn(graph, position, i)) continue;
      all++;
      if (depth[i] === 0) near++;
    }
    total.push(all);
    direct.push(near);
  }
  return { total, direct };
}

const catalogs = [1, 2].map((seed) => mergedCatalog(generateCatalog({ procedures: 600, seed })));

describe('reachCounts', () => {
  it('gives every origin what a walk from it alone finds, under every option, in batches of any size', () => {
    let cyclic = 0;
    for (const c of catalogs) {
      const graph = buildDependentsGraph(c);
      const targets = everyTarget(c);
      const origins = Int32Array.from(targets, (t) => targetNode(graph, reacher(graph, { kind: t.kind })(t.id).target) ?? -1);
      const amending = c.legal.find((l) => (l.amends ?? []).length > 0)!.id;
      const options: DependentsOptions[] = [
        {},
        { at: '2022-12-31' },
        { at: '2023-01-01', province: PROVINCE_CODES[0] },
        { province: PROVINCE_CODES[5], without: [amending] },
        { at: '2025-06-01', without: [amending] },
      ];
      for (const o of options) {
        const oracle = walked(graph, targets, o);
        for (const batch of [1, 31, 33, undefined]) {
          const { total, direct } = reachCounts(graph, origins, o, batch);
          expect([...total]).toEqual(oracle.total);
          expect([...direct]).toEqual(oracle.direct);
        }
        // The catalogs exercise what the bit sets must get right: cycles among the procedures
        // over the edges that hold, and origins that reach some procedures and not others.
        const held = heldEdges(graph, o);
        const P = graph.procedureCount;
        const items = graph.reverse.items.slice(0, graph.reverse.start[P]).map((w, k) => (held === null || held[k] === 1 ? w : -1));
        cyclic += stronglyConnected({ start: graph.reverse.start.subarray(0, P + 1), items }, P).cyclic.reduce((a, b) => a + b, 0);
        expect(oracle.total.some((n) => n > 0 && n < P)).toBe(true);
      }
    }
    expect(cyclic).toBeGreaterThan(0);
  });

  it('counts nothing for an origin that is no node, and never an origin among its own dependents', () => {
    const c = catalogs[0];
    const graph = buildDependentsGraph(c);
    // Procedures in a needs cycle reach themselves; a walk never lists its origin.
    const { component, cyclic } = stronglyConnected(
      { start: graph.reverse.start.subarray(0, graph.procedureCount + 1), items: graph.reverse.items.slice(0, graph.reverse.start[graph.procedureCount]) },
      graph.procedureCount,
    );
    const inCycle = [...component.keys()].filter((i) => cyclic[component[i]] === 1);
    expect(inCycle.length).toBeGreaterThan(1);
    const origins = Int32Array.from([-1, ...inCycle]);
    const { total, direct } = reachCounts(graph, origins);
    expect([total[0], direct[0]]).toEqual([0, 0]);
    const oracle = walked(graph, inCycle.map((i) => ({ id: graph.codes[i], kind: 'procedure' })), {});
    expect([...total.subarray(1)]).toEqual(oracle.total);
  });
});
