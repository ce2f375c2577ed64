/* Generated from schemas/catalog.schema.json by `npm run gen:types`. Do not edit by hand. */

/**
 * Administrative level: trung-uong (central), tinh (province), huyen (district), xa (commune).
 */
export type Level = 'trung-uong' | 'tinh' | 'huyen' | 'xa';
/**
 * A province code: a short uppercase id such as HN, HCM or GL.
 */
export type ProvinceCode = string;
/**
 * A provision reference: either a bare legal-document id or number (the whole document) or an object { legal, article, clause, point }.
 */
export type Provision = string | ProvisionObject;

/**
 * One file of a tthc-graph catalog: procedures, the documents they ask for, the data sources that can replace them, and the legal documents behind each requirement.
 */
export interface TthcGraphCatalogFile {
  catalog?: CatalogMeta;
  /**
   * Provinces and centrally-run cities.
   */
  provinces?: Province[];
  /**
   * Documents (giấy tờ) that requirements ask for.
   */
  documents?: Document[];
  /**
   * Registers that can be looked up instead of paper.
   */
  data_sources?: DataSource[];
  /**
   * Legal documents and the amendments they make.
   */
  legal?: Legal[];
  /**
   * Administrative procedures.
   */
  procedures?: Procedure[];
}
/**
 * Catalog-wide settings (at most one file sets them).
 */
export interface CatalogMeta {
  /**
   * Name of the catalog.
   */
  name: string;
  /**
   * English name (optional), shown by reports in English.
   */
  name_en?: string;
  /**
   * What the catalog covers.
   */
  description?: string;
  /**
   * English names of ministries, by the name the procedures give as `ministry` (optional); shown by reports in English.
   */
  ministries_en?: {
    [k: string]: string;
  };
  /**
   * English names of fields, by the name the procedures give as `field` (optional); shown by reports in English.
   */
  fields_en?: {
    [k: string]: string;
  };
  /**
   * Default analysis date (YYYY-MM-DD).
   */
  cutoff?: string;
  /**
   * Figures published by authorities, for comparison with the catalog's own counts.
   */
  reported?: Reported[];
}
/**
 * A figure published by an authority, so the catalog can be compared with official counts.
 */
export interface Reported {
  /**
   * What the figure counts, in words.
   */
  claim: string;
  /**
   * The claim in English (optional), shown by reports in English.
   */
  claim_en?: string;
  /**
   * The published figure.
   */
  value: number;
  /**
   * URL of the publication that reported the figure.
   */
  source?: string;
  /**
   * Date the figure was reported (YYYY-MM-DD).
   */
  date?: string;
  measure?: Measure;
  /**
   * Free-text remark.
   */
  note?: string;
}
/**
 * What in the catalog corresponds to this figure, so tools can print both side by side.
 */
export interface Measure {
  /**
   * legal-requiring: legal documents cited as the basis of a requirement for one of `documents`; legal-amended-by: legal documents amended by `legal`; procedures-requiring: procedures with a requirement for one of `documents`; essential-procedures: procedures marked essential.
   */
  count: 'legal-requiring' | 'legal-amended-by' | 'procedures-requiring' | 'essential-procedures';
  /**
   * Document ids the count is about (legal-requiring, procedures-requiring).
   */
  documents?: string[];
  /**
   * The amending legal document, by id or number (legal-amended-by).
   */
  legal?: string;
  /**
   * Only count legal documents of this type.
   */
  legal_type?: 'luat' | 'nghi-dinh' | 'thong-tu' | 'quyet-dinh' | 'nghi-quyet' | 'cong-dien' | 'chi-thi' | 'other';
}
/**
 * A province or centrally-run city.
 */
export interface Province {
  /**
   * Short uppercase code, unique in the catalog.
   */
  code: string;
  /**
   * Vietnamese name, e.g. Hà Nội.
   */
  name: string;
  /**
   * English name (optional).
   */
  name_en?: string;
}
/**
 * A document (giấy tờ): the evidence a requirement asks for.
 */
export interface Document {
  /**
   * Unique kebab-case id, e.g. so-ho-khau.
   */
  id: string;
  /**
   * Vietnamese name.
   */
  name: string;
  /**
   * English name (optional).
   */
  name_en?: string;
  /**
   * paper | card | electronic | data.
   */
  form: 'paper' | 'card' | 'electronic' | 'data';
  /**
   * Last day the document is accepted (inclusive). Absent: no sunset.
   */
  valid_until?: string;
  /**
   * The provision that set the sunset.
   */
  sunset_basis?: string | ProvisionObject;
  /**
   * Procedure codes; a citizen who lacks the document must complete one of them (OR). Absent: the document is assumed obtainable. Empty: no procedure issues it, so it is never available.
   */
  obtained_by?: string[];
  /**
   * Document or data-source ids that policy intends as substitutes: candidates for a fix, not accepted until a provision accepts them.
   */
  replaced_by?: string[];
  /**
   * URL of the source describing the document.
   */
  source?: string;
  /**
   * Free-text remark.
   */
  note?: string;
}
/**
 * A provision of a legal document: the document, optionally narrowed to an article, clause, point or form.
 */
export interface ProvisionObject {
  /**
   * The legal document, by its id (nd-104-2022) or its number (104/2022/NĐ-CP).
   */
  legal: string;
  /**
   * Article (Điều) number, e.g. 28 or "71a".
   */
  article?: number | string;
  /**
   * Clause (khoản) number inside the article, e.g. 2 or "1a".
   */
  clause?: number | string;
  /**
   * Point (điểm) inside the clause: a Vietnamese letter a, b, c, d, đ, e…
   */
  point?: string;
  /**
   * A form (mẫu) in the document's appendix, e.g. "03", when the requirement sits in a form rather than an article.
   */
  form?: string;
}
/**
 * A register an office can look up instead of asking for paper.
 */
export interface DataSource {
  /**
   * Unique kebab-case id, e.g. csdlqg-dan-cu.
   */
  id: string;
  /**
   * Vietnamese name.
   */
  name: string;
  /**
   * English name (optional).
   */
  name_en?: string;
  /**
   * Document ids whose information a lookup yields.
   */
  provides: string[];
  /**
   * Date the lookup works nationwide. Absent: never, unless a province override says otherwise.
   */
  available_from?: string;
  /**
   * Province overrides: province code → date connected, or null for not connected there.
   */
  provinces?: {
    [k: string]: string | null;
  };
  /**
   * URL of the source describing the data source.
   */
  source?: string;
  /**
   * Free-text remark.
   */
  note?: string;
}
/**
 * A legal document (văn bản pháp luật).
 */
export interface Legal {
  /**
   * Unique kebab-case id, e.g. nd-104-2022.
   */
  id: string;
  /**
   * Official number (số ký hiệu), e.g. 104/2022/NĐ-CP. Compared after NFC, case folding and NĐ/ND equivalence.
   */
  number: string;
  /**
   * Kind of legal document.
   */
  type: 'luat' | 'nghi-dinh' | 'thong-tu' | 'quyet-dinh' | 'nghi-quyet' | 'cong-dien' | 'chi-thi' | 'other';
  /**
   * Vietnamese title.
   */
  title?: string;
  /**
   * English title (optional).
   */
  title_en?: string;
  /**
   * Issuing body, e.g. Chính phủ.
   */
  issuer?: string;
  /**
   * Date of issue.
   */
  issued?: string;
  /**
   * Date it takes effect. Absent: in force at every date.
   */
  effective?: string;
  /**
   * Last day it is in force (inclusive). Absent: no expiry.
   */
  expires?: string;
  /**
   * URL of the text.
   */
  source?: string;
  /**
   * Changes this document makes, each in force from the document's effective date or the change's own.
   */
  amends?: Amendment[];
  /**
   * Free-text remark.
   */
  note?: string;
}
/**
 * One change a legal document makes: to a provision, or to every requirement for a document (scope).
 */
export interface Amendment {
  /**
   * The provision changed. Covers every requirement whose basis is that provision or lies inside it.
   */
  provision?: string | ProvisionObject;
  /**
   * A document-wide catch-all: every requirement for this document anywhere in the catalog.
   */
  scope?: {
    /**
     * Id of the required document the change applies to.
     */
    document: string;
  };
  /**
   * Document or data-source ids now accepted in place of the required one.
   */
  accept?: string[];
  /**
   * true: the requirement is removed outright.
   */
  drop?: boolean;
  /**
   * Date this change takes effect, when it differs from the document's own effective date.
   */
  effective?: string;
  by?: ArticleRef;
  /**
   * Free-text remark.
   */
  note?: string;
}
/**
 * Where in this legal document the change is made (e.g. article 13, clause 2).
 */
export interface ArticleRef {
  /**
   * Article (Điều) of the amending document.
   */
  article?: number | string;
  /**
   * Clause (khoản) of the amending document.
   */
  clause?: number | string;
  /**
   * Point (điểm) of the amending document.
   */
  point?: string;
}
/**
 * An administrative procedure (thủ tục hành chính).
 */
export interface Procedure {
  /**
   * National code such as "1.001193" (quote it in YAML), or a visibly local code such as qd06-14, with no space, tab or line break before or after it. Unique.
   */
  code: string;
  /**
   * Vietnamese name.
   */
  name: string;
  /**
   * English name (optional).
   */
  name_en?: string;
  /**
   * Field (lĩnh vực), e.g. Hộ tịch.
   */
  field?: string;
  /**
   * Responsible ministry or sector, e.g. Bộ Tư pháp.
   */
  ministry?: string;
  /**
   * Agency that settles it.
   */
  agency?: string;
  /**
   * One or more of trung-uong, tinh, huyen, xa. Any provincial level makes it evaluated per province.
   *
   * @minItems 1
   */
  level: [Level, ...Level[]];
  /**
   * Where it runs: all (default) or a list of province codes.
   */
  provinces?: 'all' | [ProvinceCode, ...ProvinceCode[]];
  /**
   * Online service: toan-trinh (fully online), mot-phan (partly), none.
   */
  online?: 'toan-trinh' | 'mot-phan' | 'none';
  /**
   * true for the 25 essential public services of Decision 06/QĐ-TTg.
   */
  essential?: boolean;
  /**
   * Legal basis of the procedure (căn cứ pháp lý), at article level where known.
   */
  basis?: Provision[];
  /**
   * Documents the procedure asks for (all of them: AND).
   */
  requires?: Requirement[];
  /**
   * Procedure codes that must be completed first (AND).
   */
  needs?: string[];
  /**
   * Document ids it issues (informational unless a document lists it in obtained_by).
   */
  produces?: string[];
  /**
   * URL of the procedure record.
   */
  source?: string;
  /**
   * Free-text remark.
   */
  note?: string;
}
/**
 * One document a procedure asks for (thành phần hồ sơ).
 */
export interface Requirement {
  /**
   * Id of the required document.
   */
  document: string;
  /**
   * A provision reference: either a bare legal-document id or number (the whole document) or an object { legal, article, clause, point }.
   */
  basis?: string | ProvisionObject;
  /**
   * submit (nộp) or present (xuất trình). Default submit.
   */
  mode?: 'submit' | 'present';
  /**
   * Document or data-source ids accepted as alternatives from the start.
   */
  accept?: string[];
  /**
   * Free-text remark.
   */
  note?: string;
}
