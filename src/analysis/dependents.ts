import type { Catalog, Procedure, Requirement } from '../catalog/types.js';
import { didYouMean } from '../text/suggest.js';
import { isIsoDate } from './day.js';
import {
  amendmentInForce,
  amendmentLookup,
  amendmentInfo,
  buildDependentsIndex,
  coveringAmendments,
  provisionInfo,
  provisionLegal,
  type AmendmentLookup,
  type DependentsIndex,
} from './dependents-index.js';
import { resolveDependencyTarget } from './dependents-target.js';
import type {
  Dependent,
  DependentStep,
  DependentTarget,
  DependentsOptions,
  DependentsResult,
} from './dependents-types.js';

/** Thrown for a malformed `at` date or a province the catalog does not define. */
export class DependentsOptionError extends Error {
  override name = 'DependentsOptionError';
}

type Steps = DependentStep[];
interface Link {
  from: string;
  steps: () => Steps;
}

const PROVINCIAL = new Set(['tinh', 'huyen', 'xa']);
/** Procedure codes in natural order (1.2 before 1.10); one collator, not one per comparison. */
const CODE_ORDER = new Intl.Collator('en', { numeric: true });

/** Where a procedure runs: null for a central-only procedure. */
export function procedureProvinces(p: Procedure): 'all' | string[] | null {
  if (!p.level.some((l) => PROVINCIAL.has(l))) return null;
  return p.provinces === undefined || p.provinces === 'all' ? 'all' : [...p.provinces];
}

function procNode(p: Procedure | undefined, code: string, relation?: DependentStep['relation']): DependentStep {
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
function analyseProcedure(ix: DependentsIndex, p: Procedure, target: DependentTarget, amendments: AmendmentLookup, at?: string) {
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

/**
 * Every procedure that depends on a document, data source, legal document (id or number) or
 * procedure, directly or transitively through `needs` and through asking for a document that
 * is `obtained_by` a dependent procedure, each with one shortest path (see docs/semantics.md,
 * "What depends on what"). Cycles terminate: each procedure is reached once.
 * Throws UnknownDependencyTargetError (with suggestions) for an id the catalog lacks.
 */
export function dependents(catalog: Catalog, id: string, options: DependentsOptions = {}): DependentsResult {
  const ix = buildDependentsIndex(catalog);
  checkOptions(catalog, options);
  const target = resolveDependencyTarget(ix, id, options.kind);
  const without = [...new Set((options.without ?? []).map((w) => ix.legal.find(w)?.id ?? w))];
  const amendments = amendmentLookup(ix.amendments.filter((a) => !without.includes(a.legal.id) && amendmentInForce(a, options.at)));
  const found = new Map<string, { depth: number; path: Steps }>();
  const waitingOn = new Map<string, Link[]>();
  const queue: string[] = [];
  for (const p of catalog.procedures) {
    const { direct, links } = analyseProcedure(ix, p, target, amendments, options.at);
    for (const l of links) {
      const list = waitingOn.get(l.to) ?? [];
      list.push({ from: p.code, steps: l.steps });
      waitingOn.set(l.to, list);
    }
    if (direct && !(target.kind === 'procedure' && p.code === target.id)) {
      found.set(p.code, { depth: 0, path: [procNode(p, p.code), ...direct] });
      queue.push(p.code);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const q = queue[head];
    const via = found.get(q)!;
    for (const link of waitingOn.get(q) ?? []) {
      if (found.has(link.from) || (target.kind === 'procedure' && link.from === target.id)) continue;
      const from = ix.procedures.get(link.from)!;
      found.set(link.from, { depth: via.depth + 1, path: [procNode(from, from.code), ...link.steps(), ...via.path.slice(1)] });
      queue.push(link.from);
    }
  }
  const list: Dependent[] = [];
  for (const [code, { depth, path }] of found) {
    const p = ix.procedures.get(code)!;
    const provinces = procedureProvinces(p);
    if (options.province !== undefined && provinces !== null && provinces !== 'all' && !provinces.includes(options.province)) continue;
    list.push({
      code,
      name: p.name,
      ...(p.name_en ? { name_en: p.name_en } : {}),
      level: [...p.level],
      provinces,
      ...(p.field ? { field: p.field } : {}),
      ...(p.ministry ? { ministry: p.ministry } : {}),
      essential: p.essential === true,
      depth,
      path,
    });
  }
  list.sort((a, b) => a.depth - b.depth || CODE_ORDER.compare(a.code, b.code));
  return { version: 1, target, at: options.at ?? null, province: options.province ?? null, without, dependents: list };
}

function checkOptions(catalog: Catalog, options: DependentsOptions): void {
  if (options.at !== undefined && !isIsoDate(options.at)) {
    throw new DependentsOptionError(`'${options.at}' is not a calendar date in the form YYYY-MM-DD.`);
  }
  if (options.province !== undefined && !catalog.provinces.some((p) => p.code === options.province)) {
    const codes = catalog.provinces.map((p) => p.code);
    const hint = didYouMean(options.province, codes);
    throw new DependentsOptionError(`'${options.province}' is not a province of the catalog.${hint ? ` ${hint}` : ''}`);
  }
}
