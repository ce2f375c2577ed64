import { FORMS, LAYERS, type CompiledCatalog } from './compiled-types.js';
import { classifyChange, needsDocument, type EvaluationDelta, type EvaluationState } from './diff-results.js';
import { deadlocked, eachEvaluation, metLevel, slotProvince, viewStatus } from './evaluation-read.js';
import type { Evaluation } from './evaluation-types.js';
import { changedProcedures } from './views.js';
import type { Status } from './result-types.js';

/**
 * The evaluations whose state changed from `before` to `after`, two evaluations of one
 * compiled catalog over the same procedures (in slot `only` and centrally, or everywhere when
 * null): what `diffResults` gives for their analyses, in its order, less the kinds that are
 * no change (unchanged, still blocked, still unknown). It reads the views, so no list of
 * results is built: at national scale that list is 224,000 results, and a timeline compares
 * hundreds of dates. A procedure whose views are the same in both is passed over without
 * reading its evaluations: its state in each of them is read from those views alone.
 */
export function changedEvaluations(c: CompiledCatalog, before: Evaluation, after: Evaluation, only: number | null): EvaluationDelta[] {
  const out: EvaluationDelta[] = [];
  const visit = (y: number, slot: number) => {
    const was = viewStatus(c, before, y, slot);
    const now = viewStatus(c, after, y, slot);
    if (was === now && now !== 'met') return;
    const wasLevel = metLevel(c, before, y, slot, was);
    const nowLevel = metLevel(c, after, y, slot, now);
    if (was === now && (wasLevel === 3) === (nowLevel === 3) && (wasLevel === 3 || needsDocument(FORMS[wasLevel]) === needsDocument(FORMS[nowLevel]))) return;
    const b = stateOf(c, before, y, slot, was, wasLevel);
    const a = stateOf(c, after, y, slot, now, nowLevel);
    const p = c.source.procedures[y];
    out.push({
      code: p.code,
      name: p.name,
      ...(p.name_en === undefined ? {} : { name_en: p.name_en }),
      province: slotProvince(c, slot),
      change: classifyChange(b, a),
      before: b,
      after: a,
    });
  };
  // Same definite and possible views, same status and form. The greatest views tell only
  // whether a blocked evaluation is deadlocked, which shows only when its status changes.
  const differing = changedProcedures(c, before, after).sort((x, y) => x - y);
  eachEvaluation(c, only, visit, differing);
  return out;
}

function stateOf(c: CompiledCatalog, e: Evaluation, y: number, slot: number, status: Status, level: number): EvaluationState {
  return { status, paper: level === 3, best_form: level < LAYERS ? FORMS[level] : null, deadlock: deadlocked(c, e, y, slot, status) };
}
