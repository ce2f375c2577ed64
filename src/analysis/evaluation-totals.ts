import { LAYERS, type CompiledCatalog } from './compiled-types.js';
import type { Evaluation } from './evaluation-types.js';
import type { Totals } from './result-types.js';
import { evaluatedSlots } from './evaluation-read.js';

/**
 * The totals of an analysis read straight from the evaluation's views (a level, or bit sets
 * a word of slots at a time): what `totals()` gives for the analysis's results, without building them. Central
 * procedures count once (the national slot), provincial ones in each province where they run,
 * or only in `only`. `procedures` counts procedures with an evaluation, by code when two
 * procedures share one.
 */
export function evaluationTotals(c: CompiledCatalog, e: Evaluation, only: number | null): Totals {
  const t: Totals = { procedures: 0, evaluations: 0, blocked: 0, met: 0, paper: 0, paperless: 0, document: 0, unknown: 0 };
  const W = c.words;
  const P = c.national;
  const paperLayer = (LAYERS - 1) * W;
  const counted = c.procedureIndex.size === c.procedureCount ? null : new Set<string>();
  // Procedures evaluated in one slot, counted by level: met in layer 0 … LAYERS - 1, then
  // unknown (LAYERS), then blocked (LAYERS + 1).
  const byLevel = new Float64Array(LAYERS + 2);
  const { slot } = c;
  const { scope, rows } = e;
  const definite = e.definite.level;
  const possible = e.possible.level;
  for (let y = 0; y < c.procedureCount; y++) {
    // Outside an evaluation's scope, a procedure is not evaluated in `only` nor centrally.
    if (scope !== null && scope[y] === 0) continue;
    const one = slot[y];
    if (one >= 0) {
      // A procedure evaluated in one slot (centrally, or in one province): its level.
      if (only !== null && only !== one && one !== P) continue;
      const row = rows === null ? y : rows[y];
      const level = definite[row];
      byLevel[level < LAYERS ? level : possible[row] < LAYERS ? LAYERS : LAYERS + 1]++;
      if (counted) counted.add(c.source.procedures[y].code);
      else t.procedures++;
      continue;
    }
    const before = t.evaluations;
    const base = c.wideRow[y] * LAYERS * W;
    for (let w = 0; w < W; w++) {
      const slots = evaluatedSlots(c, y, only, w);
      if (slots === 0) continue;
      const met = e.definite.bits[base + paperLayer + w] & slots;
      const possible = e.possible.bits[base + paperLayer + w] & slots;
      const lower = e.definite.bits[base + (LAYERS - 2) * W + w];
      const paper = met & ~lower;
      // Met without paper, but not by data alone.
      const document = lower & ~e.definite.bits[base + w] & slots;
      const n = popcount(slots);
      const m = popcount(met);
      const p = popcount(paper);
      const reachable = popcount(possible);
      t.evaluations += n;
      t.met += m;
      t.paper += p;
      t.paperless += m - p;
      t.document += popcount(document);
      t.unknown += reachable - popcount(possible & met);
      t.blocked += n - reachable - popcount(met & ~possible);
    }
    if (t.evaluations === before) continue;
    if (counted) counted.add(c.source.procedures[y].code);
    else t.procedures++;
  }
  for (let f = 0; f < LAYERS; f++) {
    t.met += byLevel[f];
    if (f === LAYERS - 1) t.paper += byLevel[f];
    else t.paperless += byLevel[f];
    if (f > 0 && f < LAYERS - 1) t.document += byLevel[f];
  }
  t.unknown += byLevel[LAYERS];
  t.blocked += byLevel[LAYERS + 1];
  for (const n of byLevel) t.evaluations += n;
  if (counted) t.procedures = counted.size;
  return t;
}

function popcount(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
