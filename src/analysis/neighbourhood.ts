import type { CatalogGraphView, NodeAttributes } from '../graph/graph-types.js';
import { dataSourceKey, documentKey, legalKey, procedureKey } from '../graph/node-keys.js';
import { suggest } from '../text/suggest.js';
import { isIsoDate } from './day.js';
import { legalNumberKey } from '../text/vietnamese.js';
import { foldGraph, foldPassThroughProvisions, type Steps } from './neighbourhood-edges.js';
import { markNode } from './neighbourhood-marks.js';
import type {
  Neighbourhood,
  NeighbourhoodDirection,
  NeighbourhoodNode,
  NeighbourhoodOptions,
} from './neighbourhood-types.js';
import { NEIGHBOURHOOD_VERSION } from './neighbourhood-types.js';
import { expectArgument, shownValue } from '../util/expect-argument.js';
import { matchProvinceCode } from '../catalog/province-code.js';

/** The code of UnknownFocusError: the focus names nothing of the catalog. */
export type UnknownFocusErrorCode = 'UNKNOWN_FOCUS';

/** Thrown when the focus names nothing in the catalog; carries the closest ids. */
export class UnknownFocusError extends Error {
  override readonly name = 'UnknownFocusError';
  /** Stable code: UNKNOWN_FOCUS. */
  readonly code: UnknownFocusErrorCode = 'UNKNOWN_FOCUS';
  constructor(
    readonly focus: string,
    readonly suggestions: string[],
  ) {
    const hint = suggestions.length ? ` Did you mean ${suggestions.map((x) => `'${x}'`).join(' or ')}?` : '';
    super(`'${focus}' is not a procedure, document, data source or legal document of the catalog.${hint}`);
  }
}

/**
 * Which argument of `neighbourhood` is wrong: the options (not an object), the focus (not a
 * string), `depth`, `maxNodes`, `at`, `province`, or a `result` of another date or province.
 */
export type NeighbourhoodOptionErrorCode =
  | 'INVALID_OPTIONS'
  | 'INVALID_FOCUS'
  | 'INVALID_DEPTH'
  | 'INVALID_LIMIT'
  | 'INVALID_DATE'
  | 'UNKNOWN_PROVINCE'
  | 'RESULT_DATE_MISMATCH'
  | 'RESULT_PROVINCE_MISMATCH';

/** Thrown for options that are not an object, a focus that is not a string, a depth or node cap that is not a whole number, a date that is not one, a province the catalog lacks, or a result of another date or province. */
export class NeighbourhoodOptionError extends Error {
  override readonly name = 'NeighbourhoodOptionError';
  constructor(
    /** Stable code: INVALID_OPTIONS, INVALID_FOCUS, INVALID_DEPTH, INVALID_LIMIT, INVALID_DATE, UNKNOWN_PROVINCE, RESULT_DATE_MISMATCH, RESULT_PROVINCE_MISMATCH. */
    readonly code: NeighbourhoodOptionErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The graph key a focus names: a procedure code, a document, data-source or legal id, a legal
 * number (`104/2022/NĐ-CP`, NĐ ≡ ND), or a graph key itself. Throws UnknownFocusError.
 */
export function resolveFocus(graph: CatalogGraphView, focus: string): string {
  expectArgument(graph, 'CatalogGraph', 'resolveFocus');
  const id = focus.normalize('NFC').trim();
  for (const key of [procedureKey(id), documentKey(id), dataSourceKey(id), legalKey(id), id]) {
    if (!graph.hasNode(key)) continue;
    const a = graph.getNodeAttributes(key);
    if (!a.missing && a.kind !== 'requirement') return key;
  }
  const numberKey = legalNumberKey(id);
  const known: string[] = [];
  let found: string | undefined;
  graph.forEachNode((key, a) => {
    if (a.missing) return;
    if (a.kind === 'legal') {
      if (legalNumberKey(a.number) === numberKey) found ??= key;
      known.push(a.id, a.number);
    } else if (a.kind === 'procedure') known.push(a.code);
    else if (a.kind === 'document' || a.kind === 'data_source') known.push(a.id);
  });
  if (found) return found;
  throw new UnknownFocusError(focus, suggest(id, known));
}

/**
 * The neighbourhood of a focus node as plain data: what depends on it and what it depends on,
 * up to `depth` hops each way (a provision's step to the article or document it is part of is
 * free), requirements folded into their procedures, at most `maxNodes` nodes (closest first;
 * the number left out is counted), with every edge between the nodes kept. With `at` (and a
 * `result`), nodes carry their state: blocked procedures, expired documents, data sources not
 * connected, legal documents not in force.
 */
export function neighbourhood(graph: CatalogGraphView, focus: string, given: NeighbourhoodOptions = {}): Neighbourhood {
  expectArgument(graph, 'CatalogGraph', 'neighbourhood');
  const options = checkOptions(graph, focus, given);
  const depth = options.depth ?? 2;
  const maxNodes = options.maxNodes ?? 40;
  if (!Number.isInteger(depth) || depth < 0) throw new NeighbourhoodOptionError('INVALID_DEPTH', `The depth must be a whole number of hops, 0 or more; got ${shownValue(depth)}.`);
  if (!Number.isInteger(maxNodes) || maxNodes < 1) throw new NeighbourhoodOptionError('INVALID_LIMIT', `The node cap must be a whole number, 1 or more; got ${shownValue(maxNodes)}.`);
  const start = resolveFocus(graph, focus);
  const graphFolded = foldGraph(graph);
  const { keys } = graphFolded;
  const startId = graphFolded.id(start)!;
  const dependencies = walk(startId, depth, graphFolded.forward, keys.length);
  const dependents = walk(startId, depth, graphFolded.backward, keys.length);

  // Merge both walks: closest first, alternating sides; a node's parent always comes before it.
  const found = new Map<number, { distance: number; direction: NeighbourhoodDirection; order: number }>();
  const all = [
    ...dependents.map((d, i) => ({ ...d, side: 0, i })),
    ...dependencies.map((d, i) => ({ ...d, side: 1, i })),
  ].sort((a, b) => a.distance - b.distance || a.i - b.i || a.side - b.side);
  for (const d of all) {
    const dir: NeighbourhoodDirection = d.node === startId ? 'focus' : d.side === 0 ? 'dependent' : 'dependency';
    const before = found.get(d.node);
    if (!before) found.set(d.node, { distance: d.distance, direction: dir, order: found.size });
    else if (before.direction !== dir && before.direction !== 'focus') before.direction = 'both';
  }
  const ordered = [...found.entries()].sort((a, b) => a[1].order - b[1].order);
  const kept = ordered.slice(0, maxNodes);
  const keep = new Uint8Array(keys.length);
  for (const [n] of kept) keep[n] = 1;
  const folded = foldPassThroughProvisions(
    kept.map(([n, f]) => markNode(toNode(graph, keys[n], f.distance, f.direction), graph.getNodeAttributes(keys[n]), options)),
    graphFolded.edgesAmong(keep),
    start,
  );
  return {
    version: NEIGHBOURHOOD_VERSION,
    focus: start,
    depth,
    max_nodes: maxNodes,
    nodes: folded.nodes,
    edges: folded.edges,
    omitted: ordered.length - kept.length,
    at: options.at ?? null,
    province: options.province ?? null,
    without: [...(options.result?.without ?? [])],
  };
}

/**
 * The options checked: a date written YYYY-MM-DD, a province of the catalog (in any case:
 * returned as its code), and a result of that date and province.
 */
function checkOptions(graph: CatalogGraphView, focus: unknown, options: NeighbourhoodOptions): NeighbourhoodOptions {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new NeighbourhoodOptionError('INVALID_OPTIONS', `The options must be an object such as { depth: 2, at: "2023-01-01" }, not ${JSON.stringify(options)}.`);
  }
  if (typeof focus !== 'string') throw new NeighbourhoodOptionError('INVALID_FOCUS', `The focus must be a procedure code or an id, such as 'so-ho-khau', not ${JSON.stringify(focus)}.`);
  const { at, result } = options;
  if (at !== undefined && !isIsoDate(at)) {
    throw new NeighbourhoodOptionError('INVALID_DATE', `at must be a calendar date written YYYY-MM-DD, e.g. "2023-01-01", not ${JSON.stringify(at)}.`);
  }
  let province = options.province;
  if (province !== undefined) {
    if (typeof province !== 'string') throw new NeighbourhoodOptionError('UNKNOWN_PROVINCE', `province must be a province code such as "HN", not ${JSON.stringify(province)}.`);
    const known = graph.getAttribute('provinces');
    if (Array.isArray(known)) {
      const code = matchProvinceCode(known, province);
      if (code === undefined) {
        const close = suggest(province, known).map((k) => `'${k}'`);
        throw new NeighbourhoodOptionError('UNKNOWN_PROVINCE', `The catalog has no province "${province}".${close.length ? ` Did you mean ${close.join(' or ')}?` : ''}`);
      }
      province = code;
    }
  }
  if (result !== undefined) {
    expectArgument(result, 'AnalysisResult', 'neighbourhood (its result option)');
    if (at !== undefined && result.at !== at) throw new NeighbourhoodOptionError('RESULT_DATE_MISMATCH', `The result is the analysis at ${result.at}, not at ${at}: analyse at the date drawn.`);
    if ((province ?? null) !== result.province) {
      throw new NeighbourhoodOptionError('RESULT_PROVINCE_MISMATCH', `The result is the analysis ${result.province === null ? 'of every province' : `of ${result.province}`}, not ${province === undefined ? 'of every province' : `of ${province}`}: analyse the province drawn.`);
    }
  }
  return province === options.province ? options : { ...options, province };
}

/** 0-1 breadth-first walk over `steps`: nodes within `depth`, in the order they are settled, with their distance. */
function walk(start: number, depth: number, steps: Steps, n: number): { node: number; distance: number }[] {
  const dist = new Float64Array(n).fill(Infinity);
  dist[start] = 0;
  const settled = new Uint8Array(n);
  const order: { node: number; distance: number }[] = [];
  const deque: number[] = [start];
  while (deque.length > 0) {
    const k = deque.shift()!;
    if (settled[k]) continue;
    settled[k] = 1;
    const d = dist[k];
    order.push({ node: k, distance: d });
    for (let q = steps.start[k]; q < steps.start[k + 1]; q++) {
      const to = steps.to[q];
      const free = steps.free[q] === 1;
      const nd = d + (free ? 0 : 1);
      if (nd > depth || settled[to] || dist[to] <= nd) continue;
      dist[to] = nd;
      if (free) deque.unshift(to);
      else deque.push(to);
    }
  }
  return order;
}

function toNode(graph: CatalogGraphView, key: string, distance: number, direction: NeighbourhoodDirection): NeighbourhoodNode {
  const a: NodeAttributes = graph.getNodeAttributes(key);
  const base = { key, distance, direction };
  if (a.missing) {
    const kind = a.kind === 'requirement' ? 'document' : a.kind;
    return { ...base, kind, id: a.reference, name: a.reference, missing: true };
  }
  switch (a.kind) {
    case 'procedure':
      return { ...base, kind: 'procedure', id: a.code, name: a.name, ...(a.name_en ? { name_en: a.name_en } : {}), level: a.level };
    case 'document':
      return { ...base, kind: 'document', id: a.id, name: a.name, ...(a.name_en ? { name_en: a.name_en } : {}), form: a.form };
    case 'data_source':
      return { ...base, kind: 'data_source', id: a.id, name: a.name, ...(a.name_en ? { name_en: a.name_en } : {}), form: 'data' };
    case 'legal':
      return {
        ...base,
        kind: 'legal',
        id: a.id,
        name: a.number,
        number: a.number,
        legal_type: a.type,
      };
    case 'provision': {
      const doc = graph.hasNode(legalKey(a.legal)) ? graph.getNodeAttributes(legalKey(a.legal)) : undefined;
      return {
        ...base,
        kind: 'provision',
        id: a.legal,
        name: a.label,
        ...(doc && doc.kind === 'legal' && !doc.missing ? { number: doc.number } : {}),
        ...(a.article !== undefined ? { article: a.article } : {}),
        ...(a.clause !== undefined ? { clause: a.clause } : {}),
        ...(a.point !== undefined ? { point: a.point } : {}),
        ...(a.form !== undefined ? { provision_form: a.form } : {}),
      };
    }
    case 'requirement':
      return { ...base, kind: 'document', id: a.document, name: a.document };
  }
}
