import { LAYERS, type CompiledCatalog } from './compiled-types.js';
import { toDay } from './day.js';
import type { Evaluation, Views } from './evaluation-types.js';
import { viewRow } from './evaluation-read.js';
import { oneSlotKernel, procedureView } from './procedure-kernel.js';
import { clearView, copiedViews, emptyViews } from './views.js';
import { provinceScope, type ProvinceScope } from './province-scope.js';
import { toCsr, type Csr } from './csr.js';
import { expectArgument } from '../util/expect-argument.js';

export interface EvaluateOptions {
  /** The date (YYYY-MM-DD). */
  at: string;
  /** Indexes in `catalog.legal` of the legal documents whose amendments are ignored. */
  without?: number[];
  /** Indexes of the documents the applicant does not hold: never available, at any date or province. */
  lacking?: number[];
  /**
   * Indexes of amendments left out, as if they were not in the catalog: with `connect`, for
   * checking parts of a reform on one catalog compiled with all of it.
   */
  leaveOut?: number[];
  /** Data sources (index) connected in provinces (slot) on this date, whatever the catalog says. */
  connect?: { source: number; slot: number }[];
  /**
   * Index of a province (its slot): evaluate only the procedures its analysis reads, those
   * that run there or centrally and what they depend on (`Evaluation.scope`). The others'
   * views stay empty.
   */
  province?: number;
  /**
   * Whether to work out which blocked procedures are deadlocked (default true): false skips
   * the greatest fixpoint, which tells only that, and leaves `Evaluation.greatest` null.
   * Statuses and forms are the same either way.
   */
  deadlocks?: boolean;
}

/**
 * Evaluates a compiled catalog at one date for every province at once: the date-dependent
 * facts (documents valid, amendments in force, data sources connected, requirements dropped),
 * then the least fixpoint of the procedures, component by component in dependency order
 * (once per procedure outside cycles, a worklist inside them). With `province`, only the
 * procedures that province's analysis reads; their views are the same as without it.
 */
export function evaluateCatalog(c: CompiledCatalog, options: EvaluateOptions): Evaluation {
  expectArgument(c, 'CompiledCatalog', 'evaluateCatalog');
  const { e, scope } = evaluationFacts(c, options);
  fixpoints(c, e, scope, null, null, options.deadlocks ?? true);
  return e;
}

/**
 * The same evaluation as `evaluateCatalog(c, options)`, computed from `base`, an evaluation
 * of the same compiled catalog with other options but the same `province`: only the
 * procedures whose own inputs differ (a document valid or not, a data source connected in
 * other slots, an amendment covering one of their requirements in force or not) are
 * computed again, then whatever depends on one whose views changed. For evaluating many
 * variants of one evaluation, e.g. the parts of a plan. `reuse`, an evaluation of the same
 * compiled catalog that is no longer needed (not `base`), lends its arrays: they are written
 * over and belong to the result, which saves allocating them for each variant.
 */
export function reevaluateCatalog(c: CompiledCatalog, base: Evaluation, options: EvaluateOptions, reuse?: Evaluation): Evaluation {
  expectArgument(c, 'CompiledCatalog', 'reevaluateCatalog');
  if (reuse === base) throw new RangeError('The evaluation computed from cannot also be the one whose arrays are reused.');
  const { e, scope } = evaluationFacts(c, options, reuse);
  if (e.scope !== base.scope) {
    throw new RangeError('An evaluation can be computed again only from one of the same procedures: the same province, or none.');
  }
  fixpoints(c, e, scope, base, changedComponents(c, base, e), options.deadlocks ?? true, reuse);
  return e;
}

/** `old` cleared to `value` when it has the length asked for, else a new array of it. */
function cleared<T extends Uint8Array | Int32Array | Uint32Array>(old: T | undefined, length: number, make: (n: number) => T, value = 0): T {
  const out = old !== undefined && old.length === length ? old : make(length);
  return value === 0 && out !== old ? out : (out.fill(value) as T);
}

/** The date-dependent facts of an evaluation, and its scope; no views yet. In the arrays of `reuse`, when given. */
function evaluationFacts(c: CompiledCatalog, options: EvaluateOptions, reuse?: Evaluation): { e: Evaluation; scope: ProvinceScope | null } {
  const day = toDay(options.at, 0);
  const bytes = (n: number) => new Uint8Array(n);
  const ignored = cleared(reuse?.ignored, c.source.legal.length, bytes);
  for (const l of options.without ?? []) ignored[l] = 1;

  const lacking = cleared(reuse?.lacking, c.documentCount, bytes);
  for (const d of options.lacking ?? []) lacking[d] = 1;
  const valid = cleared(reuse?.valid, c.documentCount, bytes);
  for (let d = 0; d < c.documentCount; d++) valid[d] = day <= c.validUntil[d] && !lacking[d] ? 1 : 0;

  const inForce = cleared(reuse?.inForce, c.amendmentCount, bytes);
  for (let a = 0; a < c.amendmentCount; a++) {
    inForce[a] =
      !ignored[c.amendmentLegal[a]] && c.amendmentFrom[a] <= day && day <= c.amendmentUntil[a] ? 1 : 0;
  }
  for (const a of options.leaveOut ?? []) inForce[a] = 0;

  const W = c.words;
  const P = c.national;
  const connected = cleared(reuse?.connected, c.dataSourceCount * W, (n) => new Uint32Array(n));
  for (let s = 0; s < c.dataSourceCount; s++) {
    for (let p = 0; p < P; p++) {
      const override = c.connectedFrom[s * P + p];
      const from = override < 0 ? c.availableFrom[s] : override;
      if (from <= day) connected[s * W + (p >>> 5)] |= 1 << (p & 31);
    }
    if (c.availableFrom[s] <= day) connected[s * W + (P >>> 5)] |= 1 << (P & 31);
  }
  for (const { source, slot } of options.connect ?? []) connected[source * W + (slot >>> 5)] |= 1 << (slot & 31);

  const dropped = cleared(reuse?.dropped, c.requirementCount, bytes);
  const droppedBy = cleared(reuse?.droppedBy, c.requirementCount, (n) => new Int32Array(n), -1);
  for (let i = 0; i < c.droppable.length; i++) {
    const r = c.droppable[i];
    for (let k = c.covers.start[r]; k < c.covers.start[r + 1]; k++) {
      const a = c.covers.items[k];
      if (!inForce[a] || !c.amendmentDrop[a]) continue;
      const kind = c.coverMaybe[k] ? 2 : 1;
      if (dropped[r] === 0 || (dropped[r] === 2 && kind === 1)) {
        dropped[r] = kind;
        droppedBy[r] = a;
      }
    }
  }

  const scope = options.province === undefined ? null : provinceScope(c, options.province);
  const e: Evaluation = {
    at: options.at,
    day,
    ignored,
    lacking,
    valid,
    inForce,
    connected,
    dropped,
    droppedBy,
    definite: emptyViews(c, 0),
    possible: emptyViews(c, 0),
    greatest: null,
    scope: scope === null ? null : scope.procedures,
    rows: scope === null ? null : scope.rows,
  };
  return { e, scope };
}

/**
 * Computes the views of `e`: the least fixpoints, then the greatest when there are cycles
 * and `deadlocks` are asked for. From nothing, or from `base`'s views with the components
 * marked in `pending` computed again (and what depends on a procedure whose views change),
 * in the arrays of `reuse` when given.
 */
function fixpoints(
  c: CompiledCatalog,
  e: Evaluation,
  scope: ProvinceScope | null,
  base: Evaluation | null,
  pending: Uint8Array | null,
  deadlocks: boolean,
  reuse?: Evaluation,
): void {
  const rows = scope === null ? c.procedureCount : scope.count;
  const components = scope === null ? null : scope.components;
  e.definite = base === null ? emptyViews(c, rows) : copiedViews(base.definite, reuse?.definite);
  solve(c, e, components, e.definite, false, false, pending === null ? null : pending.slice());
  if (c.unresolved.length > 0) {
    const spare = reuse === undefined || reuse.possible === reuse.definite ? undefined : reuse.possible;
    e.possible = base === null ? emptyViews(c, rows) : copiedViews(base.possible, spare);
    solve(c, e, components, e.possible, true, false, pending === null ? null : pending.slice());
  } else {
    e.possible = e.definite;
  }
  if (c.hasCycles && deadlocks) {
    e.greatest = copiedViews(e.possible, reuse?.greatest);
    solve(c, e, components, e.greatest, c.unresolved.length > 0, true, new Uint8Array(c.components.cyclic.length));
  }
}

/**
 * Solves the procedures' views in place, of every component or of `components`. Least
 * fixpoint: from empty views, or, with `pending` (per component), from views that hold for
 * another evaluation: only the pending components are computed again, cyclic ones from
 * empty, then whatever depends on a procedure whose views changed. Greatest (`fromTop`,
 * with `pending` all clear): cyclic components are computed again starting from "met
 * everywhere", then whatever depends on a procedure whose views came out different; the
 * rest keep the least-fixpoint views already there.
 */
function solve(
  c: CompiledCatalog,
  e: Evaluation,
  components: Int32Array | null,
  views: Views,
  possible: boolean,
  fromTop: boolean,
  pending: Uint8Array | null,
): void {
  const W = c.words;
  const size = LAYERS * W;
  const out = new Uint32Array(size);
  const scratch = new Uint32Array(size);
  const { order, start, cyclic, component } = c.components;
  const { level, bits } = views;
  // Per row (procedure evaluated): queued for the worklist.
  const queued = new Uint8Array(level.length);
  const stack: number[] = [];

  const row = (y: number) => viewRow(e, y);
  const oneSlot = oneSlotKernel(c, e, views, possible);
  // Computes y's views again (`settled`: outside a cycle); whether they changed.
  const update = (y: number, settled: boolean): boolean => {
    const p = c.slot[y];
    if (p >= 0) {
      const l = oneSlot(y, p, settled);
      if (level[row(y)] === l) return false;
      level[row(y)] = l;
      return true;
    }
    procedureView(c, e, views, y, possible, out, scratch);
    const base = c.wideRow[y] * size;
    let changed = false;
    for (let i = 0; i < size; i++) {
      if (bits[base + i] !== out[i]) {
        bits[base + i] = out[i];
        changed = true;
      }
    }
    return changed;
  };
  const dependents = c.dependents;
  const differed = (y: number): void => {
    for (let q = dependents.start[y]; q < dependents.start[y + 1]; q++) pending![component[dependents.items[q]]] = 1;
  };
  // y's views, to tell later whether they changed: its level, or a copy of its bit sets.
  const saved = (y: number): number | Uint32Array => {
    if (c.slot[y] >= 0) return level[row(y)];
    const base = c.wideRow[y] * size;
    return bits.slice(base, base + size);
  };
  const same = (y: number, old: number | Uint32Array): boolean => {
    if (typeof old === 'number') return level[row(y)] === old;
    const base = c.wideRow[y] * size;
    for (let i = 0; i < size; i++) if (bits[base + i] !== old[i]) return false;
    return true;
  };

  // A cyclic component, by a worklist: from the top (`fromTop`), from empty (`pending`), or
  // into views still empty; whatever depends on a procedure whose views changed is marked.
  const solveCyclic = (k: number): void => {
    // The component's views before, to tell what changed.
    const before: (number | Uint32Array)[] = [];
    for (let m = start[k]; m < start[k + 1]; m++) {
      const y = order[m];
      if (pending !== null) before.push(saved(y));
      if (fromTop) top(c, e, views, y);
      else if (pending !== null) clearView(c, e, views, y);
      stack.push(y);
      queued[row(y)] = 1;
    }
    while (stack.length > 0) {
      const y = stack.pop()!;
      queued[row(y)] = 0;
      if (!update(y, false)) continue;
      for (let q = c.cycleDependents.start[y]; q < c.cycleDependents.start[y + 1]; q++) {
        const z = c.cycleDependents.items[q];
        if (!queued[row(z)]) {
          queued[row(z)] = 1;
          stack.push(z);
        }
      }
    }
    if (pending !== null) {
      for (let m = start[k]; m < start[k + 1]; m++) if (!same(order[m], before[m - start[k]])) differed(order[m]);
    }
  };

  const count = components === null ? cyclic.length : components.length;
  if (pending === null) {
    // From nothing: every component once, in order; outside cycles each procedure is
    // computed once, from views that are final, into views still empty.
    const { slot, wideRow } = c;
    const wide = (y: number): void => {
      procedureView(c, e, views, y, possible, out, scratch);
      bits.set(out, wideRow[y] * size);
    };
    if (components === null) {
      // Every procedure has its own row; most components are one procedure in one slot.
      const plan = freshPlan(c);
      for (let i = 0; i < plan.length; i++) {
        const y = plan[i];
        if (y >= 0) level[y] = oneSlot(y, slot[y], true);
        else if (cyclic[-1 - y]) solveCyclic(-1 - y);
        else wide(order[start[-1 - y]]);
      }
      return;
    }
    const rows = e.rows!;
    for (let i = 0; i < count; i++) {
      const k = components[i];
      if (cyclic[k]) {
        solveCyclic(k);
        continue;
      }
      const y = order[start[k]];
      const p = slot[y];
      if (p >= 0) level[rows[y]] = oneSlot(y, p, true);
      else wide(y);
    }
    return;
  }
  // With `pending`, over every component: the next one to compute (pending, or cyclic from
  // the top) is found by a search of `pending` and `cyclic`, not by a step through each
  // component between. `nextCyclic`: the next cyclic one (`count`: none).
  let nextCyclic = -1;
  for (let i = 0; i < count; i++) {
    if (components === null) {
      let next = pending.indexOf(1, i);
      if (fromTop) {
        if (nextCyclic < i) {
          const found = cyclic.indexOf(1, i);
          nextCyclic = found === -1 ? count : found;
        }
        if (nextCyclic < count && (next === -1 || nextCyclic < next)) next = nextCyclic;
      }
      if (next === -1) break;
      i = next;
    }
    const k = components === null ? i : components[i];
    if (!cyclic[k]) {
      const y = order[start[k]];
      if (pending[k] && update(y, true)) differed(y);
      continue;
    }
    if (fromTop || pending[k]) solveCyclic(k);
  }
}

/**
 * Per component: 1 when a procedure of it reads an input that differs between `base` and
 * `e`: a candidate document valid in one and not the other, a data source connected in
 * other slots where the procedure is evaluated, an amendment covering one of its
 * requirements in force in one only.
 */
function changedComponents(c: CompiledCatalog, base: Evaluation, e: Evaluation): Uint8Array {
  const pending = new Uint8Array(c.components.cyclic.length);
  const { readers, amended } = inputReaders(c);
  const mark = (list: Csr, i: number) => {
    for (let q = list.start[i]; q < list.start[i + 1]; q++) pending[c.components.component[list.items[q]]] = 1;
  };
  for (let d = 0; d < c.documentCount; d++) if (base.valid[d] !== e.valid[d]) mark(readers, d);
  const W = c.words;
  // A data source connected in other slots: only its readers evaluated in one of those slots.
  const differs = new Uint32Array(W);
  for (let s = 0; s < c.dataSourceCount; s++) {
    let any = 0;
    for (let w = 0; w < W; w++) any |= differs[w] = base.connected[s * W + w] ^ e.connected[s * W + w];
    if (any === 0) continue;
    const r = c.documentCount + s;
    for (let q = readers.start[r]; q < readers.start[r + 1]; q++) {
      const y = readers.items[q];
      for (let w = 0; w < W; w++) {
        if ((c.domain[y * W + w] & differs[w]) !== 0) {
          pending[c.components.component[y]] = 1;
          break;
        }
      }
    }
  }
  for (let a = 0; a < c.amendmentCount; a++) if (base.inForce[a] !== e.inForce[a]) mark(amended, a);
  return pending;
}

const plans = new WeakMap<CompiledCatalog, Int32Array>();

/**
 * The components in order, each as its procedure when it is one procedure evaluated in one
 * slot (most are), else as -1 - its index: what an evaluation of every procedure from
 * nothing steps through. Worked out once per compiled catalog.
 */
function freshPlan(c: CompiledCatalog): Int32Array {
  let plan = plans.get(c);
  if (plan === undefined) {
    const { order, start, cyclic } = c.components;
    plan = new Int32Array(cyclic.length);
    for (let k = 0; k < cyclic.length; k++) {
      const y = order[start[k]];
      plan[k] = !cyclic[k] && c.slot[y] >= 0 ? y : -1 - k;
    }
    plans.set(c, plan);
  }
  return plan;
}

const readersOf = new WeakMap<CompiledCatalog, { readers: Csr; amended: Csr }>();

/**
 * Per document, then data source: the procedures that may read it (a candidate of one of
 * their requirements, or accepted by an amendment covering one); per amendment: the
 * procedures with a requirement it covers. Worked out once per compiled catalog.
 */
function inputReaders(c: CompiledCatalog): { readers: Csr; amended: Csr } {
  let found = readersOf.get(c);
  if (found === undefined) {
    const readers: number[][] = Array.from({ length: c.documentCount + c.dataSourceCount }, () => []);
    const amended: number[][] = Array.from({ length: c.amendmentCount }, () => []);
    const read = (ev: number, y: number) => {
      if (ev >= 0 && readers[ev].at(-1) !== y) readers[ev].push(y);
    };
    for (let r = 0; r < c.requirementCount; r++) {
      const y = c.requirementProcedure[r];
      for (let k = c.candidates.start[r]; k < c.candidates.start[r + 1]; k++) read(c.candidates.items[k], y);
      for (let k = c.covers.start[r]; k < c.covers.start[r + 1]; k++) {
        const a = c.covers.items[k];
        if (amended[a].at(-1) !== y) amended[a].push(y);
        for (let m = c.amendmentAccept.start[a]; m < c.amendmentAccept.start[a + 1]; m++) read(c.amendmentAccept.items[m], y);
      }
    }
    found = { readers: toCsr(readers), amended: toCsr(amended) };
    readersOf.set(c, found);
  }
  return found;
}

/** Sets procedure `y`'s views to the largest they can be: met in every slot where it runs. */
function top(c: CompiledCatalog, e: Evaluation, views: Views, y: number): void {
  if (c.slot[y] >= 0) {
    views.level[viewRow(e, y)] = 0;
    return;
  }
  const W = c.words;
  const n = c.national;
  for (let f = 0; f < LAYERS; f++) {
    const base = (c.wideRow[y] * LAYERS + f) * W;
    for (let w = 0; w < W; w++) views.bits[base + w] = c.central[y] ? c.all[w] : c.domain[y * W + w];
    if (!c.central[y] && !c.nowhere[y]) views.bits[base + (n >>> 5)] |= 1 << (n & 31);
  }
}
