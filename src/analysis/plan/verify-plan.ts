import type { Catalog } from '../../catalog/types.js';
import { analyze } from '../analyze.js';
import { compileCatalog } from '../compile-catalog.js';
import { LAYERS, type CompiledCatalog } from '../compiled-types.js';
import { evaluateCatalog, type EvaluateOptions } from '../evaluate-catalog.js';
import { runsIn, viewLevel, viewStatus } from '../evaluation-read.js';
import { applyReform } from '../reform/apply-reform.js';
import type { AnalysisResult } from '../result-types.js';
import type { PlanMismatch } from './errors.js';
import type { Change, PlanEvaluation, PlanResult } from './plan-types.js';
import { planToReform } from './plan-to-reform.js';

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
  const e = evaluateCatalog(c, evaluate);
  const only = province === null ? null : c.provinceIndex.get(province)!;
  const out = new Set<string>();
  const add = (y: number, slot: number, province: string | null) => {
    if (viewStatus(c, e, y, slot) !== 'met') return;
    if (paperless && viewLevel(c, e.definite, y, slot) >= LAYERS - 1) return;
    out.add(`${c.source.procedures[y].code}@${province ?? ''}`);
  };
  for (let y = 0; y < c.procedureCount; y++) {
    if (c.central[y]) add(y, c.national, null);
    else for (let p = 0; p < c.national; p++) if ((only === null || only === p) && runsIn(c, y, p)) add(y, p, c.provinces[p]);
  }
  return out;
}

/**
 * The fixed evaluations for any part of a plan's changes, each part as if its reform file
 * (`planToReform` of those changes) were applied. The catalog is compiled once, with the
 * amendments of every change; a part leaves out the others' amendments and connects the
 * data sources of its own connections on the plan's date, which is what applying them does
 * on that date (a connection sets the source's date there to the plan's date, unless it
 * already works there earlier).
 */
export function partFixedKeys(catalog: Catalog, plan: PlanResult, options: { at: string; province: string | null; without: string[] }) {
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
  return (part: Change[]): Set<string> => {
    const kept = new Set(part);
    const leaveOut = amends.filter((x) => !kept.has(x)).map((x) => amendment.get(x)!);
    const connect = part.flatMap((x) =>
      x.kind === 'connect' ? [{ source: c.dataSourceIndex.get(x.data_source)!, slot: c.provinceIndex.get(x.province)! }] : [],
    );
    return compiledFixedKeys(c, { at: options.at, without, leaveOut, connect }, options.province, plan.paperless);
  };
}

/**
 * Checks a plan against the analysis itself: applies its reform file with `applyReform`,
 * re-runs `analyze` and compares what it shows (fixed evaluations, totals) with the plan's
 * promise; then re-runs the engine's evaluation with each change alone, all but one, and
 * each prefix of the order (on one catalog compiled with every change: see `partFixedKeys`),
 * against the per-change claims. Returns the mismatches (none for a sound plan).
 */
export function verifyPlan(catalog: Catalog, plan: PlanResult): PlanMismatch[] {
  const options = { at: plan.at, province: plan.province, without: plan.without };
  const baseline = analyze(catalog, options);
  const before = fixedKeys(baseline, plan.paperless);
  const labels = new Map(baseline.results.map((r) => [key(r), r]));
  const mismatches: PlanMismatch[] = [];

  const fixedWith = partFixedKeys(catalog, plan, options);
  const newlyFixed = (changes: Change[], from: Set<string> = before) => {
    const after = fixedWith(changes);
    return { after, newly: new Set([...after].filter((k) => !from.has(k))), lost: [...from].filter((k) => !after.has(k)) };
  };
  const compare = (claim: string, promised: PlanEvaluation[], shown: Set<string>, lost: string[] = []) => {
    const want = new Set(promised.map(key));
    const report = (k: string, expected: string, actual: string) => {
      const r = labels.get(k);
      const [code, province] = k.split('@');
      mismatches.push({ code: r?.code ?? code, province: r ? r.province : province || null, expected, actual, claim });
    };
    for (const k of want) if (!shown.has(k)) report(k, 'fixed', 'not fixed');
    for (const k of shown) if (!want.has(k)) report(k, 'not fixed', 'fixed');
    for (const k of lost) report(k, 'still fixed', 'no longer fixed');
  };

  if (JSON.stringify(plan.reform) !== JSON.stringify(planToReform(catalog, plan.changes, plan.at))) {
    mismatches.push({ code: 'reform', province: null, expected: 'the changes of the plan', actual: 'a reform file with other changes', claim: 'the reform file' });
  }
  // The full plan is checked as the reform file it is printed as.
  const full = analyze(applyReform(catalog, plan.reform), options);
  const after = fixedKeys(full, plan.paperless);
  compare(
    'the plan',
    plan.unblocks,
    new Set([...after].filter((k) => !before.has(k))),
    [...before].filter((k) => !after.has(k)),
  );
  const t = plan.totals;
  const totalsShown = { blocked_after: full.totals.blocked, paper_after: full.totals.paper, paperless_after: full.totals.paperless };
  for (const [name, value] of Object.entries(totalsShown)) {
    const promised = t[name as keyof typeof totalsShown];
    if (promised !== value) mismatches.push({ code: `totals.${name}`, province: null, expected: String(promised), actual: String(value), claim: 'the plan' });
  }
  for (const e of [...plan.left, ...plan.unfixable]) {
    if (after.has(key(e))) mismatches.push({ code: e.code, province: e.province, expected: 'not fixed', actual: 'fixed', claim: 'left unfixed' });
  }
  for (const c of plan.changes) {
    const solo = newlyFixed([c]);
    compare(`${c.id} alone`, c.solo, solo.newly, solo.lost);
    const rest = newlyFixed(plan.changes.filter((x) => x !== c));
    const marginal = new Set([...after].filter((k) => !rest.after.has(k)));
    compare(`${c.id} within the plan`, c.marginal, marginal);
  }
  const byId = new Map(plan.changes.map((c) => [c.id, c]));
  let prefix: Change[] = [];
  let reached = before;
  for (const step of plan.order) {
    prefix = [...prefix, byId.get(step.change)!];
    const s = newlyFixed(prefix, reached);
    compare(`step ${step.step}`, step.unblocks, s.newly, s.lost);
    if (s.after.size - before.size !== step.cumulative) {
      mismatches.push({ code: `order.${step.step}.cumulative`, province: null, expected: String(step.cumulative), actual: String(s.after.size - before.size), claim: `step ${step.step}` });
    }
    reached = s.after;
  }
  return mismatches;
}
