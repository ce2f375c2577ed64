import type { AnalysisResult } from '../../analysis/result-types.js';
import type { DependentCounts } from '../../analysis/dependents-types.js';
import type { ProvisionRanking } from '../../analysis/rank-types.js';
import type { PlanResult } from '../../analysis/plan/plan-types.js';
import type { TimelineResult } from '../../analysis/timeline-types.js';
import type { Lang } from '../labels.js';

/** A document whose `valid_until` ends its acceptance: what the report is about. */
export interface SunsetDocument {
  id: string;
  name: string;
  name_en?: string;
  /** Last day accepted (inclusive). */
  valid_until: string;
}

/**
 * Everything the HTML report shows, as plain data: analysis results, counts, ranking, plan
 * and timeline, computed beforehand. The report never sees the catalog graph.
 */
export interface HtmlReportInput {
  /** Catalog name, for the title. */
  catalog: string;
  /** The catalog's English name, for the title of the English report, when it gives one. */
  catalog_en?: string;
  /** English names of ministries by the names procedures give (the catalog settings' `ministries_en`), for the English report. */
  ministries_en?: Record<string, string>;
  /** Province codes and names, for labels (a code without a name is shown as is). */
  provinces: { code: string; name: string; name_en?: string }[];
  /** Legal documents by id, for their English titles in the English list of cited documents. */
  legal?: { id: string; title?: string; title_en?: string }[];
  sunset: SunsetDocument[];
  /** The analysis over every province (province null). */
  national: AnalysisResult;
  /** The analysis for the chosen province, or null when none was chosen. */
  local: AnalysisResult | null;
  /**
   * Dependents of each sunset document over every province (without a province filter);
   * the province's figure is read from its group and the central group.
   */
  dependents: DependentCounts[];
  /** Ranking of the result the report focuses on (local when a province was chosen). */
  ranking: ProvisionRanking;
  /** The smallest unblocking plan of the focus result, or null when none was made. */
  plan: PlanResult | null;
  /** Counts at every date something changes, or null. */
  timeline: TimelineResult | null;
}

export interface HtmlReportOptions {
  lang?: Lang;
  /** At most this many blocked procedures are explained, and as many still needing paper (default 300); the rest are counted. */
  maxBlocked?: number;
  /** At most this many provisions are ranked (default 25). */
  maxRanked?: number;
}

/** How far gathering the report's data has come (the same shape the CLI's progress line takes). */
export interface ReportProgressEvent {
  phase: string;
  done: number;
  total: number;
}

export interface GatherOptions {
  /** The date (YYYY-MM-DD). Default: the catalog's cutoff. */
  at?: string;
  /** Also report on this province, beside the national figures. */
  province?: string | null;
  /** Legal documents (ids or numbers) whose amendments are ignored. */
  without?: readonly string[];
  /** Report what depends on unresolved references as unknown (no plan is made then). */
  lenient?: boolean;
  /** Make the smallest unblocking plan (default true). */
  plan?: boolean;
  /** Compute the timeline (default true): one analysis per date where something changes. */
  timeline?: boolean;
  /** Called after each step. */
  onProgress?: (event: ReportProgressEvent) => void;
}
