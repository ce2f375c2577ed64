import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../src/analysis/analyze.js';
import {
  NeighbourhoodOptionError,
  UnknownFocusError,
  neighbourhood,
  resolveFocus,
} from '../../src/analysis/neighbourhood.js';
import { foldedEdges, sourceDependsOnTarget } from '../../src/analysis/neighbourhood-edges.js';
import type { Catalog } from '../../src/catalog/types.js';
import { emptyCatalog } from '../../src/catalog/types.js';
import { buildGraph } from '../../src/graph/build-graph.js';
import { loadFixture } from '../report/html/fixture.js';

const catalog = await loadFixture('hokhau-small.yaml');
const graph = buildGraph(catalog);
const keys = (n: { nodes: { key: string }[] }) => n.nodes.map((x) => x.key).sort();

describe('resolveFocus', () => {
  it('finds procedures by code, documents and legal documents by id, and legal documents by number', () => {
    expect(resolveFocus(graph, '1.001193')).toBe('procedure:1.001193');
    expect(resolveFocus(graph, 'so-ho-khau')).toBe('document:so-ho-khau');
    expect(resolveFocus(graph, 'csdlqg-dan-cu')).toBe('data_source:csdlqg-dan-cu');
    expect(resolveFocus(graph, 'nd-104-2022')).toBe('legal:nd-104-2022');
    expect(resolveFocus(graph, '104/2022/ND-CP')).toBe('legal:nd-104-2022');
    expect(resolveFocus(graph, ' 104/2022/nđ-cp ')).toBe('legal:nd-104-2022');
  });

  it('throws UnknownFocusError with the closest ids for anything else', () => {
    let error: unknown;
    try {
      resolveFocus(graph, 'so-ho-khao');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnknownFocusError);
    expect((error as UnknownFocusError).suggestions).toContain('so-ho-khau');
  });
});

describe('neighbourhood', () => {
  it('takes what depends on a document on one side and what it depends on on the other', () => {
    const n = neighbourhood(graph, 'so-ho-khau', { depth: 1 });
    const byKey = new Map(n.nodes.map((x) => [x.key, x]));
    expect(n.nodes[0]).toMatchObject({ key: 'document:so-ho-khau', direction: 'focus', distance: 0 });
    expect(byKey.get('procedure:1.001193')).toMatchObject({ direction: 'dependent', distance: 1 });
    // Decree 104 amends the requirement and the population database can replace the book.
    expect(byKey.get('legal:nd-104-2022')).toMatchObject({ direction: 'dependency', distance: 1 });
    expect(byKey.get('data_source:csdlqg-dan-cu')).toMatchObject({ direction: 'dependency', distance: 1 });
    // The sunset basis, with its law: provision steps are free, and Article 38 (which only
    // links clause 3 to the law) is folded away.
    expect(byKey.has('provision:luat-cu-tru-2020/38/3')).toBe(true);
    expect(byKey.has('legal:luat-cu-tru-2020')).toBe(true);
    expect(byKey.has('provision:luat-cu-tru-2020/38')).toBe(false);
    expect(n.edges).toContainEqual({ source: 'provision:luat-cu-tru-2020/38/3', target: 'legal:luat-cu-tru-2020', type: 'part-of' });
    // Two hops away: not at depth 1.
    expect(byKey.has('procedure:1.010041')).toBe(false);
    expect(n.omitted).toBe(0);
  });

  it('folds requirements into their procedures as requires edges with the mode', () => {
    const n = neighbourhood(graph, '1.001193', { depth: 1 });
    expect(n.nodes.some((x) => x.key.startsWith('requirement:'))).toBe(false);
    expect(n.edges).toContainEqual({ source: 'procedure:1.001193', target: 'document:so-ho-khau', type: 'requires', mode: 'present' });
    expect(n.edges).toContainEqual({ source: 'procedure:1.001193', target: 'provision:nd-123-2015/2/1', type: 'based-on' });
  });

  it('reaches through needs: a procedure that needs a blocked one depends on its document', () => {
    const n = neighbourhood(graph, 'so-tam-tru', { depth: 2 });
    const byKey = new Map(n.nodes.map((x) => [x.key, x]));
    expect(byKey.get('procedure:1.003091')).toMatchObject({ direction: 'dependent', distance: 1 });
    expect(byKey.get('procedure:2.000001')).toMatchObject({ direction: 'dependent', distance: 2 });
  });

  it('depth 0 is the focus alone', () => {
    const n = neighbourhood(graph, '1.001193', { depth: 0 });
    expect(keys(n)).toEqual(['procedure:1.001193']);
    expect(n.edges).toEqual([]);
  });

  it('keeps at most maxNodes, closest first, and counts the rest', () => {
    const all = neighbourhood(graph, 'so-ho-khau', { depth: 4 });
    const capped = neighbourhood(graph, 'so-ho-khau', { depth: 4, maxNodes: 3 });
    expect(capped.nodes).toHaveLength(3);
    expect(capped.nodes[0].key).toBe('document:so-ho-khau');
    expect(Math.max(...capped.nodes.map((x) => x.distance))).toBeLessThanOrEqual(Math.min(...all.nodes.filter((x) => !keys(capped).includes(x.key)).map((x) => x.distance)));
    expect(capped.omitted).toBeGreaterThan(0);
    const kept = new Set(keys(capped));
    for (const e of capped.edges) expect(kept.has(e.source) && kept.has(e.target)).toBe(true);
  });

  it('marks blocked procedures, expired documents, unconnected data sources and legal documents not in force', () => {
    const at = '2023-01-01';
    const result = analyze(catalog, { at, province: 'GL' });
    const n = neighbourhood(graph, 'so-ho-khau', { depth: 3, at, province: 'GL', result });
    const state = (k: string) => n.nodes.find((x) => x.key === k)?.state;
    expect(state('document:so-ho-khau')).toBe('expired');
    expect(state('data_source:csdlqg-dan-cu')).toBe('not-connected');
    expect(state('procedure:1.001193')).toBe('paper');
    // It asks for the CCCD card itself: met without paper, but not by a lookup.
    expect(state('procedure:1.010041')).toBe('document');
    const hn = neighbourhood(graph, 'so-ho-khau', { depth: 3, at, province: 'HN', result: analyze(catalog, { at, province: 'HN' }) });
    expect(hn.nodes.find((x) => x.key === 'procedure:1.001193')?.state).toBe('paperless');
    expect(n.at).toBe(at);
    expect(n.province).toBe('GL');

    const before = neighbourhood(graph, 'so-ho-khau', { depth: 1, at: '2022-12-31', province: 'HN' });
    expect(before.nodes.find((x) => x.key === 'document:so-ho-khau')?.state).toBeUndefined();
    expect(before.nodes.find((x) => x.key === 'legal:nd-104-2022')?.state).toBe('not-in-force');
    expect(before.nodes.find((x) => x.key === 'data_source:csdlqg-dan-cu')?.state).toBeUndefined();

    const national = analyze(catalog, { at });
    const all = neighbourhood(graph, 'so-tam-tru', { depth: 1, at, result: national });
    expect(all.nodes.find((x) => x.key === 'procedure:1.003091')).toMatchObject({ state: 'blocked', blocked_in: { blocked: 3, evaluations: 3 } });
  });

  it('refuses a negative depth and a cap below one', () => {
    expect(() => neighbourhood(graph, 'so-ho-khau', { depth: -1 })).toThrow(NeighbourhoodOptionError);
    expect(() => neighbourhood(graph, 'so-ho-khau', { maxNodes: 0 })).toThrow(NeighbourhoodOptionError);
  });
});

// ---------------------------------------------------------------------------------------
// Property: without a cap, the neighbourhood is exactly the nodes whose shortest weighted
// distance from the focus (part-of free, every other step 1), walking dependence edges one
// way or the other, is within the depth; computed here by plain Bellman-Ford relaxation.

function oracle(c: Catalog, focusKey: string, depth: number): Map<string, number> {
  const edges = foldedEdges(buildGraph(c)).map((e) => {
    const [from, to] = sourceDependsOnTarget(e) ? [e.source, e.target] : [e.target, e.source];
    return { from, to, w: e.type === 'part-of' ? 0 : 1 };
  });
  const best = new Map<string, number>();
  for (const reverse of [false, true]) {
    const dist = new Map<string, number>([[focusKey, 0]]);
    for (let round = 0; round < 200; round++) {
      let changed = false;
      for (const e of edges) {
        const [a, b] = reverse ? [e.to, e.from] : [e.from, e.to];
        const da = dist.get(a);
        if (da === undefined) continue;
        if (da + e.w < (dist.get(b) ?? Infinity)) {
          dist.set(b, da + e.w);
          changed = true;
        }
      }
      if (!changed) break;
    }
    for (const [k, d] of dist) if (d <= depth && d < (best.get(k) ?? Infinity)) best.set(k, d);
  }
  return best;
}

const smallCatalog = fc
  .record({
    procedures: fc.integer({ min: 1, max: 6 }),
    documents: fc.integer({ min: 1, max: 4 }),
    requires: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 10 }),
    needs: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
    obtained: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
    amends: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 4 }),
  })
  .map((r): Catalog => {
    const c = emptyCatalog();
    const doc = (i: number) => `d${i % r.documents}`;
    const proc = (i: number) => `p${i % r.procedures}`;
    for (let i = 0; i < r.documents; i++) c.documents.push({ id: `d${i}`, name: `D${i}`, form: 'paper' });
    c.legal.push({ id: 'l0', number: '1/2020/NĐ-CP', type: 'nghi-dinh' }, { id: 'l1', number: '2/2021/NĐ-CP', type: 'nghi-dinh' });
    for (let i = 0; i < r.procedures; i++) c.procedures.push({ code: `p${i}`, name: `P${i}`, level: ['xa'] });
    for (const [p, d, a] of r.requires) {
      const target = c.procedures.find((x) => x.code === proc(p))!;
      (target.requires ??= []).push({ document: doc(d), basis: { legal: 'l0', article: (a % 3) + 1 } });
    }
    for (const [a, b] of r.needs) (c.procedures.find((x) => x.code === proc(a))!.needs ??= []).push(proc(b));
    for (const [d, p] of r.obtained) (c.documents.find((x) => x.id === doc(d))!.obtained_by ??= []).push(proc(p));
    for (const [a, d, byScope] of r.amends) {
      (c.legal[1].amends ??= []).push(
        byScope ? { scope: { document: doc(d) }, accept: [doc(d + 1)] } : { provision: { legal: 'l0', article: (a % 3) + 1 }, drop: true },
      );
    }
    return c;
  });

describe('neighbourhood (property)', () => {
  it('holds exactly the nodes within the depth, at their shortest distance', () => {
    fc.assert(
      fc.property(smallCatalog, fc.nat(), fc.integer({ min: 0, max: 4 }), (c, pick, depth) => {
        const g = buildGraph(c);
        const candidates = g.nodes().filter((k) => !k.startsWith('requirement:'));
        const focus = candidates[pick % candidates.length];
        const n = neighbourhood(g, focus, { depth, maxNodes: 10_000 });
        const expected = oracle(c, focus, depth);
        expect(new Map(n.nodes.map((x) => [x.key, x.distance]))).toEqual(expected);
        expect(n.omitted).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('under a cap keeps a connected drawing: every node links to a kept node no farther away', () => {
    fc.assert(
      fc.property(smallCatalog, fc.nat(), fc.integer({ min: 1, max: 8 }), (c, pick, cap) => {
        const g = buildGraph(c);
        const candidates = g.nodes().filter((k) => !k.startsWith('requirement:'));
        const focus = candidates[pick % candidates.length];
        const full = neighbourhood(g, focus, { depth: 3, maxNodes: 10_000 });
        const n = neighbourhood(g, focus, { depth: 3, maxNodes: cap });
        expect(n.nodes.length).toBe(Math.min(cap, full.nodes.length));
        expect(n.omitted).toBe(full.nodes.length - n.nodes.length);
        const distance = new Map(n.nodes.map((x) => [x.key, x.distance]));
        for (const x of n.nodes) {
          if (x.key === n.focus) continue;
          const linked = n.edges.some(
            (e) =>
              (e.source === x.key && (distance.get(e.target) ?? Infinity) <= x.distance && e.target !== x.key) ||
              (e.target === x.key && (distance.get(e.source) ?? Infinity) <= x.distance && e.source !== x.key),
          );
          expect(linked).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
