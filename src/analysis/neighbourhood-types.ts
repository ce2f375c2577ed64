import type { Form, Level, LegalType, RequirementMode } from '../catalog/types.js';
import type { AnalysisResult } from './result-types.js';

/** Bump on any incompatible change of Neighbourhood. */
export const NEIGHBOURHOOD_VERSION = 1;

/** Kinds of node in a neighbourhood: the catalog graph's, without requirements (drawn as edges). */
export type NeighbourhoodNodeKind = 'procedure' | 'document' | 'data_source' | 'legal' | 'provision';

/** How a node relates to the focus: it depends on the focus, the focus depends on it, or both (a cycle). */
export type NeighbourhoodDirection = 'focus' | 'dependent' | 'dependency' | 'both';

/** The state of a node at the date asked for (absent: no date, or nothing to say). */
export type NodeState =
  /** A procedure blocked (in the province, or in at least one province). */
  | 'blocked'
  | 'unknown'
  /** A procedure met, but its best path still needs paper. */
  | 'paper'
  /** A procedure met without paper, but with a card or electronic document: no data lookup works there. */
  | 'document'
  | 'paperless'
  /** A document past its valid_until. */
  | 'expired'
  /** A data source not connected (in the province, or nationwide). */
  | 'not-connected'
  /** A legal document not yet in force, or no longer. */
  | 'not-in-force';

export interface NeighbourhoodNode {
  /** The catalog graph's key, e.g. `procedure:1.001193`, `provision:nd-123-2015/2/1`. */
  key: string;
  kind: NeighbourhoodNodeKind;
  /** Procedure code, document / data-source / legal id; for a provision, its legal document's id. */
  id: string;
  /** Vietnamese name (a legal document's number for legal nodes, the Vietnamese label for provisions). */
  name: string;
  name_en?: string;
  /** true for a reference that does not resolve (lenient catalogs). */
  missing?: boolean;
  /** Weighted hops from the focus (`part-of` steps are free). */
  distance: number;
  direction: NeighbourhoodDirection;
  // Facts the drawings and the state marks use.
  form?: Form;
  level?: Level[];
  legal_type?: LegalType;
  /** A legal document's number; for a provision, its legal document's number. */
  number?: string;
  article?: number | string;
  clause?: number | string;
  point?: string;
  /** Appendix form (mẫu) of a provision. */
  provision_form?: string;
  state?: NodeState;
  /** For a procedure analysed in every province: in how many it is blocked, of how many. */
  blocked_in?: { blocked: number; evaluations: number };
}

/** Edge kinds of a neighbourhood: the graph's, with each requirement folded into its procedure. */
export type NeighbourhoodEdgeType =
  /** procedure → document it asks for (one requirement) */
  | 'requires'
  /** procedure → document / data source accepted for one of its requirements; legal → the same, by an amendment */
  | 'accepts'
  /** procedure → provision / legal document that is a requirement's basis or the procedure's own */
  | 'based-on'
  | 'part-of'
  | 'amends'
  | 'needs'
  | 'obtained-by'
  | 'provides'
  | 'produces'
  | 'replaced-by'
  | 'sunset-basis';

export interface NeighbourhoodEdge {
  source: string;
  target: string;
  type: NeighbourhoodEdgeType;
  /** For `requires`: submit or present. */
  mode?: RequirementMode;
  /** For `amends`: drops the requirement. */
  drop?: boolean;
}

export interface Neighbourhood {
  version: typeof NEIGHBOURHOOD_VERSION;
  focus: string;
  depth: number;
  /** Most nodes kept (the focus included). */
  max_nodes: number;
  /** Focus first, then by distance. */
  nodes: NeighbourhoodNode[];
  /** Every edge between kept nodes (a provision that only links two others is folded into one `part-of` edge). */
  edges: NeighbourhoodEdge[];
  /** Nodes within `depth` left out to stay within `max_nodes`. */
  omitted: number;
  /** The date and province the states are for, when marked. */
  at: string | null;
  province: string | null;
  /** The legal documents whose amendments the analysis marking the procedures set aside (`result.without`). */
  without: string[];
}

export interface NeighbourhoodOptions {
  /** Hops in each direction (default 2). */
  depth?: number;
  /** Most nodes to keep, the focus included (default 40). */
  maxNodes?: number;
  /** Mark the state of documents, data sources and legal documents at this date. */
  at?: string;
  /** …in this province (data-source connections; procedure evaluations). */
  province?: string;
  /** The analysis at `at` (in `province`), to mark procedures. */
  result?: AnalysisResult;
}
