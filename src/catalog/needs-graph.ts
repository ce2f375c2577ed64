import type { SparseGraph } from '../util/strongly-connected.js';

/** The part of the graph of `needs` a cycle can go through. */
export interface NeedsCore {
  /** The core's nodes: positions in `procedures`, in catalog order. */
  procedures: Int32Array;
  /** Position in `procedures` → node of the core, or -1. */
  node: Int32Array;
  /** The edges between the core's nodes. */
  graph: SparseGraph;
}

/**
 * The graph of `needs` between a catalog's procedures (by position in `procedures`),
 * gathered as the reference walk resolves each entry (see check-references.ts), so that a
 * national catalog's procedures are not gone through once more for it.
 */
export class NeedsGraph {
  /** Out-degree of each procedure. */
  private readonly count: Int32Array;
  /** 1 for a procedure that another needs. */
  private readonly needed: Uint8Array;
  private readonly targets: number[] = [];

  constructor(readonly size: number) {
    this.count = new Int32Array(size);
    this.needed = new Uint8Array(size);
  }

  /** Procedure `from` needs procedure `to`; added procedure by procedure, in catalog order. */
  add(from: number, to: number): void {
    this.targets.push(to);
    this.count[from]++;
    this.needed[to] = 1;
  }

  get edges(): number {
    return this.targets.length;
  }

  /**
   * The procedures that need another and are needed by another, and the edges between them:
   * only those can be in a cycle. Most procedures need nothing, or are needed by none (7,500
   * of the 100,000 of the synthetic national catalog are both), so what looks for cycles
   * goes through a small graph. One pass over the procedures and one over the edges.
   */
  core(): NeedsCore {
    const { size, count, needed, targets } = this;
    const node = new Int32Array(size);
    let m = 0;
    for (let i = 0; i < size; i++) node[i] = count[i] > 0 && needed[i] === 1 ? m++ : -1;
    const procedures = new Int32Array(m);
    const start = new Int32Array(m + 1);
    const items = new Int32Array(targets.length);
    let e = 0;
    let q = 0;
    for (let i = 0; i < size; i++) {
      const end = e + count[i];
      const v = node[i];
      if (v >= 0) {
        for (; e < end; e++) {
          const w = node[targets[e]];
          if (w >= 0) items[q++] = w;
        }
        procedures[v] = i;
        start[v + 1] = q;
      }
      e = end;
    }
    return { procedures, node, graph: { start, items: items.subarray(0, q) } };
  }
}
