import { resolveProvision, type ProvisionRef } from '../graph/provision-ref.js';
import type { CompiledCatalog } from './compiled-types.js';
import type { Evaluation } from './evaluation-types.js';
import { ownSlot, runsIn, slotProvince, viewLevel, viewStatus } from './evaluation-read.js';
import { groundedIn, type Grounded } from './justification-ranks.js';
import { amendmentInfo, provisionInfo } from './provision-info.js';
import type { AmendmentInfo, EvaluationRef, ProvisionInfo } from './result-types.js';

/** What building explanations needs: the compiled catalog, its evaluation, and caches. */
export interface ExplainContext {
  c: CompiledCatalog;
  e: Evaluation;
  /** The province code of a slot, or null for the national slot. */
  province(slot: number): string | null;
  provision(ref: ProvisionRef): ProvisionInfo;
  /** The basis of requirement `r` (cached: the same object in every evaluation). */
  basis(r: number): ProvisionInfo | null;
  /** The provision that set document `d`'s sunset (cached), if the catalog names one. */
  sunset(d: number): ProvisionInfo | undefined;
  amendment(a: number): AmendmentInfo;
  /** A pointer to procedure `x` (-1 with `code` when unresolved) as read from `slot`. */
  ref(x: number, slot: number, code: string): EvaluationRef;
  /** Whether procedure `q` read in `qSlot` is a real path for explaining `p` in `pSlot` (does not rest on it). */
  grounded: Grounded;
}

export function explainContext(c: CompiledCatalog, e: Evaluation): ExplainContext {
  const amendments = new Map<number, AmendmentInfo>();
  const bases = new Map<number, ProvisionInfo | null>();
  const sunsets = new Map<number, ProvisionInfo | undefined>();
  const province = (slot: number) => slotProvince(c, slot);
  return {
    c,
    e,
    province,
    provision: (ref) => provisionInfo(ref, c.legal),
    grounded: groundedIn(c, e),
    basis(r) {
      if (!bases.has(r)) {
        const ref = c.requirementBasis[r];
        bases.set(r, ref === null ? null : provisionInfo(ref, c.legal));
      }
      return bases.get(r)!;
    },
    sunset(d) {
      if (!sunsets.has(d)) {
        const basis = c.source.documents[d].sunset_basis;
        sunsets.set(d, basis === undefined ? undefined : provisionInfo(resolveProvision(basis, c.legal), c.legal));
      }
      return sunsets.get(d);
    },
    amendment(a) {
      let info = amendments.get(a);
      if (!info) {
        const doc = c.source.legal[c.amendmentLegal[a]];
        const target = c.amendmentTarget[a];
        info = amendmentInfo(doc, c.amendmentPosition[a], target.kind === 'provision' ? target.provision : null, c.legal);
        amendments.set(a, info);
      }
      return info;
    },
    ref(x, slot, code) {
      if (x < 0) return { code, province: null, status: 'unknown', paper: false, context: 'unresolved' };
      const own = ownSlot(c, x, slot);
      const status = viewStatus(c, e, x, own);
      const ref: EvaluationRef = {
        code: c.source.procedures[x].code,
        province: province(own),
        status,
        paper: status === 'met' && viewLevel(c, e, e.definite, x, own) === 3,
      };
      if (!runsIn(c, x, own)) ref.context = 'not-offered';
      else if (!c.central[x] && own === c.national) ref.context = 'every-province';
      return ref;
    },
  };
}
