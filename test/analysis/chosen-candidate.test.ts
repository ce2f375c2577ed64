import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatedAnalysis } from '../../src/analysis/analyze.js';
import { compileCatalog } from '../../src/analysis/compile-catalog.js';
import { eachEvaluation } from '../../src/analysis/evaluation-read.js';
import { explainContext } from '../../src/analysis/explain-context.js';
import { chosenCandidate, explainRequirement } from '../../src/analysis/explain-requirement.js';
import type { Catalog } from '../../src/catalog/types.js';
import { readdirSync } from 'node:fs';
import { catalogs, DATES, subset } from './helpers/analysis-catalogs.js';
import { loadFixture } from './helpers/fixture.js';

// chosenCandidate answers "which candidate does this requirement's explanation choose"
// without building the explanation: it must give what the explanation gives, every time.

const cases = catalogs.chain((catalog) =>
  fc.record({
    catalog: fc.constant(catalog),
    at: fc.constantFrom(...DATES),
    province: fc.constantFrom(null, 'HN', 'GL'),
    without: subset(catalog.legal.map((l) => l.id), 1),
    lacking: subset(catalog.documents.map((d) => d.id), 2),
  }),
);

/**
 * Checks chosenCandidate against the explanation of every requirement of every evaluation of
 * an analysis; gives how many requirements choose a candidate, and how many of those choose
 * one that is not the first met candidate listed.
 */
function compare(catalog: Catalog, options: Parameters<typeof evaluatedAnalysis>[1]): { chosen: number; notFirst: number } {
  const c = compileCatalog(catalog);
  const a = evaluatedAnalysis(c, options);
  const x = explainContext(c, a.evaluation);
  let chosen = 0;
  let notFirst = 0;
  eachEvaluation(c, a.only, (y, slot) => {
    for (let r = c.requirementStart[y]; r < c.requirementStart[y + 1]; r++) {
      const explained = explainRequirement(x, r, slot);
      const candidate = chosenCandidate(x, r, slot);
      expect(candidate?.id).toBe(explained.chosen);
      if (candidate === null) continue;
      chosen++;
      const listed = explained.candidates.find((k) => k.id === candidate.id)!;
      expect(listed.kind).toBe(candidate.ev >= c.documentCount ? 'data_source' : 'document');
      expect(listed.paper).toBe(candidate.level === 3);
      if (explained.candidates.find((k) => k.status === 'met') !== listed) notFirst++;
    }
  });
  return { chosen, notFirst };
}

describe('chosenCandidate', () => {
  it("gives the candidate a requirement's explanation chooses, on random catalogs (property)", () => {
    let chosen = 0;
    fc.assert(
      fc.property(cases, ({ catalog, at, province, without, lacking }) => {
        chosen += compare(catalog as Catalog, { at, province, without, lacking, lenient: true }).chosen;
      }),
      { numRuns: 1500 },
    );
    expect(chosen).toBeGreaterThan(500);
  });

  it("gives the candidate a requirement's explanation chooses, in every analysis fixture", () => {
    const names = readdirSync(new URL('../fixtures/analysis/', import.meta.url));
    let notFirst = 0;
    for (const name of names) notFirst += compare(loadFixture(name), { at: '2023-01-01', lenient: true }).notFirst;
    // Among them a requirement whose first met candidate rests on the procedure explained.
    expect(compare(loadFixture('circular-explanation'), { at: '2023-01-01' }).notFirst).toBeGreaterThan(0);
    expect(notFirst).toBeGreaterThan(0);
  });
});
