import type { Catalog } from '../catalog/types.js';
import { legalIndex } from '../graph/legal-index.js';
import type { Lang } from '../report/labels.js';
import { nameIn } from '../report/describe.js';
import { foldVietnamese } from '../text/vietnamese.js';
import type { Text } from './text.js';

/** The kinds of entries a command-line value may name. */
export type EntryKind = 'procedure' | 'document' | 'data-source' | 'legal';

/** An entry of the catalog that a value given for another kind names. */
export interface OtherEntry {
  kind: EntryKind;
  /** Its code (a procedure) or id. */
  id: string;
  name: string;
  name_en?: string;
}

/** Each kind as one entry of it is called: "giấy tờ", "a document". */
export const KIND_WORDS: Record<EntryKind, Text> = {
  procedure: { vi: 'thủ tục', en: 'a procedure' },
  document: { vi: 'giấy tờ', en: 'a document' },
  'data-source': { vi: 'nguồn dữ liệu', en: 'a data source' },
  legal: { vi: 'văn bản pháp luật', en: 'a legal document' },
};

/**
 * The entry of a kind other than `wanted` that `v` names exactly: by its code or id as
 * written, else in any case, else a legal document by its number, else any by its name or
 * English name (case, diacritics and spaces around aside); undefined when none does. Where
 * several do at one step, the first of the procedures, documents, data sources and legal
 * documents, in the catalog's order.
 * For the hint of a value given where another kind is wanted ("'so-ho-khau' is a document,
 * not a legal document").
 */
export function otherKindNamed(v: string, catalog: Catalog, wanted: EntryKind): OtherEntry | undefined {
  const given = v.normalize('NFC').trim();
  const lower = given.toLowerCase();
  const folded = foldVietnamese(v.trim());
  const kinds: OtherEntry[][] = [
    catalog.procedures.map((p) => ({ kind: 'procedure' as const, id: p.code, name: p.name, name_en: p.name_en })),
    catalog.documents.map((d) => ({ kind: 'document' as const, id: d.id, name: d.name, name_en: d.name_en })),
    catalog.data_sources.map((d) => ({ kind: 'data-source' as const, id: d.id, name: d.name, name_en: d.name_en })),
    catalog.legal.map((l) => ({ kind: 'legal' as const, id: l.id, name: l.number })),
  ];
  const entries = kinds.flat().filter((e) => e.kind !== wanted);
  const legal = wanted === 'legal' ? undefined : legalIndex(catalog).find(given);
  return (
    entries.find((e) => e.id === given) ??
    entries.find((e) => e.id.toLowerCase() === lower) ??
    (legal && entries.find((e) => e.kind === 'legal' && e.id === legal.id)) ??
    entries.find((e) => [e.name, e.name_en].some((n) => n !== undefined && foldVietnamese(n) === folded))
  );
}

/**
 * "'so-ho-khau' là giấy tờ (Sổ hộ khẩu), không phải {not}" / "'so-ho-khau' is a document
 * (Household registration book), not {not}": the entry's name in brackets, or its id or code
 * when its name is what was given.
 */
export function isOtherKind(given: string, entry: OtherEntry, not: Text): Text {
  const byName = [entry.name, entry.name_en].some((n) => n !== undefined && foldVietnamese(n) === foldVietnamese(given.trim()));
  const is = (lang: Lang) => `'${given}' ${lang === 'vi' ? 'là' : 'is'} ${KIND_WORDS[entry.kind][lang]} (${byName ? entry.id : nameIn(lang, entry.name, entry.name_en)})`;
  return { vi: `${is('vi')}, không phải ${not.vi}`, en: `${is('en')}, not ${not.en}` };
}
