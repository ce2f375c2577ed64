import { LAYERS, type CompiledCatalog } from './compiled-types.js';
import type { Evaluation } from './evaluation-types.js';
import { viewLevel, viewRow } from './evaluation-read.js';
import { oneSlotKernel, procedureView, storeViewBits, viewBits } from './procedure-kernel.js';
import { clearView, copiedViews } from './views.js';

/**
 * Tells whether using procedure `q` (read in slot `qSlot`) to explain procedure `p` in
 * `pSlot` is a real path, not one that rests on `p` itself.
 */
export type Grounded = (q: number, qSlot: number, p: number, pSlot: number) => boolean;

/**
 * Ranks from the least fixpoint of the definite views, recomputed round by round (every
 * procedure of a cyclic component from the previous round's views): the rank of a view bit
 * is the round that first set it. A bit set in round k rests only on bits set before round k,
 * so an explanation that always steps to a lower rank (at the same form layer) cannot come
 * back to where it started. Components are ranked one at a time, the others at their final
 * views: a procedure outside `p`'s component cannot lead back to `p`.
 *
 * `q` is grounded for `p` when it is done at some best layer f and its bit there was set
 * before `p`'s bit at layer f (or `p` is not done at layer f at all, so nothing of `p`'s
 * explanation at its own best form can rest on `q` there). Without cycles every `q` is.
 */
export function groundedIn(c: CompiledCatalog, e: Evaluation): Grounded {
  if (!c.hasCycles) return () => true;
  let ranks: Ranks | null = null;
  return (q, qSlot, p, pSlot) => {
    const { component, cyclic } = c.components;
    if (component[q] !== component[p] || !cyclic[component[q]]) return true;
    const f = viewLevel(c, e, e.definite, q, qSlot);
    if (f === LAYERS) return true;
    ranks ??= rankCycles(c, e);
    return ranks.rank(q, f, qSlot) < ranks.rank(p, f, pSlot);
  };
}

interface Ranks {
  /** The round that set bit `slot` of layer `f` of procedure `y`; Infinity when never set. */
  rank(y: number, f: number, slot: number): number;
}

function rankCycles(c: CompiledCatalog, e: Evaluation): Ranks {
  const W = c.words;
  const size = LAYERS * W;
  const slots = c.national + 1;
  const { order, start, cyclic } = c.components;
  const position = new Int32Array(c.procedureCount).fill(-1);
  let count = 0;
  // Only the components evaluated (all, or a province's scope): a component is in a scope whole.
  const evaluated = (k: number) => cyclic[k] === 1 && viewRow(e, order[start[k]]) >= 0;
  for (let k = 0; k < cyclic.length; k++) {
    if (!evaluated(k)) continue;
    for (let m = start[k]; m < start[k + 1]; m++) position[order[m]] = count++;
  }
  const rounds = new Int32Array(count * LAYERS * slots);
  const views = copiedViews(e.definite);
  const scratch = new Uint32Array(size);
  const current = new Uint32Array(size);
  // Reads `views` as they are when called: one for every round.
  const oneSlot = oneSlotKernel(c, e, views, false);

  for (let k = 0; k < cyclic.length; k++) {
    if (!evaluated(k)) continue;
    const members = Array.from(order.subarray(start[k], start[k + 1]));
    for (const y of members) clearView(c, e, views, y);
    const next = new Uint32Array(members.length * size);
    for (let round = 1; ; round++) {
      members.forEach((y, i) => procedureView(c, e, views, y, false, next.subarray(i * size, (i + 1) * size), scratch, oneSlot));
      let changed = false;
      members.forEach((y, i) => {
        viewBits(c, e, views, y, current);
        let grew = false;
        for (let j = 0; j < size; j++) {
          const added = next[i * size + j] & ~current[j];
          if (added === 0) continue;
          grew = true;
          const f = Math.floor(j / W);
          for (let b = 0; b < 32; b++) {
            const slot = (j % W) * 32 + b;
            if (slot < slots && (added >>> b) & 1) rounds[(position[y] * LAYERS + f) * slots + slot] = round;
          }
          current[j] |= added;
        }
        if (grew) storeViewBits(c, e, views, y, current);
        changed ||= grew;
      });
      if (!changed) break;
    }
  }
  return {
    rank(y, f, slot) {
      const r = rounds[(position[y] * LAYERS + f) * slots + slot];
      return r === 0 ? Infinity : r;
    },
  };
}
