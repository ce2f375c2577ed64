import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { resultState } from '../../src/analysis/result-state.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { totalsPairs } from '../../src/report/blocked-text.js';

const { catalog } = await loadCatalog(fileURLToPath(new URL('../../catalog', import.meta.url)));

describe('totalsPairs', () => {
  it('counts, of the paperless, the evaluations met with a card or electronic document: where no lookup is connected', () => {
    for (const province of ['GL', 'HN', null]) {
      const r = analyze(catalog, { at: '2023-01-01', province });
      const pairs = new Map(totalsPairs(r, 'en').map(([k, v]) => [k.trim(), v]));
      // Counted here from the results, independently of resultState.
      const byDocument = r.results.filter((e) => e.status === 'met' && !e.paper && e.best_form !== null && e.best_form !== 'data').length;
      expect(pairs.get('of which need a card or electronic document (no data lookup)'), String(province)).toBe(byDocument);
      expect(byDocument).toBeLessThanOrEqual(r.totals.paperless);
      expect(r.results.filter((e) => resultState(e) === 'document').length).toBe(byDocument);
    }
    // Gia Lai's offices look nothing up; Hà Nội's do: only the ID-card procedures need the card there.
    const gl = analyze(catalog, { at: '2023-01-01', province: 'GL' });
    const hn = analyze(catalog, { at: '2023-01-01', province: 'HN' });
    const cardOnly = (r: typeof gl) => r.results.filter((e) => resultState(e) === 'document').length;
    expect(cardOnly(gl)).toBeGreaterThan(cardOnly(hn));
  });
});
