import { LAYERS, type CompiledCatalog } from './compiled-types.js';
import { toCsr } from './csr.js';
import type { Evaluation } from './evaluation-types.js';
import { ownSlot, runsIn, slotProvince, viewRow } from './evaluation-read.js';
import type { AnalysisResult } from './result-types.js';
import { stronglyConnected } from '../util/strongly-connected.js';

type Deadlock = AnalysisResult['deadlocks'][number];

/**
 * The groups of evaluations that wait on each other: among the evaluations blocked in the
 * least fixpoint but met in the greatest one, the cycles of "waits on" (a needed procedure,
 * or a procedure that obtains a valid candidate document). Evaluations that are deadlocked
 * only because they depend on such a group are flagged on their result but not listed here.
 * `slot` limits the answer to groups touching that province (and the national slot).
 */
export function findDeadlocks(c: CompiledCatalog, e: Evaluation, slot: number | null): Deadlock[] {
  if (e.greatest === null) return [];
  const greatest = e.greatest;
  const node = new Map<number, number>();
  const nodes: { y: number; s: number }[] = [];
  const key = (y: number, s: number) => y * (c.national + 1) + s;
  // Blocked in the least fixpoint, met in the greatest, where the procedure runs: by level,
  // or word by word.
  const W = c.words;
  const last = (LAYERS - 1) * W;
  for (let y = 0; y < c.procedureCount; y++) {
    if (e.scope !== null && e.scope[y] === 0) continue;
    const one = c.slot[y];
    if (one >= 0) {
      const row = viewRow(e, y);
      if (greatest.level[row] < LAYERS && e.possible.level[row] === LAYERS) {
        node.set(key(y, one), nodes.length);
        nodes.push({ y, s: one });
      }
      continue;
    }
    const base = c.wideRow[y] * LAYERS * W + last;
    for (let w = 0; w < W; w++) {
      let bits = greatest.bits[base + w] & ~e.possible.bits[base + w];
      while (bits !== 0) {
        const s = w * 32 + (31 - Math.clz32(bits & -bits));
        bits &= bits - 1;
        if (s > c.national || (c.central[y] ? s !== c.national : s === c.national || !runsIn(c, y, s))) continue;
        node.set(key(y, s), nodes.length);
        nodes.push({ y, s });
      }
    }
  }
  if (nodes.length === 0) return [];

  const rows = nodes.map(({ y, s }) => {
    const targets = new Set<number>();
    const waitOn = (x: number) => {
      if (x < 0) return;
      const own = ownSlot(c, x, s);
      const slots = !c.central[x] && own === c.national ? provinceSlots(c, x) : [own];
      for (const t of slots) {
        const n = node.get(key(x, t));
        if (n !== undefined) targets.add(n);
      }
    };
    for (let k = c.needs.start[y]; k < c.needs.start[y + 1]; k++) waitOn(c.needs.items[k]);
    for (let r = c.requirementStart[y]; r < c.requirementStart[y + 1]; r++) {
      if (e.dropped[r] === 1) continue;
      const docs: number[] = [];
      for (let k = c.candidates.start[r]; k < c.candidates.start[r + 1]; k++) docs.push(c.candidates.items[k]);
      for (let k = c.covers.start[r]; k < c.covers.start[r + 1]; k++) {
        const a = c.covers.items[k];
        if (!e.inForce[a]) continue;
        for (let m = c.amendmentAccept.start[a]; m < c.amendmentAccept.start[a + 1]; m++) {
          docs.push(c.amendmentAccept.items[m]);
        }
      }
      for (const d of docs) {
        if (d < 0 || d >= c.documentCount || !e.valid[d]) continue;
        for (let k = c.obtainedBy.start[d]; k < c.obtainedBy.start[d + 1]; k++) waitOn(c.obtainedBy.items[k]);
      }
    }
    return [...targets];
  });

  const components = stronglyConnected(toCsr(rows), nodes.length);
  const groups: Deadlock[] = [];
  for (let k = 0; k < components.cyclic.length; k++) {
    if (!components.cyclic[k]) continue;
    const members = [...components.order.subarray(components.start[k], components.start[k + 1])].map((n) => nodes[n]);
    if (slot !== null && !members.some((m) => m.s === slot || m.s === c.national)) continue;
    const slots = new Set(members.map((m) => m.s));
    const only = slots.size === 1 ? [...slots][0] : c.national;
    groups.push({
      procedures: [...new Set(members.map((m) => c.source.procedures[m.y].code))].sort(),
      province: slotProvince(c, only),
    });
  }
  return groups.sort(
    (a, b) => (a.province ?? '').localeCompare(b.province ?? '') || a.procedures.join().localeCompare(b.procedures.join()),
  );
}

function provinceSlots(c: CompiledCatalog, x: number): number[] {
  const slots: number[] = [];
  for (let p = 0; p < c.national; p++) if (runsIn(c, x, p)) slots.push(p);
  return slots;
}
