import type { AnalysisResult, EvaluationRef, ProcedureResult, ProvisionInfo } from './result-types.js';
import type { ProvisionRanking, RankedProvision, RankOptions } from './rank-types.js';
import { expectArgument, expectOptions, expectRecord, shownValue, WrongArgumentError } from '../util/expect-argument.js';
import { pushAll } from '../util/push-all.js';

/** Provisions that block as much, by label, its numbers as numbers: Điều 3 before Điều 11, Nghị định 99/2015 before 100/2015. */
const LABEL_ORDER = new Intl.Collator('vi', { numeric: true });

/** The key two provisions share when they are the same article/clause/point/form of one document. */
export function provisionRankKey(p: ProvisionInfo): string {
  expectRecord(p, 'provisionRankKey', 'a provision, as a result gives it');
  return [p.legal, p.article ?? '', p.clause ?? '', p.point ?? '', p.form ?? ''].map(String).join('/');
}

const evalKey = (code: string, province: string | null) => `${code}@${province ?? ''}`;

/** Blocked evaluations this one waits on: procedures it needs and procedures through which it cannot obtain a document. */
function blockedRefs(r: ProcedureResult): EvaluationRef[] {
  const refs: EvaluationRef[] = r.needs.filter((n) => n.status === 'blocked');
  for (const req of r.requirements) {
    if (req.status !== 'blocked') continue;
    for (const c of req.candidates) {
      if (c.reason.kind === 'not-obtainable') pushAll(refs, c.reason.via.filter((v) => v.status === 'blocked'));
    }
  }
  return refs;
}

/**
 * Ranks provisions by the procedure evaluations they block, from an analysis result alone.
 * A provision blocks an evaluation directly when it is the basis of one of its unmet
 * requirements, and transitively when the evaluation is blocked because a procedure it needs,
 * or must complete to obtain a document, is blocked by that provision (at any depth; cycles
 * are followed to a fixpoint). A result analysed for one province holds no evaluation in the
 * others, where a central procedure may wait on a provincial one: to rank one province, give
 * the result for every province and `{ province }`. Throws `WrongArgumentError` for a
 * `province` other than the result's own when the result is of one province.
 */
export function rankProvisions(result: AnalysisResult, options: RankOptions = {}): ProvisionRanking {
  expectArgument(result, 'AnalysisResult', 'rankProvisions');
  const only = rankedProvince(result, options);
  const blocked = result.results.filter((r) => r.status === 'blocked');
  // A provincial procedure read from a central evaluation ('every-province') is blocked when it
  // is blocked in any province where it runs: the wait is on each of those evaluations.
  const provincial = new Map<string, string[]>();
  for (const r of blocked) {
    if (r.province === null) continue;
    const list = provincial.get(r.code) ?? [];
    list.push(evalKey(r.code, r.province));
    provincial.set(r.code, list);
  }
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
      const waited = ref.context === 'every-province' ? (provincial.get(ref.code) ?? []) : [evalKey(ref.code, ref.province)];
      for (const rk of waited) {
        const list = dependentsOf.get(rk) ?? [];
        list.push(k);
        dependentsOf.set(rk, list);
      }
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
  const ranked = only === null ? blocked : blocked.filter((r) => r.province === null || r.province === only);
  const byProvision = new Map<string, RankedProvision>();
  let unattributed = 0;
  for (const r of ranked) {
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
    (a, b) => b.total - a.total || b.direct - a.direct || LABEL_ORDER.compare(a.provision.label, b.provision.label) || a.key.localeCompare(b.key),
  );
  return {
    version: 1,
    catalog: result.catalog,
    at: result.at,
    province: only,
    without: result.without,
    blocked: ranked.length,
    unattributed,
    provisions,
  };
}

/** The province whose evaluations are ranked (null: every one): the option's, else the result's. */
function rankedProvince(result: AnalysisResult, options: RankOptions): string | null {
  expectOptions(options, 'rankProvisions', '{ province: "GL" }');
  const province = options.province ?? null;
  if (province !== null && typeof province !== 'string') {
    throw new WrongArgumentError('UNKNOWN_PROVINCE', `province must be a province code such as "GL", not ${shownValue(province)}.`, 'options');
  }
  if (province === null || province === result.province) return result.province;
  if (result.province !== null) {
    throw new WrongArgumentError(
      'RESULT_PROVINCE_MISMATCH',
      `rankProvisions: this result holds the evaluations of ${result.province} only, not those of ${province}; rank a result for every province, analyze(catalog, { at }), with { province: ${JSON.stringify(province)} }.`,
      'options',
    );
  }
  return province;
}
