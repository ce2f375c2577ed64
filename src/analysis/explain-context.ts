import { resolveProvision, type ProvisionRef } from '../graph/provision-ref.js';
import type { CompiledCatalog } from './compiled-types.js';
import type { Evaluation } from './evaluation-types.js';
import { ownSlot, runsIn, slotProvince, viewLevel, viewStatus } from './evaluation-read.js';
import { groundedIn, type Grounded } from './justification-ranks.js';
import { amendmentInfo, provisionInfo } from './provision-info.js';
import type { AmendmentInfo, CandidateResult, EvaluationRef, LapsedAmendment, ProvisionInfo } from './result-types.js';

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
  /** Amendment `a` once its amending document has expired (cached): the change, its last day and what it accepted, named. */
  lapsed(a: number): LapsedAmendment;
  /** A pointer to procedure `x` (-1 with `code` when unresolved) as read from `slot`. */
  ref(x: number, slot: number, code: string): EvaluationRef;
  /** Whether procedure `q` read in `qSlot` is a real path for explaining `p` in `pSlot` (does not rest on it). */
  grounded: Grounded;
}

export function explainContext(c: CompiledCatalog, e: Evaluation): ExplainContext {
  const amendments = new Map<number, AmendmentInfo>();
  const lapsed = new Map<number, LapsedAmendment>();
  const bases = new Map<number, ProvisionInfo | null>();
  const sunsets = new Map<number, ProvisionInfo | undefined>();
  const province = (slot: number) => slotProvince(c, slot);
  const context: ExplainContext = {
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
    lapsed(a) {
      let info = lapsed.get(a);
      if (!info) {
        const doc = c.source.legal[c.amendmentLegal[a]];
        const ids = doc.amends![c.amendmentPosition[a]].accept ?? [];
        const accepted = [];
        for (let m = c.amendmentAccept.start[a], i = 0; m < c.amendmentAccept.start[a + 1]; m++, i++) {
          accepted.push(namedEvidence(c, c.amendmentAccept.items[m], ids[i]));
        }
        info = { amendment: context.amendment(a), expires: doc.expires!, accepted };
        lapsed.set(a, info);
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
  return context;
}

/**
 * Evidence `ev` (its id as written: `id`) named as a candidate names it: its kind, names and
 * form; an unresolved reference is a document of unknown form, named by its id. (A
 * candidate's explanation writes the same fields into its own object, as it is built for
 * every candidate of every requirement explained.)
 */
export function namedEvidence(c: CompiledCatalog, ev: number, id: string): Pick<CandidateResult, 'kind' | 'id' | 'name' | 'name_en' | 'form'> {
  const isSource = ev >= c.documentCount;
  const entity = ev < 0 ? undefined : isSource ? c.source.data_sources[ev - c.documentCount] : c.source.documents[ev];
  return {
    kind: isSource ? 'data_source' : 'document',
    id,
    name: entity?.name ?? id,
    ...(entity?.name_en === undefined ? {} : { name_en: entity.name_en }),
    form: ev < 0 ? null : isSource ? 'data' : c.source.documents[ev].form,
  };
}
