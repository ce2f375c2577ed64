import type { Legal } from '../catalog/types.js';
import type { LegalIndex } from '../graph/legal-index.js';
import { legalLabel, provisionLabel, type ProvisionRef } from '../graph/provision-ref.js';
import type { AmendmentInfo, ProvisionInfo } from './result-types.js';

/** A provision resolved against the catalog, with its Vietnamese label. */
export function provisionInfo(ref: ProvisionRef, legal: LegalIndex): ProvisionInfo {
  const doc = ref.legalIndex >= 0 ? legal.find(ref.legal) : undefined;
  const info: ProvisionInfo = { legal: ref.legal, label: provisionLabel(ref, doc ? legalLabel(doc) : ref.legal) };
  if (doc?.number !== undefined) info.number = doc.number;
  if (doc?.title !== undefined) info.title = doc.title;
  if (ref.article !== undefined) info.article = ref.article;
  if (ref.clause !== undefined) info.clause = ref.clause;
  if (ref.point !== undefined) info.point = ref.point;
  if (ref.form !== undefined) info.form = ref.form;
  if (doc?.source !== undefined) info.source = doc.source;
  return info;
}

/** One change of a legal document, ready to print: where it is made and when it took effect. */
export function amendmentInfo(
  doc: Legal,
  position: number,
  target: ProvisionRef | null,
  legal: LegalIndex,
): AmendmentInfo {
  const change = doc.amends![position];
  const info: AmendmentInfo = {
    legal: doc.id,
    number: doc.number,
    effective: change.effective ?? doc.effective ?? null,
    label: provisionLabel(change.by ?? {}, legalLabel(doc)),
  };
  if (change.by !== undefined) info.by = { ...change.by };
  if (target !== null) info.provision = provisionInfo(target, legal);
  if (change.scope !== undefined) info.scope = { document: change.scope.document };
  if (change.accept !== undefined) info.accept = [...change.accept];
  if (change.drop === true) info.drop = true;
  if (doc.source !== undefined) info.source = doc.source;
  return info;
}
