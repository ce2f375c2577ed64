import { DirectedGraph } from 'graphology';
import { bfsFromNode } from 'graphology-traversal';
import { suggest } from '../text/suggest.js';
import type { CatalogGraph, EdgeAttributes, EdgeType, NodeAttributes, NodeKind } from './graph-types.js';
import { expectArgument, expectOptions, expectRecord, shownValue } from '../util/expect-argument.js';

/**
 * The edges along which their source depends on their target, as the catalog writes them:
 * a procedure on its requirements, the procedures it `needs` and its `basis`; a requirement
 * on the document it asks for, what it accepts itself and its `basis`; a document on the
 * procedures it is `obtained_by` and its `sunset_basis`; a provision on the provision or
 * legal document it is part of. Amendments (`amends`, and `accepts` added by an amendment),
 * `produces`, `provides` and `replaced-by` are not dependencies.
 */
export const DEPENDENCY_EDGE_TYPES: readonly EdgeType[] = [
  'requires',
  'asks-for',
  'accepts',
  'based-on',
  'part-of',
  'needs',
  'obtained-by',
  'sunset-basis',
];

const FOLLOWED = new Set<EdgeType>(DEPENDENCY_EDGE_TYPES);

/** Whether the source of an edge depends on its target (see DEPENDENCY_EDGE_TYPES). */
export function isDependencyEdge(edge: EdgeAttributes): boolean {
  expectRecord(edge, 'isDependencyEdge', "the attributes of an edge of buildGraph's graph");
  return FOLLOWED.has(edge.type) && !(edge.type === 'accepts' && edge.origin === 'amendment');
}

/** One node reached from the start: its key, its kind, and the fewest edges between them. */
export interface GraphReach {
  key: string;
  kind: NodeKind;
  depth: number;
}

export interface GraphWalkOptions {
  /** Follow at most this many edges from the start (a whole number, 0 or more); no limit by default. */
  maxDepth?: number;
  /** List only nodes of these kinds (the walk still passes through every kind). */
  kinds?: readonly NodeKind[];
}

/** The code of UnknownNodeError: the start is not a node of the graph. */
export type UnknownNodeErrorCode = 'UNKNOWN_NODE';

/** Thrown when the start is not a node of the graph; carries the closest keys. */
export class UnknownNodeError extends Error {
  override readonly name = 'UnknownNodeError';
  /** Stable code: UNKNOWN_NODE. */
  readonly code: UnknownNodeErrorCode = 'UNKNOWN_NODE';
  constructor(
    readonly node: string,
    readonly suggestions: string[],
  ) {
    const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `'${s}'`).join(' or ')}?` : '';
    super(`'${node}' is not a node of the graph (keys look like 'document:so-ho-khau' or 'procedure:1.001193').${hint}`);
  }
}

/** Which option of a walk is wrong: `maxDepth` or `kinds`. */
export type GraphWalkOptionErrorCode = 'INVALID_DEPTH' | 'INVALID_KINDS';

/** Thrown for a depth that is not a whole number, 0 or more, or kinds that are not node kinds. */
export class GraphWalkOptionError extends Error {
  override readonly name = 'GraphWalkOptionError';
  constructor(
    /** Stable code: INVALID_DEPTH, INVALID_KINDS. */
    readonly code: GraphWalkOptionErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Every node that depends on `node`, directly or through other nodes, walking the dependency
 * edges backwards breadth-first: nearest first, each node once with its fewest edges to
 * `node` (itself left out). From `document:so-ho-khau` it reaches the requirements that ask
 * for or accept the household book, their procedures, the procedures that need those or ask
 * for a document obtained by them, and so on. Amendments are not followed: the procedures
 * among the nodes are those of `dependents(catalog, id, { without: every legal document })`.
 */
export function graphDependents(graph: CatalogGraph, node: string, options: GraphWalkOptions = {}): GraphReach[] {
  expectArgument(graph, 'CatalogGraph', 'graphDependents');
  return walkDependencies(graph, node, 'inbound', options);
}

/**
 * Every node that `node` depends on, directly or through other nodes, walking the dependency
 * edges forwards breadth-first: nearest first, each node once with its fewest edges from
 * `node` (itself left out). A procedure reaches its requirements, the documents and data
 * sources they ask for or accept, the procedures that issue those documents or that it needs
 * (and what those depend on), and the provisions and legal documents they rest on.
 */
export function graphDependencies(graph: CatalogGraph, node: string, options: GraphWalkOptions = {}): GraphReach[] {
  expectArgument(graph, 'CatalogGraph', 'graphDependencies');
  return walkDependencies(graph, node, 'outbound', options);
}

const KINDS: readonly NodeKind[] = ['procedure', 'requirement', 'document', 'data_source', 'legal', 'provision'];

function walkDependencies(graph: CatalogGraph, node: string, mode: 'inbound' | 'outbound', options: GraphWalkOptions): GraphReach[] {
  expectOptions(options, mode === 'inbound' ? 'graphDependents' : 'graphDependencies', '{ maxDepth: 2, kinds: ["procedure"] }');
  const maxDepth = options.maxDepth ?? Infinity;
  if (maxDepth !== Infinity && !(Number.isInteger(maxDepth) && maxDepth >= 0)) {
    throw new GraphWalkOptionError('INVALID_DEPTH', `The depth must be a whole number of edges, 0 or more; got ${shownValue(maxDepth)}.`);
  }
  if (typeof node !== 'string') throw new UnknownNodeError(String(node), []);
  if (!graph.hasNode(node)) throw new UnknownNodeError(node, nodeSuggestions(graph, node));
  if (options.kinds !== undefined && (!Array.isArray(options.kinds) || options.kinds.some((k) => !KINDS.includes(k)))) {
    throw new GraphWalkOptionError('INVALID_KINDS', `kinds must be a list of node kinds (${KINDS.join(', ')}), not ${JSON.stringify(options.kinds)}.`);
  }
  const kinds = options.kinds === undefined ? undefined : new Set(options.kinds);
  const out: GraphReach[] = [];
  bfsFromNode(
    dependencyView(graph),
    node,
    (key: string, attributes: NodeAttributes, depth: number) => {
      if (depth > 0 && (kinds === undefined || kinds.has(attributes.kind))) out.push({ key, kind: attributes.kind, depth });
      return depth >= maxDepth;
    },
    { mode },
  );
  return out;
}

/**
 * The catalog graph's nodes with only its dependency edges, one per ordered pair:
 * graphology-traversal follows every neighbour, so it walks this copy instead.
 */
function dependencyView(graph: CatalogGraph): DirectedGraph<NodeAttributes> {
  const view = new DirectedGraph<NodeAttributes>({ allowSelfLoops: true });
  graph.forEachNode((key, attributes) => view.addNode(key, attributes));
  graph.forEachEdge((_key, attributes, source, target) => {
    if (isDependencyEdge(attributes)) view.mergeEdge(source, target);
  });
  return view;
}

/** Keys that end in `:<input>` (the prefix left out), then keys close to the input. */
function nodeSuggestions(graph: CatalogGraph, input: string): string[] {
  const prefixed = graph.filterNodes((key) => key.slice(key.indexOf(':') + 1) === input);
  return [...new Set([...prefixed, ...suggest(input, graph.nodes())])].slice(0, 3);
}
