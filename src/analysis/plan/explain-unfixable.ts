import type { Catalog } from '../../catalog/types.js';
import type { LegalIndex } from '../../graph/legal-index.js';
import { provisionInfo } from '../provision-info.js';
import type { ModelState } from './evaluate-model.js';
import type { Model, ModelCand, Ref } from './model-types.js';
import type { PlanEvaluation, UnfixableReason } from './plan-types.js';
import { pushAll } from '../../util/push-all.js';

type Why = NonNullable<UnfixableReason['candidates']>[number]['why'];

/**
 * Why evaluation `e` stays unfixed even with every candidate change made (`all` is the model
 * evaluated with all of them): per requirement that still fails, how each candidate fails;
 * per needed procedure that stays blocked, which; and needs-cycles.
 */
export function explainUnfixable(
  model: Model,
  e: number,
  all: ModelState,
  paperless: boolean,
  catalog: Catalog,
  legal: LegalIndex,
): UnfixableReason[] {
  const ev = model.evals[e];
  const holds = paperless ? all.paperless : all.met;
  const refOk = (r: Ref) => r !== null && r.every((i) => holds[i] === 1);
  const refEvals = (r: Ref): PlanEvaluation[] => (r ?? []).filter((i) => holds[i] !== 1).map((i) => ({ code: model.evals[i].code, province: model.evals[i].province }));
  const reasons: UnfixableReason[] = [];

  if (onNeedsCycle(model, e)) {
    reasons.push({ kind: 'deadlock', message: `${ev.code} waits on itself through the procedures it needs; no change of a requirement can break the cycle.` });
  }
  for (const r of ev.reqs) {
    if (r.dropped) continue;
    const why = (c: ModelCand): Why | null => {
      if (c.never === 'expired') return 'expired';
      if (c.never === 'not-national') return 'not-national';
      if (c.never !== null) return 'unknown';
      if (paperless && c.paper) return 'paper';
      if (c.obtain !== null && !c.obtain.some(refOk)) return 'obtain-blocked';
      return null;
    };
    const fails = r.cands.map((c) => ({ c, why: why(c) }));
    if (fails.some((f) => f.why === null)) continue;
    const basis = r.basis ? provisionInfo(r.basis, legal).label : null;
    const requirement = { index: r.index, document: r.document, basis };
    const candidates = fails.map((f) => ({ id: f.c.id, why: f.why! }));
    const replaced = catalog.documents.find((d) => d.id === r.document)?.replaced_by ?? [];
    const where = `requirement ${r.index + 1} (${r.document}${basis ? `, ${basis}` : ''})`;
    if (r.basis === null && replaced.length > 0 && !r.cands.some((c) => c.amend >= 0)) {
      reasons.push({ kind: 'no-basis', requirement, candidates, message: `The ${where} cites no provision, so no amendment can make it accept ${replaced.join(', ')}.` });
    } else if (fails.some((f) => f.why === 'obtain-blocked')) {
      const obtained = fails.filter((f) => f.why === 'obtain-blocked').map((f) => ({ id: f.c.id, procedures: (f.c.obtain ?? []).flatMap(refEvals) }));
      const procedures = obtained.flatMap((o) => o.procedures);
      // The documents no procedure offered here issues: no issuer of theirs can be named.
      const unissued = obtained.filter((o) => o.procedures.length === 0).map((o) => o.id);
      const message = obtainBlockedMessage(where, candidates, unissued, paperless);
      reasons.push({ kind: 'obtain-blocked', requirement, candidates, procedures, ...(unissued.length > 0 ? { unissued } : {}), message });
    } else if (fails.some((f) => f.why === 'not-national')) {
      reasons.push({ kind: 'not-national', requirement, candidates, message: `The ${where} could only be met by a lookup that is not available nationally; connecting a province does not serve a central procedure.` });
    } else {
      const detail = paperless ? 'no substitute that is not paper' : 'no substitute that is still valid';
      reasons.push({ kind: 'no-substitute', requirement, candidates, message: `The ${where} has ${detail} (replaced_by: ${replaced.length ? replaced.join(', ') : 'none'}).` });
    }
  }
  for (const n of ev.needs) {
    if (refOk(n)) continue;
    const procedures = refEvals(n);
    reasons.push({
      kind: 'needs-blocked',
      procedures,
      message: n === null ? `${ev.code} needs a procedure that does not run here.` : `${ev.code} needs ${[...new Set(procedures.map((p) => p.code))].join(', ')}, which stays ${paperless ? 'unfixed' : 'blocked'}.`,
    });
  }
  return reasons;
}

/** What a candidate that cannot be used for a reason other than its issuers is, in the message: one id, several. */
const UNUSABLE: Record<Exclude<Why, 'obtain-blocked'>, [string, string]> = {
  expired: ['is no longer valid', 'are no longer valid'],
  paper: ['is a paper document', 'are paper documents'],
  'not-national': ['is not available nationally', 'are not available nationally'],
  unknown: ['is not in the catalog', 'are not in the catalog'],
};

/**
 * The message of an obtain-blocked reason: every way goes through obtaining a document from
 * a procedure that stays blocked or that no procedure offered here issues (`unissued`), and
 * it says which documents are which when there are both. When some candidates fail otherwise
 * (expired, paper, …), it says which too. With `paperless`, what is out of reach is meeting it
 * without paper, and an issuer may be met with paper: it "stays unfixed".
 */
function obtainBlockedMessage(where: string, candidates: { id: string; why: Why }[], unissued: string[], paperless: boolean): string {
  const obtained = candidates.filter((c) => c.why === 'obtain-blocked').map((c) => c.id);
  const issued = obtained.filter((id) => !unissued.includes(id));
  const stays = `stays ${paperless ? 'unfixed' : 'blocked'}`;
  const without = paperless ? ' without paper' : '';
  if (obtained.length === candidates.length && (issued.length === 0 || unissued.length === 0)) {
    if (unissued.length > 0) return `Every way to meet the ${where} goes through obtaining a document that no procedure offered here issues.`;
    return `Every way to meet the ${where}${without} goes through obtaining a document from a procedure that ${stays}.`;
  }
  const unusable = (Object.keys(UNUSABLE) as (keyof typeof UNUSABLE)[]).flatMap((why) => {
    const ids = candidates.filter((c) => c.why === why).map((c) => c.id);
    return ids.length === 0 ? [] : [`${ids.join(', ')} ${UNUSABLE[why][ids.length === 1 ? 0 : 1]}`];
  });
  const parts = [
    ...unusable,
    ...(unissued.length > 0 ? [`no procedure offered here issues ${unissued.join(', ')}`] : []),
    ...(issued.length > 0 ? [`${issued.join(', ')} can only be obtained from a procedure that ${stays}`] : []),
  ];
  const list = `${parts.slice(0, -1).join(', ')}, and ${parts[parts.length - 1]}`;
  if (obtained.length === candidates.length) return `Every way to meet the ${where}${without} goes through obtaining a document: ${list}.`;
  return `The ${where} cannot be met${without}: ${list}.`;
}

function onNeedsCycle(model: Model, start: number): boolean {
  const seen = new Set<number>();
  const stack = model.evals[start].needs.flatMap((r) => r ?? []);
  while (stack.length) {
    const i = stack.pop()!;
    if (i === start) return true;
    if (seen.has(i)) continue;
    seen.add(i);
    for (const r of model.evals[i].needs) if (r) pushAll(stack, r);
  }
  return false;
}
