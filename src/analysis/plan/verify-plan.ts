import type { Catalog } from '../../catalog/types.js';
import { analyze } from '../analyze.js';
import { compileCatalog } from '../compile-catalog.js';
import { LAYERS, type CompiledCatalog } from '../compiled-types.js';
import { evaluateCatalog, reevaluateCatalog, type EvaluateOptions } from '../evaluate-catalog.js';
import type { Evaluation } from '../evaluation-types.js';
import { runsIn, viewLevel, viewStatus } from '../evaluation-read.js';
import { applyReform } from '../reform/apply-reform.js';
import { once } from '../../util/lazy-property.js';
import { changedProcedures } from '../views.js';
import type { AnalysisResult } from '../result-types.js';
import type { PlanMismatch } from './errors.js';
import type { Change, PlanEvaluation, PlanResult } from './plan-types.js';
import { planToReform } from './plan-to-reform.js';
import { PLAN_VERSION } from './plan-types.js';
import { expectArgument } from '../../util/expect-argument.js';

const key = (e: { code: string; province: string | null }) => `${e.code}@${e.province ?? ''}`;

/** Evaluations of the result that count as fixed: met, or met without paper when `paperless`. */
export function fixedKeys(result: AnalysisResult, paperless: boolean): Set<string> {
  const out = new Set<string>();
  for (const r of result.results) if (r.status === 'met' && (!paperless || !r.paper)) out.add(key(r));
  return out;
}

/**
 * The same set as `fixedKeys(analyze(catalog, …))`, from the engine's evaluation alone,
 * without writing out every explanation: for the many re-runs of the per-change claims.
 */
export function engineFixedKeys(catalog: Catalog, options: { at: string; province: string | null; without: string[] }, paperless: boolean): Set<string> {
  const c = compileCatalog(catalog);
  return compiledFixedKeys(c, { at: options.at, without: options.without.map((w) => c.legal.indexOf(w)) }, options.province, paperless);
}

/** `engineFixedKeys` on a compiled catalog, evaluated with `evaluate`. */
function compiledFixedKeys(c: CompiledCatalog, evaluate: EvaluateOptions, province: string | null, paperless: boolean): Set<string> {
  const scope = scopeOf(c, province);
  const fixed = fixedFlags(c, scope, evaluate, paperless);
  return new Set(scope.keys.filter((_, k) => fixed[k] === 1));
}

/** The evaluations the analysis lists (in one province, or all), numbered by procedure: the slot of each, its key, and the number of each key. */
interface Scope {
  /** The province (slot), or null for all. */
  only: number | null;
  slot: Int32Array;
  keys: string[];
  position: Map<string, number>;
  /** Per procedure: where its evaluations start (they end where the next procedure's start). */
  start: Int32Array;
}

function scopeOf(c: CompiledCatalog, province: string | null): Scope {
  const only = province === null ? null : c.provinceIndex.get(province)!;
  const slot: number[] = [];
  const keys: string[] = [];
  const start = new Int32Array(c.procedureCount + 1);
  const add = (y: number, s: number, province: string | null) => {
    slot.push(s);
    keys.push(`${c.source.procedures[y].code}@${province ?? ''}`);
  };
  for (let y = 0; y < c.procedureCount; y++) {
    start[y] = keys.length;
    if (c.central[y]) add(y, c.national, null);
    else for (let p = 0; p < c.national; p++) if ((only === null || only === p) && runsIn(c, y, p)) add(y, p, c.provinces[p]);
  }
  start[c.procedureCount] = keys.length;
  return { only, slot: Int32Array.from(slot), keys, position: new Map(keys.map((k, i) => [k, i])), start };
}

/** `evaluate` over what the analysis of `scope` reads: its province's, for one. */
function scoped(scope: Scope, evaluate: EvaluateOptions): EvaluateOptions {
  return scope.only === null ? evaluate : { ...evaluate, province: scope.only };
}

/**
 * Per evaluation of `scope`: 1 when fixed under `evaluate` (of only what its province reads,
 * for one).
 */
function fixedFlags(c: CompiledCatalog, scope: Scope, evaluate: EvaluateOptions, paperless: boolean): Uint8Array {
  return fixedIn(c, scope, evaluateCatalog(c, scoped(scope, evaluate)), paperless);
}

/** Per evaluation of `scope`: 1 when fixed in `e`. */
function fixedIn(c: CompiledCatalog, scope: Scope, e: Evaluation, paperless: boolean): Uint8Array {
  const fixed = new Uint8Array(scope.keys.length);
  for (let y = 0; y < c.procedureCount; y++) {
    for (let k = scope.start[y]; k < scope.start[y + 1]; k++) fixed[k] = fixedAt(c, e, y, scope.slot[k], paperless);
  }
  return fixed;
}

/** 1 when procedure `y` is fixed in `slot` in `e`. */
function fixedAt(c: CompiledCatalog, e: Evaluation, y: number, slot: number, paperless: boolean): number {
  if (viewStatus(c, e, y, slot) !== 'met') return 0;
  return paperless && viewLevel(c, e, e.definite, y, slot) >= LAYERS - 1 ? 0 : 1;
}

/**
 * A part's evaluation and its fixed evaluations (flags over the scope); for a part computed
 * from another's state, those flags (`base`) and the evaluations whose flag differs from
 * them (`changed`, ascending).
 */
interface PartState {
  evaluation: Evaluation;
  fixed: Uint8Array;
  base: Uint8Array | null;
  changed: number[];
}

/**
 * The state of `e`, computed from `from`, a state over the same scope: its flags, read
 * again only for the procedures whose views differ between the two evaluations.
 */
function stateSince(c: CompiledCatalog, scope: Scope, e: Evaluation, paperless: boolean, from: PartState): PartState {
  const fixed = from.fixed.slice();
  const changed: number[] = [];
  const { start } = scope;
  for (const y of changedProcedures(c, e, from.evaluation)) {
    for (let k = start[y]; k < start[y + 1]; k++) {
      const f = fixedAt(c, e, y, scope.slot[k], paperless);
      if (f === fixed[k]) continue;
      fixed[k] = f;
      changed.push(k);
    }
  }
  return { evaluation: e, fixed, base: from.fixed, changed: changed.sort((x, y) => x - y) };
}

/**
 * The fixed evaluations for any part of a plan's changes, each part as if its reform file
 * (`planToReform` of those changes) were applied. The catalog is compiled once, with the
 * amendments of every change; a part leaves out the others' amendments and connects the
 * data sources of its own connections on the plan's date, which is what applying them does
 * on that date (a connection sets the source's date there to the plan's date, unless it
 * already works there earlier). Each part's state holds its fixed evaluations as flags
 * over `scope`.
 */
function partFixed(catalog: Catalog, plan: PlanResult, options: { at: string; province: string | null; without: string[] }) {
  const whole = planToReform(catalog, plan.changes, plan.at);
  // Applied whole, it throws for a connection the catalog cannot take (unknown data source
  // or province), as applying any part with it would; compiled without its connections.
  const applied = applyReform(catalog, whole);
  const c = compileCatalog({ ...applied, data_sources: catalog.data_sources });
  const planLegal = whole.legal === undefined ? -1 : c.source.legal.length - 1;
  // The k-th amend change of the plan is the k-th amendment of its legal document.
  const amendment = new Map<Change, number>();
  const amends = plan.changes.filter((x) => x.kind === 'amend');
  for (let a = 0; a < c.amendmentCount; a++) {
    if (c.amendmentLegal[a] === planLegal) amendment.set(amends[c.amendmentPosition[a]], a);
  }
  const without = options.without.map((w) => c.legal.indexOf(w));
  const scope = scopeOf(c, options.province);
  // Per change: its amendment, or the data source and province it connects. A part is
  // marked on `kept`, by position in the plan, rather than gathered in a set: a plan for
  // every province has thousands of changes and as many parts of nearly all of them.
  const at = new Map<Change, number>(plan.changes.map((x, i) => [x, i]));
  const amendmentAt = plan.changes.map((x) => (x.kind === 'amend' ? amendment.get(x)! : -1));
  const connectAt = plan.changes.map((x) =>
    x.kind === 'connect' ? { source: c.dataSourceIndex.get(x.data_source)!, slot: c.provinceIndex.get(x.province)! } : null,
  );
  const kept = new Uint8Array(plan.changes.length);
  const optionsFor = (part: Change[]): EvaluateOptions => {
    kept.fill(0);
    const connect: { source: number; slot: number }[] = [];
    for (const x of part) {
      const i = at.get(x)!;
      kept[i] = 1;
      if (connectAt[i] !== null) connect.push(connectAt[i]!);
    }
    const leaveOut: number[] = [];
    for (let i = 0; i < amendmentAt.length; i++) if (amendmentAt[i] >= 0 && !kept[i]) leaveOut.push(amendmentAt[i]);
    // A part's fixed evaluations rest on statuses and forms only: no deadlocks needed.
    return { at: options.at, without, leaveOut, connect, deadlocks: false };
  };
  const state = (part: Change[]): PartState => {
    const evaluation = evaluateCatalog(c, scoped(scope, optionsFor(part)));
    return { evaluation, fixed: fixedIn(c, scope, evaluation, plan.paperless), base: null, changed: [] };
  };
  // A part is computed again from the state with none of the plan's changes or with all of
  // them, whichever differs from it by fewer changes (each of those is evaluated once), or
  // from a state the caller gives (`from`: the part before it, in a sequence). `reuse`, a
  // state no longer needed (not `from`), lends its arrays to the new one.
  // The states with none and with all of the changes, once made: their arrays are never lent.
  const lasting = new Set<PartState>();
  const keep = (s: PartState) => (lasting.add(s), s);
  const none = once(() => keep(state([])));
  const all = once(() => keep(state(plan.changes)));
  const fixedWith = (part: Change[], from?: PartState, reuse?: PartState): PartState => {
    const base = from ?? (part.length * 2 > plan.changes.length ? all() : none());
    const spare = reuse === undefined || reuse === base || lasting.has(reuse) ? undefined : reuse.evaluation;
    const evaluation = reevaluateCatalog(c, base.evaluation, scoped(scope, optionsFor(part)), spare);
    return stateSince(c, scope, evaluation, plan.paperless, base);
  };
  return { scope, fixedWith, none, all };
}

/** `partFixed` as sets of keys (`code@province`): each part computed from none or all of the changes, or from the part before it. */
export function partFixedKeys(catalog: Catalog, plan: PlanResult, options: { at: string; province: string | null; without: string[] }) {
  const { scope, fixedWith } = partFixed(catalog, plan, options);
  // The last two parts' states: the next part is computed from the last (`fromLast`) or from
  // none or all of the changes, in the arrays of the one before the last.
  let last: PartState | undefined;
  let beforeLast: PartState | undefined;
  return (part: Change[], fromLast = false): Set<string> => {
    const next = fixedWith(part, fromLast ? last : undefined, beforeLast);
    beforeLast = last;
    last = next;
    return new Set(scope.keys.filter((_, k) => next.fixed[k] === 1));
  };
}

/**
 * Checks a plan against the analysis itself: applies its reform file with `applyReform`,
 * re-runs `analyze` and compares what it shows (fixed evaluations, totals) with the plan's
 * promise; checks that the engine's evaluation with none and with all of the changes fixes
 * what the analysis does; then re-runs it with each change alone, all but one, and each
 * prefix of the order (on one catalog compiled with every change: see `partFixedKeys`),
 * against the per-change claims. Returns the mismatches (none for a sound plan).
 * `baseline`, when the caller already has it, is `analyze` of the catalog with the plan's
 * date, province and left-out legal documents; it is not computed again.
 */
export function verifyPlan(catalog: Catalog, plan: PlanResult, baseline?: AnalysisResult): PlanMismatch[] {
  expectArgument(plan, 'PlanResult', 'verifyPlan');
  if (baseline !== undefined) expectArgument(baseline, 'AnalysisResult', 'verifyPlan (its baseline)');
  // A plan read back from a file may have been edited: what cannot be checked is reported.
  const malformed = shapeMismatches(plan);
  if (malformed.length > 0) return malformed;
  const options = { at: plan.at, province: plan.province, without: plan.without };
  if (baseline === undefined) baseline = analyze(catalog, options);
  else if (!sameQuestion(baseline, plan)) {
    throw new RangeError('The baseline given to verifyPlan is not the analysis of the plan\'s date, province and left-out legal documents.');
  }
  const labels = new Map(baseline.results.map((r) => [key(r), r]));
  const mismatches: PlanMismatch[] = [];
  const report = (k: string, expected: string, actual: string, claim: string) => {
    const r = labels.get(k);
    const [code, province] = k.split('@');
    mismatches.push({ code: r?.code ?? code, province: r ? r.province : province || null, expected, actual, claim });
  };

  // Sets of evaluations as flags over the evaluations the analysis lists.
  const { scope, fixedWith, none, all } = partFixed(catalog, plan, options);
  const n = scope.keys.length;
  const flagsOf = (keys: Set<string>, claim: string): Uint8Array => {
    const flags = new Uint8Array(n);
    for (const k of keys) {
      const i = scope.position.get(k);
      if (i === undefined) report(k, 'an evaluation of the catalog', 'fixed', claim);
      else flags[i] = 1;
    }
    return flags;
  };
  const before = flagsOf(fixedKeys(baseline, plan.paperless), 'the analysis');
  // Evaluations (ascending) whose flag differs between `fixed` and another set, split into
  // those fixed in `fixed` (`newly`) and those not (`lost`).
  const split = (fixed: Uint8Array, differing: Iterable<number>) => {
    const newly: number[] = [];
    const lost: number[] = [];
    for (const k of differing) (fixed[k] ? newly : lost).push(k);
    return { newly, lost };
  };
  // What is fixed in `fixed` and not in `ref` (`newly`), and the reverse (`lost`).
  const differences = (fixed: Uint8Array, ref: Uint8Array) => {
    const differing: number[] = [];
    for (let k = 0; k < n; k++) if (fixed[k] !== ref[k]) differing.push(k);
    return split(fixed, differing);
  };
  // The same for a part's state: read from its changes when `ref` holds the flags it was computed from.
  const stateDifferences = (s: PartState, ref: Uint8Array) => (s.base === ref ? split(s.fixed, s.changed) : differences(s.fixed, ref));
  const compare = (claim: string, promised: PlanEvaluation[], shown: number[], lost: number[] = []) => {
    const want = new Set<number>();
    for (const e of promised) {
      const i = scope.position.get(key(e));
      if (i === undefined) report(key(e), 'fixed', 'not fixed', claim);
      else want.add(i);
    }
    const isShown = new Set(shown);
    for (const i of [...new Set([...want, ...shown])].sort((x, y) => x - y)) {
      if (want.has(i) && !isShown.has(i)) report(scope.keys[i], 'fixed', 'not fixed', claim);
      else if (!want.has(i) && isShown.has(i)) report(scope.keys[i], 'not fixed', 'fixed', claim);
    }
    for (const i of lost) report(scope.keys[i], 'still fixed', 'no longer fixed', claim);
  };
  // The parts below are computed from the engine's evaluations with none and with every
  // change of the plan: those fix what the analysis does, before and after the plan.
  const agree = (claim: string, analysed: Uint8Array, engine: Uint8Array) => {
    for (let k = 0; k < n; k++) {
      if (analysed[k] !== engine[k]) report(scope.keys[k], analysed[k] ? 'fixed' : 'not fixed', engine[k] ? 'fixed' : 'not fixed', claim);
    }
  };

  if (JSON.stringify(plan.reform) !== JSON.stringify(planToReform(catalog, plan.changes, plan.at))) {
    mismatches.push({ code: 'reform', province: null, expected: 'the changes of the plan', actual: 'a reform file with other changes', claim: 'the reform file' });
  }
  // The full plan is checked as the reform file it is printed as.
  const full = analyze(applyReform(catalog, plan.reform), options);
  const after = flagsOf(fixedKeys(full, plan.paperless), 'the plan');
  const shown = differences(after, before);
  compare('the plan', plan.unblocks, shown.newly, shown.lost);
  agree('the evaluation with none of the changes', before, none().fixed);
  agree('the evaluation with every change', after, all().fixed);
  const t = plan.totals;
  const totalsShown = { blocked_after: full.totals.blocked, paper_after: full.totals.paper, paperless_after: full.totals.paperless };
  for (const [name, value] of Object.entries(totalsShown)) {
    const promised = t[name as keyof typeof totalsShown];
    if (promised !== value) mismatches.push({ code: `totals.${name}`, province: null, expected: String(promised), actual: String(value), claim: 'the plan' });
  }
  for (const e of [...plan.left, ...plan.unfixable]) {
    const i = scope.position.get(key(e));
    if (i !== undefined && after[i]) mismatches.push({ code: e.code, province: e.province, expected: 'not fixed', actual: 'fixed', claim: 'left unfixed' });
  }
  // Each part's state is read once, then lends its arrays to a later one (`spare`).
  let spare: PartState | undefined;
  for (const c of plan.changes) {
    const solo = fixedWith([c], undefined, spare);
    const alone = stateDifferences(solo, none().fixed);
    compare(`${c.id} alone`, c.solo, alone.newly, alone.lost);
    const rest = fixedWith(plan.changes.filter((x) => x !== c), undefined, solo);
    compare(`${c.id} within the plan`, c.marginal, stateDifferences(rest, all().fixed).lost);
    spare = rest;
  }
  // Each prefix of the order is computed from the one before it, which differs by a change.
  const byId = new Map(plan.changes.map((c) => [c.id, c]));
  const fixedBefore = count(before);
  let prefix: Change[] = [];
  let reached: PartState | undefined;
  let reachedCount = count(none().fixed);
  for (const step of plan.order) {
    prefix = [...prefix, byId.get(step.change)!];
    const next = fixedWith(prefix, reached, spare);
    const s = stateDifferences(next, reached?.fixed ?? none().fixed);
    compare(`step ${step.step}`, step.unblocks, s.newly, s.lost);
    reachedCount += s.newly.length - s.lost.length;
    const cumulative = reachedCount - fixedBefore;
    if (cumulative !== step.cumulative) {
      mismatches.push({ code: `order.${step.step}.cumulative`, province: null, expected: String(step.cumulative), actual: String(cumulative), claim: `step ${step.step}` });
    }
    spare = reached;
    reached = next;
  }
  return mismatches;
}

/**
 * What makes a plan unreadable by the checks: another version, a change that is not one or
 * is given twice, a step naming no change of the plan, a list that is not one.
 */
function shapeMismatches(plan: PlanResult): PlanMismatch[] {
  const out: PlanMismatch[] = [];
  const mismatch = (code: string, expected: string, actual: unknown) =>
    out.push({ code, province: null, expected, actual: typeof actual === 'string' ? actual : (JSON.stringify(actual) ?? String(actual)).slice(0, 80), claim: 'the plan' });
  if (plan.version !== PLAN_VERSION) mismatch('version', String(PLAN_VERSION), plan.version);
  for (const name of ['changes', 'order', 'unblocks', 'left', 'unfixable', 'without'] as const) {
    if (!Array.isArray(plan[name])) mismatch(name, 'a list', plan[name]);
  }
  if (typeof plan.at !== 'string') mismatch('at', 'a date', plan.at);
  if (plan.totals === null || typeof plan.totals !== 'object') mismatch('totals', 'the totals', plan.totals);
  if (out.length > 0) return out;
  const ids = new Set<string>();
  plan.changes.forEach((c, i) => {
    const evaluations = (v: unknown) => Array.isArray(v) && v.every((e) => e !== null && typeof e === 'object' && typeof (e as PlanEvaluation).code === 'string');
    const readable =
      c !== null &&
      typeof c === 'object' &&
      typeof c.id === 'string' &&
      ((c.kind === 'amend' && typeof c.accept === 'string' && typeof c.provision?.legal === 'string') ||
        (c.kind === 'connect' && typeof c.data_source === 'string' && typeof c.province === 'string')) &&
      evaluations(c.solo) &&
      evaluations(c.marginal);
    // Numbered from 1, as the steps of the order are.
    if (!readable) mismatch(`changes.${i + 1}`, 'a change to amend a provision or connect a data source, with what it unblocks', c);
    else if (ids.has(c.id)) mismatch(`changes.${i + 1}`, 'each change once', `${c.id} again`);
    else ids.add(c.id);
  });
  // A step naming a change reported above is not reported again.
  const named = new Set(plan.changes.map((c) => (c !== null && typeof c === 'object' ? c.id : undefined)));
  plan.order.forEach((step, i) => {
    if (step === null || typeof step !== 'object' || !named.has(step.change)) mismatch(`order.${i + 1}`, 'a change of the plan', step?.change);
  });
  return out;
}

/** Whether `result` is the plain analysis of the plan's date, province and left-out legal documents. */
function sameQuestion(result: AnalysisResult, plan: PlanResult): boolean {
  return (
    result.at === plan.at &&
    result.province === plan.province &&
    result.without.join('\n') === plan.without.join('\n') &&
    (result.lacking ?? []).length === 0 &&
    !result.lenient
  );
}

/** How many flags are set. */
function count(flags: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < flags.length; i++) n += flags[i];
  return n;
}
