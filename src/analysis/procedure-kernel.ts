import { ANY_FORM, LAYERS, type CompiledCatalog } from './compiled-types.js';
import type { Evaluation } from './evaluation-types.js';

/**
 * Recomputes the views of procedure `y` (all form layers, all slots) from the current views
 * of what it depends on, into `out` (LAYERS × words). `scratch` is the same size. With
 * `possible`, anything unresolved counts as available; otherwise as unavailable.
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
  const size = LAYERS * W;
  const domainBase = y * W;
  for (let f = 0; f < LAYERS; f++) for (let w = 0; w < W; w++) out[f * W + w] = c.domain[domainBase + w];

  for (let r = c.requirementStart[y]; r < c.requirementStart[y + 1]; r++) {
    const drop = e.dropped[r];
    if (drop === 1 || (drop === 2 && possible)) continue;
    scratch.fill(0);
    for (let k = c.candidates.start[r]; k < c.candidates.start[r + 1]; k++) {
      addEvidence(c, e, views, c.candidates.items[k], possible, scratch);
    }
    for (let k = c.covers.start[r]; k < c.covers.start[r + 1]; k++) {
      const a = c.covers.items[k];
      if (!e.inForce[a] || (c.coverMaybe[k] && !possible)) continue;
      for (let m = c.amendmentAccept.start[a]; m < c.amendmentAccept.start[a + 1]; m++) {
        addEvidence(c, e, views, c.amendmentAccept.items[m], possible, scratch);
      }
    }
    for (let i = 0; i < size; i++) out[i] &= scratch[i];
  }
  for (let k = c.needs.start[y]; k < c.needs.start[y + 1]; k++) {
    const x = c.needs.items[k];
    if (x < 0) {
      if (!possible) out.fill(0);
      continue;
    }
    const base = x * size;
    for (let i = 0; i < size; i++) out[i] &= views[base + i];
  }
  toView(c, y, out);
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
      if ((out[o + w] & c.domain[y * W + w]) !== c.domain[y * W + w]) everywhere = false;
    }
    if (everywhere) out[o + nw] |= nb;
  }
}

/** ORs into `acc` (per layer) the slots where evidence `ev` is available. */
function addEvidence(
  c: CompiledCatalog,
  e: Evaluation,
  views: Uint32Array,
  ev: number,
  possible: boolean,
  acc: Uint32Array,
): void {
  const W = c.words;
  if (ev < 0) {
    if (possible) for (let f = 0; f < LAYERS; f++) orInto(acc, f * W, c.all, 0, W);
    return;
  }
  if (ev < c.documentCount) {
    if (!e.valid[ev]) return;
    const level = c.form[ev];
    if (!c.obtainable[ev]) {
      for (let f = level; f < LAYERS; f++) orInto(acc, f * W, c.all, 0, W);
      return;
    }
    for (let k = c.obtainedBy.start[ev]; k < c.obtainedBy.start[ev + 1]; k++) {
      const x = c.obtainedBy.items[k];
      if (x < 0) {
        if (possible) for (let f = level; f < LAYERS; f++) orInto(acc, f * W, c.all, 0, W);
        continue;
      }
      for (let f = level; f < LAYERS; f++) orInto(acc, f * W, views, (x * LAYERS + f) * W, W);
    }
    return;
  }
  const s = ev - c.documentCount;
  for (let f = 0; f <= ANY_FORM; f++) orInto(acc, f * W, e.connected, s * W, W);
}

function orInto(dst: Uint32Array, at: number, src: Uint32Array, from: number, n: number): void {
  for (let w = 0; w < n; w++) dst[at + w] |= src[from + w];
}
