import { fileURLToPath } from 'node:url';
import type { Catalog, Procedure, Requirement } from '../../src/catalog/types.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import type { LoadResult } from '../../src/catalog/load-types.js';

/** The bundled catalog folder. */
export const CATALOG_DIR = fileURLToPath(new URL('../../catalog/', import.meta.url));
/** The repository root, for running the CLI as `npm start` does. */
export const REPO_DIR = fileURLToPath(new URL('../../', import.meta.url));

let loaded: Promise<LoadResult> | undefined;
/** The bundled catalog, loaded once per test file with the real loader in strict mode. */
export function loadBundled(): Promise<LoadResult> {
  loaded ??= loadCatalog(CATALOG_DIR, { strict: true });
  return loaded;
}

/** The provinces Công điện 90/CĐ-TTg reports as not connected to the population database. */
export const NOT_CONNECTED = ['GL', 'PY', 'BK'];
/** Decree 104/2022 Art. 14 cl. 2: the lookups. */
export const LOOKUPS = ['csdlqg-dan-cu', 'vneid', 'dau-doc-cccd'];
/** Decree 104/2022 Art. 14 cl. 4: the documents an office may still ask for. */
export const FALLBACK = ['cccd', 'cmnd', 'ct07', 'thong-bao-sddcn'];
/** The two books abolished after 31/12/2022. */
export const BOOKS = ['so-ho-khau', 'so-tam-tru'];

/** The 19 decrees Decree 104/2022 amends, from its text (Art. 1–12, then Art. 13 cl. 1–7). */
export const AMENDED_DECREES = [
  'nd-61-2015', 'nd-146-2018', 'nd-116-2016', 'nd-105-2020', 'nd-81-2021', 'nd-168-2016', 'nd-100-2015',
  'nd-137-2013', 'nd-99-2015', 'nd-134-2016', 'nd-43-2014', 'nd-19-2011',
  'nd-150-2018', 'nd-123-2015', 'nd-45-2021', 'nd-131-2021', 'nd-11-2021', 'nd-20-2021', 'nd-57-2017',
];

/** The national procedure codes the fact page names with a name and a dossier. */
export const NAMED_CODES = [
  '1.001193', '1.000894', '1.004873', '1.001939', '1.003160', '1.007659', '1.004512', '1.007765',
  '1.003091', '1.013133', '1.004884', '2.000986',
];

/** The requirements of a procedure that name a book as the required document. */
export function bookRequirements(p: Procedure): Requirement[] {
  return (p.requires ?? []).filter((r) => BOOKS.includes(r.document));
}

/** The legal-document id of a provision reference (loaded catalogs hold objects). */
export function legalOf(p: Requirement['basis']): string | undefined {
  return p === undefined ? undefined : typeof p === 'string' ? p : p.legal;
}

/**
 * The ids of the card documents (CCCD, CMND, military card, health insurance card): what a
 * citizen who holds none, such as a child under 14 in 2023, lacks.
 */
export function cardIds(catalog: Catalog): string[] {
  return catalog.documents.filter((d) => d.form === 'card').map((d) => d.id);
}
