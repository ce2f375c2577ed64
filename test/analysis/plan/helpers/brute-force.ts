// Brute force for the planner, written apart from src/analysis/plan: list the candidate
// changes straight from the catalog, try every subset with applyReform + analyze, and
// count what each subset fixes. Slow and obvious on purpose.
import type { Catalog, Provision, ProvisionObject } from '../../../../src/catalog/types.js';
import { analyze } from '../../../../src/analysis/analyze.js';
import { applyReform } from '../../../../src/analysis/reform/apply-reform.js';
import type { Reform } from '../../../../src/analysis/reform/types.js';

export type BruteChange =
  | { kind: 'amend'; unit: ProvisionObject; accept: string }
  | { kind: 'connect'; data_source: string; province: string };

const obj = (p: Provision): ProvisionObject => (typeof p === 'string' ? { legal: p } : p);
const part = (v: unknown) => (v === undefined ? undefined : String(v).toLowerCase());

/** Whether `outer` is `inner` or contains it (same legal id; every part outer names, inner names equally). */
function covers(outer: ProvisionObject, inner: ProvisionObject): boolean {
  if (outer.legal !== inner.legal) return false;
  for (const k of ['article', 'clause', 'point', 'form'] as const) {
    if (outer[k] !== undefined && part(outer[k]) !== part(inner[k])) return false;
  }
  return true;
}

/**
 * Every change the issue allows: amend a cited unit (a requirement's basis) to accept Y, where
 * Y is in `replaced_by` of the document some requirement inside that unit asks for; connect
 * any data source in any province where it does not work at `at`.
 */
export function candidateChanges(catalog: Catalog, at: string): BruteChange[] {
  const out: BruteChange[] = [];
  const seen = new Set<string>();
  const add = (key: string, c: BruteChange) => {
    if (!seen.has(key)) {
      seen.add(key);
      out.push(c);
    }
  };
  const reqs = catalog.procedures.flatMap((p) => p.requires ?? []);
  const units = reqs.filter((r) => r.basis !== undefined).map((r) => obj(r.basis!));
  for (const r of reqs) {
    if (r.basis === undefined) continue;
    const replaced = catalog.documents.find((d) => d.id === r.document)?.replaced_by ?? [];
    for (const u of units) {
      if (!covers(u, obj(r.basis))) continue;
      for (const y of replaced) add(`a|${JSON.stringify([u.legal, u.article, u.clause, u.point, u.form])}|${y}`, { kind: 'amend', unit: u, accept: y });
    }
  }
  for (const s of catalog.data_sources) {
    for (const p of catalog.provinces) {
      const o = s.provinces?.[p.code];
      const since = o === undefined ? s.available_from : o;
      if (since === undefined || since === null || since > at) add(`c|${s.id}|${p.code}`, { kind: 'connect', data_source: s.id, province: p.code });
    }
  }
  return out;
}

export function reformOf(changes: BruteChange[], at: string): Reform {
  const amends = changes.filter((c) => c.kind === 'amend');
  const connects = changes.filter((c) => c.kind === 'connect');
  return {
    legal: amends.length ? [{ id: 'brute', number: 'BRUTE', type: 'other', effective: at, amends: amends.map((a) => ({ provision: a.unit, accept: [a.accept] })) }] : [],
    connect: connects.map((c) => ({ data_source: c.data_source, province: c.province, from: at })),
  };
}

/** Keys `code@province` of the evaluations fixed (met; met without paper when paperless) with `changes` applied. */
export function fixedWith(catalog: Catalog, changes: BruteChange[], at: string, paperless: boolean, province: string | null = null): Set<string> {
  const result = analyze(applyReform(catalog, reformOf(changes, at)), { at, province });
  return new Set(result.results.filter((r) => r.status === 'met' && (!paperless || !r.paper)).map((r) => `${r.code}@${r.province ?? ''}`));
}

export function* subsets<T>(items: T[], size: number, from = 0): Generator<T[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= items.length - size; i++) {
    for (const rest of subsets(items, size - 1, i + 1)) yield [items[i], ...rest];
  }
}
