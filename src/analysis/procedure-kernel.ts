import { LAYERS, type CompiledCatalog } from './compiled-types.js';
import type { Evaluation } from './evaluation-types.js';
import { viewRow } from './evaluation-read.js';

/**
 * Recomputes the views of procedure `y` (all form layers, all slots) from the current views
 * of what it depends on, into `out` (LAYERS × words). `scratch` is the same size. With
 * `possible`, anything unresolved counts as available; otherwise as unavailable.
 *
 * Per requirement, the layers from `allFrom` up are met in every slot by a valid document
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
