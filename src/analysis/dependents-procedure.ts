import type { Procedure, Requirement } from '../catalog/types.js';
import {
  amendmentInfo,
  coveringAmendments,
  provisionInfo,
  provisionLegal,
  type AmendmentLookup,
  type DependentsIndex,
} from './dependents-index.js';
import type { Dependent, DependentStep, DependentTarget } from './dependents-types.js';
import { PROVINCIAL_LEVELS } from '../catalog/levels.js';

// What one procedure contributes to `dependents`: its direct paths to the target and its
// links to the procedures it waits on, and its entry in the result.

export type Steps = DependentStep[];


/** Whether a procedure runs only centrally: at no provincial level. */
export function centralOnly(p: Procedure): boolean {
  return !Array.isArray(p.level) || !p.level.some((l) => PROVINCIAL_LEVELS.has(l));
}

/** Where a procedure runs: null for a central-only procedure. */
export function procedureProvinces(p: Procedure): 'all' | string[] | null {
  if (centralOnly(p)) return null;
  return p.provinces === undefined || p.provinces === 'all' ? 'all' : [...p.provinces];
}

export function procNode(p: Procedure | undefined, code: string, relation?: DependentStep['relation']): DependentStep {
  return { kind: 'procedure', code, name: p?.name ?? code, ...(relation ? { relation } : {}) };
}

/** Steps are built only for the paths that are kept: most requirements lead nowhere near the target. */
type LazySteps = () => Steps;

/** Everything one requirement leads to: its candidates (with the amendment that added them) and the amendments covering it. */
function requirementBranches(ix: DependentsIndex, p: Procedure, req: Requirement, i: number, amendments: AmendmentLookup, at?: string) {
  let node: DependentStep | undefined;
  const reqNode = (): DependentStep =>
    (node ??= {
      kind: 'requirement',
      procedure: p.code,
      index: i,
      document: req.document,
      basis: req.basis === undefined ? null : provisionInfo(ix, req.basis),
      relation: 'requires',
    });
  const covering = coveringAmendments(ix, amendments, req);
  const dropped = at !== undefined && covering.some((a) => a.amendment.drop);
  const candidateNode = (id: string, relation: DependentStep['relation']): DependentStep => {
    const s = ix.dataSources.get(id);
    if (s && !ix.documents.has(id)) return { kind: 'data_source', id, name: s.name, relation };
    return { kind: 'document', id, name: ix.documents.get(id)?.name ?? id, relation };
  };
  const candidates: { id: string; prefix: LazySteps }[] = [];
  if (!dropped) {
    candidates.push({ id: req.document, prefix: () => [reqNode(), candidateNode(req.document, 'asks-for')] });
    for (const id of req.accept ?? []) candidates.push({ id, prefix: () => [reqNode(), candidateNode(id, 'accepts')] });
    for (const a of covering) {
      const aNode = (): DependentStep => ({ kind: 'amendment', amendment: amendmentInfo(ix, a), relation: 'amended-by' });
      for (const id of a.amendment.accept ?? []) candidates.push({ id, prefix: () => [reqNode(), aNode(), candidateNode(id, 'accepts')] });
    }
  }
  return { reqNode, covering, candidates };
}

/** Direct paths from `p` to the target, and links from `p` to the procedures it waits on. */
export function analyseProcedure(ix: DependentsIndex, p: Procedure, target: DependentTarget, amendments: AmendmentLookup, at?: string) {
  const direct: LazySteps[] = [];
  const links: { to: string; steps: LazySteps }[] = [];
  (p.requires ?? []).forEach((req, i) => {
    const { reqNode, covering, candidates } = requirementBranches(ix, p, req, i, amendments, at);
    if (target.kind === 'legal') {
      if (req.basis !== undefined && provisionLegal(ix, req.basis) === target.id) {
        const basis = req.basis;
        direct.push(() => [reqNode(), { kind: 'provision', provision: provisionInfo(ix, basis), relation: 'based-on' }]);
      }
      for (const a of covering) {
        if (a.legal.id === target.id) direct.push(() => [reqNode(), { kind: 'amendment', amendment: amendmentInfo(ix, a), relation: 'amended-by' }]);
      }
    }
    for (const c of candidates) {
      if ((target.kind === 'document' || target.kind === 'data_source') && c.id === target.id) direct.push(c.prefix);
      const doc = ix.documents.get(c.id);
      if (!doc) continue;
      const sunset = doc.sunset_basis;
      if (target.kind === 'legal' && sunset !== undefined && provisionLegal(ix, sunset) === target.id) {
        direct.push(() => [...c.prefix(), { kind: 'provision', provision: provisionInfo(ix, sunset), relation: 'sunset-by' }]);
      }
      for (const q of doc.obtained_by ?? []) {
        links.push({ to: q, steps: () => [...c.prefix(), procNode(ix.procedures.get(q), q, 'obtained-by')] });
      }
    }
  });
  for (const q of p.needs ?? []) links.push({ to: q, steps: () => [procNode(ix.procedures.get(q), q, 'needs')] });
  if (target.kind === 'legal') {
    for (const b of p.basis ?? []) {
      if (provisionLegal(ix, b) === target.id) direct.push(() => [{ kind: 'provision', provision: provisionInfo(ix, b), relation: 'based-on' }]);
    }
  }
  if (target.kind === 'procedure') for (const l of links) if (l.to === target.id) direct.push(l.steps);
  // The shortest direct path; the first of equal length.
  let best: Steps | undefined;
  for (const d of direct) {
    const steps = d();
    if (best === undefined || steps.length < best.length) best = steps;
  }
  return { direct: best, links };
}

/** A procedure's entry in the result of `dependents`. */
export function dependentEntry(p: Procedure, depth: number, path: Steps): Dependent {
  return { ...dependentFacts(p, depth), path };
}

/** A procedure's entry in the result of `dependents`, less its path: what counting reads. */
export function dependentFacts(p: Procedure, depth: number): Omit<Dependent, 'path'> {
  return {
    code: p.code,
    name: p.name,
    ...(p.name_en ? { name_en: p.name_en } : {}),
    level: [...p.level],
    provinces: procedureProvinces(p),
    ...(p.field ? { field: p.field } : {}),
    ...(p.ministry ? { ministry: p.ministry } : {}),
    essential: p.essential === true,
    depth,
  };
}
