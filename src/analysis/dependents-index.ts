import type { Amendment, Catalog, DataSource, Document, Legal, Procedure, Provision, Requirement } from '../catalog/types.js';
import { legalIndex, type LegalIndex } from '../graph/legal-index.js';
import { provisionCovers, resolveProvision, type ProvisionRef } from '../graph/provision-ref.js';
import { amendmentInfo as sharedAmendmentInfo, provisionInfo as sharedProvisionInfo } from './provision-info.js';
import type { AmendmentInfo, ProvisionInfo } from './result-types.js';

/** One amendment of the catalog, with the date it takes effect. */
export interface AmendmentRecord {
  legal: Legal;
  amendment: Amendment;
  /** Position of the change in the legal document's `amends`. */
  position: number;
  effective: string | null;
  provision?: ProvisionRef;
}

/** Lookup tables over a catalog for the dependents walk. */
export interface DependentsIndex {
  catalog: Catalog;
  documents: Map<string, Document>;
  dataSources: Map<string, DataSource>;
  procedures: Map<string, Procedure>;
  legal: LegalIndex;
  amendments: AmendmentRecord[];
}

export function buildDependentsIndex(catalog: Catalog): DependentsIndex {
  const legal = legalIndex(catalog);
  const amendments: AmendmentRecord[] = [];
  for (const l of catalog.legal) {
    for (const [position, a] of (l.amends ?? []).entries()) {
      amendments.push({
        legal: l,
        amendment: a,
        position,
        effective: a.effective ?? l.effective ?? null,
        ...(a.provision !== undefined ? { provision: resolveProvision(a.provision, legal) } : {}),
      });
    }
  }
  return {
    catalog,
    documents: new Map(catalog.documents.map((d) => [d.id, d])),
    dataSources: new Map(catalog.data_sources.map((d) => [d.id, d])),
    procedures: new Map(catalog.procedures.map((p) => [p.code, p])),
    legal,
    amendments,
  };
}

/** The legal-document id a provision reference lies in (the reference itself when it does not resolve). */
export function provisionLegal(index: DependentsIndex, p: Provision): string {
  return resolveProvision(p, index.legal).legal;
}

/** Whether an amendment is in force at `at` (undefined: at any date): from its effective date until the amending document expires. */
function amendmentInForce(a: AmendmentRecord, at: string | undefined): boolean {
  if (at === undefined) return true;
  if (a.effective !== null && a.effective > at) return false;
  return a.legal.expires === undefined || at <= a.legal.expires;
}

/** The ids of the legal documents `without` names (by id or number), each once; an unknown one as given. */
export function withoutLegalIds(index: DependentsIndex, without: readonly string[] = []): string[] {
  return [...new Set(without.map((w) => index.legal.find(w)?.id ?? w))];
}

/** Whether an amendment counts: in force at `at` and not made by a legal document of `without` (ids). */
export function amendmentCounts(a: AmendmentRecord, without: string[], at: string | undefined): boolean {
  return !without.includes(a.legal.id) && amendmentInForce(a, at);
}

/** Whether an amendment applies to a requirement: by provision (containing its basis) or by a document-wide scope. */
export function amendmentCovers(index: DependentsIndex, a: AmendmentRecord, req: Requirement): boolean {
  if (a.amendment.scope) return a.amendment.scope.document === req.document;
  if (!a.provision || req.basis === undefined) return false;
  return provisionCovers(a.provision, resolveProvision(req.basis, index.legal));
}

/** Amendments grouped by what they can cover: a document (scope) or a legal document (provision). */
export interface AmendmentLookup {
  byScope: Map<string, AmendmentRecord[]>;
  byLegal: Map<string, AmendmentRecord[]>;
  order: Map<AmendmentRecord, number>;
}

export function amendmentLookup(amendments: AmendmentRecord[]): AmendmentLookup {
  const lookup: AmendmentLookup = { byScope: new Map(), byLegal: new Map(), order: new Map() };
  amendments.forEach((a, i) => {
    lookup.order.set(a, i);
    const key = a.amendment.scope ? a.amendment.scope.document : a.provision?.legal;
    if (key === undefined) return;
    const map = a.amendment.scope ? lookup.byScope : lookup.byLegal;
    const list = map.get(key);
    if (list) list.push(a);
    else map.set(key, [a]);
  });
  return lookup;
}

/**
 * The amendments that cover a requirement, in their original order: the same as filtering
 * every amendment with `amendmentCovers`, but looking only at those that can apply.
 */
export function coveringAmendments(index: DependentsIndex, lookup: AmendmentLookup, req: Requirement): AmendmentRecord[] {
  const scoped = lookup.byScope.get(req.document);
  const byLegal = req.basis === undefined ? undefined : lookup.byLegal.get(provisionLegal(index, req.basis));
  if (!scoped && !byLegal) return [];
  const out = [...(scoped ?? []), ...(byLegal ?? [])].filter((a) => amendmentCovers(index, a, req));
  if (scoped && byLegal) out.sort((a, b) => lookup.order.get(a)! - lookup.order.get(b)!);
  return out;
}

/** A provision as the analysis result prints it. */
export function provisionInfo(index: DependentsIndex, p: Provision): ProvisionInfo {
  return sharedProvisionInfo(resolveProvision(p, index.legal), index.legal);
}

/** An amendment as the analysis result prints it. */
export function amendmentInfo(index: DependentsIndex, a: AmendmentRecord): AmendmentInfo {
  return sharedAmendmentInfo(a.legal, a.position, a.provision ?? null, index.legal);
}
