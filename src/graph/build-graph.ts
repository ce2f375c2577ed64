import { MultiDirectedGraph } from 'graphology';
import type { Catalog } from '../catalog/types.js';
import { addCatalogElements } from './catalog-elements.js';
import { completeCatalog } from './complete-catalog.js';
import type { CatalogGraph } from './graph-types.js';

/**
 * The catalog as a graphology graph. Nodes are procedures, requirements, documents, data
 * sources, legal documents and provisions (see `graph-types.ts` for keys and attributes);
 * edges are typed and keyed `<type>:<source>-><target>` (with `#<n>` for the n-th change of
 * a legal document). References that do not resolve become nodes with `missing: true`.
 * The graph is a plain structural view: date-aware conclusions come from `analyze`.
 */
export function buildGraph(input: Catalog): CatalogGraph {
  const catalog = completeCatalog(input);
  const graph: CatalogGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  graph.setAttribute('provinces', catalog.provinces.map((p) => p.code));
  addCatalogElements(catalog, {
    hasNode: (key) => graph.hasNode(key),
    addNode: (key, attributes) => graph.addNode(key, attributes),
    addEdge: (source, target, attributes, n) => {
      const key = `${attributes.type}${n === undefined ? '' : `#${n}`}:${source}->${target}`;
      if (!graph.hasEdge(key)) graph.addEdgeWithKey(key, source, target, attributes);
    },
  });
  return graph;
}
