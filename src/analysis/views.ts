import { LAYERS, type CompiledCatalog } from './compiled-types.js';
import type { Evaluation, Views } from './evaluation-types.js';
import { viewRow } from './evaluation-read.js';

/** Views of `rows` rows, all empty. */
export function emptyViews(c: CompiledCatalog, rows: number): Views {
  return { level: new Uint8Array(rows).fill(LAYERS), bits: new Uint32Array(c.wideCount * LAYERS * c.words) };
}

/** A copy of `from`, in the arrays of `old` when given, of the same lengths and another object. */
export function copiedViews(from: Views, old?: Views | null): Views {
  if (old === undefined || old === null || old === from || old.level.length !== from.level.length || old.bits.length !== from.bits.length) {
    return { level: from.level.slice(), bits: from.bits.slice() };
  }
  old.level.set(from.level);
  old.bits.set(from.bits);
  return old;
}

/** Empties procedure `y`'s views. */
export function clearView(c: CompiledCatalog, e: Evaluation, views: Views, y: number): void {
  if (c.slot[y] >= 0) views.level[viewRow(e, y)] = LAYERS;
  else {
    const size = LAYERS * c.words;
    views.bits.fill(0, c.wideRow[y] * size, (c.wideRow[y] + 1) * size);
  }
}
