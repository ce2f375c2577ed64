import type { Catalog } from '../catalog/types.js';
import type { LegalIndex } from '../graph/legal-index.js';
import type { ProvisionRef } from '../graph/provision-ref.js';
import type { AmendmentTarget } from './compile-coverage.js';
import type { Csr } from './csr.js';
import type { UnresolvedReference } from './errors.js';
import type { Components } from '../util/strongly-connected.js';

/** Form ranks: lower is more digital. */
export const FORM_RANK = { data: 0, electronic: 1, card: 2, paper: 3 } as const;
export const FORMS = ['data', 'electronic', 'card', 'paper'] as const;
/** One layer per form threshold: layer f holds "met using only forms of rank ≤ f". */
export const LAYERS = 4;
/** The layer that ignores form: plain "met". */
export const ANY_FORM = 3;

/**
 * A catalog compiled once, independent of the date: ids replaced by integers, lists packed
 * into CSR arrays, provinces as bit positions. Evidence (a candidate) is encoded as a
 * document index, or `documentCount + data-source index`, or -1 when it does not resolve;
 * procedure references likewise use -1 for an unresolved code.
 *
 * Evaluation contexts ("slots") are the provinces 0…P-1 and the national slot P, where
 * central procedures are evaluated. Bit sets over slots take `words` 32-bit words.
 */
export interface CompiledCatalog {
  source: Catalog;
  legal: LegalIndex;
  provinces: string[];
  provinceIndex: Map<string, number>;
  /** The national slot (= number of provinces). */
  national: number;
  words: number;
  /** Every slot set. */
  all: Uint32Array;

  procedureCount: number;
  procedureIndex: Map<string, number>;
  central: Uint8Array;
  /** Where each procedure is evaluated: provinces for provincial ones, the national slot for central ones. */
  domain: Uint32Array;
  /** 1 for a provincial procedure that runs in no province of the catalog. */
  nowhere: Uint8Array;
  /**
   * The one slot a procedure is evaluated in: the national slot for a central procedure, the
   * province for a provincial one that runs in exactly one; -1 for the others.
   */
  slot: Int32Array;
  /**
   * Per procedure evaluated in more than one slot (`slot` -1): its row in `Views.bits`; -1
   * for the others, whose views are one number (`Views.level`).
   */
  wideRow: Int32Array;
  /** How many procedures have a `wideRow`. */
  wideCount: number;
  needs: Csr;
  /** Requirements of procedure i are `requirementStart[i] … requirementStart[i + 1] - 1`. */
  requirementStart: Int32Array;

  requirementCount: number;
  requirementProcedure: Int32Array;
  /** Position in the procedure's `requires`. */
  requirementPosition: Int32Array;
  /** The required document (-1: unresolved). */
  requirementDocument: Int32Array;
  requirementBasis: (ProvisionRef | null)[];
  /** Candidates listed in the catalog: the required document, then the requirement's `accept`. */
  candidates: Csr;
  /** Amendments that cover each requirement (definite coverage first). */
  covers: Csr;
  /**
   * Per procedure, its requirements split in two for the one-slot kernel: `plain.items` the
   * documents of those met by one document alone, which no procedure issues and no amendment
   * touches (met from that document's form up while it is valid, in every slot and at every
   * stage of a fixpoint); `involved.items` the indexes of the others.
   */
  plain: Csr;
  involved: Csr;
  /**
   * What the one-slot kernel reads of each procedure, side by side so that one read of
   * memory brings it: per procedure, the range of its `involved.items`, then of its
   * `needs.items` (4 numbers); per item of `involved`, the range of its requirement's
   * `candidates.items`, then of its `covers.items` (4 numbers). Copies of those CSR starts.
   */
  procedureRanges: Int32Array;
  involvedRanges: Int32Array;
  /**
   * Per procedure, what its `plain` documents come to while all of them are valid: the
   * highest of their forms' layers (0 with none), up to the day `plainUntil`, the earliest
   * of their `validUntil`. After it, or with one of them lacking, they are not all met.
   */
  plainLevel: Uint8Array;
  plainUntil: Int32Array;
  /** Parallel to `covers.items`: 1 when coverage is only possible (a reference did not resolve). */
  coverMaybe: Uint8Array;
  /** The requirements that some amendment with `drop` covers, ascending: the only ones an evaluation can find dropped. */
  droppable: Int32Array;

  documentCount: number;
  documentIndex: Map<string, number>;
  form: Uint8Array;
  validUntil: Int32Array;
  obtainable: Uint8Array;
  obtainedBy: Csr;
  /**
   * 1 for a document obtained only through central procedures evaluated in one slot (or
   * through unresolved ones): what obtaining it comes to is the same in every slot.
   */
  centrallyIssued: Uint8Array;

  dataSourceCount: number;
  dataSourceIndex: Map<string, number>;
  availableFrom: Int32Array;
  /** dataSource * P + province: -1 no override, NEVER for "not connected", else the day connected. */
  connectedFrom: Int32Array;

  amendmentCount: number;
  amendmentLegal: Int32Array;
  /** Position in the legal document's `amends`. */
  amendmentPosition: Int32Array;
  amendmentFrom: Int32Array;
  amendmentUntil: Int32Array;
  amendmentDrop: Uint8Array;
  amendmentAccept: Csr;
  amendmentTarget: AmendmentTarget[];

  /** Procedure dependencies (needs, obtaining procedures of any possible candidate). */
  dependencies: Csr;
  /** Per procedure: the procedures that depend on it (`dependencies` reversed). */
  dependents: Csr;
  /** Per procedure in a cyclic component: the procedures of that component that depend on it. */
  cycleDependents: Csr;
  components: Components;
  hasCycles: boolean;
  unresolved: UnresolvedReference[];
}
