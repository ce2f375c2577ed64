import type { CompiledCatalog } from './compiled-types.js';
import { filterCsr, reverseCsr, toCsr, type Csr } from './csr.js';
import { stronglyConnected } from '../util/strongly-connected.js';

type ScheduleInput = Pick<
  CompiledCatalog,
  'procedureCount' | 'documentCount' | 'needs' | 'requirementStart' | 'candidates' | 'covers' | 'amendmentAccept' | 'obtainedBy'
>;
type Schedule = Pick<CompiledCatalog, 'dependencies' | 'dependents' | 'cycleDependents' | 'components' | 'hasCycles'>;

/**
 * The order in which procedures are evaluated. A procedure depends on what it needs and on
 * the issuers of every document that could ever be a candidate of its requirements (at any
 * date); components of mutually dependent procedures come after everything they depend on.
 */
export function compileSchedule(c: ScheduleInput): Schedule {
  const rows: number[][] = [];
  for (let i = 0; i < c.procedureCount; i++) {
    const row = new Set<number>();
    for (let k = c.needs.start[i]; k < c.needs.start[i + 1]; k++) if (c.needs.items[k] >= 0) row.add(c.needs.items[k]);
    const addIssuers = (e: number) => {
      if (e < 0 || e >= c.documentCount) return;
      for (let k = c.obtainedBy.start[e]; k < c.obtainedBy.start[e + 1]; k++) {
        if (c.obtainedBy.items[k] >= 0) row.add(c.obtainedBy.items[k]);
      }
    };
    for (let r = c.requirementStart[i]; r < c.requirementStart[i + 1]; r++) {
      for (let k = c.candidates.start[r]; k < c.candidates.start[r + 1]; k++) addIssuers(c.candidates.items[k]);
      for (let k = c.covers.start[r]; k < c.covers.start[r + 1]; k++) {
        const a = c.covers.items[k];
        for (let m = c.amendmentAccept.start[a]; m < c.amendmentAccept.start[a + 1]; m++) {
          addIssuers(c.amendmentAccept.items[m]);
        }
      }
    }
    rows.push([...row]);
  }
  const dependencies = toCsr(rows);
  const components = stronglyConnected(dependencies, c.procedureCount);
  const dependents = reverseCsr(dependencies, c.procedureCount);
  return {
    dependencies,
    dependents,
    cycleDependents: withinComponents(dependents, components),
    components,
    hasCycles: components.cyclic.some((k) => k === 1),
  };
}

/**
 * The edges of `dependents` that stay within a component: all the worklist inside a cycle
 * follows. A procedure that many depend on can sit in a cycle (in the 100k benchmark
 * catalog, one with 9,533 dependents), and looking through all of them at every change of
 * it cost a few per cent of an evaluation.
 */
function withinComponents(dependents: Csr, components: CompiledCatalog['components']): Csr {
  const { component, cyclic } = components;
  return filterCsr(dependents, (y, x) => cyclic[component[y]] === 1 && component[x] === component[y]);
}
