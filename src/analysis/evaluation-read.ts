import type { Form } from '../catalog/types.js';
import type { EvaluationRef, Status } from './result-types.js';
import { FORMS, LAYERS, type CompiledCatalog } from './compiled-types.js';
import type { Evaluation, Views } from './evaluation-types.js';

/** The row of procedure `y`'s views in `Views.level` (-1: not evaluated). */
export function viewRow(e: Evaluation, y: number): number {
  return e.rows === null ? y : e.rows[y];
}

/** Whether procedure `y` counts as done in `slot` with forms of layer `f` or below, in `views` (one of `e`'s). */
export function viewBit(c: CompiledCatalog, e: Evaluation, views: Views, y: number, f: number, slot: number): boolean {
  return viewLevel(c, e, views, y, slot) <= f;
}

/** The best form layer (0 data … 3 paper) under which `y` counts as done in `slot`, or 4 when it does not. */
export function viewLevel(c: CompiledCatalog, e: Evaluation, views: Views, y: number, slot: number): number {
  const own = c.slot[y];
  if (own >= 0) {
    if (!c.central[y] && slot !== own && slot !== c.national) return LAYERS;
    return views.level[viewRow(e, y)] ?? LAYERS;
  }
  const base = c.wideRow[y] * LAYERS * c.words + (slot >>> 5);
  for (let f = 0; f < LAYERS; f++) if ((views.bits[base + f * c.words] >>> (slot & 31)) & 1) return f;
  return LAYERS;
}

/** Three-valued status of procedure `y` as seen from `slot` (its own result, or the central one). */
export function viewStatus(c: CompiledCatalog, e: Evaluation, y: number, slot: number): Status {
  if (viewBit(c, e, e.definite, y, LAYERS - 1, slot)) return 'met';
  if (viewBit(c, e, e.possible, y, LAYERS - 1, slot)) return 'unknown';
  return 'blocked';
}

/** The best form layer of `y` in `slot` when its `status` there is met, else LAYERS (not met). */
export function metLevel(c: CompiledCatalog, e: Evaluation, y: number, slot: number, status: Status): number {
  return status === 'met' ? viewLevel(c, e, e.definite, y, slot) : LAYERS;
}

/**
 * The best form of the evaluation a reference of `e`'s analysis points to, as its own result
 * gives it (`best_form`): for a provincial procedure read from a central one, the form it is
 * met with in every province where it runs. Null unless met.
 */
export function refBestForm(c: CompiledCatalog, e: Evaluation, ref: EvaluationRef): Form | null {
  const y = c.procedureIndex.get(ref.code);
  const slot = ref.province === null ? c.national : c.provinceIndex.get(ref.province);
  if (ref.status !== 'met' || y === undefined || slot === undefined) return null;
  const level = viewLevel(c, e, e.definite, y, slot);
  return level < LAYERS ? FORMS[level] : null;
}

/** Whether `y`, of `status` in `slot`, is blocked there by a deadlock (it is met in the greatest fixpoint). */
export function deadlocked(c: CompiledCatalog, e: Evaluation, y: number, slot: number, status: Status): boolean {
  return status === 'blocked' && e.greatest !== null && viewBit(c, e, e.greatest, y, LAYERS - 1, slot);
}

/** The province code of a slot, or null for the national slot. */
export function slotProvince(c: CompiledCatalog, slot: number): string | null {
  return slot === c.national ? null : c.provinces[slot];
}

/** The slot whose result stands for `y` when read from `slot`: central procedures use the national one. */
export function ownSlot(c: CompiledCatalog, y: number, slot: number): number {
  return c.central[y] ? c.national : slot;
}

/** Whether a procedure runs in a slot (central procedures run in every slot). */
export function runsIn(c: CompiledCatalog, y: number, slot: number): boolean {
  if (c.central[y]) return true;
  if (slot === c.national) return !c.nowhere[y];
  return ((c.domain[y * c.words + (slot >>> 5)] >>> (slot & 31)) & 1) === 1;
}

/**
 * Calls `visit` for every evaluation of an analysis, in the order of its results: procedures
 * in catalog order, a central one in the national slot, a provincial one in slot `only`, or,
 * when that is null, in every slot it runs in. With `procedures` (ascending), only theirs.
 */
export function eachEvaluation(
  c: CompiledCatalog,
  only: number | null,
  visit: (y: number, slot: number) => void,
  procedures?: ArrayLike<number>,
): void {
  const n = procedures === undefined ? c.procedureCount : procedures.length;
  const W = c.words;
  const P = c.national;
  for (let i = 0; i < n; i++) {
    const y = procedures === undefined ? i : procedures[i];
    if (c.central[y]) visit(y, P);
    else if (only !== null) {
      if (runsIn(c, y, only)) visit(y, only);
    } else {
      // The province slots of its domain, lowest first.
      for (let w = 0; w < W; w++) {
        let slots = evaluatedSlots(c, y, null, w);
        while (slots !== 0) {
          const low = slots & -slots;
          visit(y, w * 32 + 31 - Math.clz32(low));
          slots ^= low;
        }
      }
    }
  }
}

/**
 * Whether procedure `y` is blocked (neither definitely nor possibly met, as `viewStatus`
 * gives it) in some slot where an analysis of `only` evaluates it (see `eachEvaluation`):
 * its level, or its bit sets a word of slots at a time.
 */
export function blockedSomewhere(c: CompiledCatalog, e: Evaluation, y: number, only: number | null): boolean {
  const one = c.slot[y];
  if (one >= 0) {
    if (!c.central[y] && only !== null && only !== one) return false;
    const row = viewRow(e, y);
    return (e.definite.level[row] ?? LAYERS) >= LAYERS && (e.possible.level[row] ?? LAYERS) >= LAYERS;
  }
  const W = c.words;
  // The words of `y`'s layer of any form, met (in either view) wherever set.
  const base = c.wideRow[y] * LAYERS * W + (LAYERS - 1) * W;
  for (let w = 0; w < W; w++) {
    if ((evaluatedSlots(c, y, only, w) & ~(e.definite.bits[base + w] | e.possible.bits[base + w])) !== 0) return true;
  }
  return false;
}

/** Whether an analysis of `only` (null: every province) evaluates procedure `y` anywhere, as `eachEvaluation` visits it. */
export function evaluatedAnywhere(c: CompiledCatalog, y: number, only: number | null): boolean {
  const one = c.slot[y];
  if (one >= 0) return c.central[y] === 1 || only === null || only === one;
  for (let w = 0; w < c.words; w++) if (evaluatedSlots(c, y, only, w) !== 0) return true;
  return false;
}

/** The slots of word `w` where an analysis of `only` (null: every province) evaluates procedure `y`, as `eachEvaluation` visits them. */
export function evaluatedSlots(c: CompiledCatalog, y: number, only: number | null, w: number): number {
  const P = c.national;
  if (c.central[y]) return w === P >>> 5 ? 1 << (P & 31) : 0;
  if (only !== null) return w === only >>> 5 ? c.domain[y * c.words + w] & (1 << (only & 31)) : 0;
  return c.domain[y * c.words + w] & provinceBits(P, w);
}

/** Whether a bit is set in a data source's connection set. */
export function connectedIn(c: CompiledCatalog, e: Evaluation, source: number, slot: number): boolean {
  return ((e.connected[source * c.words + (slot >>> 5)] >>> (slot & 31)) & 1) === 1;
}

/**
 * The best form layer under which evidence `ev` is available in `slot` (4: not available),
 * mirroring the kernel: a valid document at its own form, or through its best obtaining
 * procedure; a connected data source at `data`; unresolved evidence only when `possible`.
 */
export function evidenceLevel(
  c: CompiledCatalog,
  e: Evaluation,
  ev: number,
  slot: number,
  possible: boolean,
): number {
  if (ev < 0) return possible ? 0 : LAYERS;
  if (ev >= c.documentCount) return connectedIn(c, e, ev - c.documentCount, slot) ? 0 : LAYERS;
  if (!e.valid[ev]) return LAYERS;
  const form = c.form[ev];
  if (!c.obtainable[ev]) return form;
  let best = LAYERS;
  const views = possible ? e.possible : e.definite;
  for (let k = c.obtainedBy.start[ev]; k < c.obtainedBy.start[ev + 1]; k++) {
    const x = c.obtainedBy.items[k];
    const level = x < 0 ? (possible ? 0 : LAYERS) : viewLevel(c, e, views, x, slot);
    if (level < best) best = level;
  }
  return best === LAYERS ? LAYERS : Math.max(form, best);
}

/** The bits of word `w` that are province slots (below the national slot `P`). */
export function provinceBits(P: number, w: number): number {
  const first = w * 32;
  if (P >= first + 32) return -1;
  if (P <= first) return 0;
  return (1 << (P - first)) - 1;
}
