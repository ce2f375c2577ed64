import type { Catalog } from '../../catalog/types.js';
import { legalIndex } from '../../graph/legal-index.js';
import { didYouMean, suggest } from '../../text/suggest.js';
import { analyze } from '../analyze.js';
import type { AnalysisResult } from '../result-types.js';
import type { Csr } from '../csr.js';
import type { Family } from './antichain.js';
import { buildModel } from './build-model.js';
import { computeFamilies } from './compute-families.js';
import { describeChange } from './describe-change.js';
import { exactFamiliesBound } from './exact-bound.js';
import { PlanOptionError, PlanVerificationError, type PlanMismatch } from './errors.js';
import { modelEvaluator, revert, type ModelState, type StateChange } from './evaluate-model.js';
import { explainUnfixable } from './explain-unfixable.js';
import { modelOrder } from './model-order.js';
import { evalKey, type Model } from './model-types.js';
import { orderChanges } from './order-changes.js';
import { PLAN_VERSION, type PlanEvaluation, type PlanResult, type PlannedChange, type PlanStep } from './plan-types.js';
import { planToReform } from './plan-to-reform.js';
import { solvePlan } from './solve-plan.js';
import { verifyPlan } from './verify-plan.js';
import { expectOptions } from '../../util/expect-argument.js';
import { isLimit, shownValue } from '../../util/expect-argument.js';

export interface PlanOptions {
  /** The date (YYYY-MM-DD). Default: the catalog's cutoff. */
  at?: string;
  /** Only evaluations in this province (and every central procedure). */
  province?: string | null;
  /** Only these procedures' evaluations are targets. */
  only?: readonly string[];
  /** At most this many changes, fixing the most targets; absent: the smallest plan fixing every fixable target. */
  budget?: number;
  /** An evaluation that still needs paper counts as not fixed. */
  paperless?: boolean;
  /** Legal documents (ids or numbers) whose amendments are ignored. */
  without?: readonly string[];
  /** Node limit of each branch and bound (default 200 000). */
  maxNodes?: number;
  /** Set elements all the searches of this plan may visit together (default 10 000 000): bounds the time on hard problems. */
  maxWork?: number;
}

export const DEFAULT_MAX_NODES = 200_000;

/**
 * What to change first: the smallest set of changes (amend a cited provision to accept a
 * substitute, connect a data source in a province) that fixes every fixable target, or with a
 * budget the changes that fix the most. Exact when the search completes within the node
 * limit, otherwise the best plan found with a proven bound. Every plan is verified by
 * re-running `analyze` with it applied; a mismatch throws PlanVerificationError.
 */
export function plan(catalog: Catalog, options: PlanOptions = {}): PlanResult {
  expectOptions(options, 'plan', '{ at: "2023-01-01", budget: 3 }');
  const budget = checkBudget(options.budget);
  checkLimit('maxNodes', options.maxNodes);
  checkLimit('maxWork', options.maxWork);
  const only = checkOnly(catalog, options.only);
  const paperless = options.paperless === true;
  const baseline = analyze(catalog, { at: options.at, province: options.province ?? null, without: options.without });
  const model = buildModel(catalog, { at: baseline.at, without: baseline.without, province: baseline.province });
  // Only the evaluations analysed, and what they wait on, need evaluating.
  const within = modelOrder(
    model,
    baseline.results.flatMap((r) => model.evalIndex.get(evalKey(r.code, r.province)) ?? []),
  );
  const evaluator = modelEvaluator(model, within);
  const base = evaluator.none;
  const modelMismatches = compareModel(model, base, baseline, 'the model of the catalog');
  if (modelMismatches.length > 0) throw new PlanVerificationError(modelMismatches);

  const scope = baseline.results.map((r) => index(model, r.code, r.province));
  const fixedIn = (s: ModelState) => (paperless ? s.paperless : s.met);
  const onlySet = only ? new Set(only) : null;
  const targets = baseline.results
    .map((r, i) => ({ r, e: scope[i] }))
    .filter(({ r, e }) => r.status !== 'unknown' && (!onlySet || onlySet.has(r.code)) && fixedIn(base)[e] !== 1)
    .map(({ e }) => e);

  const families = computeFamilies(model, within);
  const condition = (e: number): Family => (paperless ? families.paperless : families.met).get(e)!;
  // Fixable: met with every candidate change made. Its family lists the ways, all of them
  // unless cut short (`families.truncated`).
  const all = evaluator.evaluate(new Uint8Array(model.changes.length).fill(1));
  const fixable = targets.filter((e) => fixedIn(all)[e] === 1);
  const unfixableIdx = targets.filter((e) => fixedIn(all)[e] !== 1);
  const solved = solvePlan(
    fixable.filter((e) => condition(e).length > 0).map((e) => ({ sets: condition(e), weight: 1 })),
    scope.filter((e) => base.paperless[e] !== 1).map((e) => ({ sets: families.paperless.get(e)!, weight: 1 })),
    { budget, maxNodes: options.maxNodes ?? DEFAULT_MAX_NODES, ...(options.maxWork !== undefined ? { maxWork: options.maxWork } : {}) },
  );

  const chosen = solved.chosen;
  // With families cut short the search's bound does not hold; the targets with exact families give one that does.
  const inexact = paperless ? families.inexact.paperless : families.inexact.met;
  const lowerBound =
    budget !== null
      ? null
      : families.truncated
        ? exactFamiliesBound(fixable.filter((e) => !inexact.has(e)).map(condition), model.changes.length, {
            maxNodes: options.maxNodes ?? DEFAULT_MAX_NODES,
            ...(options.maxWork !== undefined ? { maxWork: options.maxWork } : {}),
          })
        : (solved.lowerBound ?? 0);
  const flags = (list: number[]) => {
    const f = new Uint8Array(model.changes.length);
    for (const v of list) f[v] = 1;
    return f;
  };
  const before = fixedIn(base);
  const after = evaluator.evaluate(flags(chosen));
  // The evaluations of the scope fixed in `state` and not before, in scope order.
  const newly = (state: ModelState): PlanEvaluation[] => {
    const fixed = fixedIn(state);
    const out: PlanEvaluation[] = [];
    for (const e of scope) if (fixed[e] === 1 && before[e] !== 1) out.push(ref(model, e));
    return out;
  };
  // The same from what an in-place step set or cleared, all of what differs: only those are read.
  const where = scopePositions(scope, model.evals.length);
  const positions = (change: StateChange): number[] => {
    const out: number[] = [];
    for (const e of paperless ? change.paperless : change.met) {
      for (let k = where.start[e]; k < where.start[e + 1]; k++) out.push(where.items[k]);
    }
    return out.sort((a, b) => a - b);
  };
  const listed = (at: number[]): PlanEvaluation[] => at.map((k) => ref(model, scope[k]));
  const fixedAfter = fixedIn(after);

  const legal = legalIndex(catalog);
  // What each change fixes alone (set from the evaluation with none), and what the plan
  // without it loses (cleared from the whole plan's), each undone before the next.
  const alone = { met: base.met.slice(), paperless: base.paperless.slice() };
  const whole = { met: after.met.slice(), paperless: after.paperless.slice() };
  const single = new Uint8Array(model.changes.length);
  const rest = flags(chosen);
  const changes: PlannedChange[] = chosen.map((v) => {
    single[v] = 1;
    const set = evaluator.addInPlace(alone, single, [v]);
    revert(alone, set, 0);
    single[v] = 0;
    rest[v] = 0;
    const lost = evaluator.removeInPlace(whole, rest, v);
    revert(whole, lost, 1);
    rest[v] = 1;
    return { ...describeChange(model.changes[v], catalog, legal), solo: listed(positions(set)), marginal: listed(positions(lost)) };
  });

  const position = new Map(chosen.map((v, i) => [v, i]));
  const local = (f: Family): Family => f.filter((s) => s.every((v) => position.has(v))).map((s) => s.map((v) => position.get(v)!));
  const sequence = orderChanges(
    chosen.length,
    scope.filter((e) => before[e] !== 1).map((e) => local((paperless ? families.paperless : families.met).get(e)!)),
  );
  const order: PlanStep[] = [];
  // Each step from the one before, with its change added.
  const reached = { met: base.met.slice(), paperless: base.paperless.slice() };
  const made = new Uint8Array(model.changes.length);
  let cumulative = 0;
  sequence.forEach((i, k) => {
    made[chosen[i]] = 1;
    const step = positions(evaluator.addInPlace(reached, made, [chosen[i]]));
    cumulative += step.length;
    order.push({ step: k + 1, change: changes[i].id, unblocks: listed(step), cumulative });
  });

  const unfixable = unfixableIdx.map((e) => ({ ...ref(model, e), reasons: explainUnfixable(model, e, all, paperless, catalog, legal) }));
  const left = fixable.filter((e) => fixedAfter[e] !== 1).map((e) => ref(model, e));
  const count = (s: Uint8Array) => scope.filter((e) => s[e] === 1).length;
  const metAfter = count(after.met);
  const paperlessAfter = count(after.paperless);
  const unknown = baseline.totals.unknown;

  const result: PlanResult = {
    version: PLAN_VERSION,
    catalog: baseline.catalog,
    at: baseline.at,
    province: baseline.province,
    only,
    budget,
    paperless,
    without: baseline.without,
    changes,
    unblocks: newly(after),
    order,
    optimal: families.truncated ? lowerBound !== null && lowerBound >= chosen.length : solved.optimal,
    lower_bound: lowerBound,
    upper_bound: budget === null ? null : families.truncated ? fixable.length : (solved.upperBound ?? 0),
    search: {
      tie_break_optimal: solved.tieOptimal && !families.truncated,
      nodes: solved.nodes,
      components: solved.components,
      limited: solved.limited,
    },
    unfixable,
    left,
    candidates: new Set(fixable.flatMap((e) => condition(e).flat())).size,
    totals: {
      evaluations: scope.length,
      targets: targets.length,
      unfixable: unfixable.length,
      fixed: targets.filter((e) => fixedAfter[e] === 1).length,
      blocked_before: baseline.totals.blocked,
      blocked_after: scope.length - metAfter - unknown,
      paper_before: baseline.totals.paper,
      paper_after: metAfter - paperlessAfter,
      paperless_before: baseline.totals.paperless,
      paperless_after: paperlessAfter,
    },
    reform: planToReform(catalog, changes, baseline.at),
    verified: true,
  };
  const mismatches = verifyPlan(catalog, result, baseline);
  if (mismatches.length > 0) throw new PlanVerificationError(mismatches);
  return result;
}

/** Per evaluation of the model, its positions in `scope` (ascending). */
function scopePositions(scope: number[], evaluations: number): Csr {
  const start = new Int32Array(evaluations + 1);
  for (const e of scope) start[e + 1]++;
  for (let e = 0; e < evaluations; e++) start[e + 1] += start[e];
  const items = new Int32Array(scope.length);
  const next = start.slice(0, evaluations);
  scope.forEach((e, k) => {
    items[next[e]++] = k;
  });
  return { start, items };
}

function index(model: Model, code: string, province: string | null): number {
  const i = model.evalIndex.get(evalKey(code, province));
  if (i === undefined) throw new PlanVerificationError([{ code, province, expected: 'an evaluation in the model', actual: 'evaluated by the analysis', claim: 'the model of the catalog' }]);
  return i;
}

function ref(model: Model, e: number): PlanEvaluation {
  return { code: model.evals[e].code, province: model.evals[e].province };
}

/** Where the model, with no change made, disagrees with the analysis. */
function compareModel(model: Model, state: ModelState, result: AnalysisResult, claim: string): PlanMismatch[] {
  const out: PlanMismatch[] = [];
  for (const r of result.results) {
    if (r.status === 'unknown') continue;
    const i = model.evalIndex.get(evalKey(r.code, r.province));
    const expected = i === undefined ? 'absent' : state.met[i] !== 1 ? 'blocked' : state.paperless[i] === 1 ? 'met paperless' : 'met with paper';
    const actual = r.status === 'blocked' ? 'blocked' : r.paper ? 'met with paper' : 'met paperless';
    if (expected !== actual) out.push({ code: r.code, province: r.province, expected, actual, claim });
  }
  return out;
}

function checkBudget(budget: number | undefined): number | null {
  if (budget === undefined) return null;
  if (!Number.isInteger(budget) || budget < 0) {
    throw new PlanOptionError('INVALID_BUDGET', `The budget must be a whole number of changes, 0 or more; got ${shownValue(budget)}.`);
  }
  return budget;
}

/** A search limit is a whole number, 1 or more, or Infinity. */
function checkLimit(name: 'maxNodes' | 'maxWork', value: number | undefined): void {
  if (isLimit(value)) return;
  throw new PlanOptionError('INVALID_LIMIT', `${name} must be a whole number, 1 or more (or Infinity: no limit); got ${shownValue(value)}.`);
}

function checkOnly(catalog: Catalog, only: readonly string[] | undefined): string[] | null {
  if (only === undefined) return null;
  if (!Array.isArray(only) || only.some((c) => typeof c !== 'string')) {
    throw new PlanOptionError('UNKNOWN_PROCEDURE', `only must be a list of procedure codes, e.g. ["1.001193"], not ${JSON.stringify(only)}.`);
  }
  const codes = catalog.procedures.map((p) => p.code);
  const known = new Set(codes);
  for (const code of only) {
    if (!known.has(code)) {
      throw new PlanOptionError('UNKNOWN_PROCEDURE', `The catalog has no procedure "${code}". ${didYouMean(code, codes)}`.trim(), suggest(code, codes));
    }
  }
  return [...new Set(only)];
}
