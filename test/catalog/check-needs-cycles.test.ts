import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';
import { localizeDiagnostic } from '../../src/diagnostics/localize.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';

/** A catalog of central procedures, one line each: `[code, needs]`. */
const catalog = (...procedures: [string, string[]][]) =>
  `procedures:\n${procedures.map(([code, needs]) => `  - { code: ${code}, name: Thủ tục ${code}, level: [trung-uong], needs: [${needs.join(', ')}] }\n`).join('')}`;

const found = (text: string, code = 'NEEDS_CYCLE', strict = true) =>
  parseCatalog(text, { fileName: 'p.yaml', strict }).diagnostics.filter((d) => d.code === code);

const where = (d: Diagnostic) => [d.location?.line, d.location?.column, d.location?.path];

const HINT =
  'Remove from `needs` a procedure that does not have to be completed first, to break the cycle. If the law itself makes them wait on each other, keep it: the analysis reports what it blocks.';

describe('NEEDS_CYCLE', () => {
  it('warns of two procedures that need each other, at the first, in English and Vietnamese', () => {
    const text = catalog(['x', []], ['a', ['x', 'b']], ['b', ['a']]);
    const [d, ...rest] = found(text);
    expect(rest).toEqual([]);
    expect(d.severity).toBe('warning');
    expect(where(d)).toEqual([3, 65, ['procedures', 1, 'needs', 1]]);
    expect(d.message).toBe(
      "In procedure 'a', `needs[1]` names 'b', which needs 'a' in turn: 'a' and 'b' need each other, so neither can ever be completed; both are blocked at every date, wherever they run.",
    );
    expect(d.hint).toBe(HINT);
    expect(d.args).toEqual({ procedure: 'a', cycle: ['a', 'b'], procedures: ['a', 'b'] });
    const vi = localizeDiagnostic(d, 'vi');
    expect(vi.message).toBe(
      "Trong thủ tục 'a', `needs[1]` tham chiếu tới 'b', mà 'b' lại cần 'a': 'a' và 'b' cần lẫn nhau, nên không thủ tục nào có thể được hoàn thành; chúng bị chặn ở mọi ngày, ở mọi nơi chúng được thực hiện.",
    );
    expect(vi.hint).toBe(
      'Hãy bỏ khỏi `needs` một thủ tục không thật sự phải hoàn thành trước, để phá vòng lặp. Nếu chính pháp luật buộc chúng chờ lẫn nhau, hãy giữ nguyên: phần phân tích sẽ báo những gì bị chặn.',
    );
  });

  it('warns once of a cycle of three, at the first of them in the file, naming them in the order of the cycle', () => {
    const text = catalog(['c', ['a']], ['b', ['c']], ['a', ['b']]);
    const [d, ...rest] = found(text);
    expect(rest).toEqual([]);
    expect(where(d)).toEqual([2, 62, ['procedures', 0, 'needs', 0]]);
    expect(d.message).toBe(
      "In procedure 'c', `needs[0]` names 'a', whose `needs` lead back to 'c': 'c', 'a' and 'b' need each other, so none of them can ever be completed; they are blocked at every date, wherever they run.",
    );
    expect(d.args).toEqual({ procedure: 'c', cycle: ['c', 'a', 'b'], procedures: ['c', 'a', 'b'] });
    expect(localizeDiagnostic(d, 'vi').message).toBe(
      "Trong thủ tục 'c', `needs[0]` tham chiếu tới 'a', mà `needs` của 'a' dẫn ngược về 'c': 'c', 'a' và 'b' cần lẫn nhau, nên không thủ tục nào có thể được hoàn thành; chúng bị chặn ở mọi ngày, ở mọi nơi chúng được thực hiện.",
    );
  });

  it('leaves out what waits on a cycle and what a cycle needs: a tail is not part of it', () => {
    // t1 → t2 → a ⇄ b → z: the tail comes first in the file, z is needed but needs nothing.
    const text = catalog(['t1', ['t2']], ['t2', ['a']], ['z', []], ['a', ['z', 'b']], ['b', ['z', 'a']]);
    const all = parseCatalog(text, { fileName: 'p.yaml' }).diagnostics;
    expect(all.map((d) => [d.code, ...where(d)])).toEqual([['NEEDS_CYCLE', 5, 65, ['procedures', 3, 'needs', 1]]]);
    expect(all[0].args).toEqual({ procedure: 'a', cycle: ['a', 'b'], procedures: ['a', 'b'] });
  });

  it('names the shortest way round first, then the rest of the group in catalog order', () => {
    // a → b → a, and b → c → d → a: one group of four.
    const text = catalog(['d', ['a']], ['a', ['b']], ['c', ['d']], ['b', ['c', 'a']]);
    const [d, ...rest] = found(text);
    expect(rest).toEqual([]);
    expect(d.args).toEqual({ procedure: 'd', cycle: ['d', 'a', 'b', 'c'], procedures: ['d', 'a', 'b', 'c'] });
    const [e] = found(catalog(['a', ['b']], ['d', ['a']], ['c', ['d']], ['b', ['c', 'a']]));
    expect(e.args).toEqual({ procedure: 'a', cycle: ['a', 'b'], procedures: ['a', 'b', 'd', 'c'] });
    expect(e.message).toContain("'a', 'b', 'd' and 'c' need each other");
  });

  it('leaves a procedure that needs only itself to NEEDS_ITSELF', () => {
    // a and b need themselves (b needs a too, which does not need b); c and d need each other, and c itself.
    const text = catalog(['a', ['a']], ['b', ['a', 'b']], ['c', ['d', 'c']], ['d', ['c']]);
    const diagnostics = parseCatalog(text, { fileName: 'p.yaml' }).diagnostics;
    expect(diagnostics.map((d) => [d.code, d.location?.path])).toEqual([
      ['NEEDS_ITSELF', ['procedures', 0, 'needs', 0]],
      ['NEEDS_ITSELF', ['procedures', 1, 'needs', 1]],
      ['NEEDS_CYCLE', ['procedures', 2, 'needs', 0]],
      ['NEEDS_ITSELF', ['procedures', 2, 'needs', 1]],
    ]);
    expect(diagnostics[2].args).toEqual({ procedure: 'c', cycle: ['c', 'd'], procedures: ['c', 'd'] });
  });

  it('skips references that do not resolve, in lenient and strict mode alike', () => {
    for (const strict of [true, false]) {
      const diagnostics = parseCatalog(catalog(['a', ['zz', 'b']], ['b', ['a', 'yy']]), { fileName: 'p.yaml', strict }).diagnostics;
      expect(diagnostics.map((d) => d.code)).toEqual(['UNKNOWN_REFERENCE', 'NEEDS_CYCLE', 'UNKNOWN_REFERENCE']);
    }
  });

  it('is true: every procedure it names is blocked wherever it runs, even in provinces the others do not run in', () => {
    const text = [
      'provinces: [{ code: HN, name: Hà Nội }, { code: GL, name: Gia Lai }]',
      'procedures:',
      '  - { code: hn, name: H, level: [tinh], provinces: [HN], needs: [gl] }',
      '  - { code: gl, name: G, level: [tinh], provinces: [GL], needs: [c] }',
      '  - { code: c, name: C, level: [trung-uong], needs: [hn] }',
      '',
    ].join('\n');
    const r = parseCatalog(text);
    const [d, ...rest] = r.diagnostics;
    expect(rest).toEqual([]);
    expect(d.args).toEqual({ procedure: 'hn', cycle: ['hn', 'gl', 'c'], procedures: ['hn', 'gl', 'c'] });
    for (const at of ['2000-01-01', '2023-01-01']) {
      expect(analyze(r.catalog, { at }).results.map((x) => [x.code, x.province, x.status])).toEqual([
        ['hn', 'HN', 'blocked'],
        ['gl', 'GL', 'blocked'],
        ['c', null, 'blocked'],
      ]);
    }
  });

  it('finds a cycle of 60,000 procedures behind a tail of 60,000 without running out of stack, naming eight', () => {
    const n = 60_000;
    const procedures: object[] = [];
    const entry = (code: string, next: string) => ({ code, name: 'P', level: ['trung-uong'], needs: [next] });
    for (let i = 0; i < n; i++) procedures.push(entry(`t${i}`, i + 1 < n ? `t${i + 1}` : 'c0'));
    for (let i = 0; i < n; i++) procedures.push(entry(`c${i}`, `c${(i + 1) % n}`));
    const r = parseCatalog(JSON.stringify({ procedures }), { fileName: 'long.json' });
    expect(r.diagnostics.map((d) => [d.code, d.location?.path])).toEqual([['NEEDS_CYCLE', ['procedures', n, 'needs', 0]]]);
    const d = r.diagnostics[0];
    expect(d.message).toBe(
      "In procedure 'c0', `needs[0]` names 'c1', whose `needs` lead back to 'c0': 'c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7' and 59992 others need each other, so none of them can ever be completed; they are blocked at every date, wherever they run.",
    );
    const cycle = d.args?.cycle as string[];
    expect(cycle).toHaveLength(n);
    expect(cycle.every((c, i) => c === `c${i}`)).toBe(true);
    expect(localizeDiagnostic(d, 'vi').message).toContain("'c7' và 59992 thủ tục khác cần lẫn nhau");
  });
});

/** A random graph of `needs` over procedures p0…p(n-1); -1 stands for a code that names nothing. */
const graphs = fc
  .integer({ min: 1, max: 8 })
  .chain((n) =>
    fc.array(fc.uniqueArray(fc.integer({ min: -1, max: n - 1 }), { maxLength: 3 }), { minLength: n, maxLength: n }),
  );

/** Brute force: shortest path lengths (Infinity when none), by relaxing every edge n times. */
function distances(adj: number[][]): number[][] {
  const n = adj.length;
  const d = adj.map((_, i) => adj.map((__, j) => (i === j ? 0 : Infinity)));
  for (let round = 0; round < n; round++) {
    for (let i = 0; i < n; i++) for (let u = 0; u < n; u++) for (const v of adj[u]) if (v >= 0 && d[i][u] + 1 < d[i][v]) d[i][v] = d[i][u] + 1;
  }
  return d;
}

describe('NEEDS_CYCLE against a brute-force oracle', () => {
  it('warns exactly of each group of two or more procedures that reach each other, where and as it should', () => {
    fc.assert(
      fc.property(graphs, (adj) => {
        const n = adj.length;
        const code = (i: number) => (i < 0 ? 'zz' : `p${i}`);
        const text = catalog(...adj.map((needs, i): [string, string[]] => [code(i), needs.map(code)]));
        const result = parseCatalog(text, { fileName: 'p.yaml', strict: false });
        const d = distances(adj);
        const together = (u: number, v: number) => d[u][v] < Infinity && d[v][u] < Infinity;

        // The groups, each by its first procedure in the file.
        const expected = new Map<number, number[]>();
        for (let u = 0; u < n; u++) {
          const group = [...Array(n).keys()].filter((v) => together(u, v));
          if (group.length > 1 && group[0] === u) expected.set(u, group);
        }
        const warnings = result.diagnostics.filter((x) => x.code === 'NEEDS_CYCLE');
        expect(warnings.map((w) => w.location?.path?.[1]).sort()).toEqual([...expected.keys()].sort());
        for (const w of warnings) {
          const [, first, , k] = w.location!.path as [string, number, string, number];
          const group = expected.get(first)!;
          // The first entry of its `needs` that points into the group, itself aside.
          expect(k).toBe(adj[first].findIndex((v) => v !== first && v >= 0 && group.includes(v)));
          const cycle = (w.args!.cycle as string[]).map((c) => Number(c.slice(1)));
          const procedures = (w.args!.procedures as string[]).map((c) => Number(c.slice(1)));
          expect(w.args!.procedure).toBe(code(first));
          // A cycle of `needs` from the first procedure through the entry, as short as any.
          expect(cycle[0]).toBe(first);
          expect(cycle[1]).toBe(adj[first][k]);
          for (let q = 0; q < cycle.length; q++) expect(adj[cycle[q]]).toContain(cycle[(q + 1) % cycle.length]);
          expect(new Set(cycle).size).toBe(cycle.length);
          expect(cycle.length).toBe(1 + d[cycle[1]][first]);
          // The whole group: the cycle, then the others in catalog order.
          expect(procedures.slice(0, cycle.length)).toEqual(cycle);
          const others = procedures.slice(cycle.length);
          expect(others).toEqual([...others].sort((a, b) => a - b));
          expect([...procedures].sort((a, b) => a - b)).toEqual(group);
        }
        // A procedure that needs itself is NEEDS_ITSELF's, once per entry.
        const itself = result.diagnostics.filter((x) => x.code === 'NEEDS_ITSELF').map((x) => x.location?.path?.[1]);
        expect(itself).toEqual(adj.flatMap((needs, i) => (needs.includes(i) ? [i] : [])));
        // And the analysis agrees: every procedure of a group is blocked.
        if (expected.size > 0) {
          const status = new Map(analyze(result.catalog, { at: '2023-01-01', lenient: true }).results.map((r) => [r.code, r.status]));
          for (const group of expected.values()) for (const i of group) expect(status.get(code(i))).toBe('blocked');
        }
      }),
      { numRuns: 200 },
    );
  });
});
