// A brute-force reading of the format page ("What the analysis concludes"), written
// independently of src/analysis: string ids, string dates, whole-system sweeps until
// nothing changes. Slow and obvious on purpose. Any reference may be unresolved (lenient
// catalogs): an unresolved candidate or procedure counts only as possibly there, and an
// amendment whose target or requirement's basis does not resolve only possibly covers.
import type { Catalog, Procedure, ProvisionObject, Requirement } from '../../../src/catalog/types.js';

const RANK = { data: 0, electronic: 1, card: 2, paper: 3 } as const;
type Mode = 'definite' | 'possible';

export interface OracleEvaluation {
  code: string;
  province: string | null;
  status: 'met' | 'blocked' | 'unknown';
  paper: boolean;
  bestForm: number | null;
  deadlock: boolean;
}

export class Oracle {
  private readonly met = new Map<string, boolean>();
  readonly evaluations: { p: Procedure; ctx: string | null }[] = [];

  constructor(
    readonly catalog: Catalog,
    readonly at: string,
    readonly without: string[] = [],
    /** Documents the applicant does not hold: never available. */
    readonly lacking: string[] = [],
  ) {
    for (const p of catalog.procedures) for (const ctx of this.contexts(p)) this.evaluations.push({ p, ctx });
    for (const mode of ['definite', 'possible'] as Mode[]) {
      for (let f = 0; f <= 3; f++) this.solve(mode, f, false);
    }
    this.solve('possible', 3, true);
  }

  private isProvincial(p: Procedure): boolean {
    return p.level.some((l) => l === 'tinh' || l === 'huyen' || l === 'xa');
  }

  private runsIn(p: Procedure): string[] {
    const all = this.catalog.provinces.map((x) => x.code);
    if (p.provinces === undefined || p.provinces === 'all') return all;
    return all.filter((code) => (p.provinces as string[]).includes(code));
  }

  private contexts(p: Procedure): (string | null)[] {
    return this.isProvincial(p) ? this.runsIn(p) : [null];
  }

  private key(tag: string, code: string, ctx: string | null): string {
    return `${tag}|${code}|${ctx ?? '*'}`;
  }

  private solve(mode: Mode, f: number, greatest: boolean): void {
    const tag = greatest ? 'gfp' : `${mode}${f}`;
    for (const { p, ctx } of this.evaluations) this.met.set(this.key(tag, p.code, ctx), greatest);
    for (let changed = true; changed; ) {
      changed = false;
      for (const { p, ctx } of this.evaluations) {
        const value = this.procedureMet(p, ctx, mode, f, tag);
        if (value !== this.met.get(this.key(tag, p.code, ctx))) {
          this.met.set(this.key(tag, p.code, ctx), value);
          changed = true;
        }
      }
    }
  }

  private procedureMet(p: Procedure, ctx: string | null, mode: Mode, f: number, tag: string): boolean {
    for (const r of p.requires ?? []) if (!this.requirementMet(r, ctx, mode, f, tag)) return false;
    for (const code of p.needs ?? []) if (!this.done(code, ctx, mode, tag)) return false;
    return true;
  }

  /** Whether procedure `code` counts as completed by someone evaluated in `ctx`. */
  done(code: string, ctx: string | null, mode: Mode, tag: string): boolean {
    const x = this.catalog.procedures.find((p) => p.code === code);
    if (!x) return mode === 'possible';
    if (!this.isProvincial(x)) return this.met.get(this.key(tag, code, null))!;
    const runs = this.runsIn(x);
    if (ctx !== null) return runs.includes(ctx) && this.met.get(this.key(tag, code, ctx))!;
    return runs.length > 0 && runs.every((q) => this.met.get(this.key(tag, code, q)));
  }

  inForceAmendments(r: Requirement): { accept: string[]; drop: boolean; legal: string; index: number; cover: 'yes' | 'maybe' }[] {
    const out: { accept: string[]; drop: boolean; legal: string; index: number; cover: 'yes' | 'maybe' }[] = [];
    for (const l of this.catalog.legal) {
      if (this.without.includes(l.id)) continue;
      (l.amends ?? []).forEach((a, index) => {
        const from = a.effective ?? l.effective;
        if (from !== undefined && from > this.at) return;
        if (l.expires !== undefined && this.at > l.expires) return;
        const cover = this.covers(a, r);
        if (cover === 'no') return;
        out.push({ accept: a.accept ?? [], drop: a.drop === true, legal: l.id, index, cover });
      });
    }
    return out;
  }

  /**
   * Whether an amendment covers a requirement: `maybe` when the amendment's target or the
   * requirement's document (for a scope) or basis (for a provision) does not resolve.
   */
  private covers(a: NonNullable<Catalog['legal'][number]['amends']>[number], r: Requirement): 'yes' | 'maybe' | 'no' {
    if (a.scope) {
      const known = (id: string) => this.catalog.documents.some((d) => d.id === id);
      if (!known(a.scope.document) || !known(r.document)) return 'maybe';
      return a.scope.document === r.document ? 'yes' : 'no';
    }
    if (r.basis === undefined) return 'no';
    const outer = this.provision(a.provision!);
    const inner = this.provision(r.basis);
    if (outer === undefined || inner === undefined) return 'maybe';
    if (outer.legal !== inner.legal) return 'no';
    for (const part of ['article', 'clause', 'point', 'form'] as const) {
      if (outer[part] !== undefined && String(outer[part]) !== String(inner[part])) return 'no';
    }
    return 'yes';
  }

  /** The provision with its legal document's id, or undefined when that document is not in the catalog. */
  private provision(ref: string | ProvisionObject): ProvisionObject | undefined {
    const object = typeof ref === 'string' ? { legal: ref } : ref;
    const fold = (s: string) => s.toLowerCase().replace(/đ/g, 'd');
    const legal = this.catalog.legal.find((l) => l.id === object.legal || fold(l.number) === fold(object.legal));
    return legal && { ...object, legal: legal.id };
  }

  requirementMet(r: Requirement, ctx: string | null, mode: Mode, f: number, tag: string): boolean {
    // An amendment that only possibly covers the requirement counts only for what is possible.
    const amendments = this.inForceAmendments(r).filter((a) => a.cover === 'yes' || mode === 'possible');
    if (amendments.some((a) => a.drop)) return true;
    const candidates = [r.document, ...(r.accept ?? []), ...amendments.flatMap((a) => a.accept)];
    return candidates.some((id) => this.available(id, ctx, mode, f, tag));
  }

  available(id: string, ctx: string | null, mode: Mode, f: number, tag: string): boolean {
    const doc = this.catalog.documents.find((d) => d.id === id);
    if (doc) {
      if (this.lacking.includes(id)) return false;
      if (RANK[doc.form] > f) return false;
      if (doc.valid_until !== undefined && this.at > doc.valid_until) return false;
      if (doc.obtained_by === undefined) return true;
      return doc.obtained_by.some((code) => this.done(code, ctx, mode, tag));
    }
    const source = this.catalog.data_sources.find((s) => s.id === id);
    if (source) {
      const national = source.available_from !== undefined && source.available_from <= this.at;
      if (ctx === null || !source.provinces || !(ctx in source.provinces)) return national;
      const date = source.provinces[ctx];
      return date !== null && date <= this.at;
    }
    return mode === 'possible';
  }

  /** The conclusion for one evaluation. */
  evaluation(code: string, ctx: string | null): OracleEvaluation {
    const get = (tag: string) => this.met.get(this.key(tag, code, ctx))!;
    const status = get('definite3') ? 'met' : get('possible3') ? 'unknown' : 'blocked';
    let bestForm: number | null = null;
    if (status === 'met') for (let f = 3; f >= 0; f--) if (get(`definite${f}`)) bestForm = f;
    return { code, province: ctx, status, paper: status === 'met' && !get('definite2'), bestForm, deadlock: status === 'blocked' && get('gfp') };
  }

  /** Three-valued status of a requirement in an evaluation context, at the fixpoint. */
  requirementStatus(r: Requirement, ctx: string | null): 'met' | 'blocked' | 'unknown' {
    if (this.requirementMet(r, ctx, 'definite', 3, 'definite3')) return 'met';
    return this.requirementMet(r, ctx, 'possible', 3, 'possible3') ? 'unknown' : 'blocked';
  }

  /** Three-valued status of a procedure as seen from a context. */
  doneStatus(code: string, ctx: string | null): 'met' | 'blocked' | 'unknown' {
    if (this.done(code, ctx, 'definite', 'definite3')) return 'met';
    return this.done(code, ctx, 'possible', 'possible3') ? 'unknown' : 'blocked';
  }

  /**
   * A requirement's candidates as an explanation lists them, each once: the required
   * document, its own accepts, then what in-force amendments accept (those that surely
   * cover it before those that only possibly do, in catalog order), with whether the
   * amendment that adds it only possibly covers the requirement.
   */
  candidates(r: Requirement): { id: string; maybe: boolean }[] {
    const amendments = this.inForceAmendments(r);
    const ordered = [...amendments.filter((a) => a.cover === 'yes'), ...amendments.filter((a) => a.cover === 'maybe')];
    const out: { id: string; maybe: boolean }[] = [];
    const add = (id: string, maybe: boolean) => {
      if (!out.some((c) => c.id === id)) out.push({ id, maybe });
    };
    add(r.document, false);
    for (const id of r.accept ?? []) add(id, false);
    for (const a of ordered) for (const id of a.accept) add(id, a.cover === 'maybe');
    return out;
  }

  /** Three-valued availability of a candidate, and the best form layer when definitely available. */
  candidate(id: string, ctx: string | null): { status: 'met' | 'blocked' | 'unknown'; level: number } {
    for (let f = 0; f <= 3; f++) if (this.available(id, ctx, 'definite', f, `definite${f}`)) return { status: 'met', level: f };
    return { status: this.available(id, ctx, 'possible', 3, 'possible3') ? 'unknown' : 'blocked', level: 4 };
  }
}
