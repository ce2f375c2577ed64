import type { AnalysisResult, ProcedureResult } from '../result-types.js';
import { CODE_ORDER } from '../dependents-graph.js';
import { expectArgument, expectRecord } from '../../util/expect-argument.js';

/** What an evaluation found: blocked, unknown (it rests on a missing reference), or met but still needing paper. */
export type FindingKind = 'blocked' | 'unknown' | 'paper';

/** One finding of an analysis: a procedure, the province it was evaluated in (null: central), and what was found. */
export interface BaselineFinding {
  code: string;
  province: string | null;
  finding: FindingKind;
}

/** A baseline file's data (schemas/baseline.schema.json): the findings known and accepted for now. */
export interface Baseline {
  version: 1;
  findings: BaselineFinding[];
}

/** An analysis set against a baseline. */
export interface BaselineComparison {
  /** The analysis's findings the baseline does not list, in the result's order. */
  new: BaselineFinding[];
  /** The analysis's findings the baseline lists. */
  known: BaselineFinding[];
  /**
   * The baseline's entries that the analysis evaluated and did not find (or found as
   * something else), and those of procedures it has no more: fixed, or changed.
   */
  stale: BaselineFinding[];
  /** How many of the baseline's entries are of provinces the analysis did not look at (it was of another province). */
  outOfScope: number;
}

/** What an evaluation found, or null when it is met with no paper. */
export function findingOf(r: Pick<ProcedureResult, 'status' | 'paper'>): FindingKind | null {
  expectRecord(r, 'findingOf', 'an evaluation, one of the results of analyze');
  if (r.status === 'blocked') return 'blocked';
  if (r.status === 'unknown') return 'unknown';
  return r.paper ? 'paper' : null;
}

/** A finding as one string, for sets: the code, the province and the kind. */
export function findingKey(f: BaselineFinding): string {
  return `${f.code}\u0000${f.province ?? ''}\u0000${f.finding}`;
}

/** Whether a finding is of the kinds `--fail-on` counts: blocked and unknown for 'blocked', paper too for 'paper'. */
export function failsOn(mode: 'blocked' | 'paper', finding: FindingKind): boolean {
  return finding !== 'paper' || mode === 'paper';
}

/**
 * The findings of an analysis as a baseline: every evaluation that is blocked, unknown, or
 * met but still needing paper, in the order of the procedure codes ("1.2" before "1.10"),
 * then of the result's provinces.
 * Given `known`, only the findings it lists are kept: its stale entries are dropped and no
 * new finding is added.
 */
export function baselineOf(result: AnalysisResult, known?: Baseline): Baseline {
  expectArgument(result, 'AnalysisResult', 'baselineOf');
  if (known !== undefined) expectArgument(known, 'Baseline', 'baselineOf');
  const listed = known ? new Set(known.findings.map(findingKey)) : undefined;
  const findings: BaselineFinding[] = [];
  for (const r of result.results) {
    const finding = findingOf(r);
    if (finding === null) continue;
    const f: BaselineFinding = { code: r.code, province: r.province, finding };
    if (!listed || listed.has(findingKey(f))) findings.push(f);
  }
  // By code, then in the result's order of provinces (a stable sort): a file that reads well in a diff.
  findings.sort((a, b) => CODE_ORDER.compare(a.code, b.code));
  return { version: 1, findings };
}

/**
 * Sets an analysis against a baseline: which findings are new, which are known, and which of
 * the baseline's entries are stale. An entry is looked for only where the analysis looked:
 * nationally everywhere; for one province, in it and among the central procedures (the
 * others are counted in `outOfScope`). An entry found with another finding (paper where it
 * was blocked) is stale, and the finding new.
 */
export function compareWithBaseline(result: AnalysisResult, baseline: Baseline): BaselineComparison {
  expectArgument(result, 'AnalysisResult', 'compareWithBaseline');
  expectArgument(baseline, 'Baseline', 'compareWithBaseline');
  const listed = new Set(baseline.findings.map(findingKey));
  const found = new Set<string>();
  const comparison: BaselineComparison = { new: [], known: [], stale: [], outOfScope: 0 };
  for (const r of result.results) {
    const finding = findingOf(r);
    if (finding === null) continue;
    const f: BaselineFinding = { code: r.code, province: r.province, finding };
    const k = findingKey(f);
    found.add(k);
    (listed.has(k) ? comparison.known : comparison.new).push(f);
  }
  const seen = new Set<string>();
  for (const f of baseline.findings) {
    const k = findingKey(f);
    if (seen.has(k) || found.has(k)) continue;
    seen.add(k);
    if (result.province !== null && f.province !== null && f.province !== result.province) comparison.outOfScope++;
    else comparison.stale.push({ code: f.code, province: f.province, finding: f.finding });
  }
  return comparison;
}
