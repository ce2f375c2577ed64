import { completeCatalog } from '../graph/complete-catalog.js';
import type { Catalog } from '../catalog/types.js';
import { didYouMean } from '../text/suggest.js';
import type { CompiledCatalog } from './compiled-types.js';
import { isIsoDate } from './day.js';
import { amendmentCounts, amendmentLookup, buildDependentsIndex, withoutLegalIds } from './dependents-index.js';
import { CODE_ORDER, compiledDependentsGraph, isCompiledCatalog, type DependentsGraph } from './dependents-graph.js';
import { dependentsOfWalk } from './dependents-paths.js';
import { analyseProcedure, dependentEntry, procNode, type Steps } from './dependents-procedure.js';
import { resolveDependencyTarget } from './dependents-target.js';
import { walkDependents } from './dependents-walk.js';
import type { Dependent, DependentsOptions, DependentsResult } from './dependents-types.js';

/** Thrown for a malformed `at` date or a province the catalog does not define. */
export class DependentsOptionError extends Error {
  override name = 'DependentsOptionError';
}

interface Link {
  from: string;
  steps: () => Steps;
}

/**
 * Every procedure that depends on a document, data source, legal document (id or number) or
 * procedure, directly or transitively through `needs` and through asking for a document that
 * is `obtained_by` a dependent procedure, each with one shortest path (see docs/semantics.md,
 * "What depends on what"). Cycles terminate: each procedure is reached once.
 * Throws UnknownDependencyTargetError (with suggestions) for an id the catalog lacks.
 *
 * Given a compiled catalog (`compileCatalog`), it walks the catalog's dependence graph in
 * typed arrays (built on the first query and kept, as for `countDependents`) and builds
 * the paths of the dependents found from the walk: the same result.
 */
export function dependents(input: Catalog | CompiledCatalog, id: string, options: DependentsOptions = {}): DependentsResult {
  if (isCompiledCatalog(input)) {
    const graph = compiledGraph(input, options);
    return graph ? dependentsOfWalk(graph, walkDependents(graph, id, options)) : dependents(input.source, id, options);
  }
  const catalog = completeCatalog(input);
  const ix = buildDependentsIndex(catalog);
  checkDependentsOptions(catalog, options);
  const target = resolveDependencyTarget(ix, id, options.kind);
  const without = withoutLegalIds(ix, options.without);
  const amendments = amendmentLookup(ix.amendments.filter((a) => amendmentCounts(a, without, options.at)));
  const found = new Map<string, { depth: number; path: Steps }>();
  const waitingOn = new Map<string, Link[]>();
  const queue: string[] = [];
  for (const p of catalog.procedures) {
    const { direct, links } = analyseProcedure(ix, p, target, amendments, options.at);
    for (const l of links) {
      const list = waitingOn.get(l.to) ?? [];
      list.push({ from: p.code, steps: l.steps });
      waitingOn.set(l.to, list);
    }
    if (direct && !(target.kind === 'procedure' && p.code === target.id)) {
      found.set(p.code, { depth: 0, path: [procNode(p, p.code), ...direct] });
      queue.push(p.code);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const q = queue[head];
    const via = found.get(q)!;
    for (const link of waitingOn.get(q) ?? []) {
      if (found.has(link.from) || (target.kind === 'procedure' && link.from === target.id)) continue;
      const from = ix.procedures.get(link.from)!;
      found.set(link.from, { depth: via.depth + 1, path: [procNode(from, from.code), ...link.steps(), ...via.path.slice(1)] });
      queue.push(link.from);
    }
  }
  const list: Dependent[] = [];
  for (const [code, { depth, path }] of found) {
    const entry = dependentEntry(ix.procedures.get(code)!, depth, path);
    const provinces = entry.provinces;
    if (options.province !== undefined && provinces !== null && provinces !== 'all' && !provinces.includes(options.province)) continue;
    list.push(entry);
  }
  list.sort((a, b) => a.depth - b.depth || CODE_ORDER.compare(a.code, b.code));
  return { version: 1, target, at: options.at ?? null, province: options.province ?? null, without, dependents: list };
}

/**
 * A compiled catalog's dependents graph to walk with `options`, checked as on the catalog;
 * null when the graph cannot answer exactly (a catalog with errors): ask the catalog then.
 */
export function compiledGraph(compiled: CompiledCatalog, options: DependentsOptions): DependentsGraph | null {
  const graph = compiledDependentsGraph(compiled);
  if (!graph.exact) return null;
  checkDependentsOptions(compiled.source, options);
  return graph;
}

/** Throws DependentsOptionError for a malformed date or a province the catalog does not define. */
function checkDependentsOptions(catalog: Catalog, options: DependentsOptions): void {
  if (options.at !== undefined && !isIsoDate(options.at)) {
    throw new DependentsOptionError(`'${options.at}' is not a calendar date in the form YYYY-MM-DD.`);
  }
  if (options.province !== undefined && !catalog.provinces.some((p) => p.code === options.province)) {
    const codes = catalog.provinces.map((p) => p.code);
    const hint = didYouMean(options.province, codes);
    throw new DependentsOptionError(`'${options.province}' is not a province of the catalog.${hint ? ` ${hint}` : ''}`);
  }
}
