import type { MultiDirectedGraph } from 'graphology';
import type {
  DataSource,
  Document,
  Legal,
  Procedure,
  Requirement,
  RequirementMode,
} from '../catalog/types.js';

/** The kinds of node in a catalog graph. */
export type NodeKind = 'procedure' | 'requirement' | 'document' | 'data_source' | 'legal' | 'provision';

/** A procedure node: key `procedure:<code>`, with every field of the procedure. */
export type ProcedureNode = { kind: 'procedure'; missing?: false } & Procedure;

/** One requirement of a procedure: key `requirement:<code>#<index>`. */
export type RequirementNode = {
  kind: 'requirement';
  missing?: false;
  /** Code of the procedure that asks for it. */
  procedure: string;
  /** Position in the procedure's `requires` list (0-based). */
  index: number;
} & Requirement;

/** A document node: key `document:<id>`. */
export type DocumentNode = { kind: 'document'; missing?: false } & Document;

/** A data-source node: key `data_source:<id>`. */
export type DataSourceNode = { kind: 'data_source'; missing?: false } & DataSource;

/** A legal-document node: key `legal:<id>`. */
export type LegalNode = { kind: 'legal'; missing?: false } & Legal;

/**
 * A provision (article, clause, point or form) of a legal document: key
 * `provision:<legal-id>/<article>/<clause>/<point>` (as far as given; a form is `mau-<form>`).
 * Each provision is `part-of` the next larger one, and an article is `part-of` its document.
 */
export interface ProvisionNode {
  kind: 'provision';
  missing?: false;
  /** Id of the legal document (or the reference as written when it does not resolve). */
  legal: string;
  article?: number | string;
  clause?: number | string;
  point?: string;
  form?: string;
  /** Vietnamese label, e.g. "Điều 2 khoản 1 Nghị định 123/2015/NĐ-CP". */
  label: string;
}

/** A node for a reference that does not resolve (only in catalogs loaded leniently). */
export interface MissingNode {
  kind: NodeKind;
  missing: true;
  /** The reference as written. */
  reference: string;
}

export type NodeAttributes =
  | ProcedureNode
  | RequirementNode
  | DocumentNode
  | DataSourceNode
  | LegalNode
  | ProvisionNode
  | MissingNode;

/** The kinds of edge, each read "source <type> target". */
export type EdgeType =
  /** procedure → requirement */
  | 'requires'
  /** requirement → document */
  | 'asks-for'
  /** requirement → document/data source (its own `accept`), or legal → document/data source (an amendment's `accept`) */
  | 'accepts'
  /** requirement → provision/legal (its `basis`); procedure → provision/legal (its `basis`) */
  | 'based-on'
  /** provision → enclosing provision or legal document */
  | 'part-of'
  /** legal → provision/legal (amendment of a provision) or → document (amendment by `scope`) */
  | 'amends'
  /** procedure → procedure that must be completed first */
  | 'needs'
  /** document → procedure that issues it to a citizen who lacks it */
  | 'obtained-by'
  /** data source → document whose information a lookup yields */
  | 'provides'
  /** procedure → document it issues */
  | 'produces'
  /** document → intended substitute (document or data source) */
  | 'replaced-by'
  /** document → provision/legal that set its sunset */
  | 'sunset-basis';

export interface PlainEdge {
  type: Exclude<EdgeType, 'requires' | 'asks-for' | 'accepts' | 'amends'>;
}

export interface RequiresEdge {
  type: 'requires';
  /** Position of the requirement in the procedure's list. */
  index: number;
}

export interface AsksForEdge {
  type: 'asks-for';
  mode: RequirementMode;
}

export interface AcceptsEdge {
  type: 'accepts';
  /** `requirement`: listed by the requirement itself; `amendment`: added by a legal document's change. */
  origin: 'requirement' | 'amendment';
  /** For `amendment`: index of the change in the legal document's `amends`. */
  amendment?: number;
}

export interface AmendsEdge {
  type: 'amends';
  /** Index of the change in the legal document's `amends`. */
  amendment: number;
  /** `provision`: a provision or whole document; `scope`: every requirement for a document. */
  target: 'provision' | 'scope';
  accept: string[];
  drop: boolean;
  /** The date the change takes effect (its own, else the document's), or null for always. */
  effective: string | null;
  by?: { article?: number | string; clause?: number | string; point?: string };
}

export type EdgeAttributes = PlainEdge | RequiresEdge | AsksForEdge | AcceptsEdge | AmendsEdge;

/** Attributes of the graph itself. */
export interface CatalogGraphAttributes {
  /** The catalog's province codes, in catalog order. */
  provinces?: string[];
}

/** The catalog as a graphology graph: directed, with keyed (and possibly parallel) edges. */
export type CatalogGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, CatalogGraphAttributes>;

/**
 * What reading the catalog graph once needs of it (`neighbourhood`, `resolveFocus`): a
 * `CatalogGraph`, or the lighter `StructuralGraph`.
 */
export interface CatalogGraphView {
  hasNode(key: string): boolean;
  getNodeAttributes(key: string): NodeAttributes;
  forEachNode(callback: (key: string, attributes: NodeAttributes) => void): void;
  /** Every edge in the order it was added. */
  forEachEdge(
    callback: (key: string, attributes: EdgeAttributes, source: string, target: string, sourceAttributes: NodeAttributes, targetAttributes: NodeAttributes) => void,
  ): void;
  getAttribute(name: 'provinces'): string[] | undefined;
}
