import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { neighbourhood } from '../../src/analysis/neighbourhood.js';
import type { Catalog } from '../../src/catalog/types.js';
import { buildGraph } from '../../src/graph/build-graph.js';
import type { CatalogGraphView, EdgeAttributes, NodeAttributes } from '../../src/graph/graph-types.js';
import { StructuralGraph } from '../../src/graph/structural-graph.js';
import { catalogs } from '../analysis/helpers/analysis-catalogs.js';
import { loadBundled } from '../catalog-data/helpers.js';
import { loadReportFixture } from '../report/fixture-analysis.js';

const FIXTURES = ['hokhau-small', 'central-needs', 'every-province-groups', 'deadlock-waits'];
const fixtures = () => [...FIXTURES.map((name) => loadReportFixture(name)), loadReportFixture('lenient-unresolved', true)];

const nodesOf = (g: CatalogGraphView) => {
  const out: [string, NodeAttributes][] = [];
  g.forEachNode((key, a) => out.push([key, a]));
  return out;
};
const edgesOf = (g: CatalogGraphView) => {
  const out: [string, string, EdgeAttributes][] = [];
  g.forEachEdge((_key, a, source, target) => out.push([source, target, a]));
  return out;
};
/** The first of the edges a CatalogGraph keys alike: its type, the change it comes from, and its ends. */
const firstOfEachKey = (edges: [string, string, EdgeAttributes][]) => {
  const seen = new Set<string>();
  return edges.filter(([source, target, a]) => {
    const key = `${a.type}${'amendment' in a && a.amendment !== undefined ? `#${a.amendment}` : ''}:${source}->${target}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

function expectSameGraph(catalog: Catalog): void {
  const graph = buildGraph(catalog);
  const structural = new StructuralGraph(catalog);
  expect(nodesOf(structural)).toEqual(nodesOf(graph));
  expect(firstOfEachKey(edgesOf(structural))).toEqual(edgesOf(graph));
  expect(structural.getAttribute('provinces')).toEqual(graph.getAttribute('provinces'));
}

/** Every focus of the catalog, at depths 0 to 3, with few nodes and with the default cap, at its cutoff with its analysis. */
function expectSameNeighbourhoods(catalog: Catalog): void {
  const graph = buildGraph(catalog);
  const structural = new StructuralGraph(catalog);
  const at = catalog.catalog?.cutoff;
  const result = at ? analyze(catalog, { at, lenient: true }) : undefined;
  const focuses = [
    ...catalog.procedures.map((p) => p.code),
    ...catalog.documents.map((d) => d.id),
    ...catalog.data_sources.map((s) => s.id),
    ...catalog.legal.flatMap((l) => [l.id, l.number]),
  ];
  for (const focus of focuses) {
    for (const depth of [0, 1, 2, 3]) {
      for (const maxNodes of [5, 40]) {
        const options = { depth, maxNodes, ...(at ? { at } : {}), ...(result ? { result } : {}) };
        expect(neighbourhood(structural, focus, options)).toEqual(neighbourhood(graph, focus, options));
      }
    }
  }
}

describe('StructuralGraph', () => {
  it('holds the nodes and edges of the catalog graph, in its order, and an edge added twice twice', async () => {
    const bundled = (await loadBundled()).catalog;
    expectSameGraph(bundled);
    for (const fixture of fixtures()) expectSameGraph(fixture);
    fc.assert(fc.property(catalogs, (c) => expectSameGraph(c)), { numRuns: 150 });
  });

  it('keeps an edge added twice, which the catalog graph keeps once', () => {
    const catalog = loadReportFixture('central-needs');
    const twice: Catalog = {
      ...catalog,
      legal: [{ id: 'nd-1-2020', number: '1/2020/NĐ-CP', type: 'nghi-dinh' }],
      procedures: catalog.procedures.map((p) => (p.code === 'cap-phep' ? { ...p, basis: ['nd-1-2020', '1/2020/ND-CP'] } : p)),
    };
    const basis = (g: CatalogGraphView) => edgesOf(g).filter(([source, , a]) => source === 'procedure:cap-phep' && a.type === 'based-on');
    expect(basis(new StructuralGraph(twice))).toHaveLength(2);
    expect(basis(buildGraph(twice))).toHaveLength(1);
    expectSameGraph(twice);
    expectSameNeighbourhoods(twice);
  });

  it('gives neighbourhood the same drawing as the catalog graph, for every focus', async () => {
    expectSameNeighbourhoods((await loadBundled()).catalog);
    for (const fixture of fixtures()) expectSameNeighbourhoods(fixture);
    fc.assert(fc.property(catalogs, (c) => expectSameNeighbourhoods(c)), { numRuns: 100 });
  });
});
