import type { CatalogGraphView, NodeAttributes } from '../graph/graph-types.js';
import { dataSourceKey, documentKey, legalKey, procedureKey } from '../graph/node-keys.js';
import { suggest } from '../text/suggest.js';
import { isIsoDate } from './day.js';
import { legalNumberKey } from '../text/vietnamese.js';
import { foldPassThroughProvisions, foldedEdges, sourceDependsOnTarget } from './neighbourhood-edges.js';
import { markNode } from './neighbourhood-marks.js';
import type {
  Neighbourhood,
  NeighbourhoodDirection,
  NeighbourhoodEdge,
  NeighbourhoodNode,
  NeighbourhoodOptions,
} from './neighbourhood-types.js';
import { NEIGHBOURHOOD_VERSION } from './neighbourhood-types.js';
import { expectArgument, shownValue } from '../util/expect-argument.js';
import { matchProvinceCode } from '../catalog/province-code.js';

/** Thrown when the focus names nothing in the catalog; carries the closest ids. */
export class UnknownFocusError extends Error {
  override name = 'UnknownFocusError';
  constructor(
    readonly focus: string,
    readonly suggestions: string[],
  ) {
    const hint = suggestions.length ? ` Did you mean ${suggestions.map((x) => `'${x}'`).join(' or ')}?` : '';
    super(`'${focus}' is not a procedure, document, data source or legal document of the catalog.${hint}`);
  }
}

/** Thrown for a depth or node cap that is not a whole number, a date that is not one, a province the catalog lacks, or a result of another date or province. */
export class NeighbourhoodOptionError extends Error {
  override name = 'NeighbourhoodOptionError';
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
  if (!Number.isInteger(depth) || depth < 0) throw new NeighbourhoodOptionError(`The depth must be a whole number of hops, 0 or more; got ${shownValue(depth)}.`);
  if (!Number.isInteger(maxNodes) || maxNodes < 1) throw new NeighbourhoodOptionError(`The node cap must be a whole number, 1 or more; got ${shownValue(maxNodes)}.`);
  const start = resolveFocus(graph, focus);
  const edges = foldedEdges(graph);
  const forward = new Map<string, NeighbourhoodEdge[]>();
  const backward = new Map<string, NeighbourhoodEdge[]>();
  for (const e of edges) {
    const [from, to] = sourceDependsOnTarget(e) ? [e.source, e.target] : [e.target, e.source];
    push(forward, from, e);
    push(backward, to, e);
  }
  const other = (e: NeighbourhoodEdge, at: string) => (e.source === at ? e.target : e.source);
  const dependencies = walk(start, depth, (k) => (forward.get(k) ?? []).map((e) => ({ to: other(e, k), free: e.type === 'part-of' })));
  const dependents = walk(start, depth, (k) => (backward.get(k) ?? []).map((e) => ({ to: other(e, k), free: e.type === 'part-of' })));

  // Merge both walks: closest first, alternating sides; a node's parent always comes before it.
  const found = new Map<string, { distance: number; direction: NeighbourhoodDirection; order: number }>();
  const all = [
    ...dependents.map((d, i) => ({ ...d, side: 0, i })),
    ...dependencies.map((d, i) => ({ ...d, side: 1, i })),
  ].sort((a, b) => a.distance - b.distance || a.i - b.i || a.side - b.side);
  for (const d of all) {
    const dir: NeighbourhoodDirection = d.key === start ? 'focus' : d.side === 0 ? 'dependent' : 'dependency';
    const before = found.get(d.key);
    if (!before) found.set(d.key, { distance: d.distance, direction: dir, order: found.size });
    else if (before.direction !== dir && before.direction !== 'focus') before.direction = 'both';
  }
  const ordered = [...found.entries()].sort((a, b) => a[1].order - b[1].order);
  const kept = ordered.slice(0, maxNodes);
  const keys = new Set(kept.map(([k]) => k));
  const folded = foldPassThroughProvisions(
    kept.map(([key, f]) => markNode(toNode(graph, key, f.distance, f.direction), graph.getNodeAttributes(key), options)),
    edges.filter((e) => keys.has(e.source) && keys.has(e.target)),
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
  };
}

/**
 * The options checked: a date written YYYY-MM-DD, a province of the catalog (in any case:
 * returned as its code), and a result of that date and province.
 */
function checkOptions(graph: CatalogGraphView, focus: unknown, options: NeighbourhoodOptions): NeighbourhoodOptions {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new NeighbourhoodOptionError(`The options must be an object such as { depth: 2, at: "2023-01-01" }, not ${JSON.stringify(options)}.`);
  }
  if (typeof focus !== 'string') throw new NeighbourhoodOptionError(`The focus must be a procedure code or an id, such as 'so-ho-khau', not ${JSON.stringify(focus)}.`);
  const { at, result } = options;
  if (at !== undefined && !isIsoDate(at)) {
    throw new NeighbourhoodOptionError(`at must be a calendar date written YYYY-MM-DD, e.g. "2023-01-01", not ${JSON.stringify(at)}.`);
  }
  let province = options.province;
  if (province !== undefined) {
    if (typeof province !== 'string') throw new NeighbourhoodOptionError(`province must be a province code such as "HN", not ${JSON.stringify(province)}.`);
    const known = graph.getAttribute('provinces');
    if (Array.isArray(known)) {
      const code = matchProvinceCode(known, province);
      if (code === undefined) {
        const close = suggest(province, known).map((k) => `'${k}'`);
        throw new NeighbourhoodOptionError(`The catalog has no province "${province}".${close.length ? ` Did you mean ${close.join(' or ')}?` : ''}`);
      }
      province = code;
    }
  }
  if (result !== undefined) {
    expectArgument(result, 'AnalysisResult', 'neighbourhood (its result option)');
    if (at !== undefined && result.at !== at) throw new NeighbourhoodOptionError(`The result is the analysis at ${result.at}, not at ${at}: analyse at the date drawn.`);
    if ((province ?? null) !== result.province) {
      throw new NeighbourhoodOptionError(`The result is the analysis ${result.province === null ? 'of every province' : `of ${result.province}`}, not ${province === undefined ? 'of every province' : `of ${province}`}: analyse the province drawn.`);
    }
  }
  return province === options.province ? options : { ...options, province };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** 0-1 breadth-first walk: nodes within `depth`, in the order they are settled, with their distance. */
function walk(start: string, depth: number, next: (k: string) => { to: string; free: boolean }[]): { key: string; distance: number }[] {
  const dist = new Map<string, number>([[start, 0]]);
  const settled = new Set<string>();
  const order: { key: string; distance: number }[] = [];
  const deque: string[] = [start];
  while (deque.length > 0) {
    const k = deque.shift()!;
    if (settled.has(k)) continue;
    settled.add(k);
    const d = dist.get(k)!;
    order.push({ key: k, distance: d });
    for (const { to, free } of next(k)) {
      const nd = d + (free ? 0 : 1);
      if (nd > depth || settled.has(to) || (dist.get(to) ?? Infinity) <= nd) continue;
      dist.set(to, nd);
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
