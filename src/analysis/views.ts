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

/** Per rows array of a province's evaluation: the procedure of each row. */
const rowProcedures = new WeakMap<Int32Array, Int32Array>();
/** Per compiled catalog: the procedures evaluated in several slots (with a `wideRow`). */
const wideProcedures = new WeakMap<CompiledCatalog, Int32Array>();

/**
 * The procedures whose views, definite or possible, differ between `a` and `b`: two
 * evaluations of one compiled catalog over the same procedures (one province's, or all).
 * Levels are compared four rows at a time (one by one when an array does not start on a
 * four-byte boundary); in no particular order.
 */
export function changedProcedures(c: CompiledCatalog, a: Evaluation, b: Evaluation): number[] {
  const out: number[] = [];
  const procedureOf = a.rows === null ? null : rowProcedure(a.rows);
  const rows = a.definite.level.length;
  const levels = [a.definite.level, b.definite.level, a.possible.level, b.possible.level];
  const aligned = levels.every((l) => l.byteOffset % 4 === 0);
  const words = aligned ? rows >>> 2 : 0;
  const [ad, bd, ap, bp] = levels.map((l) => (aligned ? new Uint32Array(l.buffer, l.byteOffset, words) : new Uint32Array(0)));
  const [adl, bdl, apl, bpl] = levels;
  const row = (r: number) => {
    if (adl[r] !== bdl[r] || apl[r] !== bpl[r]) out.push(procedureOf === null ? r : procedureOf[r]);
  };
  for (let w = 0; w < words; w++) {
    if (ad[w] !== bd[w] || ap[w] !== bp[w]) for (let r = 4 * w; r < 4 * w + 4; r++) row(r);
  }
  for (let r = 4 * words; r < rows; r++) row(r);
  const size = LAYERS * c.words;
  for (const y of wide(c)) {
    if (a.rows !== null && a.rows[y] < 0) continue;
    for (let i = c.wideRow[y] * size, end = i + size; i < end; i++) {
      if (a.definite.bits[i] !== b.definite.bits[i] || a.possible.bits[i] !== b.possible.bits[i]) {
        out.push(y);
        break;
      }
    }
  }
  return out;
}

function rowProcedure(rows: Int32Array): Int32Array {
  let found = rowProcedures.get(rows);
  if (found === undefined) {
    let count = 0;
    for (const r of rows) if (r >= 0) count++;
    found = new Int32Array(count);
    rows.forEach((r, y) => {
      if (r >= 0) found![r] = y;
    });
    rowProcedures.set(rows, found);
  }
  return found;
}

function wide(c: CompiledCatalog): Int32Array {
  let found = wideProcedures.get(c);
  if (found === undefined) {
    const list: number[] = [];
    for (let y = 0; y < c.procedureCount; y++) if (c.slot[y] < 0) list.push(y);
    found = Int32Array.from(list);
    wideProcedures.set(c, found);
  }
  return found;
}
