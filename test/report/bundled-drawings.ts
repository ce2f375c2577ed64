import { analyze } from '../../src/analysis/analyze.js';
import { neighbourhood } from '../../src/analysis/neighbourhood.js';
import type { Neighbourhood } from '../../src/analysis/neighbourhood-types.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { buildGraph } from '../../src/graph/build-graph.js';

const { catalog } = await loadCatalog(new URL('../../catalog/', import.meta.url).pathname);
const graph = buildGraph(catalog);
const at = '2023-01-01';
const result = analyze(catalog, { at, province: 'GL' });

/** Every procedure, document, data source and legal document of the bundled catalog: the foci of the drawings the tests look at. */
export const foci = [
  ...catalog.procedures.map((p) => p.code),
  ...catalog.documents.map((d) => d.id),
  ...catalog.data_sources.map((s) => s.id),
  ...catalog.legal.map((l) => l.id),
];

/** The neighbourhood of `focus` in the bundled catalog, `depth` hops deep, marked as in Gia Lai on 2023-01-01. */
export function bundledNeighbourhood(focus: string, depth: number): Neighbourhood {
  return neighbourhood(graph, focus, { depth, at, province: 'GL', result });
}
