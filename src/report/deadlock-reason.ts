import type { AnalysisResult, EvaluationRef, ProcedureResult } from '../analysis/result-types.js';
import { evaluationIndex } from './evaluation-index.js';
import type { Lang } from './labels.js';
import { label } from './labels.js';
import { someNames } from './some-names.js';
import { pushAll } from '../util/push-all.js';

type Deadlock = AnalysisResult['deadlocks'][number];

function groupOf(result: AnalysisResult, r: ProcedureResult): Deadlock | undefined {
  return result.deadlocks.find((d) => d.procedures.includes(r.code) && (d.province === r.province || d.province === null));
}

/** The blocked evaluations an evaluation waits on: the procedures it needs, and the issuers of its unmet documents. */
function waitsOn(r: ProcedureResult): EvaluationRef[] {
  const refs = r.needs.filter((n) => n.status === 'blocked');
  for (const q of r.requirements) {
    if (q.status !== 'blocked') continue;
    for (const c of q.candidates) if (c.reason.kind === 'not-obtainable') pushAll(refs, c.reason.via.filter((v) => v.status === 'blocked'));
  }
  return refs;
}

/**
 * The deadlock a blocked evaluation is part of, or else the nearest one it waits on,
 * found breadth-first through the procedures it needs and those that would obtain its
 * documents. A reference to a provincial procedure from a central one (province null)
 * stands for that procedure in every province.
 */
export function deadlockFor(result: AnalysisResult, r: ProcedureResult): { group: Deadlock; own: boolean } | undefined {
  const resolve = evaluationIndex(result);
  const seen = new Set<ProcedureResult>([r]);
  const queue = [r];
  for (let i = 0; i < queue.length; i++) {
    const x = queue[i];
    const group = groupOf(result, x);
    if (group) return { group, own: x === r };
    for (const next of waitsOn(x).flatMap(resolve)) {
      if (!seen.has(next) && next.status === 'blocked') {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return undefined;
}

/**
 * Why a deadlocked evaluation is blocked: "it and X wait on each other" when it is part of
 * the cycle, "it needs itself", or "it waits on X ↔ Y, which wait on each other" when it
 * only depends on one; past `NAMED_IN_LIST` procedures, the others are counted.
 */
export function deadlockReason(result: AnalysisResult, r: ProcedureResult, lang: Lang): string {
  const found = deadlockFor(result, r);
  if (!found) return label(lang, 'status.deadlock');
  const { group, own } = found;
  if (!own) {
    return group.procedures.length === 1
      ? label(lang, 'reason.deadlock-waits-self', { code: group.procedures[0] })
      : label(lang, 'reason.deadlock-waits', { codes: someNames(group.procedures, ' ↔ ', lang, (c) => c) });
  }
  const partners = group.procedures.filter((c) => c !== r.code);
  return partners.length === 0 ? label(lang, 'reason.deadlock-self') : label(lang, 'reason.deadlock', { codes: someNames(partners, ', ', lang, (c) => c) });
}
