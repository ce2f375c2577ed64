import { LAYERS, type CompiledCatalog } from './compiled-types.js';
import type { Evaluation } from './evaluation-types.js';
import { viewRow } from './evaluation-read.js';

/**
 * Recomputes the views of procedure `y` (all form layers, all slots) from the current views
 * of what it depends on, into `out` (LAYERS × words). `scratch` is the same size. With
 * `possible`, anything unresolved counts as available; otherwise as unavailable.
 *
 * A procedure evaluated in one slot (`CompiledCatalog.slot`) is computed as one number
 * (`oneSlotLevel`). The others go through bit sets, a way that holds for every procedure:
 * per requirement, the layers from `allFrom` up are met in every slot by a valid document
 * that needs no issuer (or, when `possible`, by something unresolved); only the layers
 * below it need bit sets, from data sources and from documents obtained through procedures.
 */
export function procedureView(
  c: CompiledCatalog,
  e: Evaluation,
  views: Uint32Array,
  y: number,
  possible: boolean,
  out: Uint32Array,
  scratch: Uint32Array,
): void {
  const p = c.slot[y];
  if (p >= 0) {
    out.fill(0);
    setOneSlot(c, y, p, oneSlotLevel(c, e, views, y, p, possible), out, 0);
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

  const size = LAYERS * W;
  for (let k = c.needs.start[y]; k < c.needs.start[y + 1]; k++) {
    const x = c.needs.items[k];
    if (x < 0) {
      if (!possible) out.fill(0);
      continue;
    }
    const base = viewRow(e, x) * size;
    for (let i = 0; i < size; i++) out[i] &= views[base + i];
  }
  toView(c, y, out);
}

/** Per requirement being computed: layers from `allFrom` up are met everywhere; `scratch` holds the rest once `touched`. */
let allFrom = LAYERS;
let touched = false;

/** One candidate: lowers `allFrom`, or ORs bit sets into the layers below it. */
function visit(
  c: CompiledCatalog,
  e: Evaluation,
  views: Uint32Array,
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
      const base = viewRow(e, x) * LAYERS * W;
      for (let i = level * W; i < allFrom * W; i++) scratch[i] |= views[base + i];
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
 * The views of a procedure evaluated in one slot `p` (`CompiledCatalog.slot`) as one number:
 * the lowest layer met in `p` (LAYERS: none). Layers are nested (met with forms of rank ≤ f
 * implies ≤ f + 1), so this is all there is to them (`setOneSlot`).
 */
export function oneSlotLevel(
  c: CompiledCatalog,
  e: Evaluation,
  views: Uint32Array,
  y: number,
  p: number,
  possible: boolean,
): number {
  const cand = c.candidates;
  const covers = c.covers;
  const accept = c.amendmentAccept;
  // The lowest layer in which every requirement so far is met; a requirement can only raise it.
  let level = 0;
  const plain = c.plain;
  for (let k = plain.start[y]; k < plain.start[y + 1]; k++) {
    const d = plain.items[k];
    const from = e.valid[d] ? c.form[d] : LAYERS;
    if (from > level) level = from;
  }
  const involved = c.involved;
  for (let i = involved.start[y]; i < involved.start[y + 1] && level < LAYERS; i++) {
    const r = involved.items[i];
    const drop = e.dropped[r];
    if (drop === 1 || (drop === 2 && possible)) continue;
    let from = LAYERS;
    for (let k = cand.start[r]; k < cand.start[r + 1] && from > level; k++) {
      from = evidenceFrom(c, e, views, cand.items[k], p, possible, from);
    }
    for (let k = covers.start[r]; k < covers.start[r + 1] && from > level; k++) {
      const a = covers.items[k];
      if (!e.inForce[a] || (c.coverMaybe[k] && !possible)) continue;
      for (let m = accept.start[a]; m < accept.start[a + 1] && from > level; m++) {
        from = evidenceFrom(c, e, views, accept.items[m], p, possible, from);
      }
    }
    if (from > level) level = from;
  }
  for (let k = c.needs.start[y]; k < c.needs.start[y + 1] && level < LAYERS; k++) {
    const x = c.needs.items[k];
    if (x < 0) {
      if (!possible) level = LAYERS;
      continue;
    }
    level = layerIn(c, e, views, x, p, level, LAYERS);
  }
  return level;
}

/**
 * Sets, in the views of procedure `y` at `target[base …]` (all clear), each layer from
 * `level` up, as `oneSlotLevel` gives it: every slot for a central procedure (everyone uses
 * the central result), or `p` and the national slot (met everywhere it runs) for a
 * provincial one.
 */
export function setOneSlot(c: CompiledCatalog, y: number, p: number, level: number, target: Uint32Array, base: number): void {
  const W = c.words;
  if (c.central[y]) {
    for (let f = level; f < LAYERS; f++) for (let w = 0; w < W; w++) target[base + f * W + w] = c.all[w];
    return;
  }
  // Written, not ORed in: a word of a new array is not read before it is first set.
  const n = c.national;
  const pw = p >>> 5;
  const nw = n >>> 5;
  const pb = 1 << (p & 31);
  const nb = 1 << (n & 31);
  for (let f = level; f < LAYERS; f++) {
    if (pw === nw) target[base + f * W + pw] = pb | nb;
    else {
      target[base + f * W + pw] = pb;
      target[base + f * W + nw] = nb;
    }
  }
}

/** The lowest layer met in slot `p` by a requirement, given one more candidate `ev` and `from` without it. */
function evidenceFrom(
  c: CompiledCatalog,
  e: Evaluation,
  views: Uint32Array,
  ev: number,
  p: number,
  possible: boolean,
  from: number,
): number {
  if (ev < 0) return possible ? 0 : from;
  if (ev >= c.documentCount) {
    return (e.connected[(ev - c.documentCount) * c.words + (p >>> 5)] >>> (p & 31)) & 1 ? 0 : from;
  }
  if (!e.valid[ev]) return from;
  const level = c.form[ev];
  if (level >= from) return from;
  if (!c.obtainable[ev]) return level;
  for (let k = c.obtainedBy.start[ev]; k < c.obtainedBy.start[ev + 1] && level < from; k++) {
    const x = c.obtainedBy.items[k];
    if (x < 0) {
      if (possible) from = level;
      continue;
    }
    from = layerIn(c, e, views, x, p, level, from);
  }
  return from;
}

/** The lowest layer from `lo` up, below `hi`, in which procedure `x`'s views have slot `p`; `hi` when none. */
function layerIn(c: CompiledCatalog, e: Evaluation, views: Uint32Array, x: number, p: number, lo: number, hi: number): number {
  const W = c.words;
  const base = viewRow(e, x) * LAYERS * W + (p >>> 5);
  for (let f = lo; f < hi; f++) if ((views[base + f * W] >>> (p & 31)) & 1) return f;
  return hi;
}
