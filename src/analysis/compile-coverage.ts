import { provisionCovers, type ProvisionRef } from '../graph/provision-ref.js';
import { toCsr, type Csr } from './csr.js';
import { pushAll } from '../util/push-all.js';

/** What an amendment changes: a provision (or whole document), or every requirement for a document. */
export type AmendmentTarget =
  | { kind: 'provision'; provision: ProvisionRef }
  /** `document` is -1 when the scope's document does not resolve. */
  | { kind: 'scope'; document: number };

/**
 * Which amendments cover each requirement, independent of the date. Coverage is definite
 * when both sides resolve; when either side does not (lenient catalogs), it is only
 * possible: an amendment whose target does not resolve may cover any requirement of its
 * kind, and a requirement whose basis or document does not resolve may be covered by any
 * amendment of that kind. Definite coverage is listed first. `droppable`: the requirements
 * that an amendment with `drop` (1 in `drop`, per amendment) covers, definitely or possibly.
 */
export function compileCoverage(
  targets: AmendmentTarget[],
  drop: ArrayLike<number>,
  requirementDocument: ArrayLike<number>,
  requirementBasis: (ProvisionRef | null)[],
): { covers: Csr; coverMaybe: Uint8Array; droppable: Int32Array } {
  const byLegal = new Map<string, number[]>();
  const byDocument = new Map<number, number[]>();
  const provisionAmendments: number[] = [];
  const unresolvedProvision: number[] = [];
  const scopeAmendments: number[] = [];
  const unresolvedScope: number[] = [];
  targets.forEach((target, a) => {
    if (target.kind === 'provision') {
      if (target.provision.legalIndex < 0) unresolvedProvision.push(a);
      else {
        provisionAmendments.push(a);
        push(byLegal, target.provision.legal, a);
      }
    } else if (target.document < 0) unresolvedScope.push(a);
    else {
      scopeAmendments.push(a);
      push(byDocument, target.document, a);
    }
  });

  const rows: number[][] = [];
  const maybeFlags: number[] = [];
  for (let r = 0; r < requirementBasis.length; r++) {
    const definite: number[] = [];
    const maybe: number[] = [];
    const document = requirementDocument[r];
    if (document >= 0) {
      pushAll(definite, byDocument.get(document) ?? []);
    } else {
      pushAll(maybe, scopeAmendments);
    }
    pushAll(maybe, unresolvedScope);
    const basis = requirementBasis[r];
    if (basis !== null) {
      if (basis.legalIndex >= 0) {
        for (const a of byLegal.get(basis.legal) ?? []) {
          const target = targets[a] as { provision: ProvisionRef };
          if (provisionCovers(target.provision, basis)) definite.push(a);
        }
      } else {
        pushAll(maybe, provisionAmendments);
      }
      pushAll(maybe, unresolvedProvision);
    }
    definite.sort((x, y) => x - y);
    maybe.sort((x, y) => x - y);
    rows.push([...definite, ...maybe]);
    for (const _ of definite) maybeFlags.push(0);
    for (const _ of maybe) maybeFlags.push(1);
  }
  const droppable: number[] = [];
  rows.forEach((row, r) => {
    if (row.some((a) => drop[a] === 1)) droppable.push(r);
  });
  return { covers: toCsr(rows), coverMaybe: Uint8Array.from(maybeFlags), droppable: Int32Array.from(droppable) };
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
