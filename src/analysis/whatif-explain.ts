import type { Amendment, Legal } from '../catalog/types.js';
import type { Connection, Reform } from './reform/types.js';
import type { AmendmentInfo, CandidateResult, EvaluationRef, ProcedureResult, RequirementResult } from './result-types.js';
import type { DependencyChange, ReformPart, RequirementChange, RequirementState } from './whatif-types.js';
import { evaluationKey } from './diff-results.js';

function requirementState(r: RequirementResult): RequirementState {
  const s: RequirementState = { status: r.status };
  if (r.chosen !== undefined) s.chosen = r.chosen;
  if (r.dropped_by) s.dropped_by = r.dropped_by;
  return s;
}

const sameState = (a: RequirementState, b: RequirementState) =>
  a.status === b.status && a.chosen === b.chosen && Boolean(a.dropped_by) === Boolean(b.dropped_by);

/**
 * The parts of the reform that made a candidate available or dropped a requirement: the
 * amendment (when it belongs to a legal document of the reform) and the connection (when the
 * candidate is a data source connected in the province on the date a reform connection gives).
 */
export function reformPartsOf(
  reform: Reform,
  amendment: AmendmentInfo | undefined,
  candidate: CandidateResult | undefined,
  province: string | null,
): ReformPart[] {
  const parts: ReformPart[] = [];
  if (amendment) {
    const legal = (reform.legal ?? []).find((l) => l.id === amendment.legal);
    if (legal) parts.push({ kind: 'amendment', legal: legal.id, number: legal.number, index: amendmentIndex(legal, amendment) });
  }
  if (candidate?.kind === 'data_source' && candidate.reason.kind === 'connected' && candidate.reason.where === 'province') {
    const since = candidate.reason.since;
    const c = (reform.connect ?? []).find((x) => x.data_source === candidate.id && x.province === province && x.from === since);
    if (c) parts.push({ kind: 'connection', connection: c });
  }
  return parts;
}

/**
 * Which of a legal document's amendments an AmendmentInfo describes: the first that covers
 * the same unit, drops or not alike, and accepts the same candidates (several amendments may
 * cover one provision, each accepting something else); 0 when none does.
 */
function amendmentIndex(legal: Legal, info: AmendmentInfo): number {
  const i = (legal.amends ?? []).findIndex((a) => matches(a, info));
  return i < 0 ? 0 : i;
}

function matches(a: Amendment, info: AmendmentInfo): boolean {
  if (Boolean(a.drop) !== Boolean(info.drop)) return false;
  if ((a.accept ?? []).join('\u0000') !== (info.accept ?? []).join('\u0000')) return false;
  if (a.scope || info.scope) return a.scope?.document === info.scope?.document;
  const p = typeof a.provision === 'string' ? { legal: a.provision } : a.provision;
  const q = info.provision;
  if (!p || !q) return false;
  const s = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  return p.legal === q.legal && s(p.article) === s(q.article) && s(p.clause) === s(q.clause) && s(p.point) === s(q.point);
}

/**
 * Requirements whose status or chosen candidate differ between the two results of one
 * evaluation, and the parts of the reform they rest on (the chosen candidate's amendment or
 * connection, the dropping amendment, and those of every other available candidate).
 */
export function requirementChanges(
  before: ProcedureResult | undefined,
  after: ProcedureResult | undefined,
  reform: Reform,
): { changes: RequirementChange[]; parts: ReformPart[] } {
  const changes: RequirementChange[] = [];
  const parts: ReformPart[] = [];
  if (!before || !after) return { changes, parts };
  for (const a of after.requirements) {
    const b = before.requirements.find((x) => x.index === a.index && x.document === a.document);
    if (!b) continue;
    const bs = requirementState(b);
    const as = requirementState(a);
    if (sameState(bs, as)) continue;
    const via = a.chosen !== undefined ? a.candidates.find((c) => c.id === a.chosen) : undefined;
    const own = reformPartsOf(reform, a.dropped_by ?? via?.amendment, a.dropped_by ? undefined : via, after.province);
    parts.push(...own);
    // Every available candidate the reform made acceptable or connected counts as used, not only
    // the chosen one: the best path may run through a candidate that the reform's part unlocked.
    for (const c of a.candidates) {
      if (c !== via && c.status === 'met') parts.push(...reformPartsOf(reform, c.amendment, c, after.province));
    }
    const change: RequirementChange = {
      index: a.index,
      document: a.document,
      document_name: a.document_name,
      ...(a.document_name_en === undefined ? {} : { document_name_en: a.document_name_en }),
      basis: a.basis,
      before: bs,
      after: as,
      by_reform: own.length > 0,
    };
    if (via) change.via = via;
    changes.push(change);
  }
  return { changes, parts };
}

/** Every other evaluation this one waits on: what it needs, and the procedures that obtain its documents. */
function dependencyRefs(r: ProcedureResult): EvaluationRef[] {
  const refs = [...r.needs];
  for (const req of r.requirements) {
    for (const c of req.candidates) {
      if (c.reason.kind === 'obtainable') refs.push(c.reason.via);
      if (c.reason.kind === 'not-obtainable') refs.push(...c.reason.via);
    }
  }
  return refs;
}

/**
 * Procedures this evaluation needs or obtains documents through, on both sides, whose status
 * or paper flag changed. (A procedure that only one side waits on comes with a requirement
 * change, which explains it.)
 */
export function dependencyChanges(before: ProcedureResult | undefined, after: ProcedureResult | undefined): DependencyChange[] {
  const b = new Map<string, EvaluationRef>();
  const a = new Map<string, EvaluationRef>();
  for (const r of before ? dependencyRefs(before) : []) b.set(evaluationKey(r.code, r.province), r);
  for (const r of after ? dependencyRefs(after) : []) a.set(evaluationKey(r.code, r.province), r);
  const out: DependencyChange[] = [];
  for (const [key, y] of a) {
    const x = b.get(key);
    if (!x || (x.status === y.status && x.paper === y.paper)) continue;
    out.push({ code: y.code, province: y.province, before: { status: x.status, paper: x.paper }, after: { status: y.status, paper: y.paper } });
  }
  return out;
}

/** Every part of a reform: each amendment of each new legal document, and each connection. */
export function reformParts(reform: Reform): ReformPart[] {
  const parts: ReformPart[] = [];
  for (const l of reform.legal ?? []) {
    (l.amends ?? []).forEach((_, index) => parts.push({ kind: 'amendment', legal: l.id, number: l.number, index }));
  }
  for (const c of reform.connect ?? []) parts.push({ kind: 'connection', connection: c });
  return parts;
}

export function reformPartKey(p: ReformPart): string {
  return p.kind === 'amendment' ? `a:${p.legal}#${p.index}` : `c:${connectionKey(p.connection)}`;
}

function connectionKey(c: Connection): string {
  return `${c.data_source}@${c.province}@${c.from}`;
}
