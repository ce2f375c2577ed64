import type { Catalog, Legal, Measure, Provision } from '../catalog/types.js';
import { legalNumberKey } from '../text/vietnamese.js';
import { expectRecord } from '../util/expect-argument.js';
import { completeCatalog } from '../graph/complete-catalog.js';

/** A legal document by id, else by number (NFC, case, NĐ/ND folded). */
export function findLegal(catalog: Catalog, ref: string): Legal | undefined {
  return catalog.legal.find((l) => l.id === ref) ?? catalog.legal.find((l) => legalNumberKey(l.number) === legalNumberKey(ref));
}

/**
 * What the catalog counts for a reported figure's measure, as the sorted list of what was
 * counted (legal ids or procedure codes); see the schema's `measure`.
 */
export function measureCount(input: Catalog, m: Measure): string[] {
  const catalog = completeCatalog(input);
  expectRecord(m, 'measureCount', 'a measure, as a reported figure gives it');
  const docs = m.documents ? new Set(m.documents) : null;
  const ofType = (id: string) => m.legal_type === undefined || findLegal(catalog, id)?.type === m.legal_type;
  const legalOf = (p: Provision) => {
    const ref = typeof p === 'string' ? p : p.legal;
    return findLegal(catalog, ref)?.id ?? ref;
  };
  const out = new Set<string>();
  if (m.count === 'legal-requiring') {
    for (const p of catalog.procedures)
      for (const r of p.requires ?? []) if (r.basis && (!docs || docs.has(r.document))) out.add(legalOf(r.basis));
  } else if (m.count === 'legal-amended-by') {
    const by = m.legal ? findLegal(catalog, m.legal) : undefined;
    for (const a of by?.amends ?? []) if (a.provision) out.add(legalOf(a.provision));
  } else if (m.count === 'procedures-requiring') {
    for (const p of catalog.procedures) if ((p.requires ?? []).some((r) => !docs || docs.has(r.document))) out.add(p.code);
  } else {
    for (const p of catalog.procedures) if (p.essential === true) out.add(p.code);
  }
  return [...out].filter((id) => m.count === 'procedures-requiring' || m.count === 'essential-procedures' || ofType(id)).sort();
}
