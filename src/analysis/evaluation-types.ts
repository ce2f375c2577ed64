/**
 * The state of a compiled catalog at one date, for every province at once.
 *
 * Views: for each procedure y and form threshold f (0 data … 3 paper, see LAYERS), a bit set
 * over slots, at `((row * LAYERS + f) * words)`, where the row is y itself, or `rows[y]` when
 * only a scope was evaluated (`viewRow`). Bit s says the procedure counts as completed
 * by someone in slot s using only forms of rank ≤ f: for a provincial procedure, slot p is
 * its own result in province p and the national slot is "met in every province where it
 * runs"; a central procedure's view is all slots or none (everyone uses the central result).
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
  definite: Uint32Array;
  /** Least fixpoint, unknown counted as available ("possibly met"); the same array when nothing is unknown. */
  possible: Uint32Array;
  /** Greatest fixpoint of the possible views, when the catalog has cycles: met there but not in `possible` = deadlock. */
  greatest: Uint32Array | null;
  /**
   * Per procedure: 1 when its views were computed, for an evaluation of one province's
   * analysis (`EvaluateOptions.province`); null when every procedure's were. The views of
   * the others are empty.
   */
  scope: Uint8Array | null;
  /** With `scope`: per procedure, the row of its views in the view arrays (-1 outside the scope). */
  rows: Int32Array | null;
}
