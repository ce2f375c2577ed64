// The reference limit for graph queries: a hand-written reverse traversal over typed-array
// adjacency (compressed sparse rows), on the same dependence graph `count --depends-on`
// walks: a procedure depends on every candidate of its requirements (the required document,
// its `accept`, and what any amendment covering it accepts), on the procedures that obtain
// a candidate document, and on the procedures it `needs`.

/** Builds the reverse graph of a loaded catalog: nodes are procedures, then documents, then data sources. */
export function buildReverseCsr(catalog) {
  const P = catalog.procedures.length;
  const procIndex = new Map(catalog.procedures.map((p, i) => [p.code, i]));
  const nodeIndex = new Map();
  catalog.documents.forEach((d, i) => nodeIndex.set(d.id, P + i));
  const D = catalog.documents.length;
  catalog.data_sources.forEach((s, i) => nodeIndex.set(s.id, P + D + i));
  const N = P + D + catalog.data_sources.length;
  const obtainedBy = new Map(catalog.documents.map((d) => [d.id, (d.obtained_by ?? []).map((c) => procIndex.get(c)).filter((x) => x !== undefined)]));

  // Amendments by what they cover.
  const byScope = new Map();
  const byLegal = new Map();
  for (const l of catalog.legal) {
    for (const a of l.amends ?? []) {
      if (!a.accept?.length) continue;
      if (a.scope) push(byScope, a.scope.document, a);
      else if (a.provision) push(byLegal, legalOf(a.provision), a);
    }
  }
  const covers = (a, basis) => {
    const outer = typeof a.provision === 'string' ? {} : a.provision;
    const inner = typeof basis === 'string' ? {} : basis;
    for (const part of ['article', 'clause', 'point', 'form']) {
      if (outer[part] !== undefined && String(outer[part]).toLowerCase() !== String(inner[part] ?? '').toLowerCase()) return false;
    }
    return true;
  };

  const from = [];
  const to = [];
  const edge = (a, b) => {
    if (a === undefined) return;
    from.push(a);
    to.push(b);
  };
  catalog.procedures.forEach((p, i) => {
    for (const r of p.requires ?? []) {
      const candidates = [r.document, ...(r.accept ?? [])];
      for (const a of byScope.get(r.document) ?? []) candidates.push(...a.accept);
      if (r.basis !== undefined) for (const a of byLegal.get(legalOf(r.basis)) ?? []) if (covers(a, r.basis)) candidates.push(...a.accept);
      for (const c of candidates) {
        edge(nodeIndex.get(c), i);
        for (const q of obtainedBy.get(c) ?? []) edge(q, i);
      }
    }
    for (const code of p.needs ?? []) edge(procIndex.get(code), i);
  });
  const start = new Int32Array(N + 1);
  for (const a of from) start[a + 1]++;
  for (let i = 0; i < N; i++) start[i + 1] += start[i];
  const fill = start.slice(0, N);
  const items = new Int32Array(from.length);
  for (let k = 0; k < from.length; k++) items[fill[from[k]]++] = to[k];
  return { start, items, procedures: P, nodes: N, nodeIndex, edges: from.length };
}

/** Every procedure reachable backwards from `id`: the number of procedures that depend on it. */
export function reverseReach(csr, id) {
  const origin = csr.nodeIndex.get(id);
  if (origin === undefined) throw new Error(`No document or data source ${id}.`);
  const seen = new Uint8Array(csr.nodes);
  const queue = new Int32Array(csr.nodes);
  const { start, items } = csr;
  let head = 0;
  let tail = 0;
  queue[tail++] = origin;
  seen[origin] = 1;
  let procedures = 0;
  while (head < tail) {
    const v = queue[head++];
    for (let k = start[v]; k < start[v + 1]; k++) {
      const w = items[k];
      if (seen[w] === 0) {
        seen[w] = 1;
        queue[tail++] = w;
        procedures++;
      }
    }
  }
  return procedures;
}

function legalOf(p) {
  return typeof p === 'string' ? p : p.legal;
}

function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
