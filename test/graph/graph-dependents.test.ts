import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { dependents } from '../../src/analysis/dependents.js';
import type { DependentTargetKind } from '../../src/analysis/dependents-types.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import type { Catalog, Provision, Requirement } from '../../src/catalog/types.js';
import { buildGraph } from '../../src/graph/build-graph.js';
import {
  graphDependencies,
  graphDependents,
  GraphWalkOptionError,
  isDependencyEdge,
  UnknownNodeError,
  type GraphReach,
} from '../../src/graph/graph-dependents.js';
import type { CatalogGraph } from '../../src/graph/graph-types.js';
import { dataSourceKey, documentKey, legalKey, procedureKey } from '../../src/graph/node-keys.js';
import { loadFixture } from '../analysis/helpers/fixture.js';
import { drawnDocuments, drawnLegal, drawnProcedures } from '../analysis/helpers/random-catalog.js';

const CODE_ORDER = new Intl.Collator('en', { numeric: true });
const sorted = (codes: Iterable<string>) => [...codes].sort(CODE_ORDER.compare);

/** Procedure codes among the nodes that depend on `key` in the graph. */
function graphCodes(graph: CatalogGraph, key: string): string[] {
  return sorted(graphDependents(graph, key, { kinds: ['procedure'] }).map((r) => r.key.slice('procedure:'.length)));
}

/** Procedure codes that `dependents` lists, with every amendment ignored or (`amended`) counted. */
function catalogCodes(catalog: Catalog, id: string, kind: DependentTargetKind, amended = false): string[] {
  const without = amended ? [] : catalog.legal.map((l) => l.id);
  return sorted(dependents(catalog, id, { kind, without }).dependents.map((d) => d.code));
}

/** Every target `dependents` can be asked about, with its graph key. */
function targets(catalog: Catalog): { id: string; kind: DependentTargetKind; key: string }[] {
  return [
    ...catalog.procedures.map((p) => ({ id: p.code, kind: 'procedure' as const, key: procedureKey(p.code) })),
    ...catalog.documents.map((d) => ({ id: d.id, kind: 'document' as const, key: documentKey(d.id) })),
    ...catalog.data_sources.map((s) => ({ id: s.id, kind: 'data_source' as const, key: dataSourceKey(s.id) })),
    ...catalog.legal.map((l) => ({ id: l.id, kind: 'legal' as const, key: legalKey(l.id) })),
  ];
}

/**
 * Checks that every depth is the fewest dependency edges to the start: 1 + the least depth
 * among the nodes one edge closer (the start counting 0), and that nothing is listed twice.
 */
function expectShortestDepths(graph: CatalogGraph, start: string, reached: GraphReach[], inbound: boolean): void {
  const depth = new Map<string, number>([[start, 0]]);
  for (const r of reached) {
    expect(depth.has(r.key), `${r.key} listed once`).toBe(false);
    depth.set(r.key, r.depth);
  }
  for (const r of reached) {
    const closer: number[] = [];
    const edges = inbound ? graph.outEdges(r.key) : graph.inEdges(r.key);
    for (const e of edges) {
      if (!isDependencyEdge(graph.getEdgeAttributes(e))) continue;
      const other = inbound ? graph.target(e) : graph.source(e);
      const d = depth.get(other);
      if (d !== undefined) closer.push(d);
    }
    expect(r.depth, r.key).toBe(1 + Math.min(...closer));
  }
}

describe('graphDependents and graphDependencies on the bundled catalog', () => {
  let catalog: Catalog;
  let graph: CatalogGraph;
  beforeAll(async () => {
    const loaded = await loadCatalog(new URL('../../catalog/', import.meta.url).pathname);
    expect(loaded.ok).toBe(true);
    catalog = loaded.catalog;
    graph = buildGraph(catalog);
  });

  it('list the procedures that dependents lists with every amendment ignored, for every target', () => {
    const all = targets(catalog);
    expect(all.length).toBeGreaterThan(100);
    for (const t of all) expect(graphCodes(graph, t.key), t.key).toEqual(catalogCodes(catalog, t.id, t.kind));
  });

  it('list 26 procedures that depend on the household book, all at two edges: procedure → requirement → document', () => {
    const reached = graphDependents(graph, 'document:so-ho-khau', { kinds: ['procedure'] });
    expect(reached).toHaveLength(26);
    expect(new Set(reached.map((r) => r.depth))).toEqual(new Set([2]));
    expect(reached.map((r) => r.key)).toContain('procedure:1.001193');
  });

  it('miss what only amendments add: a decree that accepts other documents is no dependency of the requirements it amends', () => {
    // Decree 104/2022 accepts other documents in place of the household book; only some of
    // the procedures it amends rest on it as written (their basis).
    const asWritten = graphCodes(graph, 'legal:nd-104-2022');
    expect(asWritten.length).toBeGreaterThan(0);
    expect(catalogCodes(catalog, 'nd-104-2022', 'legal', true).length).toBeGreaterThan(asWritten.length);
    for (const t of targets(catalog)) {
      const amended = catalogCodes(catalog, t.id, t.kind, true);
      for (const code of graphCodes(graph, t.key)) expect(amended, `${code} depends on ${t.key}`).toContain(code);
    }
  });

  it('give each node its fewest edges from the start, nearest first', () => {
    for (const start of ['document:so-ho-khau', 'legal:luat-cu-tru-2020', 'procedure:1.001193']) {
      for (const inbound of [true, false]) {
        const reached = (inbound ? graphDependents : graphDependencies)(graph, start);
        expect(reached.map((r) => r.depth)).toEqual(reached.map((r) => r.depth).sort((a, b) => a - b));
        expectShortestDepths(graph, start, reached, inbound);
      }
    }
  });

  it('stop at maxDepth: the nodes within that many edges, with the same depths', () => {
    const all = graphDependencies(graph, 'procedure:1.001193');
    expect(Math.max(...all.map((r) => r.depth))).toBeGreaterThan(2);
    for (const maxDepth of [0, 1, 2, 3]) {
      expect(graphDependencies(graph, 'procedure:1.001193', { maxDepth })).toEqual(all.filter((r) => r.depth <= maxDepth));
    }
  });
});

describe('graphDependents and graphDependencies on a small catalog', () => {
  const tiny = buildGraph(loadFixture('tiny-example'));

  it('follow requirements, documents, provisions and legal documents, not amendments or the data source that provides', () => {
    expect(graphDependencies(tiny, 'procedure:1.001193')).toEqual([
      { key: 'requirement:1.001193#0', kind: 'requirement', depth: 1 },
      { key: 'document:so-ho-khau', kind: 'document', depth: 2 },
      { key: 'provision:nd-123-2015/2/1', kind: 'provision', depth: 2 },
      { key: 'provision:nd-123-2015/2', kind: 'provision', depth: 3 },
      { key: 'legal:nd-123-2015', kind: 'legal', depth: 4 },
    ]);
    expect(graphDependents(tiny, 'legal:nd-123-2015', { kinds: ['requirement', 'procedure'] })).toEqual([
      { key: 'requirement:1.001193#0', kind: 'requirement', depth: 3 },
      { key: 'procedure:1.001193', kind: 'procedure', depth: 4 },
    ]);
    // The data source and the decree reach the birth registration only through the decree's amendment.
    expect(graphDependents(tiny, 'data_source:csdlqg-dan-cu')).toEqual([]);
    expect(graphDependents(tiny, 'legal:nd-104-2022')).toEqual([]);
    expect(graphDependencies(tiny, 'document:so-ho-khau')).toEqual([]);
  });

  it('leave the graph as it was', () => {
    const before = tiny.export();
    graphDependents(tiny, 'document:so-ho-khau');
    graphDependencies(tiny, 'procedure:1.001193');
    expect(tiny.export()).toEqual(before);
  });

  it('reject a node the graph lacks, suggesting the key with its prefix or a close key', () => {
    expect(() => graphDependents(tiny, 'so-ho-khau')).toThrow(UnknownNodeError);
    expect(() => graphDependents(tiny, 'so-ho-khau')).toThrow(/'so-ho-khau' is not a node of the graph .*Did you mean 'document:so-ho-khau'\?$/);
    try {
      graphDependencies(tiny, 'procedure:1.001139');
    } catch (e) {
      expect((e as UnknownNodeError).suggestions[0]).toBe('procedure:1.001193');
    }
    expect.assertions(3);
  });

  it('reject a depth that is not a whole number, 0 or more', () => {
    for (const maxDepth of [-1, 1.5, Number.NaN]) {
      expect(() => graphDependents(tiny, 'document:so-ho-khau', { maxDepth })).toThrow(GraphWalkOptionError);
    }
    expect(() => graphDependents(tiny, 'document:so-ho-khau', { maxDepth: -1 })).toThrow('The depth must be a whole number of edges, 0 or more; got -1.');
    expect(graphDependents(tiny, 'document:so-ho-khau', { maxDepth: 0 })).toEqual([]);
    expect(graphDependents(tiny, 'document:so-ho-khau', { maxDepth: Infinity })).toHaveLength(2);
  });
});

// Random catalogs: procedures p0..p5, documents d0..d4, data sources s0..s1, legal l0..l2,
// with every kind of edge the graph has, amendments included.
const P = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'];
const D = ['d0', 'd1', 'd2', 'd3', 'd4'];
const S = ['s0', 's1'];
const L = ['l0', 'l1', 'l2'];

const someOf = <T>(xs: T[], max: number) => fc.subarray(xs, { maxLength: max });
/** A whole legal document (by id or number), an article, or a clause of one. */
const provisionArb: fc.Arbitrary<Provision> = fc.oneof(
  fc.constantFrom(...L),
  fc.constantFrom(...L.map((l) => `${l}/N`)),
  fc.record({ legal: fc.constantFrom(...L), article: fc.constantFrom(1, 2) }),
  fc.record({ legal: fc.constantFrom(...L), article: fc.constantFrom(1, 2), clause: fc.constantFrom(1, 2) }),
);
const requirementArb: fc.Arbitrary<Requirement> = fc
  .record({ document: fc.constantFrom(...D), basis: fc.option(provisionArb, { nil: undefined }), accept: someOf([...D, ...S], 2) })
  .map(({ basis, accept, ...r }) => ({ ...r, ...(basis ? { basis } : {}), ...(accept.length ? { accept } : {}) }));

const catalogArb: fc.Arbitrary<Catalog> = fc
  .record({
    procs: fc.tuple(
      ...P.map(() =>
        fc.record({ requires: fc.array(requirementArb, { maxLength: 2 }), needs: someOf(P, 2), produces: someOf(D, 1), basis: someOf([...L], 1) }),
      ),
    ),
    docs: fc.tuple(
      ...D.map(() =>
        fc.record({
          obtained_by: someOf(P, 2),
          replaced_by: someOf([...D, ...S], 1),
          sunset: fc.option(provisionArb, { nil: undefined }),
        }),
      ),
    ),
    provides: fc.tuple(...S.map(() => someOf(D, 2))),
    amends: fc.array(
      fc.record({
        by: fc.constantFrom(...L),
        scope: fc.boolean(),
        document: fc.constantFrom(...D),
        provision: provisionArb,
        accept: someOf([...D, ...S], 2),
        drop: fc.boolean(),
      }),
      { maxLength: 4 },
    ),
  })
  .map(({ procs, docs, provides, amends }) => ({
    provinces: [{ code: 'HN', name: 'Hà Nội' }],
    documents: drawnDocuments(D, docs),
    data_sources: S.map((id, i) => ({ id, name: id, provides: provides[i] })),
    legal: drawnLegal(L, amends),
    procedures: drawnProcedures(P, procs),
  }));

describe('graphDependents and graphDependencies on random catalogs', () => {
  it('agree with dependents with every amendment ignored, and list no procedure dependents would not', () => {
    fc.assert(
      fc.property(catalogArb, (catalog) => {
        const graph = buildGraph(catalog);
        for (const t of targets(catalog)) {
          const codes = graphCodes(graph, t.key);
          expect(codes, t.key).toEqual(catalogCodes(catalog, t.id, t.kind));
          const amended = catalogCodes(catalog, t.id, t.kind, true);
          expect(codes.filter((c) => !amended.includes(c)), t.key).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('are each other backwards: P depends on X exactly when X is among the dependencies of P', () => {
    fc.assert(
      fc.property(catalogArb, (catalog) => {
        const graph = buildGraph(catalog);
        const forward = new Set<string>();
        for (const p of P) for (const r of graphDependencies(graph, procedureKey(p))) forward.add(`${procedureKey(p)} ${r.key}`);
        const backward = new Set<string>();
        graph.forEachNode((key) => {
          for (const r of graphDependents(graph, key, { kinds: ['procedure'] })) backward.add(`${r.key} ${key}`);
        });
        expect(backward).toEqual(forward);
      }),
      { numRuns: 100 },
    );
  });

  it('give each node its fewest edges from the start, and keep exactly those within maxDepth', () => {
    fc.assert(
      fc.property(catalogArb, fc.constantFrom(...D, ...L), fc.nat(5), (catalog, id, maxDepth) => {
        const graph = buildGraph(catalog);
        const start = D.includes(id) ? documentKey(id) : legalKey(id);
        const all = graphDependents(graph, start);
        expectShortestDepths(graph, start, all, true);
        expect(graphDependents(graph, start, { maxDepth })).toEqual(all.filter((r) => r.depth <= maxDepth));
      }),
      { numRuns: 200 },
    );
  });
});
