import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { stronglyConnected, type SparseGraph } from '../util/strongly-connected.js';
import type { CheckContext } from './check-context.js';
import type { NeedsGraph } from './needs-graph.js';

type Obj = Record<string, unknown>;

/** How many procedures the message names before it counts the others (as the analysis names a deadlock's). */
const NAMED = 8;

/**
 * Procedures that need each other through `needs` (A needs B and B needs A, or a longer
 * way round) can never be completed: each waits for another to be completed first. `needs`
 * has no alternatives and no dates, so no date, amendment, data source or reform unblocks
 * them, whatever provinces they run in. One warning, NEEDS_CYCLE, for each strongly
 * connected group of two or more procedures of the `needs` graph, at the first entry of
 * `needs` of its first procedure in catalog order that points into the group, naming the
 * group. A procedure that needs only itself is NEEDS_ITSELF's (see check-needs-itself.ts).
 *
 * Cycles through `obtained_by` are not reported here: a requirement has alternatives, a
 * document other issuers, and amendments and connections change them by date, so whether
 * such a cycle blocks anything is the analysis's to say, at a date (its `deadlocks`).
 *
 * `needs` holds every resolved entry of `needs` but a procedure's naming itself;
 * `procedureAt` resolves a code as the walk did. Linear in the size of the catalog and
 * without recursion: the groups are found by `stronglyConnected`, and each group's cycle by
 * a breadth-first search inside it.
 */
export function checkNeedsCycles(ctx: CheckContext, needs: NeedsGraph, procedureAt: (code: string) => number): Diagnostic[] {
  if (needs.edges === 0) return [];
  const { procedures: at, node, graph } = needs.core();
  const n = at.length;
  const { component, start: groupStart } = stronglyConnected(graph, n);

  // The nodes of each group of two or more, in catalog order (a counting sort by group).
  const groups = groupStart.length - 1;
  const offset = new Int32Array(groups + 1);
  for (let g = 0; g < groups; g++) {
    const size = groupStart[g + 1] - groupStart[g];
    offset[g + 1] = offset[g] + (size > 1 ? size : 0);
  }
  if (offset[groups] === 0) return [];
  const members = new Int32Array(offset[groups]);
  const fill = offset.slice(0, groups);
  for (let v = 0; v < n; v++) {
    const g = component[v];
    if (offset[g + 1] > offset[g]) members[fill[g]++] = v;
  }

  const procedures = ctx.catalog.procedures as unknown as Obj[];
  const code = (v: number) => String(procedures[at[v]].code);
  const parent = new Int32Array(n).fill(-1);
  const onPath = new Uint8Array(n);
  const queue = new Int32Array(n);
  const out: Diagnostic[] = [];
  for (let g = 0; g < groups; g++) {
    if (offset[g + 1] === offset[g]) continue;
    const first = members[offset[g]];
    // The first entry of its `needs` that names another procedure of the group.
    const list = procedures[at[first]].needs as unknown[];
    let k = 0;
    let next = -1;
    for (; k < list.length; k++) {
      const j = typeof list[k] === 'string' ? procedureAt(list[k] as string) : -1;
      next = j >= 0 ? node[j] : -1;
      if (next >= 0 && next !== first && component[next] === g) break;
    }
    const cycle = shortestWayBack(graph, component, g, first, next, parent, queue);
    for (const v of cycle) onPath[v] = 1;
    const named = cycle.map(code);
    for (let q = offset[g]; q < offset[g + 1]; q++) if (onPath[members[q]] === 0) named.push(code(members[q]));
    for (const v of cycle) onPath[v] = 0;
    out.push(needsCycle(ctx, at[first], k, cycle.map(code), named));
  }
  return out;
}

/**
 * The shortest cycle that leaves `from` for `to`, inside group `g`: `from`, `to`, …, the
 * node that needs `from`. A breadth-first search from `to`, which visits only the group's
 * nodes, so that all groups together cost one pass over the graph.
 */
function shortestWayBack(
  graph: SparseGraph,
  component: Int32Array,
  g: number,
  from: number,
  to: number,
  parent: Int32Array,
  queue: Int32Array,
): number[] {
  let head = 0;
  let tail = 0;
  queue[tail++] = to;
  parent[to] = to;
  let last = -1;
  while (head < tail && last < 0) {
    const v = queue[head++];
    for (let e = graph.start[v]; e < graph.start[v + 1]; e++) {
      const w = graph.items[e];
      if (w === from) {
        last = v;
        break;
      }
      if (component[w] !== g || parent[w] >= 0) continue;
      parent[w] = v;
      queue[tail++] = w;
    }
  }
  const back: number[] = [];
  for (let v = last; v !== to; v = parent[v]) back.push(v);
  back.push(to, from);
  for (let q = 0; q < tail; q++) parent[queue[q]] = -1;
  return back.reverse();
}

function quoted(codes: readonly string[]): string {
  const shown = codes.slice(0, NAMED).map((c) => `'${c}'`);
  const others = codes.length - shown.length;
  if (others > 0) return `${shown.join(', ')} and ${others} others`;
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/**
 * NEEDS_CYCLE at `needs[k]` of procedure `i`. `cycle`: the procedures of the shortest way
 * round, from procedure `i` to the one that needs it; `procedures`: the group, the cycle's
 * first and then the others in catalog order.
 */
function needsCycle(ctx: CheckContext, i: number, k: number, cycle: string[], procedures: string[]): Diagnostic {
  const [self, next] = cycle;
  const back = cycle.length === 2 ? `which needs '${self}' in turn` : `whose \`needs\` lead back to '${self}'`;
  const outcome =
    procedures.length === 2
      ? 'so neither can ever be completed; both are blocked at every date, wherever they run'
      : 'so none of them can ever be completed; they are blocked at every date, wherever they run';
  return createDiagnostic('NEEDS_CYCLE', {
    message: `${ctx.subject('procedures', i, ['needs', k])} names '${next}', ${back}: ${quoted(procedures)} need each other, ${outcome}.`,
    hint: 'Remove from `needs` a procedure that does not have to be completed first, to break the cycle. If the law itself makes them wait on each other, keep it: the analysis reports what it blocks.',
    location: ctx.locate('procedures', i, ['needs', k]),
    args: { procedure: self, cycle, procedures },
  });
}
