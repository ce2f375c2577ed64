import type { Catalog, Legal } from '../catalog/types.js';
import { legalNumberKey } from '../text/vietnamese.js';
import { expectList, expectRecord } from '../util/expect-argument.js';

/** Finds legal documents by id or by number (numbers compared with `legalNumberKey`). */
export interface LegalIndex {
  /** The legal document a reference names, or undefined when it does not resolve. */
  find(reference: string): Legal | undefined;
  /** Position of the legal document in `catalog.legal`, or -1. */
  indexOf(reference: string): number;
}

export function legalIndex(catalog: Pick<Catalog, 'legal'>): LegalIndex {
  expectRecord(catalog, 'legalIndex', 'a catalog');
  expectList(catalog.legal, 'legalIndex', "the catalog's legal documents (its `legal`)");
  const byId = new Map<string, number>();
  const byNumber = new Map<string, number>();
  catalog.legal.forEach((legal, i) => {
    if (!byId.has(legal.id)) byId.set(legal.id, i);
    if (typeof legal.number === 'string') {
      const key = legalNumberKey(legal.number);
      if (!byNumber.has(key)) byNumber.set(key, i);
    }
  });
  const indexOf = (reference: string): number => {
    const direct = byId.get(reference) ?? byId.get(reference.normalize('NFC'));
    if (direct !== undefined) return direct;
    return byNumber.get(legalNumberKey(reference)) ?? -1;
  };
  return {
    indexOf,
    find: (reference) => {
      const i = indexOf(reference);
      return i < 0 ? undefined : catalog.legal[i];
    },
  };
}
