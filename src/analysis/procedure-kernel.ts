import { LAYERS, type CompiledCatalog } from './compiled-types.js';
import type { Evaluation, Views } from './evaluation-types.js';
import { viewRow } from './evaluation-read.js';

/** Not worked out yet (see `oneSlotKernel`). */
const UNKNOWN = 255;

/**
 * Recomputes the views of procedure `y` (all form layers, all slots) from the current views
 * of what it depends on, as bit sets into `out` (LAYERS × words). `scratch` is the same size.
 * With `possible`, anything unresolved counts as available; otherwise as unavailable.
 *
 * A procedure evaluated in one slot (`CompiledCatalog.slot`) is computed as one number
 * (`OneSlotKernel`). The others go through bit sets, a way that holds for every procedure:
 * per requirement, the layers from `allFrom` up are met in every slot by a valid document
 * that needs no issuer (or, when `possible`, by something unresolved); only the layers
 * below it need bit sets, from data sources and from documents obtained through procedures.
 * `oneSlot`, `oneSlotKernel(c, e, views, possible)` made once by a caller that computes many
 * procedures, saves making one for each.
 */
export function procedureView(
  c: CompiledCatalog,
  e: Evaluation,
  views: Views,
  y: number,
  possible: boolean,
  out: Uint32Array,
  scratch: Uint32Array,
  oneSlot?: OneSlotKernel,
): void {
  const p = c.slot[y];
  if (p >= 0) {
    out.fill(0);
    setOneSlot(c, y, (oneSlot ?? oneSlotKernel(c, e, views, possible))(y, p, false), out);
    return;
  }
  const W = c.words;
  const domainBase = y * W;
  for (let f = 0; f < LAYERS; f++) for (let w = 0; w < W; w++) out[f * W + w] = c.domain[domainBase + w];

  const cand = c.candidates;
  const covers = c.covers;
  const accept = c.amendmentAccept;
  for (let r = c.requirementStart[y]; r < c.requirementStart[y + 1]; r++) {
    const drop = e.dropped[r];
    if (drop === 1 || (drop === 2 && possible)) continue;
    allFrom = LAYERS;
    touched = false;
    for (let k = cand.start[r]; k < cand.start[r + 1] && allFrom > 0; k++) {
      visit(c, e, views, cand.items[k], possible, scratch);
    }
    for (let k = covers.start[r]; k < covers.start[r + 1] && allFrom > 0; k++) {
      const a = covers.items[k];
      if (!e.inForce[a] || (c.coverMaybe[k] && !possible)) continue;
      for (let m = accept.start[a]; m < accept.start[a + 1] && allFrom > 0; m++) {
        visit(c, e, views, accept.items[m], possible, scratch);
      }
    }
    const below = allFrom * W;
    if (touched) for (let i = 0; i < below; i++) out[i] &= scratch[i];
    else for (let i = 0; i < below; i++) out[i] = 0;
  }

  for (let k = c.needs.start[y]; k < c.needs.start[y + 1]; k++) {
    const x = c.needs.items[k];
    if (x < 0) {
      if (!possible) out.fill(0);
      continue;
    }
    andView(c, e, views, x, out);
  }
  toView(c, y, out);
}

/** ANDs procedure `x`'s views, every layer, into `out`. */
function andView(c: CompiledCatalog, e: Evaluation, views: Views, x: number, out: Uint32Array): void {
  const W = c.words;
  if (c.slot[x] < 0) {
    const base = c.wideRow[x] * LAYERS * W;
    for (let i = 0; i < LAYERS * W; i++) out[i] &= views.bits[base + i];
    return;
  }
  const level = views.level[viewRow(e, x)] ?? LAYERS;
  out.fill(0, 0, level * W);
  if (c.central[x]) return;
  const p = c.slot[x];
  const n = c.national;
  for (let f = level; f < LAYERS; f++) {
    for (let w = 0; w < W; w++) {
      let keep = 0;
      if (w === p >>> 5) keep |= 1 << (p & 31);
      if (w === n >>> 5) keep |= 1 << (n & 31);
      out[f * W + w] &= keep;
    }
  }
}

/** ORs layers `lo` to `hi` - 1 of procedure `x`'s views into `scratch`. */
function orView(c: CompiledCatalog, e: Evaluation, views: Views, x: number, lo: number, hi: number, scratch: Uint32Array): void {
  const W = c.words;
  if (c.slot[x] < 0) {
    const base = c.wideRow[x] * LAYERS * W;
    for (let i = lo * W; i < hi * W; i++) scratch[i] |= views.bits[base + i];
    return;
  }
  const level = views.level[viewRow(e, x)] ?? LAYERS;
  for (let f = Math.max(lo, level); f < hi; f++) orOneSlot(c, x, scratch, f * W);
}

/** ORs into `target[base …]` one layer of a procedure evaluated in one slot and met there (see `Views`). */
function orOneSlot(c: CompiledCatalog, x: number, target: Uint32Array, base: number): void {
  if (c.central[x]) {
    for (let w = 0; w < c.words; w++) target[base + w] |= c.all[w];
    return;
  }
  const p = c.slot[x];
  const n = c.national;
  target[base + (p >>> 5)] |= 1 << (p & 31);
  target[base + (n >>> 5)] |= 1 << (n & 31);
}

/** Per requirement being computed: layers from `allFrom` up are met everywhere; `scratch` holds the rest once `touched`. */
let allFrom = LAYERS;
let touched = false;

/** One candidate: lowers `allFrom`, or ORs bit sets into the layers below it. */
function visit(
  c: CompiledCatalog,
  e: Evaluation,
  views: Views,
  ev: number,
  possible: boolean,
  scratch: Uint32Array,
): void {
  const W = c.words;
  if (ev < 0) {
    if (possible) allFrom = 0;
    return;
  }
  if (ev < c.documentCount) {
    if (!e.valid[ev]) return;
    const level = c.form[ev];
    if (level >= allFrom) return;
    if (!c.obtainable[ev]) {
      allFrom = level;
      return;
    }
    for (let k = c.obtainedBy.start[ev]; k < c.obtainedBy.start[ev + 1] && level < allFrom; k++) {
      const x = c.obtainedBy.items[k];
      if (x < 0) {
        if (possible) allFrom = level;
        continue;
      }
      if (!touched) {
        scratch.fill(0);
        touched = true;
      }
      orView(c, e, views, x, level, allFrom, scratch);
    }
    return;
  }
  if (!touched) {
    scratch.fill(0);
    touched = true;
  }
  const s = (ev - c.documentCount) * W;
  for (let f = 0; f < allFrom; f++) for (let w = 0; w < W; w++) scratch[f * W + w] |= e.connected[s + w];
}

/** Turns "met in these slots" into what dependants see (see `Evaluation`). */
function toView(c: CompiledCatalog, y: number, out: Uint32Array): void {
  const W = c.words;
  const n = c.national;
  const nw = n >>> 5;
  const nb = 1 << (n & 31);
  for (let f = 0; f < LAYERS; f++) {
    const o = f * W;
    if (c.central[y]) {
      const met = (out[o + nw] & nb) !== 0;
      for (let w = 0; w < W; w++) out[o + w] = met ? c.all[w] : 0;
      continue;
    }
    let everywhere = !c.nowhere[y];
    for (let w = 0; w < W && everywhere; w++) {
      const d = c.domain[y * W + w];
      if (((out[o + w] & d) >>> 0) !== d) everywhere = false;
    }
    if (everywhere) out[o + nw] |= nb;
  }
}

/**
 * The views of procedures evaluated in one slot `p` (`CompiledCatalog.slot`), each as one
 * number: the lowest layer met in `p` (LAYERS: none). Layers are nested (met with forms of
 * rank ≤ f implies ≤ f + 1), so this is all there is to them (`setOneSlot`).
 */
export type OneSlotKernel = (y: number, p: number, settled: boolean) => number;

/**
 * A `OneSlotKernel` for one stage of a fixpoint: a function of the procedure and its slot that
 * reads `views` as they are when it is called, with the catalog's and the evaluation's
 * arrays held once for every procedure it computes. `settled`: every procedure that the one
 * computed depends on has its final views for this stage (true outside cycles, where
 * procedures are computed in dependency order). What obtaining a centrally issued document
 * comes to is then kept for the rest of the stage: it reads only its issuers' views, which
 * are final when any procedure that reads it is settled.
 */
export function oneSlotKernel(c: CompiledCatalog, e: Evaluation, views: Views, possible: boolean): OneSlotKernel {
  const { slot, central, national, words: W, wideRow, form, obtainable, centrallyIssued, plainLevel, plainUntil, coverMaybe, procedureRanges, involvedRanges } = c;
  const D = c.documentCount;
  const plain = c.plain;
  const involved = c.involved;
  const candidates = c.candidates;
  const covers = c.covers;
  const accept = c.amendmentAccept;
  const obtainedBy = c.obtainedBy;
  const needs = c.needs;
  const { valid, dropped, inForce, connected, rows, day } = e;
  const { level: levels, bits } = views;
  // With a document lacking, its procedures' plain requirements are read one by one.
  const lacks = e.lacking.indexOf(1) >= 0;

  // Per document issued centrally: the lowest layer obtaining it meets (its form's or its
  // issuers' at best), once worked out from settled views; UNKNOWN until then.
  const obtained = new Uint8Array(D).fill(UNKNOWN);
  let settledNow = false;

  // The lowest layer from `lo` up, below `hi`, in which procedure `x` is met in slot `p`; `hi` when none.
  const layerIn = (x: number, p: number, lo: number, hi: number): number => {
    const own = slot[x];
    if (own >= 0) {
      if (own !== p && !central[x] && p !== national) return hi;
      const level = levels[rows === null ? x : rows[x]];
      return level <= lo ? lo : level < hi ? level : hi;
    }
    const base = wideRow[x] * LAYERS * W + (p >>> 5);
    for (let f = lo; f < hi; f++) if ((bits[base + f * W] >>> (p & 31)) & 1) return f;
    return hi;
  };
  // The lowest layer met in slot `p` by a requirement, given one more candidate `ev` and `from` without it.
  const evidenceFrom = (ev: number, p: number, from: number): number => {
    if (ev < 0) return possible ? 0 : from;
    if (ev >= D) return (connected[(ev - D) * W + (p >>> 5)] >>> (p & 31)) & 1 ? 0 : from;
    if (!valid[ev]) return from;
    const level = form[ev];
    if (level >= from) return from;
    if (!obtainable[ev]) return level;
    if (centrallyIssued[ev]) {
      let o = obtained[ev];
      if (o === UNKNOWN) {
        o = LAYERS;
        for (let k = obtainedBy.start[ev]; k < obtainedBy.start[ev + 1] && o > level; k++) {
          const x = obtainedBy.items[k];
          const l = x < 0 ? (possible ? 0 : LAYERS) : levels[rows === null ? x : rows[x]];
          if (l < o) o = l;
        }
        if (o < level) o = level;
        if (settledNow) obtained[ev] = o;
      }
      return o < from ? o : from;
    }
    for (let k = obtainedBy.start[ev]; k < obtainedBy.start[ev + 1] && level < from; k++) {
      const x = obtainedBy.items[k];
      if (x < 0) {
        if (possible) from = level;
        continue;
      }
      from = layerIn(x, p, level, from);
    }
    return from;
  };

  return (y: number, p: number, settled: boolean): number => {
    settledNow = settled;
    // The lowest layer in which every requirement so far is met; a requirement can only raise it.
    let level = 0;
    if (!lacks) level = day <= plainUntil[y] ? plainLevel[y] : LAYERS;
    else {
      for (let k = plain.start[y]; k < plain.start[y + 1]; k++) {
        const d = plain.items[k];
        const from = valid[d] ? form[d] : LAYERS;
        if (from > level) level = from;
      }
    }
    const at = 4 * y;
    for (let i = procedureRanges[at], end = procedureRanges[at + 1]; i < end && level < LAYERS; i++) {
      const q = 4 * i;
      const coversStart = involvedRanges[q + 2];
      const coversEnd = involvedRanges[q + 3];
      // Only an amendment that covers a requirement drops it.
      if (coversStart < coversEnd) {
        const drop = dropped[involved.items[i]];
        if (drop === 1 || (drop === 2 && possible)) continue;
      }
      let from = LAYERS;
      for (let k = involvedRanges[q], kEnd = involvedRanges[q + 1]; k < kEnd && from > level; k++) {
        from = evidenceFrom(candidates.items[k], p, from);
      }
      for (let k = coversStart; k < coversEnd && from > level; k++) {
        const a = covers.items[k];
        if (!inForce[a] || (coverMaybe[k] && !possible)) continue;
        for (let m = accept.start[a]; m < accept.start[a + 1] && from > level; m++) {
          from = evidenceFrom(accept.items[m], p, from);
        }
      }
      if (from > level) level = from;
    }
    for (let k = procedureRanges[at + 2], kEnd = procedureRanges[at + 3]; k < kEnd && level < LAYERS; k++) {
      const x = needs.items[k];
      if (x < 0) {
        if (!possible) level = LAYERS;
        continue;
      }
      level = layerIn(x, p, level, LAYERS);
    }
    return level;
  };
}

/** Writes procedure `y`'s views, every layer, as bit sets into `out` (LAYERS × words). */
export function viewBits(c: CompiledCatalog, e: Evaluation, views: Views, y: number, out: Uint32Array): void {
  out.fill(0);
  orView(c, e, views, y, 0, LAYERS, out);
}

/**
 * Sets procedure `y`'s views from bit sets (LAYERS × words), as `procedureView` gives them:
 * for a procedure evaluated in one slot, the lowest layer where that slot is set.
 */
export function storeViewBits(c: CompiledCatalog, e: Evaluation, views: Views, y: number, bits: Uint32Array): void {
  const p = c.slot[y];
  if (p < 0) {
    views.bits.set(bits, c.wideRow[y] * LAYERS * c.words);
    return;
  }
  let level = 0;
  while (level < LAYERS && ((bits[level * c.words + (p >>> 5)] >>> (p & 31)) & 1) === 0) level++;
  views.level[viewRow(e, y)] = level;
}

/** Writes into `out` (all clear) the bit sets of a procedure evaluated in one slot and met there from `level` up (see `Views`). */
function setOneSlot(c: CompiledCatalog, y: number, level: number, out: Uint32Array): void {
  for (let f = level; f < LAYERS; f++) orOneSlot(c, y, out, f * c.words);
}
