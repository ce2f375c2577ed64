import type { Form } from '../catalog/types.js';
import type { AnalysisResult, ProcedureResult, Status } from './result-types.js';
import { expectArgument, expectList, expectRecord, shownValue, WrongArgumentError } from '../util/expect-argument.js';

/** What happened to one evaluation (procedure × province) between two analysis results. */
export type ChangeKind =
  /** Blocked before, met after. */
  | 'newly-met'
  /** Met before, blocked after. */
  | 'newly-blocked'
  /** Blocked in both. */
  | 'still-blocked'
  /** Met in both; the best path needs paper after but not before. */
  | 'newly-paper'
  /** Met in both; the best path needed paper before but not after. */
  | 'no-longer-paper'
  /**
   * Met in both without paper; the best path needs a card or electronic document (no data
   * lookup) after, but not before.
   */
  | 'newly-document'
  /** Met in both without paper; the best path needed a card or electronic document before, and a data lookup (or nothing) after. */
  | 'no-longer-document'
  /** Same status and paper flag, and, met without paper, a card or electronic document needed in both or in neither. */
  | 'unchanged'
  /** Known before (met or blocked), unknown after (lenient mode only). */
  | 'newly-unknown'
  /** Unknown before, known after (lenient mode only). */
  | 'no-longer-unknown'
  /** Unknown in both (lenient mode only). */
  | 'still-unknown'
  /** Evaluated only after (a procedure or province added). */
  | 'added'
  /** Evaluated only before. */
  | 'removed';

export const CHANGE_KINDS: readonly ChangeKind[] = [
  'newly-met',
  'newly-blocked',
  'still-blocked',
  'newly-paper',
  'no-longer-paper',
  'newly-document',
  'no-longer-document',
  'unchanged',
  'newly-unknown',
  'no-longer-unknown',
  'still-unknown',
  'added',
  'removed',
];

/** The part of an evaluation a comparison looks at. */
export interface EvaluationState {
  status: Status;
  paper: boolean;
  best_form: Form | null;
  deadlock: boolean;
}

/** One evaluation compared between a result before and a result after. */
export interface EvaluationDelta {
  code: string;
  name: string;
  /** The procedure's English name, when the catalog gives one. */
  name_en?: string;
  province: string | null;
  change: ChangeKind;
  before: EvaluationState | null;
  after: EvaluationState | null;
}

/** The key of an evaluation: procedure code and province (`-` for a central procedure). */
export function evaluationKey(code: string, province: string | null): string {
  return `${code}\u0000${province ?? '-'}`;
}

/** The state of one evaluation, for comparisons. */
export function evaluationState(r: ProcedureResult): EvaluationState {
  return { status: r.status, paper: r.paper, best_form: r.best_form, deadlock: r.deadlock };
}

/** Classifies what happened to one evaluation between `before` and `after`. */
export function classifyChange(before: EvaluationState | null, after: EvaluationState | null): ChangeKind {
  if (before === null && after === null) throw new WrongArgumentError('WRONG_ARGUMENT', 'classifyChange needs at least one state: null stands for an evaluation one side lacks.', 'object');
  for (const state of [before, after]) if (state !== null) expectRecord(state, 'classifyChange', 'the state of an evaluation on each side, or null');
  if (before === null) return 'added';
  if (after === null) return 'removed';
  const b = before.status;
  const a = after.status;
  if (b === 'unknown' && a === 'unknown') return 'still-unknown';
  if (a === 'unknown') return 'newly-unknown';
  if (b === 'unknown') return 'no-longer-unknown';
  if (b === 'blocked' && a === 'blocked') return 'still-blocked';
  if (b === 'blocked') return 'newly-met';
  if (a === 'blocked') return 'newly-blocked';
  if (before.paper !== after.paper) return after.paper ? 'newly-paper' : 'no-longer-paper';
  if (after.paper) return 'unchanged';
  const was = needsDocument(before.best_form);
  const now = needsDocument(after.best_form);
  if (was === now) return 'unchanged';
  return now ? 'newly-document' : 'no-longer-document';
}

/** Whether a met evaluation's best path needs the applicant to bring a card or electronic document: no data lookup covers it. */
export function needsDocument(form: Form | null): boolean {
  return form === 'card' || form === 'electronic';
}

/**
 * Every evaluation of `before` and `after` compared, in the order of `before` followed by
 * the evaluations only `after` has. Pairs are matched by procedure code and province.
 */
export function diffResults(before: AnalysisResult, after: AnalysisResult): EvaluationDelta[] {
  expectArgument(before, 'AnalysisResult', 'diffResults');
  expectArgument(after, 'AnalysisResult', 'diffResults');
  const afterByKey = new Map<string, ProcedureResult>();
  for (const r of after.results) afterByKey.set(evaluationKey(r.code, r.province), r);
  const seen = new Set<string>();
  const out: EvaluationDelta[] = [];
  for (const b of before.results) {
    const key = evaluationKey(b.code, b.province);
    seen.add(key);
    const a = afterByKey.get(key);
    const bs = evaluationState(b);
    const as = a ? evaluationState(a) : null;
    out.push({ code: b.code, name: (a ?? b).name, ...nameEn(a ?? b), province: b.province, change: classifyChange(bs, as), before: bs, after: as });
  }
  for (const a of after.results) {
    if (seen.has(evaluationKey(a.code, a.province))) continue;
    out.push({ code: a.code, name: a.name, ...nameEn(a), province: a.province, change: 'added', before: null, after: evaluationState(a) });
  }
  return out;
}

const nameEn = (r: ProcedureResult): { name_en?: string } => (r.name_en === undefined ? {} : { name_en: r.name_en });

/** How many evaluations fall in each kind of change (every kind present, zero when none). */
export function countChanges(deltas: readonly EvaluationDelta[]): Record<ChangeKind, number> {
  expectList(deltas, 'countChanges', 'the changes diffResults gives');
  const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const d of deltas) {
    const change: unknown = d !== null && typeof d === 'object' ? d.change : undefined;
    if (typeof change !== 'string' || !Object.hasOwn(counts, change)) {
      const found = d === null || typeof d !== 'object' ? `one is ${shownValue(d).slice(0, 60)}` : change === undefined ? 'one has none' : `one has ${shownValue(change).slice(0, 60)}`;
      throw new WrongArgumentError('WRONG_ARGUMENT', `countChanges takes the changes diffResults gives, each with its change (${CHANGE_KINDS.join(', ')}), but ${found}.`, 'list');
    }
    counts[change as ChangeKind] += 1;
  }
  return counts;
}
