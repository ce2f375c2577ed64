/**
 * The views of every procedure evaluated, in one fixpoint. For each procedure y and form
 * threshold f (0 data … 3 paper, see LAYERS), the slots where y counts as completed by
 * someone using only forms of rank ≤ f: for a provincial procedure, slot p is its own result
 * in province p and the national slot is "met in every province where it runs"; a central
 * procedure's view is all slots or none (everyone uses the central result). Layers are
 * nested: met at f is met at f + 1.
 *
 * A procedure evaluated in one slot (`CompiledCatalog.slot`: a central one, or a provincial
 * one running in one province) is met from one layer up in that slot, and so in the national
 * slot too (every slot, for a central one): its views are that layer, in `level` at its row
 * (`viewRow`), LAYERS when met at none. The others' are bit sets over slots, in `bits` at
 * `((CompiledCatalog.wideRow[y] * LAYERS + f) * words)`. `viewBit` reads either.
 */
export interface Views {
  /** Per row, for a procedure evaluated in one slot: the lowest layer met (LAYERS: none). */
  level: Uint8Array;
  /** Per procedure evaluated in several slots: LAYERS bit sets of `words` words. */
  bits: Uint32Array;
}

/**
 * The state of a compiled catalog at one date, for every province at once: the date's facts,
 * then the procedures' views (`Views`). The views of procedures not evaluated (outside
 * `scope`) are empty.
 */
export interface Evaluation {
  at: string;
  day: number;
  /** Per legal document: 1 when its amendments are ignored (`without`). */
  ignored: Uint8Array;
  /** Per document: 1 when the applicant does not hold it (`lacking`). */
  lacking: Uint8Array;
  /** Per document: 1 when `at <= valid_until` and the applicant holds it. */
  valid: Uint8Array;
  /** Per amendment: 1 when in force at `at` and not ignored. */
  inForce: Uint8Array;
  /** Per data source: the slots where it is connected at `at` (`words` words each). */
  connected: Uint32Array;
  /** Per requirement: 0 kept, 1 dropped by an amendment in force, 2 possibly dropped (unresolved coverage). */
  dropped: Uint8Array;
  /** Per requirement: the amendment that dropped it, or -1. */
  droppedBy: Int32Array;
  /** Least fixpoint, unknown counted as unavailable ("definitely met"). */
  definite: Views;
  /** Least fixpoint, unknown counted as available ("possibly met"); the same array when nothing is unknown. */
  possible: Views;
  /** Greatest fixpoint of the possible views, when the catalog has cycles: met there but not in `possible` = deadlock. */
  greatest: Views | null;
  /**
   * Per procedure: 1 when its views were computed, for an evaluation of one province's
   * analysis (`EvaluateOptions.province`); null when every procedure's were. The views of
   * the others are empty.
   */
  scope: Uint8Array | null;
  /** With `scope`: per procedure, its row in `Views.level` (-1 outside the scope). */
  rows: Int32Array | null;
}
