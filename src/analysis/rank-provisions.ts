import type { AnalysisResult, EvaluationRef, ProcedureResult, ProvisionInfo } from './result-types.js';
import type { ProvisionRanking, RankedProvision } from './rank-types.js';
import { expectArgument } from '../util/expect-argument.js';

/** The key two provisions share when they are the same article/clause/point/form of one document. */
export function provisionRankKey(p: ProvisionInfo): string {
  return [p.legal, p.article ?? '', p.clause ?? '', p.point ?? '', p.form ?? ''].map(String).join('/');
}

const evalKey = (code: string, province: string | null) => `${code}@${province ?? ''}`;

/** Blocked evaluations this one waits on: procedures it needs and procedures through which it cannot obtain a document. */
function blockedRefs(r: ProcedureResult): EvaluationRef[] {
  const refs: EvaluationRef[] = r.needs.filter((n) => n.status === 'blocked');
  for (const req of r.requirements) {
    if (req.status !== 'blocked') continue;
    for (const c of req.candidates) {
      if (c.reason.kind === 'not-obtainable') refs.push(...c.reason.via.filter((v) => v.status === 'blocked'));
    }
  }
  return refs;
}

/**
 * Ranks provisions by the procedure evaluations they block, from an analysis result alone.
 * A provision blocks an evaluation directly when it is the basis of one of its unmet
 * requirements, and transitively when the evaluation is blocked because a procedure it needs,
 * or must complete to obtain a document, is blocked by that provision (at any depth; cycles
 * are followed to a fixpoint).
 */
export function rankProvisions(result: AnalysisResult): ProvisionRanking {
  expectArgument(result, 'AnalysisResult', 'rankProvisions');
  const blocked = result.results.filter((r) => r.status === 'blocked');
  const info = new Map<string, ProvisionInfo>();
  const direct = new Map<string, Set<string>>();
  const blame = new Map<string, Set<string>>();
  const dependentsOf = new Map<string, string[]>();
  for (const r of blocked) {
    const k = evalKey(r.code, r.province);
    const own = new Set<string>();
    for (const req of r.requirements) {
      if (req.status === 'blocked' && req.basis) {
        const pk = provisionRankKey(req.basis);
        if (!info.has(pk)) info.set(pk, req.basis);
        own.add(pk);
      }
    }
    direct.set(k, own);
    blame.set(k, new Set(own));
    for (const ref of blockedRefs(r)) {
      const rk = evalKey(ref.code, ref.province);
      const list = dependentsOf.get(rk) ?? [];
      list.push(k);
      dependentsOf.set(rk, list);
    }
  }
  // Propagate blame from each blocked evaluation to those waiting on it, until nothing changes.
  const queue = [...blame.keys()];
  while (queue.length > 0) {
    const k = queue.pop()!;
    const from = blame.get(k)!;
    for (const d of dependentsOf.get(k) ?? []) {
      const to = blame.get(d)!;
      let grew = false;
      for (const p of from) {
        if (!to.has(p)) {
          to.add(p);
          grew = true;
        }
      }
      if (grew) queue.push(d);
    }
  }
  const byProvision = new Map<string, RankedProvision>();
  let unattributed = 0;
  for (const r of blocked) {
    const k = evalKey(r.code, r.province);
    const set = blame.get(k)!;
    if (set.size === 0) unattributed++;
    for (const pk of set) {
      let entry = byProvision.get(pk);
      if (!entry) {
        entry = { key: pk, provision: info.get(pk)!, direct: 0, transitive: 0, total: 0, procedures: 0, evaluations: [] };
        byProvision.set(pk, entry);
      }
      const isDirect = direct.get(k)!.has(pk);
      if (isDirect) entry.direct++;
      else entry.transitive++;
      entry.total++;
      entry.evaluations.push({ code: r.code, province: r.province, direct: isDirect });
    }
  }
  const provisions = [...byProvision.values()];
  for (const p of provisions) p.procedures = new Set(p.evaluations.map((e) => e.code)).size;
  provisions.sort(
    (a, b) => b.total - a.total || b.direct - a.direct || a.provision.label.localeCompare(b.provision.label) || a.key.localeCompare(b.key),
  );
  return {
    version: 1,
    catalog: result.catalog,
    at: result.at,
    province: result.province,
    without: result.without,
    blocked: blocked.length,
    unattributed,
    provisions,
  };
}
