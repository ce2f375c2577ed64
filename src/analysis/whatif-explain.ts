import type { Amendment, Form, Legal } from '../catalog/types.js';
import type { Connection, Reform } from './reform/types.js';
import type { AmendmentInfo, CandidateResult, EvaluationRef, ProcedureResult, RequirementResult } from './result-types.js';
import type { DependencyChange, ReformPart, RequirementChange, RequirementState } from './whatif-types.js';
import { evaluationKey, needsDocument } from './diff-results.js';
import { pushAll } from '../util/push-all.js';

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
  const lookup = reformLookup(reform);
  const parts: ReformPart[] = [];
  if (amendment) {
    const legal = lookup.legal.get(amendment.legal);
    if (legal) parts.push({ kind: 'amendment', legal: legal.legal.id, number: legal.legal.number, index: legal.indexOf(amendment) });
  }
  if (candidate?.kind === 'data_source' && candidate.reason.kind === 'connected' && candidate.reason.where === 'province') {
    const c = province === null ? undefined : lookup.connections.get(connectionLookupKey(candidate.id, province, candidate.reason.since));
    if (c) parts.push({ kind: 'connection', connection: c });
  }
  return parts;
}

/** A reform's legal documents by id, and its connections by data source, province and date: the first of each. */
interface ReformLookup {
  legal: Map<string, { legal: Legal; indexOf: (info: AmendmentInfo) => number }>;
  connections: Map<string, Connection>;
}

const lookups = new WeakMap<Reform, ReformLookup>();

const connectionLookupKey = (dataSource: string, province: string, from: string) => `${dataSource}\u0000${province}\u0000${from}`;

/** Made once per reform: a national what-if looks up thousands of amendments among thousands. */
function reformLookup(reform: Reform): ReformLookup {
  let lookup = lookups.get(reform);
  if (!lookup) {
    lookup = { legal: new Map(), connections: new Map() };
    for (const l of reform.legal ?? []) if (!lookup.legal.has(l.id)) lookup.legal.set(l.id, { legal: l, indexOf: amendmentFinder(l) });
    for (const c of reform.connect ?? []) {
      const key = connectionLookupKey(c.data_source, c.province, c.from);
      if (!lookup.connections.has(key)) lookup.connections.set(key, c);
    }
    lookups.set(reform, lookup);
  }
  return lookup;
}

/**
 * Which of a legal document's amendments an AmendmentInfo describes: the first that covers
 * the same unit, drops or not alike, and accepts the same candidates (several amendments may
 * cover one provision, each accepting something else); 0 when none does. As
 * `amendmentIndex`, with the amendments indexed by what they change.
 */
export function amendmentFinder(legal: Legal): (info: AmendmentInfo) => number {
  const first = new Map<string, number>();
  // Amendments without a key (a scope without a document, a provision without a legal
  // document: none in a valid reform) are tried one by one.
  const others: number[] = [];
  (legal.amends ?? []).forEach((a, i) => {
    const key = keyOf(a.drop, a.accept, a.scope, typeof a.provision === 'string' ? { legal: a.provision } : a.provision);
    if (key === undefined) others.push(i);
    else if (!first.has(key)) first.set(key, i);
  });
  return (info) => {
    const key = keyOf(info.drop, info.accept, info.scope, info.provision);
    if (key === undefined) return amendmentIndex(legal, info);
    const keyed = first.get(key) ?? Infinity;
    const other = others.find((j) => j < keyed && matches(legal.amends![j], info)) ?? Infinity;
    const i = Math.min(keyed, other);
    return i === Infinity ? 0 : i;
  };
}

const part = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/**
 * What `matches` compares, as one string: equal for an amendment and an AmendmentInfo exactly
 * when they match. Undefined for a scope without a document or a provision without a legal
 * document, which are left to `matches`.
 */
function keyOf(
  drop: boolean | undefined,
  accept: string[] | undefined,
  scope: { document?: unknown } | undefined,
  provision: { legal?: unknown; article?: unknown; clause?: unknown; point?: unknown } | undefined,
): string | undefined {
  const head = `${drop ? 1 : 0}\u0001${(accept ?? []).join('\u0000')}\u0001`;
  if (scope) return typeof scope.document === 'string' ? `${head}s\u0001${scope.document}` : undefined;
  if (!provision || typeof provision.legal !== 'string') return undefined;
  return `${head}p\u0001${provision.legal}\u0001${part(provision.article)}\u0001${part(provision.clause)}\u0001${part(provision.point)}`;
}

/**
 * Which of a legal document's amendments an AmendmentInfo describes, looked for one by one
 * (see `amendmentFinder`); 0 when none does.
 */
export function amendmentIndex(legal: Legal, info: AmendmentInfo): number {
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
  return p.legal === q.legal && part(p.article) === part(q.article) && part(p.clause) === part(q.clause) && part(p.point) === part(q.point);
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
    pushAll(parts, own);
    // Every available candidate the reform made acceptable or connected counts as used, not only
    // the chosen one: the best path may run through a candidate that the reform's part unlocked.
    for (const c of a.candidates) {
      if (c !== via && c.status === 'met') pushAll(parts, reformPartsOf(reform, c.amendment, c, after.province));
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
      if (c.reason.kind === 'not-obtainable') pushAll(refs, c.reason.via);
    }
  }
  return refs;
}

/** The best form of the evaluation a reference points to (see `refBestForm`), on one side of a what-if. */
export type RefForm = (ref: EvaluationRef) => Form | null;

/**
 * Procedures this evaluation needs or obtains documents through, on both sides, whose status
 * or paper flag changed, or which, met without paper, went to or from needing a card or
 * electronic document, with the form each is met with (`formBefore`, `formAfter`). (A
 * procedure that only one side waits on comes with a requirement change, which explains it.)
 */
export function dependencyChanges(
  before: ProcedureResult | undefined,
  after: ProcedureResult | undefined,
  formBefore: RefForm,
  formAfter: RefForm,
): DependencyChange[] {
  const b = new Map<string, EvaluationRef>();
  const a = new Map<string, EvaluationRef>();
  for (const r of before ? dependencyRefs(before) : []) b.set(evaluationKey(r.code, r.province), r);
  for (const r of after ? dependencyRefs(after) : []) a.set(evaluationKey(r.code, r.province), r);
  const out: DependencyChange[] = [];
  for (const [key, y] of a) {
    const x = b.get(key);
    if (!x) continue;
    const was = formBefore(x);
    const now = formAfter(y);
    const steady = x.status === y.status && x.paper === y.paper && (y.status !== 'met' || y.paper || needsDocument(was) === needsDocument(now));
    if (steady) continue;
    out.push({
      code: y.code,
      province: y.province,
      before: { status: x.status, paper: x.paper, best_form: was },
      after: { status: y.status, paper: y.paper, best_form: now },
    });
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
