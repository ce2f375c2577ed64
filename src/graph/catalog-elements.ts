import type { Catalog, Provision } from '../catalog/types.js';
import type { EdgeAttributes, NodeAttributes, NodeKind } from './graph-types.js';
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

/** Where the catalog graph's nodes and edges go. */
export interface ElementSink {
  hasNode(key: string): boolean;
  /** Adds a node the sink does not have yet. */
  addNode(key: string, attributes: NodeAttributes): void;
  /** Adds an edge; `n` is the index of a legal document's change, for the edges a change makes. */
  addEdge(source: string, target: string, attributes: EdgeAttributes, n?: number): void;
}

/**
 * Gives `sink` the catalog graph's nodes and edges (see `buildGraph`), every node before the
 * edges that reach it, in one order for a catalog. The catalog must be complete
 * (`completeCatalog`).
 */
export function addCatalogElements(catalog: Catalog, sink: ElementSink): void {
  const legal = legalIndex(catalog);
  const documents = new Set(catalog.documents.map((d) => d.id));
  const dataSources = new Set(catalog.data_sources.map((s) => s.id));
  const addNode = (key: string, attributes: NodeAttributes) => {
    if (!sink.hasNode(key)) sink.addNode(key, attributes);
  };

  for (const l of catalog.legal) addNode(legalKey(l.id), { kind: 'legal', ...l });
  for (const d of catalog.documents) addNode(documentKey(d.id), { kind: 'document', ...d });
  for (const s of catalog.data_sources) addNode(dataSourceKey(s.id), { kind: 'data_source', ...s });
  for (const p of catalog.procedures) addNode(procedureKey(p.code), { kind: 'procedure', ...p });

  const ensure = (kind: NodeKind, key: string, reference: string): string => {
    if (!sink.hasNode(key)) sink.addNode(key, { kind, missing: true, reference });
    return key;
  };
  const procedure = (code: string) => ensure('procedure', procedureKey(code), code);
  const document = (id: string) => ensure('document', documentKey(id), id);
  const evidence = (id: string) =>
    !documents.has(id) && dataSources.has(id) ? dataSourceKey(id) : document(id);
  const provision = (ref: Provision) => ensureProvision(sink, resolveProvision(ref, legal), legal);

  for (const p of catalog.procedures) {
    const from = procedureKey(p.code);
    (p.requires ?? []).forEach((r, index) => {
      const key = requirementKey(p.code, index);
      addNode(key, { kind: 'requirement', procedure: p.code, index, ...r });
      sink.addEdge(from, key, { type: 'requires', index });
      sink.addEdge(key, document(r.document), { type: 'asks-for', mode: r.mode ?? 'submit' });
      for (const id of r.accept ?? []) sink.addEdge(key, evidence(id), { type: 'accepts', origin: 'requirement' });
      if (r.basis !== undefined) sink.addEdge(key, provision(r.basis), { type: 'based-on' });
    });
    for (const code of p.needs ?? []) sink.addEdge(from, procedure(code), { type: 'needs' });
    for (const id of p.produces ?? []) sink.addEdge(from, document(id), { type: 'produces' });
    for (const basis of p.basis ?? []) sink.addEdge(from, provision(basis), { type: 'based-on' });
  }
  for (const d of catalog.documents) {
    const from = documentKey(d.id);
    for (const code of d.obtained_by ?? []) sink.addEdge(from, procedure(code), { type: 'obtained-by' });
    for (const id of d.replaced_by ?? []) sink.addEdge(from, evidence(id), { type: 'replaced-by' });
    if (d.sunset_basis !== undefined) sink.addEdge(from, provision(d.sunset_basis), { type: 'sunset-basis' });
  }
  for (const s of catalog.data_sources) {
    for (const id of s.provides ?? []) sink.addEdge(dataSourceKey(s.id), document(id), { type: 'provides' });
  }
  for (const l of catalog.legal) {
    const from = legalKey(l.id);
    (l.amends ?? []).forEach((a, amendment) => {
      const target = a.provision !== undefined ? provision(a.provision) : document(a.scope!.document);
      sink.addEdge(
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
        sink.addEdge(from, evidence(id), { type: 'accepts', origin: 'amendment', amendment }, amendment);
      }
    });
  }
}

/** Adds a provision node and the `part-of` chain up to its legal document; returns its key. */
function ensureProvision(sink: ElementSink, ref: ProvisionRef, legal: LegalIndex): string {
  const key = provisionKey(ref);
  if (sink.hasNode(key)) return key;
  const doc = legal.find(ref.legal);
  const parent = parentProvision(ref);
  if (parent === null) {
    sink.addNode(key, { kind: 'legal', missing: true, reference: ref.legal });
    return key;
  }
  const { legalIndex: _index, ...fields } = ref;
  sink.addNode(key, { kind: 'provision', ...fields, label: provisionLabel(ref, doc ? legalLabel(doc) : ref.legal) });
  sink.addEdge(key, ensureProvision(sink, parent, legal), { type: 'part-of' });
  return key;
}
