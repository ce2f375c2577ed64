import type { Form } from '../catalog/types.js';

/**
 * The story of a catalog for a newcomer, as plain data: its sunset documents, what depends
 * on each, what is blocked the day of and the day after each sunset, with and without the
 * legal documents whose amendments relieve them, where a paper (or other) document is still
 * needed, and the catalog's own counts next to each published figure.
 */
export interface CatalogSummary {
  version: 1;
  catalog: { name: string; name_en?: string; description?: string; cutoff: string | null };
  /** The date of the `today` snapshot (the option, else the cutoff). */
  at: string;
  /**
   * The province the summary is of, with the central procedures; null: every province.
   * Always written; optional for earlier output.
   */
  province?: string | null;
  size: { procedures: number; essential: number; provinces: number; documents: number; data_sources: number; legal: number };
  /** The catalog's province codes, in its order: where a state reaches most provinces, the few it does not. */
  provinces?: string[];
  /** Documents with a `valid_until`, earliest first. */
  sunsets: SunsetSummary[];
  /** Every procedure of the catalog at `at`. */
  today: Snapshot;
  reported: ReportedCount[];
}

export interface SunsetSummary {
  document: { id: string; name: string; name_en?: string; form: Form; valid_until: string; basis: ProvisionRefInfo | null };
  /** Procedures that depend on the document, directly or through `needs` / `obtained_by`, with every amendment in the catalog (in the summary's province, and central ones, when it has one). */
  dependents: { total: number; direct: number; by_ministry: { key: string | null; name_en?: string; count: number }[] };
  /** The dependents on the last valid day. */
  day_of: Snapshot;
  /** The dependents on the first day without the document. */
  day_after: Snapshot;
  /**
   * Legal documents whose amendments in force the day after meet a requirement that names the
   * document, and without which the sunset would block some dependent.
   */
  relief: ReliefLegal[];
  /** The day after, ignoring every amendment of every relief document (null when there is none). */
  without_relief: Snapshot | null;
  /**
   * The dependents met only with a card the day after, for an applicant who holds no card
   * (null when none is met only with a card). Always written; optional for earlier output.
   */
  without_card?: CardlessSummary | null;
}

/**
 * The evaluations of dependents whose best path the day after is a card (`best_form: card`),
 * analysed again the same day for an applicant lacking every card-form document of the catalog.
 */
export interface CardlessSummary {
  /** The card-form documents of the catalog, in catalog order: the `lacking` of that analysis. */
  lacking: string[];
  /** Those same evaluations (procedure and place) then. */
  snapshot: Snapshot;
  /**
   * The documents chosen where a paper step remains (a paper document, or one obtained
   * through paper), with how many of those procedures choose each: most first, then catalog order.
   */
  paper_documents: { id: string; name: string; name_en?: string; procedures: number }[];
}

export interface ReliefLegal {
  id: string;
  number: string;
  type: string;
  title?: string;
  effective: string | null;
  /** The dependents on the day after when this document's amendments are ignored. */
  without: Snapshot;
  /** Dependents the sunset itself would block without this document: blocked the day after, not the day of. */
  newly_blocked: number;
}

/** A provision, resolved enough to print in either language. */
export interface ProvisionRefInfo {
  legal: string;
  number?: string;
  type?: string;
  title?: string;
  article?: number | string;
  clause?: number | string;
  point?: string;
  form?: string;
}

/** Counts over a set of procedures at one date. Procedure counts are distinct procedures. */
export interface Snapshot {
  date: string;
  without: string[];
  procedures: number;
  /** Blocked in at least one place. */
  blocked: number;
  unknown: number;
  /** Met somewhere, but the best path there still needs a paper document. */
  paper: number;
  /** Met somewhere with a card or electronic document, no paper but no lookup either. */
  document: number;
  /** Met everywhere by data alone (or with nothing to show). */
  paperless: number;
  /** Places (province code, null for central procedures) where some procedure is not paperless. */
  places: PlaceCount[];
  /** One evaluation worth explaining: the first that still needs paper or a card, else the first blocked. */
  example: { code: string; province: string | null } | null;
}

export interface PlaceCount {
  province: string | null;
  blocked: number;
  unknown: number;
  paper: number;
  document: number;
}

export interface ReportedCount {
  claim: string;
  claim_en?: string;
  value: number;
  source?: string;
  date?: string;
  note?: string;
  /** The catalog's own count for the figure's `measure`; null when the figure has none. */
  catalog: number | null;
  /** What was counted: legal ids or procedure codes. */
  counted: string[];
}

export interface SummaryOptions {
  /** Date of the `today` snapshot. Default: the catalog's cutoff. */
  at?: string;
  /**
   * A province code: the summary of that province, its procedures and the central ones
   * (dependents, days and relief counted there). Default: every province.
   */
  province?: string | null;
  /** Analyse catalogs with unresolved references (they count as unknown). */
  lenient?: boolean;
}
