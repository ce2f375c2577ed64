/** Compressed sparse rows: the items of row i are `items[start[i]] … items[start[i + 1] - 1]`. */
export interface Csr {
  start: Int32Array;
  items: Int32Array;
}

/** Packs lists of integers into CSR form. */
export function toCsr(rows: ArrayLike<number>[]): Csr {
  const start = new Int32Array(rows.length + 1);
  for (let i = 0; i < rows.length; i++) start[i + 1] = start[i] + rows[i].length;
  const items = new Int32Array(start[rows.length]);
  for (let i = 0; i < rows.length; i++) items.set(rows[i], start[i]);
  return { start, items };
}

/** The items of each row for which `keep(row, item)` holds, in the same order. */
export function filterCsr(graph: Csr, keep: (row: number, item: number) => boolean): Csr {
  const rows = graph.start.length - 1;
  const start = new Int32Array(rows + 1);
  const items = new Int32Array(graph.items.length);
  let k = 0;
  for (let i = 0; i < rows; i++) {
    for (let q = graph.start[i]; q < graph.start[i + 1]; q++) if (keep(i, graph.items[q])) items[k++] = graph.items[q];
    start[i + 1] = k;
  }
  return { start, items: items.slice(0, k) };
}

/** The transpose of a CSR graph over `n` nodes (negative items are skipped). */
export function reverseCsr(graph: Csr, n: number): Csr {
  const count = new Int32Array(n + 1);
  const rows = graph.start.length - 1;
  for (let i = 0; i < rows; i++) {
    for (let k = graph.start[i]; k < graph.start[i + 1]; k++) {
      const j = graph.items[k];
      if (j >= 0) count[j + 1]++;
    }
  }
  for (let j = 0; j < n; j++) count[j + 1] += count[j];
  const start = count.slice();
  const fill = count.slice(0, n);
  const items = new Int32Array(start[n]);
  for (let i = 0; i < rows; i++) {
    for (let k = graph.start[i]; k < graph.start[i + 1]; k++) {
      const j = graph.items[k];
      if (j >= 0) items[fill[j]++] = i;
    }
  }
  return { start, items };
}
