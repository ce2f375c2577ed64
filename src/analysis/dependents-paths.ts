import { amendmentCounts, amendmentLookup } from './dependents-index.js';
import type { DependentsGraph } from './dependents-graph.js';
import { analyseProcedure, dependentEntry, procNode, type Steps } from './dependents-procedure.js';
import type { DependentsResult } from './dependents-types.js';
import type { DependentsWalk } from './dependents-walk.js';

/**
 * The result of `dependents` from a walk: each dependent's path is built from the procedure
 * the walk reached it through, as `dependents` builds it (the first link to that procedure,
 * then that procedure's path), looking again only at the procedures on the paths.
 */
export function dependentsOfWalk(graph: DependentsGraph, walk: DependentsWalk): DependentsResult {
  const ix = graph.index;
  const at = walk.at ?? undefined;
  const amendments = amendmentLookup(ix.amendments.filter((a) => amendmentCounts(a, walk.without, at)));
  const paths = new Map<number, Steps>();
  const pathOf = (i: number): Steps => {
    const known = paths.get(i);
    if (known) return known;
    const p = ix.catalog.procedures[i];
    const { direct, links } = analyseProcedure(ix, p, walk.target, amendments, at);
    const via = walk.parent[i];
    let path: Steps;
    if (via < 0) path = [procNode(p, p.code), ...direct!];
    else {
      const link = links.find((l) => l.to === graph.codes[via])!;
      path = [procNode(p, p.code), ...link.steps(), ...pathOf(via).slice(1)];
    }
    paths.set(i, path);
    return path;
  };
  const list = Array.from(walk.order, (i) => dependentEntry(ix.catalog.procedures[i], walk.depth[i], pathOf(i)));
  return { version: 1, target: walk.target, at: walk.at, province: walk.province, without: walk.without, dependents: list };
}
