import type { Totals } from './result-types.js';
import type { EvaluationDelta } from './diff-results.js';

/** Bump on any incompatible change of TimelineResult. */
export const TIMELINE_VERSION = 2;

/** Something in the catalog that takes effect on a date. */
export interface TimelineEvent {
  /**
   * sunset: a document stops being accepted (the day after its `valid_until`);
   * effective: amendments of a legal document (or one amendment with its own date) take effect
   * (an amendment whose date comes after its legal document's `expires` never is in force and
   * gives no event);
   * expiry: a legal document with an amendment that was in force stops being in force (the day
   * after its `expires`);
   * available: a data source starts working nationwide (`available_from`);
   * connection: a data source is connected in one province.
   */
  kind: 'sunset' | 'effective' | 'expiry' | 'available' | 'connection';
  /** The first day the change shows. */
  date: string;
  section: 'documents' | 'legal' | 'data_sources';
  /** Id of the document, legal document or data source. */
  id: string;
  /** Its name (a legal document's number). */
  name: string;
  /** The English name of a document or data source, when the catalog gives one. */
  name_en?: string;
  /** The province of a connection. */
  province?: string;
  /**
   * For `available`: the provinces where this date does not apply, because the data source
   * gives them a date of their own or none (its `provinces:`), in code order. In a timeline
   * or diff of one province, that province alone, when it is one of them.
   */
  except?: string[];
  /** The inclusive last day written in the catalog, for sunsets and expiries. */
  until?: string;
  /** Index in `amends` when one amendment has its own effective date (on or before the document's `expires`). */
  amendment?: number;
}

/** The analysis at one date of the timeline. */
export interface TimelinePoint {
  date: string;
  /** true for the first point: the state before the first change in range (or at `from`). */
  start: boolean;
  /** What takes effect on this date (empty for the start point unless something changes on it). */
  events: TimelineEvent[];
  totals: Totals;
  /** Evaluations whose status or paper flag differ from the previous point. */
  changes: EvaluationDelta[];
}

export interface TimelineResult {
  version: typeof TIMELINE_VERSION;
  catalog: string;
  /** The catalog's English name, when it gives one. */
  catalog_en?: string;
  province: string | null;
  /** The range asked for (null: open). */
  from: string | null;
  to: string | null;
  without: string[];
  points: TimelinePoint[];
}
