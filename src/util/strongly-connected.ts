/**
 * A directed graph in compressed sparse rows, as the analysis builds them (`Csr`): the edges
 * of node v point at `items[start[v]] … items[start[v + 1] - 1]`.
 */
export interface SparseGraph {
  start: Int32Array;
  items: Int32Array;
}

/** Strongly connected components, each listed after every component it can reach. */
export interface Components {
  /** Node indexes grouped by component, components in dependency-first order. */
  order: Int32Array;
  /** Component k is `order[start[k]] … order[start[k + 1] - 1]`. */
  start: Int32Array;
  /** Component of each node. */
  component: Int32Array;
  /** 1 when the component is a cycle (more than one node, or a node with an edge to itself). */
  cyclic: Uint8Array;
}

/**
 * Tarjan's algorithm without recursion over a CSR graph of `n` nodes (negative targets are
 * skipped). Edges point from a node to what it depends on, so dependencies come first.
 */
export function stronglyConnected(graph: SparseGraph, n: number): Components {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  const component = new Int32Array(n);
  const order = new Int32Array(n);
  const starts: number[] = [0];
  const cyclic: number[] = [];
  let next = 0;
  let top = 0;
  let emitted = 0;

  for (let root = 0; root < n; root++) {
    if (index[root] >= 0) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = graph.start[root];
    index[root] = low[root] = next++;
    stack[top++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callNode[depth];
      const k = callEdge[depth];
      if (k < graph.start[v + 1]) {
        callEdge[depth] = k + 1;
        const w = graph.items[k];
        if (w < 0) continue;
        if (index[w] < 0) {
          index[w] = low[w] = next++;
          stack[top++] = w;
          onStack[w] = 1;
          depth++;
          callNode[depth] = w;
          callEdge[depth] = graph.start[w];
        } else if (onStack[w] && index[w] < low[v]) {
          low[v] = index[w];
        }
        continue;
      }
      if (low[v] === index[v]) {
        const k0 = starts.length - 1;
        let size = 0;
        let w: number;
        do {
          w = stack[--top];
          onStack[w] = 0;
          component[w] = k0;
          order[emitted++] = w;
          size++;
        } while (w !== v);
        starts.push(emitted);
        cyclic.push(size > 1 || hasSelfLoop(graph, v) ? 1 : 0);
      }
      depth--;
      if (depth >= 0) {
        const parent = callNode[depth];
        if (low[v] < low[parent]) low[parent] = low[v];
      }
    }
  }
  return { order, start: Int32Array.from(starts), component, cyclic: Uint8Array.from(cyclic) };
}

function hasSelfLoop(graph: SparseGraph, v: number): boolean {
  for (let k = graph.start[v]; k < graph.start[v + 1]; k++) if (graph.items[k] === v) return true;
  return false;
}
