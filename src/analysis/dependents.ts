import { completeCatalog } from '../graph/complete-catalog.js';
import type { Catalog, Procedure } from '../catalog/types.js';
import { didYouMean } from '../text/suggest.js';
import { legalIndex } from '../graph/legal-index.js';
import type { CompiledCatalog } from './compiled-types.js';
import { isIsoDate } from './day.js';
import { amendmentCounts, amendmentLookup, buildDependentsIndex, withoutLegalIds } from './dependents-index.js';
import { CODE_ORDER, compiledDependentsGraph, isCompiledCatalog, type DependentsGraph } from './dependents-graph.js';
import { dependentsOfWalk } from './dependents-paths.js';
import { analyseProcedure, dependentEntry, procedureProvinces, procNode, type Steps } from './dependents-procedure.js';
import { resolveDependencyTarget } from './dependents-target.js';
import { walkDependents } from './dependents-walk.js';
import { DEPENDENT_TARGET_KINDS, type DependentsOptions, type DependentsResult } from './dependents-types.js';
import { expectOptions } from '../util/expect-argument.js';
import { matchProvinceCode } from '../catalog/province-code.js';

/** Which option of `dependents` is wrong: `at`, `kind`, `province` or `without`. */
export type DependentsOptionErrorCode = 'INVALID_DATE' | 'UNKNOWN_KIND' | 'UNKNOWN_PROVINCE' | 'UNKNOWN_LEGAL';

/** Thrown for a malformed `at` date, an unknown `kind`, or a province or legal document the catalog does not define. */
export class DependentsOptionError extends Error {
  override readonly name = 'DependentsOptionError';
  constructor(
    /** Stable code: INVALID_DATE, UNKNOWN_KIND, UNKNOWN_PROVINCE, UNKNOWN_LEGAL. */
    readonly code: DependentsOptionErrorCode,
    message: string,
  ) {
    super(message);
  }
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
    const checked = checkDependentsOptions(input.source, options);
    const graph = compiledGraph(input);
    return graph ? dependentsOfWalk(graph, walkDependents(graph, id, checked)) : dependents(input.source, id, checked);
  }
  const { head, listed } = plainDependents(completeCatalog(input), id, options);
  return { ...head, dependents: listed.map((d) => dependentEntry(d.procedure, d.depth, d.path())) };
}

/** A dependent found on the catalog itself: its path is built only when asked for. */
export interface PlainDependent {
  procedure: Procedure;
  depth: number;
  path: () => Steps;
}

/**
 * The plain path of `dependents`, on a complete catalog: the result less its dependents, and
 * the dependents listed (in the province asked about), in order. Each one's path is built
 * when `path()` is called: counting reads none.
 */
export function plainDependents(
  catalog: Catalog,
  id: string,
  options: DependentsOptions,
): { head: Omit<DependentsResult, 'dependents'>; listed: PlainDependent[] } {
  options = checkDependentsOptions(catalog, options);
  const ix = buildDependentsIndex(catalog);
  const target = resolveDependencyTarget(ix, id, options.kind);
  const without = withoutLegalIds(ix, options.without);
  const amendments = amendmentLookup(ix.amendments.filter((a) => amendmentCounts(a, without, options.at)));
  // Per dependent: its depth, and its path, or how to build it: the steps to the procedure
  // it was reached through (`via`), then that one's path.
  interface Found {
    depth: number;
    path?: Steps;
    via?: string;
    steps?: () => Steps;
  }
  const found = new Map<string, Found>();
  const pathOf = (code: string): Steps => {
    const f = found.get(code)!;
    if (f.path === undefined) {
      const p = ix.procedures.get(code)!;
      f.path = [procNode(p, p.code), ...f.steps!(), ...pathOf(f.via!).slice(1)];
    }
    return f.path;
  };
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
      found.set(link.from, { depth: via.depth + 1, via: q, steps: link.steps });
      queue.push(link.from);
    }
  }
  const listed: PlainDependent[] = [];
  for (const [code, { depth }] of found) {
    const procedure = ix.procedures.get(code)!;
    const provinces = procedureProvinces(procedure);
    if (options.province !== undefined && provinces !== null && provinces !== 'all' && !provinces.includes(options.province)) continue;
    listed.push({ procedure, depth, path: () => pathOf(code) });
  }
  listed.sort((a, b) => a.depth - b.depth || CODE_ORDER.compare(a.procedure.code, b.procedure.code));
  return { head: { version: 1, target, at: options.at ?? null, province: options.province ?? null, without }, listed };
}

/**
 * The compiled catalog's dependence graph, or null when the graph cannot answer exactly (a
 * catalog with errors): ask the catalog then. Options are checked apart (`checkDependentsOptions`).
 */
export function compiledGraph(compiled: CompiledCatalog): DependentsGraph | null {
  const graph = compiledDependentsGraph(compiled);
  return graph.exact ? graph : null;
}

/**
 * The options as the walks read them: the province by its code as the catalog writes it
 * (matched as `analyze` matches it, also in another case), every legal document of
 * `without` known (by id or number). Throws DependentsOptionError for a malformed date, an
 * unknown `kind`, or a province or legal document the catalog does not define.
 */
export function checkDependentsOptions(catalog: Catalog, options: DependentsOptions): DependentsOptions {
  expectOptions(options, 'dependents and countDependents', '{ at: "2023-01-01", province: "GL" }');
  if (options.at !== undefined && !isIsoDate(options.at)) {
    throw new DependentsOptionError('INVALID_DATE', `'${options.at}' is not a calendar date in the form YYYY-MM-DD.`);
  }
  if (options.kind !== undefined && !(DEPENDENT_TARGET_KINDS as readonly string[]).includes(options.kind)) {
    throw new DependentsOptionError('UNKNOWN_KIND', `'${String(options.kind)}' is not a kind of target: give one of ${DEPENDENT_TARGET_KINDS.join(', ')}, or none.`);
  }
  let province = options.province;
  if (province !== undefined) {
    const codes = catalog.provinces.map((p) => p.code);
    const wanted = String(province);
    const found = matchProvinceCode(codes, wanted);
    if (found === undefined) {
      const hint = didYouMean(wanted, codes);
      throw new DependentsOptionError('UNKNOWN_PROVINCE', `'${wanted}' is not a province of the catalog.${hint ? ` ${hint}` : ''}`);
    }
    province = found;
  }
  if (options.without !== undefined) {
    const legal = legalIndex(catalog);
    for (const ref of options.without) {
      if (legal.indexOf(String(ref)) >= 0) continue;
      const known = catalog.legal.flatMap((l) => (typeof l.number === 'string' ? [l.id, l.number] : [l.id]));
      const hint = didYouMean(String(ref), known);
      throw new DependentsOptionError('UNKNOWN_LEGAL', `'${ref}' is not a legal document of the catalog (by id or number).${hint ? ` ${hint}` : ''}`);
    }
  }
  return province === options.province ? options : { ...options, province };
}
