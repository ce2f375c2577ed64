import type {
  TthcGraphCatalogFile,
  CatalogMeta,
  Province,
  Document,
  DataSource,
  Legal,
  Amendment,
  Procedure,
  Requirement,
  ProvisionObject,
  Provision,
  Reported,
  Measure,
  ArticleRef,
  Level,
  ProvinceCode,
} from './types.generated.js';

export type {
  CatalogMeta,
  Province,
  Document,
  DataSource,
  Legal,
  Amendment,
  Procedure,
  Requirement,
  ProvisionObject,
  Provision,
  Reported,
  Measure,
  ArticleRef,
  Level,
  ProvinceCode,
};

/** One catalog file as written on disk (the shape of schemas/catalog.schema.json). */
export type CatalogFile = TthcGraphCatalogFile;

/** How digital a document is; `data` is best, `paper` worst. */
export type Form = Document['form'];
/** Kind of legal document. */
export type LegalType = Legal['type'];
/** `submit` (nộp) or `present` (xuất trình). */
export type RequirementMode = NonNullable<Requirement['mode']>;

/**
 * A whole catalog: every file merged. It has the shape of a catalog file with every list
 * present, so it can be written back as YAML or JSON and loaded again.
 *
 * After loading, text is NFC-normalised, provision references are objects
 * (`{ legal: id, … }`), and references to legal documents by number are replaced by
 * their ids wherever they resolve.
 */
export interface Catalog {
  catalog?: CatalogMeta;
  provinces: Province[];
  documents: Document[];
  data_sources: DataSource[];
  legal: Legal[];
  procedures: Procedure[];
}

/** The top-level sections of a catalog that hold lists of entities. */
export const SECTIONS = ['provinces', 'documents', 'data_sources', 'legal', 'procedures'] as const;
export type Section = (typeof SECTIONS)[number];

export function emptyCatalog(): Catalog {
  return { provinces: [], documents: [], data_sources: [], legal: [], procedures: [] };
}
