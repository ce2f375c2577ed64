import { CODE_ORDER } from '../dependents-graph.js';
import type { Catalog, Procedure, Provision } from '../../catalog/types.js';
import { legalIndex } from '../../graph/legal-index.js';
import { CoveringIndex } from '../../graph/covering-index.js';
import { provisionKey, resolveProvision, type ProvisionRef } from '../../graph/provision-ref.js';
import type { Model, ModelCand, ModelChange, ModelEval, ModelReq, Ref } from './model-types.js';
import { evalKey } from './model-types.js';
import { PROVINCIAL_LEVELS } from '../../catalog/levels.js';

export interface ModelOptions {
  at: string;
  /** Legal documents (ids or numbers) whose amendments are ignored. */
  without?: string[];
  /**
   * Only the evaluations in this province and of central procedures, and what they wait on
   * (absent or null: every evaluation).
   */
  province?: string | null;
}

interface InForce {
  unit: ProvisionRef | null;
  scope: string | null;
  accept: string[];
  drop: boolean;
}

/**
 * Builds the planner's model of `catalog` at `at`, following the analysis semantics of the
 * catalog format, with one variable per candidate change: amend a cited unit to accept a
 * substitute listed in `replaced_by` of a document that a requirement inside the unit asks
 * for, and connect a data source in a province where it is not connected at `at`.
 */
export function buildModel(catalog: Catalog, options: ModelOptions): Model {
  const { at } = options;
  const legal = legalIndex(catalog);
  const without = new Set((options.without ?? []).map((w) => legal.find(w)?.id ?? w));
  const documents = new Map(catalog.documents.map((d) => [d.id, d]));
  const sources = new Map(catalog.data_sources.map((s) => [s.id, s]));
  const procedures = new Map(catalog.procedures.map((p) => [p.code, p]));
  const allProvinces = catalog.provinces.map((p) => p.code);
  const kindOf = (id: string): 'document' | 'data_source' | null =>
    documents.has(id) ? 'document' : sources.has(id) ? 'data_source' : null;

  const inForce: InForce[] = [];
  for (const l of catalog.legal) {
    if (without.has(l.id)) continue;
    if (l.expires !== undefined && l.expires < at) continue;
    for (const a of l.amends ?? []) {
      const effective = a.effective ?? l.effective;
      if (effective !== undefined && effective > at) continue;
      inForce.push({
        unit: a.provision !== undefined ? resolveProvision(a.provision, legal) : null,
        scope: a.scope?.document ?? null,
        accept: a.accept ?? [],
        drop: a.drop === true,
      });
    }
  }

  // Cited units and what each could be amended to accept.
  const basisOf = (b: Provision | undefined): ProvisionRef | null =>
    b === undefined ? null : resolveProvision(b, legal);
  // accepts: substitute → its best position in the replaced_by lists it comes from.
  const units = new Map<string, { ref: ProvisionRef; accepts: Map<string, number> }>();
  for (const p of catalog.procedures) {
    for (const r of p.requires ?? []) {
      const b = basisOf(r.basis);
      if (b && b.legalIndex >= 0 && !units.has(provisionKey(b))) units.set(provisionKey(b), { ref: b, accepts: new Map() });
    }
  }
  // By key, numbers as numbers (nd-62-2015 before nd-100-2015): among equally good changes the
  // plan lists them in that order.
  const unitList = [...units.entries()].sort(([a], [b]) => CODE_ORDER.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  const unitsCovering = new CoveringIndex(unitList, ([, u]) => u.ref);
  for (const p of catalog.procedures) {
    for (const r of p.requires ?? []) {
      // Only a requirement for a document with substitutes gives its units something to accept.
      const replaced = (documents.get(r.document)?.replaced_by ?? []).filter((y) => kindOf(y) !== null);
      if (replaced.length === 0) continue;
      const b = basisOf(r.basis);
      if (!b) continue;
      for (const [, u] of unitsCovering.covering(b)) {
        replaced.forEach((y, rank) => u.accepts.set(y, Math.min(rank, u.accepts.get(y) ?? rank)));
      }
    }
  }
  // Substitutes in the order policy lists them (replaced_by), so that among equally good
  // changes the earlier-listed substitute gets the lower variable and is the one kept.
  const preferredOf = new Map(
    unitList.map(([key, u]) => [
      key,
      [...u.accepts].sort(([a, ra], [b, rb]) => ra - rb || (a < b ? -1 : a > b ? 1 : 0)).map(([y]) => y),
    ]),
  );
  // The units that could be amended to accept something, in the same order: only those give a
  // requirement a potential change.
  const acceptingCovering = new CoveringIndex(
    unitList.filter(([, u]) => u.accepts.size > 0),
    ([, u]) => u.ref,
  );

  const changes: ModelChange[] = [];
  const changeIndex = new Map<string, number>();
  const addChange = (c: ModelChange): number => {
    const known = changeIndex.get(c.id);
    if (known !== undefined) return known;
    changes.push(c);
    changeIndex.set(c.id, changes.length - 1);
    return changes.length - 1;
  };
  for (const [key, u] of unitList) {
    for (const y of preferredOf.get(key)!) {
      addChange({ kind: 'amend', id: `amend:${key.replace(/^(provision|legal):/, '')}:${y}`, unit: u.ref, accept: y, acceptKind: kindOf(y)! });
    }
  }

  const connectedAt = (id: string, province: string | null): boolean => {
    const s = sources.get(id)!;
    const override = province === null ? undefined : s.provinces?.[province];
    const since = override === undefined ? (s.available_from ?? null) : override;
    return since !== null && since <= at;
  };

  // What a requirement's candidates are does not depend on the province: work it out once.
  // The amendments in force by the document they scope, and by the unit they amend, each in
  // the order of `inForce`.
  const inForceByScope = new Map<string, number[]>();
  const byUnit: number[] = [];
  inForce.forEach((a, i) => {
    if (a.scope !== null) {
      if (!inForceByScope.has(a.scope)) inForceByScope.set(a.scope, []);
      inForceByScope.get(a.scope)!.push(i);
    } else if (a.unit !== null) byUnit.push(i);
  });
  const amendmentsCovering = new CoveringIndex(byUnit, (i) => inForce[i].unit!);
  const coveringOf = (document: string, basis: ProvisionRef | null): InForce[] => {
    const scoped = inForceByScope.get(document) ?? [];
    const units = basis === null ? [] : amendmentsCovering.covering(basis);
    return [...scoped, ...units].sort((x, y) => x - y).map((i) => inForce[i]);
  };
  type Shape = { basis: ProvisionRef | null; dropped: boolean; ids: string[]; potential: { y: string; change: number }[] };
  // Worked out when first asked for: a plan for one province reads the shapes of only the
  // procedures its evaluations wait on.
  const shapes = new Map<string, Shape[]>();
  const shapeOf = (code: string): Shape[] => {
    let shape = shapes.get(code);
    if (shape === undefined) shapes.set(code, (shape = requirementShapes(procedures.get(code)!)));
    return shape;
  };
  const requirementShapes = (p: Procedure): Shape[] =>
    (p.requires ?? []).map((r) => {
      const basis = basisOf(r.basis);
      const covering = coveringOf(r.document, basis);
      const ids: string[] = [];
      for (const id of [r.document, ...(r.accept ?? []), ...covering.flatMap((a) => a.accept)]) if (!ids.includes(id)) ids.push(id);
      const potential: { y: string; change: number }[] = [];
      for (const [key] of basis ? acceptingCovering.covering(basis) : []) {
        for (const y of preferredOf.get(key)!) {
          if (!ids.includes(y)) potential.push({ y, change: changeIndex.get(`amend:${key.replace(/^(provision|legal):/, '')}:${y}`)! });
        }
      }
      return { basis, dropped: covering.some((a) => a.drop), ids, potential };
    });

  // Evaluations: with a province, only those in scope and what they wait on, found before
  // any is built; built in the catalog's order either way.
  const known = new Set(allProvinces);
  /** Where a procedure is evaluated: its provinces, or null for a central one. */
  const runsIn = (p: Procedure): string[] | null =>
    p.level.some((l) => PROVINCIAL_LEVELS.has(l))
      ? p.provinces === undefined || p.provinces === 'all'
        ? allProvinces
        : [...new Set(p.provinces)].filter((c) => known.has(c))
      : null;
  /** The same by code, worked out once, for the procedure each code refers to. */
  const places = new Map([...procedures].map(([code, p]) => [code, runsIn(p)]));
  /**
   * The provinces (null: national) of the evaluations a reference to `code` from `province`
   * is to. Seen nationally, a provincial procedure counts as met when met in every province
   * where it runs; one that runs nowhere never does.
   */
  const referred = (code: string, province: string | null): (string | null)[] | null => {
    if (!procedures.has(code)) return null;
    const where = places.get(code)!;
    if (where === null) return [null];
    if (province !== null) return where.includes(province) ? [province] : null;
    return where.length === 0 ? null : where;
  };
  const ref = (code: string, province: string | null): Ref => {
    const where = referred(code, province);
    return where === null ? null : where.map((w) => evalIndex.get(evalKey(code, w))!);
  };
  /** The keys of the evaluations in `province` and of central procedures, and of all they wait on. */
  function waitedOn(province: string): Set<string> {
    const found = new Set<string>();
    const stack: [string, string | null][] = [];
    const add = (code: string, seenIn: string | null) => {
      for (const where of referred(code, seenIn) ?? []) {
        const key = evalKey(code, where);
        if (found.has(key)) continue;
        found.add(key);
        stack.push([code, where]);
      }
    };
    for (const p of catalog.procedures) add(p.code, runsIn(p) === null ? null : province);
    while (stack.length > 0) {
      const [code, inProvince] = stack.pop()!;
      for (const need of procedures.get(code)!.needs ?? []) add(need, inProvince);
      for (const shape of shapeOf(code)) {
        for (const id of [...shape.ids, ...shape.potential.map((x) => x.y)]) {
          const d = documents.get(id);
          if (d === undefined || d.obtained_by === undefined || (d.valid_until !== undefined && at > d.valid_until)) continue;
          for (const obtainer of d.obtained_by) add(obtainer, inProvince);
        }
      }
    }
    return found;
  }

  const wanted = options.province === undefined || options.province === null ? null : waitedOn(options.province);
  const evals: ModelEval[] = [];
  const evalIndex = new Map<string, number>();
  for (const p of catalog.procedures) {
    const where = runsIn(p);
    for (const province of where ?? [null]) {
      const key = evalKey(p.code, province);
      if (wanted !== null && !wanted.has(key)) continue;
      evalIndex.set(key, evals.length);
      evals.push({ code: p.code, province, reqs: [], needs: [] });
    }
  }

  for (const e of evals) {
    const p = procedures.get(e.code)!;
    e.needs = (p.needs ?? []).map((code) => ref(code, e.province));
    e.reqs = shapeOf(e.code).map(
      (shape, index): ModelReq => ({
        index,
        document: p.requires![index].document,
        basis: shape.basis,
        dropped: shape.dropped,
        cands: [...shape.ids.map((id) => candidate(id, -1, e.province)), ...shape.potential.map((x) => candidate(x.y, x.change, e.province))],
      }),
    );
  }

  function candidate(id: string, amend: number, province: string | null): ModelCand {
    const kind = kindOf(id);
    const base = { id, kind: kind ?? 'document', amend, connect: -1, never: null, obtain: null, paper: false } satisfies ModelCand;
    if (kind === null) return { ...base, never: 'unknown' };
    if (kind === 'data_source') {
      if (connectedAt(id, province)) return base;
      if (province === null) return { ...base, never: 'not-national' };
      return { ...base, connect: addChange({ kind: 'connect', id: `connect:${id}:${province}`, dataSource: id, province }) };
    }
    const d = documents.get(id)!;
    const paper = d.form === 'paper';
    if (d.valid_until !== undefined && at > d.valid_until) return { ...base, paper, never: 'expired' };
    const obtain = d.obtained_by === undefined ? null : d.obtained_by.map((code) => ref(code, province));
    return { ...base, paper, obtain };
  }

  return { at, evals, evalIndex, changes, changeIndex };
}
