import type { Level } from '../catalog/types.js';
import type { AmendmentInfo, ProvisionInfo } from './result-types.js';

/** What `dependents` was asked about. */
/** The kinds of thing others can depend on. */
export const DEPENDENT_TARGET_KINDS = ['document', 'data_source', 'legal', 'procedure'] as const;
export type DependentTargetKind = (typeof DEPENDENT_TARGET_KINDS)[number];

export interface DependentTarget {
  kind: DependentTargetKind;
  /** Document / data-source / legal id, or procedure code. */
  id: string;
  name: string;
  /** The official number, for a legal document. */
  number?: string;
}

/** How one step of a path leads to the next. */
export type DependentRelation =
  /** procedure → requirement: the procedure asks for it. */
  | 'requires'
  /** requirement → document: the document the requirement names. */
  | 'asks-for'
  /** requirement → document / data source: accepted from the start (`accept`). */
  | 'accepts'
  /** requirement → document / data source: accepted by an amendment. */
  | 'accepts-by-amendment'
  /** requirement → amendment: an amendment covers the requirement (accepts something, or drops it). */
  | 'amended-by'
  /** requirement or procedure → provision: its legal basis. */
  | 'based-on'
  /** document → provision: the provision that set its sunset. */
  | 'sunset-by'
  /** procedure → procedure: must be completed first. */
  | 'needs'
  /** document → procedure: a citizen who lacks the document completes this procedure. */
  | 'obtained-by';

/** One node on a dependence path; `relation` says how the previous step leads here. */
export type DependentStep = (
  | { kind: 'procedure'; code: string; name: string }
  | { kind: 'requirement'; procedure: string; index: number; document: string; basis: ProvisionInfo | null }
  | { kind: 'document'; id: string; name: string }
  | { kind: 'data_source'; id: string; name: string }
  | { kind: 'provision'; provision: ProvisionInfo }
  | { kind: 'amendment'; amendment: AmendmentInfo }
) & { relation?: DependentRelation };

/** A procedure that depends on the target, with one shortest path from it to the target. */
export interface Dependent {
  code: string;
  name: string;
  name_en?: string;
  level: Level[];
  /** Where it runs: 'all', a list of province codes, or null for a central-only procedure. */
  provinces: 'all' | string[] | null;
  field?: string;
  ministry?: string;
  essential: boolean;
  /** Procedure hops between it and the target: 0 when it depends directly. */
  depth: number;
  /** From this procedure down to the target. */
  path: DependentStep[];
}

export interface DependentsOptions {
  /** Only amendments in force at this date count, and requirements they drop no longer depend on anything. */
  at?: string;
  /** Keep only procedures that run in this province (and central ones). */
  province?: string;
  /** Ignore every amendment made by these legal documents (ids or numbers). */
  without?: readonly string[];
  /** Look the id up only among entities of this kind (when the same id names several). */
  kind?: DependentTargetKind;
}

export interface DependentsResult {
  version: 1;
  target: DependentTarget;
  at: string | null;
  province: string | null;
  without: string[];
  /** Closest first (by depth), then by code. */
  dependents: Dependent[];
}

export type CountDimension = 'province' | 'level' | 'field' | 'ministry';
export const COUNT_DIMENSIONS: readonly CountDimension[] = ['province', 'level', 'field', 'ministry'];

/** One group of a count: a province (null: central procedures), level, field or ministry (null: not recorded). */
export interface CountGroup {
  key: string | null;
  /** Province name, when the catalog has one. */
  name?: string;
  /** The English name of the province, ministry or field, when the catalog gives one. */
  name_en?: string;
  count: number;
  codes: string[];
}

export interface DependentCounts {
  version: 1;
  target: DependentTarget;
  at: string | null;
  province: string | null;
  without: string[];
  /** Distinct dependent procedures. */
  total: number;
  /** Of which depend directly. */
  direct: number;
  by: Record<CountDimension, CountGroup[]>;
}
