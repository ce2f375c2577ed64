import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';
import { countDependents } from '../../../src/analysis/count-dependents.js';
import { ministryRows, provinceRows } from '../../../src/report/html/group-rows.js';
import { fileURLToPath } from 'node:url';
import { loadCatalog } from '../../../src/catalog/load-catalog.js';
import { loadFixture } from './fixture.js';

const catalog = await loadFixture('hokhau-small.yaml');
const at = '2023-01-01';
const result = analyze(catalog, { at });
const counts = ['so-ho-khau', 'so-tam-tru'].map((id) => countDependents(catalog, id, { at }));
const names = new Map(catalog.provinces.map((p) => [p.code, p.name]));
const nameOf = (k: string | null) => (k === null ? 'Trung ương' : (names.get(k) ?? k));

describe('provinceRows', () => {
  const rows = provinceRows(result, counts, catalog.provinces.map((p) => p.code), nameOf);

  it('counts, per province, the evaluations there by state', () => {
    for (const row of rows) {
      const here = result.results.filter((r) => r.province === row.key);
      expect(row.blocked, String(row.key)).toBe(here.filter((r) => r.status === 'blocked').length);
      expect(row.paper, String(row.key)).toBe(here.filter((r) => r.status === 'met' && r.paper).length);
    }
    expect(rows.find((r) => r.key === 'HCM')).toMatchObject({ dependent: 2, blocked: 1, paper: 0 });
    expect(rows.find((r) => r.key === null)).toMatchObject({ dependent: 0, blocked: 2 });
  });

  it('puts the most blocked first, then by Vietnamese name, central procedures last among equals', () => {
    // GL, HN and central each have 2 blocked; GL has 1 paper, so it leads; HN (Hà Nội) and
    // the central row tie on every count, and the central row goes last.
    expect(rows.map((r) => r.key)).toEqual(['GL', 'HN', null, 'HCM']);
  });
});

describe('ministryRows', () => {
  it('counts distinct procedures by their worst state', () => {
    const rows = ministryRows(result, counts);
    expect(rows).toEqual([
      { key: 'Bộ Tư pháp', dependent: 3, blocked: 2, paper: 1, document: 0 },
      { key: 'Bộ Xây dựng', dependent: 0, blocked: 2, paper: 0, document: 0 },
      { key: 'Bộ Công an', dependent: 0, blocked: 0, paper: 0, document: 1 },
    ]);
  });
});

describe('rows of procedures that need a card or electronic document', () => {
  it('counts, on the bundled catalog, the evaluations met without paper but without a data lookup, where the lookups are not connected', async () => {
    const bundled = (await loadCatalog(fileURLToPath(new URL('../../../catalog', import.meta.url)))).catalog;
    const r = analyze(bundled, { at });
    const c = ['so-ho-khau', 'so-tam-tru'].map((id) => countDependents(bundled, id, { at }));
    // Counted here from the results: met, no paper, and the best path is a card or electronic document.
    const needsDocument = (e: (typeof r.results)[number]) => e.status === 'met' && !e.paper && e.best_form !== null && e.best_form !== 'data';
    const rows = provinceRows(r, c, bundled.provinces.map((p) => p.code));
    for (const row of rows) expect(row.document, String(row.key)).toBe(r.results.filter((e) => e.province === row.key && needsDocument(e)).length);
    // The three provinces whose offices cannot look residence up, and only they, come first.
    expect(rows.filter((row) => row.document > 0).map((row) => row.key).sort()).toEqual(['BK', 'GL', 'PY']);
    expect(rows.slice(0, 3).every((row) => row.document > 0)).toBe(true);
    const worst = new Map<string, boolean>();
    for (const e of r.results) {
      const clean = e.status === 'met' && !e.paper;
      worst.set(e.code, (worst.get(e.code) ?? true) && clean);
    }
    const documentCodes = new Set(r.results.filter(needsDocument).map((e) => e.code).filter((code) => worst.get(code)));
    expect(ministryRows(r, c).reduce((n, row) => n + row.document, 0)).toBe(documentCodes.size);
    expect(documentCodes.size).toBeGreaterThan(0);
  });
});
