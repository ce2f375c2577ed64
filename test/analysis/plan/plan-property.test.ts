import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog, Procedure } from '../../../src/catalog/types.js';
import { plan } from '../../../src/analysis/plan/plan.js';
import { candidateChanges, fixedWith, subsets } from './helpers/brute-force.js';
import { AT, catalogs } from './helpers/random-catalogs.js';

/** Candidate changes few enough to try every subset. */
const small = (c: Catalog) => candidateChanges(c, AT).length <= 10;

describe('plan against brute force on random small catalogs', () => {
  it('the full plan has the size of the smallest subset of candidate changes that fixes every fixable target', () => {
    fc.assert(
      fc.property(catalogs.filter(small), fc.boolean(), (catalog, paperless) => {
        const result = plan(catalog, { paperless });
        const candidates = candidateChanges(catalog, AT);
        const before = fixedWith(catalog, [], AT, paperless);
        const reachable = fixedWith(catalog, candidates, AT, paperless);
        const fixable = [...reachable].filter((k) => !before.has(k));
        const fixesAll = (s: Set<string>) => fixable.every((k) => s.has(k));

        expect(result.optimal).toBe(true);
        // Nothing fixable is left, and what the plan promises is what the analysis shows.
        const after = fixedWith(catalog, planChanges(result), AT, paperless);
        expect(fixesAll(after)).toBe(true);
        for (const e of result.unblocks) expect(after.has(`${e.code}@${e.province ?? ''}`)).toBe(true);
        // No smaller subset of candidate changes does it.
        for (let k = 0; k < result.changes.length; k++) {
          for (const s of subsets(candidates, k)) expect(fixesAll(fixedWith(catalog, s, AT, paperless))).toBe(false);
        }
        // Targets no change can fix are reported unfixable, and only those.
        const unfixable = result.unfixable.map((e) => `${e.code}@${e.province ?? ''}`).sort();
        const targets = catalog.procedures.length === 0 ? [] : allKeys(catalog).filter((k) => !before.has(k));
        expect(unfixable).toEqual(targets.filter((k) => !reachable.has(k)).sort());
      }),
      { numRuns: 150 },
    );
  });

  it('for one province, the plan is the smallest subset that fixes every fixable target there', () => {
    fc.assert(
      fc.property(catalogs.filter(small), fc.boolean(), (catalog, paperless) => {
        const province = catalog.provinces[0].code;
        const result = plan(catalog, { province, paperless });
        const here = (keys: Set<string>) => new Set([...keys].filter((k) => k.endsWith('@') || k.endsWith(`@${province}`)));
        const candidates = candidateChanges(catalog, AT);
        const before = here(fixedWith(catalog, [], AT, paperless));
        const fixable = [...here(fixedWith(catalog, candidates, AT, paperless))].filter((k) => !before.has(k));
        const fixesAll = (changes: Parameters<typeof fixedWith>[1]) => {
          const fixed = fixedWith(catalog, changes, AT, paperless);
          return fixable.every((k) => fixed.has(k));
        };

        expect(result.optimal).toBe(true);
        expect(fixesAll(planChanges(result))).toBe(true);
        for (let k = 0; k < result.changes.length; k++) {
          for (const s of subsets(candidates, k)) expect(fixesAll(s)).toBe(false);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('with a budget, no subset of at most K candidate changes fixes more targets', () => {
    fc.assert(
      fc.property(catalogs.filter(small), fc.integer({ min: 1, max: 2 }), fc.boolean(), (catalog, budget, paperless) => {
        const result = plan(catalog, { budget, paperless });
        const candidates = candidateChanges(catalog, AT);
        const before = fixedWith(catalog, [], AT, paperless);
        const gain = (changes: Parameters<typeof fixedWith>[1]) => [...fixedWith(catalog, changes, AT, paperless)].filter((k) => !before.has(k)).length;
        let best = 0;
        for (let k = 1; k <= budget; k++) for (const s of subsets(candidates, k)) best = Math.max(best, gain(s));
        expect(result.changes.length).toBeLessThanOrEqual(budget);
        expect(result.optimal).toBe(true);
        expect(result.totals.fixed).toBe(best);
        expect(gain(planChanges(result))).toBe(best);
      }),
      { numRuns: 150 },
    );
  });
});

function planChanges(result: ReturnType<typeof plan>) {
  return result.changes.map((c) =>
    c.kind === 'amend'
      ? { kind: 'amend' as const, unit: { legal: c.provision.legal, ...(c.provision.article !== undefined ? { article: c.provision.article } : {}), ...(c.provision.clause !== undefined ? { clause: c.provision.clause } : {}) }, accept: c.accept }
      : { kind: 'connect' as const, data_source: c.data_source, province: c.province },
  );
}

function allKeys(catalog: Catalog): string[] {
  const provincial = (p: Procedure) => p.level.some((l) => l !== 'trung-uong');
  return catalog.procedures.flatMap((p) =>
    provincial(p)
      ? (p.provinces === undefined || p.provinces === 'all' ? catalog.provinces.map((x) => x.code) : catalog.provinces.map((x) => x.code).filter((c) => (p.provinces as string[]).includes(c))).map((c) => `${p.code}@${c}`)
      : [`${p.code}@`],
  );
}
