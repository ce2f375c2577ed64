import type { Catalog } from '../catalog/types.js';
import { expectOptions } from '../util/expect-argument.js';
import { completeCatalog } from '../graph/complete-catalog.js';
import type { CompiledCatalog } from './compiled-types.js';
import { countDependents } from './count-dependents.js';
import { buildDependentsGraph, CODE_ORDER, compiledDependentsGraph, isCompiledCatalog, type DependentsGraph } from './dependents-graph.js';
import { withoutLegalIds } from './dependents-index.js';
import { checkDependentsOptions, DependentsOptionError } from './dependents.js';
import { targetNode } from './dependents-walk.js';
import { resolveDependencyTarget } from './dependents-target.js';
import { reachCounts } from './each-reach.js';
import { DEPENDENT_TARGET_KINDS, type DependentsOptions, type DependentTarget, type DependentTargetKind } from './dependents-types.js';

/** How many procedures depend on one entity (`countEach`). */
export interface EachCount {
  /** Document, data-source or legal-document id, or procedure code. */
  id: string;
  name: string;
  name_en?: string;
  /** The official number, for a legal document. */
  number?: string;
  /** Distinct dependent procedures, as `countDependents` counts them. */
  total: number;
  /** Of which depend directly. */
  direct: number;
}

/** What `countEach` gives: the count of every entity of one kind. */
export interface DependentCountsEach {
  version: 1;
  kind: DependentTargetKind;
  at: string | null;
  province: string | null;
  without: string[];
  /** Most dependents first, then most direct ones, then by id or code in natural order. */
  targets: EachCount[];
}

/**
 * How many procedures depend on each document (data source, legal document, procedure) of
 * the catalog, at once: the total and direct counts of `countDependents` for every one of
 * them, without the groups, counted together on the catalog's dependence graph (given
 * compiled, the graph kept with it; given plain, the catalog is not compiled). The options
 * are those of `countDependents`.
 */
export function countEach(catalog: Catalog | CompiledCatalog, kind: DependentTargetKind, options: Omit<DependentsOptions, 'kind'> = {}): DependentCountsEach {
  expectOptions(options, 'countEach', '{ at: "2023-01-01", province: "GL" }');
  if (!(DEPENDENT_TARGET_KINDS as readonly unknown[]).includes(kind)) {
    throw new DependentsOptionError('UNKNOWN_KIND', `'${String(kind)}' is not a kind of target: give one of ${DEPENDENT_TARGET_KINDS.join(', ')}.`);
  }
  // Only the dependence graph is needed: a catalog given plain is not compiled whole.
  const source = isCompiledCatalog(catalog) ? catalog.source : completeCatalog(catalog);
  const graph = isCompiledCatalog(catalog) ? compiledDependentsGraph(catalog) : buildDependentsGraph(source);
  const checked = checkDependentsOptions(source, options);
  // Each entity's id or code and English name (a legal document's English title).
  const entities: { id: string; name_en?: string }[] =
    kind === 'document'
      ? source.documents
      : kind === 'data_source'
        ? source.data_sources
        : kind === 'legal'
          ? source.legal.map((l) => ({ id: l.id, name_en: l.title_en }))
          : source.procedures.map((p) => ({ id: p.code, name_en: p.name_en }));
  const seen = new Set<string>();
  const unique = entities.filter((e) => !seen.has(e.id) && seen.add(e.id));
  const counts = countAll(source, graph, unique.map((e) => e.id), { ...checked, kind });
  const targets = unique.map((e, n): EachCount => {
    const { target, total, direct } = counts[n];
    return {
      id: e.id,
      name: target.name,
      ...(e.name_en ? { name_en: e.name_en } : {}),
      ...(target.number !== undefined ? { number: target.number } : {}),
      total,
      direct,
    };
  });
  targets.sort((a, b) => b.total - a.total || b.direct - a.direct || CODE_ORDER.compare(a.id, b.id));
  return {
    version: 1,
    kind,
    at: checked.at ?? null,
    province: checked.province ?? null,
    without: withoutLegalIds(graph.index, checked.without),
    targets,
  };
}

/**
 * The total and direct counts of `countDependents` for every id: on the catalog's dependence
 * graph, all at once (`reachCounts`); when the graph is not exact (a code or province given
 * twice), `countDependents` of one id after another.
 */
function countAll(source: Catalog, graph: DependentsGraph, ids: string[], options: DependentsOptions): { target: DependentTarget; total: number; direct: number }[] {
  if (!graph.exact) return ids.map((id) => countDependents(source, id, options));
  const targets = ids.map((id) => resolveDependencyTarget(graph.index, id, options.kind));
  const { total, direct } = reachCounts(graph, Int32Array.from(targets, (t) => targetNode(graph, t) ?? -1), options);
  return targets.map((target, n) => ({ target, total: total[n], direct: direct[n] }));
}
