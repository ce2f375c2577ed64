import { MultiDirectedGraph } from 'graphology';
import type { Catalog, Provision } from '../catalog/types.js';
import { completeCatalog } from './complete-catalog.js';
import type { CatalogGraph, EdgeAttributes, NodeKind } from './graph-types.js';
import { legalIndex, type LegalIndex } from './legal-index.js';
import { dataSourceKey, documentKey, legalKey, procedureKey, requirementKey } from './node-keys.js';
import {
  legalLabel,
  parentProvision,
  provisionKey,
  provisionLabel,
  resolveProvision,
  type ProvisionRef,
} from './provision-ref.js';

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
  const legal = legalIndex(catalog);
  const documents = new Set(catalog.documents.map((d) => d.id));
  const dataSources = new Set(catalog.data_sources.map((s) => s.id));

  for (const l of catalog.legal) addNode(graph, legalKey(l.id), { kind: 'legal', ...l });
  for (const d of catalog.documents) addNode(graph, documentKey(d.id), { kind: 'document', ...d });
  for (const s of catalog.data_sources) addNode(graph, dataSourceKey(s.id), { kind: 'data_source', ...s });
  for (const p of catalog.procedures) addNode(graph, procedureKey(p.code), { kind: 'procedure', ...p });

  const ensure = (kind: NodeKind, key: string, reference: string): string => {
    if (!graph.hasNode(key)) graph.addNode(key, { kind, missing: true, reference });
    return key;
  };
  const procedure = (code: string) => ensure('procedure', procedureKey(code), code);
  const document = (id: string) => ensure('document', documentKey(id), id);
  const evidence = (id: string) =>
    !documents.has(id) && dataSources.has(id) ? dataSourceKey(id) : document(id);
  const provision = (ref: Provision) => ensureProvision(graph, resolveProvision(ref, legal), legal);

  for (const p of catalog.procedures) {
    const from = procedureKey(p.code);
    (p.requires ?? []).forEach((r, index) => {
      const key = requirementKey(p.code, index);
      addNode(graph, key, { kind: 'requirement', procedure: p.code, index, ...r });
      addEdge(graph, from, key, { type: 'requires', index });
      addEdge(graph, key, document(r.document), { type: 'asks-for', mode: r.mode ?? 'submit' });
      for (const id of r.accept ?? []) addEdge(graph, key, evidence(id), { type: 'accepts', origin: 'requirement' });
      if (r.basis !== undefined) addEdge(graph, key, provision(r.basis), { type: 'based-on' });
    });
    for (const code of p.needs ?? []) addEdge(graph, from, procedure(code), { type: 'needs' });
    for (const id of p.produces ?? []) addEdge(graph, from, document(id), { type: 'produces' });
    for (const basis of p.basis ?? []) addEdge(graph, from, provision(basis), { type: 'based-on' });
  }
  for (const d of catalog.documents) {
    const from = documentKey(d.id);
    for (const code of d.obtained_by ?? []) addEdge(graph, from, procedure(code), { type: 'obtained-by' });
    for (const id of d.replaced_by ?? []) addEdge(graph, from, evidence(id), { type: 'replaced-by' });
    if (d.sunset_basis !== undefined) addEdge(graph, from, provision(d.sunset_basis), { type: 'sunset-basis' });
  }
  for (const s of catalog.data_sources) {
    for (const id of s.provides ?? []) addEdge(graph, dataSourceKey(s.id), document(id), { type: 'provides' });
  }
  for (const l of catalog.legal) {
    const from = legalKey(l.id);
    (l.amends ?? []).forEach((a, amendment) => {
      const target = a.provision !== undefined ? provision(a.provision) : document(a.scope!.document);
      addEdge(
        graph,
        from,
        target,
        {
          type: 'amends',
          amendment,
          target: a.provision !== undefined ? 'provision' : 'scope',
          accept: a.accept ?? [],
          drop: a.drop === true,
          effective: a.effective ?? l.effective ?? null,
          ...(a.by ? { by: a.by } : {}),
        },
        amendment,
      );
      for (const id of a.accept ?? []) {
        addEdge(graph, from, evidence(id), { type: 'accepts', origin: 'amendment', amendment }, amendment);
      }
    });
  }
  return graph;
}

function addNode(graph: CatalogGraph, key: string, attributes: Parameters<CatalogGraph['addNode']>[1]): void {
  if (!graph.hasNode(key)) graph.addNode(key, attributes);
}

function addEdge(graph: CatalogGraph, source: string, target: string, attributes: EdgeAttributes, n?: number): void {
  const key = `${attributes.type}${n === undefined ? '' : `#${n}`}:${source}->${target}`;
  if (!graph.hasEdge(key)) graph.addEdgeWithKey(key, source, target, attributes);
}

/** Adds a provision node and the `part-of` chain up to its legal document; returns its key. */
function ensureProvision(graph: CatalogGraph, ref: ProvisionRef, legal: LegalIndex): string {
  const key = provisionKey(ref);
  if (graph.hasNode(key)) return key;
  const doc = legal.find(ref.legal);
  const parent = parentProvision(ref);
  if (parent === null) {
    graph.addNode(key, { kind: 'legal', missing: true, reference: ref.legal });
    return key;
  }
  const { legalIndex: _index, ...fields } = ref;
  graph.addNode(key, { kind: 'provision', ...fields, label: provisionLabel(ref, doc ? legalLabel(doc) : ref.legal) });
  addEdge(graph, key, ensureProvision(graph, parent, legal), { type: 'part-of' });
  return key;
}
