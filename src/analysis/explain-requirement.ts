import { LAYERS } from './compiled-types.js';
import { connectedIn, evidenceLevel, ownSlot, viewLevel } from './evaluation-read.js';
import type { ExplainContext } from './explain-context.js';
import type { CandidateResult, LapsedAmendment, Reason, RequirementResult, Status } from './result-types.js';

/** The explanation of requirement `r` in `slot`: its basis, the candidates and why each is or is not available. */
export function explainRequirement(x: ExplainContext, r: number, slot: number): RequirementResult {
  const { c, e } = x;
  const procedure = c.source.procedures[c.requirementProcedure[r]];
  const requirement = procedure.requires![c.requirementPosition[r]];
  const d = c.requirementDocument[r];
  const doc = d >= 0 ? c.source.documents[d] : undefined;
  const result: RequirementResult = {
    index: c.requirementPosition[r],
    document: requirement.document,
    document_name: doc?.name ?? requirement.document,
    ...(doc?.name_en === undefined ? {} : { document_name_en: doc.name_en }),
    mode: requirement.mode ?? 'submit',
    basis: x.basis(r),
    status: 'blocked',
    candidates: [],
  };

  const levels: number[] = [];
  const grounded: boolean[] = [];
  const y = c.requirementProcedure[r];
  eachCandidate(x, r, (ev, id, origin, a, maybe) => {
    const { candidate, level, real } = explainCandidate(x, ev, id, origin, a, maybe, y, slot);
    result.candidates.push(candidate);
    levels.push(level);
    grounded.push(real);
  });

  if (e.droppedBy[r] >= 0) result.dropped_by = x.amendment(e.droppedBy[r]);
  const lapsed = lapsedAmendments(x, r);
  if (lapsed.length > 0) result.lapsed = lapsed;
  if (e.dropped[r] === 1) {
    result.status = 'met';
    return result;
  }
  // The least-paper candidate, the first of them whose path does not rest on the procedure
  // being explained (one always exists: see justification-ranks.ts).
  let best: CandidateResult | undefined;
  let bestLevel = LAYERS;
  let bestReal = false;
  result.candidates.forEach((candidate, i) => {
    if (better(levels[i], () => grounded[i], bestLevel, () => bestReal)) [best, bestLevel, bestReal] = [candidate, levels[i], grounded[i]];
  });
  if (best) {
    result.status = 'met';
    result.chosen = best.id;
  } else if (e.dropped[r] === 2 || result.candidates.some((k) => k.status === 'unknown')) {
    result.status = 'unknown';
  }
  return result;
}

/**
 * Whether a candidate at form layer `level` is chosen over the best so far (at `bestLevel`):
 * a lower layer wins; among equals, the first on a real path (one that does not rest on the
 * procedure explained). Whether each is on a real path (`real`, `bestReal`) is asked only
 * when it decides.
 */
function better(level: number, real: () => boolean, bestLevel: number, bestReal: () => boolean): boolean {
  if (level < bestLevel) return true;
  return level === bestLevel && bestLevel < LAYERS && !bestReal() && real();
}

/**
 * Calls `visit` for each candidate of requirement `r`, in the order its explanation lists
 * them, each id once: the required document and its own alternatives, then what the
 * amendments in force that cover it accept (`a`: the amendment, -1 for the requirement's own;
 * `maybe`: whether the amendment is only possibly in scope).
 */
function eachCandidate(
  x: ExplainContext,
  r: number,
  visit: (ev: number, id: string, origin: CandidateResult['origin'], a: number, maybe: boolean) => void,
): void {
  const { c, e } = x;
  const requirement = c.source.procedures[c.requirementProcedure[r]].requires![c.requirementPosition[r]];
  const seen = new Set<string>();
  const add = (ev: number, id: string, origin: CandidateResult['origin'], a: number, maybe: boolean) => {
    if (seen.has(id)) return;
    seen.add(id);
    visit(ev, id, origin, a, maybe);
  };
  const accept = requirement.accept ?? [];
  for (let k = c.candidates.start[r], i = -1; k < c.candidates.start[r + 1]; k++, i++) {
    add(c.candidates.items[k], i < 0 ? requirement.document : accept[i], i < 0 ? 'required' : 'accept', -1, false);
  }
  for (let k = c.covers.start[r]; k < c.covers.start[r + 1]; k++) {
    const a = c.covers.items[k];
    if (!e.inForce[a]) continue;
    const ids = c.source.legal[c.amendmentLegal[a]].amends![c.amendmentPosition[a]].accept ?? [];
    for (let m = c.amendmentAccept.start[a], i = 0; m < c.amendmentAccept.start[a + 1]; m++, i++) {
      add(c.amendmentAccept.items[m], ids[i], 'amendment', a, c.coverMaybe[k] === 1);
    }
  }
}

/**
 * The amendments that definitely cover requirement `r`, took effect, and lapsed on or before
 * the date evaluated (their amending document expired), in catalog order: those that changed
 * something (accepted a candidate or dropped the requirement), not ignored (`without`).
 * Amendments apply in every province alike, so this is the same in every slot.
 */
function lapsedAmendments(x: ExplainContext, r: number): LapsedAmendment[] {
  const { c, e } = x;
  const out: LapsedAmendment[] = [];
  // Definite coverage comes first in `covers`: a possible one is no change known to have lapsed.
  for (let k = c.covers.start[r]; k < c.covers.start[r + 1] && c.coverMaybe[k] === 0; k++) {
    const a = c.covers.items[k];
    const until = c.amendmentUntil[a];
    if (until >= e.day || c.amendmentFrom[a] > until || e.ignored[c.amendmentLegal[a]]) continue;
    if (!c.amendmentDrop[a] && c.amendmentAccept.start[a] === c.amendmentAccept.start[a + 1]) continue;
    out.push(x.lapsed(a));
  }
  return out;
}

/**
 * The candidate that requirement `r`'s explanation in `slot` gives as `chosen` (its evidence
 * `ev`, id and form layer), without building the explanation; null when it gives none
 * (dropped, or not met).
 */
export function chosenCandidate(x: ExplainContext, r: number, slot: number): { ev: number; id: string; level: number } | null {
  const { c, e } = x;
  if (e.dropped[r] === 1) return null;
  const y = c.requirementProcedure[r];
  let best: { ev: number; id: string; level: number } | null = null;
  let bestLevel = LAYERS;
  // Whether the best so far is on a real path, once asked.
  let bestReal: boolean | undefined;
  eachCandidate(x, r, (ev, id, _origin, _a, maybe) => {
    const level = maybe ? LAYERS : evidenceLevel(c, e, ev, slot, false);
    let real: boolean | undefined;
    const isReal = () => (real ??= realPath(x, ev, y, slot));
    const isBestReal = () => (bestReal ??= realPath(x, best!.ev, y, slot));
    if (better(level, isReal, bestLevel, isBestReal)) [best, bestLevel, bestReal] = [{ ev, id, level }, level, real];
  });
  return best;
}

function explainCandidate(
  x: ExplainContext,
  ev: number,
  id: string,
  origin: CandidateResult['origin'],
  a: number,
  maybe: boolean,
  y: number,
  slot: number,
): { candidate: CandidateResult; level: number; real: boolean } {
  const { c, e } = x;
  const definite = maybe ? LAYERS : evidenceLevel(c, e, ev, slot, false);
  const possible = evidenceLevel(c, e, ev, slot, true);
  const status: Status = definite < LAYERS ? 'met' : possible < LAYERS ? 'unknown' : 'blocked';
  const isSource = ev >= c.documentCount;
  const entity = ev < 0 ? undefined : isSource ? c.source.data_sources[ev - c.documentCount] : c.source.documents[ev];
  const form = ev < 0 ? null : isSource ? 'data' : c.source.documents[ev].form;
  const candidate: CandidateResult = {
    kind: isSource ? 'data_source' : 'document',
    id,
    name: entity?.name ?? id,
    ...(entity?.name_en === undefined ? {} : { name_en: entity.name_en }),
    form,
    origin,
    status,
    paper: status === 'met' ? definite === 3 : form === 'paper',
    reason: { kind: 'unresolved', reference: id },
  };
  const { reason: why, real } = reason(x, ev, id, y, slot);
  candidate.reason = why;
  if (a >= 0) candidate.amendment = x.amendment(a);
  if (maybe) candidate.coverage_unknown = true;
  return { candidate, level: definite, real };
}

/** Why evidence `ev` is or is not available, and whether that way is a real path for procedure `y` (does not rest on it). */
function reason(x: ExplainContext, ev: number, id: string, y: number, slot: number): { reason: Reason; real: boolean } {
  const why = (reason: Reason, real = true) => ({ reason, real });
  const { c, e } = x;
  if (ev < 0) return why({ kind: 'unresolved', reference: id });
  if (ev >= c.documentCount) {
    const s = ev - c.documentCount;
    const source = c.source.data_sources[s];
    const national = slot === c.national;
    const override = national ? undefined : source.provinces?.[c.provinces[slot]];
    const date = override !== undefined ? override : (source.available_from ?? null);
    const where = override !== undefined ? 'province' : 'national';
    if (connectedIn(c, e, s, slot)) return why({ kind: 'connected', since: date!, where });
    return why({ kind: 'not-connected', province: x.province(slot), since: date });
  }
  const doc = c.source.documents[ev];
  if (e.lacking[ev]) return why({ kind: 'lacking' });
  if (!e.valid[ev]) {
    const basis = x.sunset(ev);
    return why(
      basis === undefined
        ? { kind: 'expired', valid_until: doc.valid_until! }
        : { kind: 'expired', valid_until: doc.valid_until!, basis },
    );
  }
  const validUntil = doc.valid_until ?? null;
  if (!c.obtainable[ev]) return why({ kind: 'valid', valid_until: validUntil });
  const codes = doc.obtained_by ?? [];
  const refs = [];
  for (let k = c.obtainedBy.start[ev], i = 0; k < c.obtainedBy.start[ev + 1]; k++, i++) refs.push(x.ref(c.obtainedBy.items[k], slot, codes[i]));
  const { best, real } = bestObtainer(x, ev, y, slot);
  if (best >= 0) return why({ kind: 'obtainable', valid_until: validUntil, via: refs[best] }, real);
  return why({ kind: 'not-obtainable', valid_until: validUntil, via: refs });
}

/**
 * The obtaining procedure of document `ev` on the best path in `slot`, by its position among
 * the document's (-1 when none is met, even possibly): definitely met at the best form, else
 * possibly met; among equals, the first that does not rest on procedure `y`. `real`: whether
 * that path is real for `y`.
 */
function bestObtainer(x: ExplainContext, ev: number, y: number, slot: number): { best: number; real: boolean } {
  const { c, e } = x;
  let best = -1;
  let bestRank = Infinity;
  let bestReal = false;
  for (let k = c.obtainedBy.start[ev], i = 0; k < c.obtainedBy.start[ev + 1]; k++, i++) {
    const p = c.obtainedBy.items[k];
    const own = p < 0 ? slot : ownSlot(c, p, slot);
    const definite = p < 0 ? LAYERS : viewLevel(c, e, e.definite, p, own);
    const possible = p < 0 ? 0 : viewLevel(c, e, e.possible, p, own);
    const rank = definite < LAYERS ? definite : possible < LAYERS ? LAYERS + 1 : Infinity;
    if (rank === Infinity) continue;
    const real = definite === LAYERS || x.grounded(p, own, y, slot);
    if (rank < bestRank || (rank === bestRank && real && !bestReal)) [best, bestRank, bestReal] = [i, rank, real];
  }
  return { best, real: bestReal };
}

/** Whether evidence `ev` is available in `slot` on a real path for procedure `y`, as `reason` gives it. */
function realPath(x: ExplainContext, ev: number, y: number, slot: number): boolean {
  const { c, e } = x;
  if (ev < 0 || ev >= c.documentCount || e.lacking[ev] || !e.valid[ev] || !c.obtainable[ev]) return true;
  const { best, real } = bestObtainer(x, ev, y, slot);
  return best < 0 || real;
}
