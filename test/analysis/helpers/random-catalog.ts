import type { Amendment, Document, Legal, Procedure, Provision, Requirement } from '../../../src/catalog/types.js';

// The shared tail of the random-catalog generators of the dependents tests: turning what
// fast-check drew for each document and amendment into catalog entries.

/** What a generator drew for one document. */
export interface DrawnDocument {
  obtained_by: string[];
  replaced_by?: string[];
  sunset?: Provision;
}

/** What a generator drew for one amendment: by `by`, of a document's requirements (`scope`) or of a provision. */
export interface DrawnAmendment {
  by: string;
  scope: boolean;
  document: string;
  /** The provision, given whole or as a legal document and an optional article. */
  provision?: Provision;
  legal?: string;
  article?: number;
  accept: string[];
  drop: boolean;
  effective?: string;
}

/** What a generator drew for one procedure. */
export interface DrawnProcedure {
  requires: Requirement[];
  needs: string[];
  basis: Provision[];
  produces?: string[];
}

/** Commune-level procedures named by their codes, with what was drawn for each (empty lists left out). */
export function drawnProcedures(codes: readonly string[], drawn: readonly DrawnProcedure[]): Procedure[] {
  return codes.map((code, i) => ({
    code,
    name: code,
    level: ['xa'],
    requires: drawn[i].requires,
    needs: drawn[i].needs,
    ...(drawn[i].produces?.length ? { produces: drawn[i].produces } : {}),
    ...(drawn[i].basis.length ? { basis: drawn[i].basis } : {}),
  }));
}

/** Paper documents named by their ids, with what was drawn for each (empty lists left out). */
export function drawnDocuments(ids: readonly string[], drawn: readonly DrawnDocument[]): Document[] {
  return ids.map((id, i) => ({
    id,
    name: id,
    form: 'paper' as const,
    ...(drawn[i].obtained_by.length ? { obtained_by: drawn[i].obtained_by } : {}),
    ...(drawn[i].replaced_by?.length ? { replaced_by: drawn[i].replaced_by } : {}),
    ...(drawn[i].sunset ? { sunset_basis: drawn[i].sunset } : {}),
  }));
}

/** Decrees numbered `<id>/N`, each with the amendments drawn for it and the expiry drawn, if any. */
export function drawnLegal(ids: readonly string[], amends: readonly DrawnAmendment[], expires: readonly (string | undefined)[] = []): Legal[] {
  return ids.map((id, i) => ({
    id,
    number: `${id}/N`,
    type: 'nghi-dinh' as const,
    ...(expires[i] ? { expires: expires[i] } : {}),
    amends: amends.filter((a) => a.by === id).map(drawnAmendment),
  }));
}

function drawnAmendment(a: DrawnAmendment): Amendment {
  const provision = a.provision ?? (a.article === undefined ? a.legal! : { legal: a.legal!, article: a.article });
  return {
    ...(a.scope ? { scope: { document: a.document } } : { provision }),
    ...(a.accept.length ? { accept: a.accept } : {}),
    ...(a.drop ? { drop: true } : {}),
    ...(a.effective ? { effective: a.effective } : {}),
  };
}
