import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { compileCatalog } from '../../src/analysis/compile-catalog.js';
import { evaluateCatalog } from '../../src/analysis/evaluate-catalog.js';
import { AnalysisOptionError } from '../../src/analysis/errors.js';
import { buildGraph } from '../../src/graph/build-graph.js';
import { countDependents } from '../../src/analysis/count-dependents.js';
import { dependents } from '../../src/analysis/dependents.js';
import { summarizeCatalog } from '../../src/analysis/summary.js';
import { timeline } from '../../src/analysis/timeline.js';
import { diff } from '../../src/analysis/diff.js';
import { plan } from '../../src/analysis/plan/plan.js';
import { NotACatalogError } from '../../src/graph/complete-catalog.js';
import { timelineEvents } from '../../src/analysis/timeline-events.js';
import { diffEntities } from '../../src/analysis/diff-entities.js';
import { gatherHtmlReportInput, sunsetDocuments } from '../../src/report/html/gather-report-input.js';
import { applyReform } from '../../src/analysis/reform/apply-reform.js';
import { checkReform } from '../../src/analysis/reform/check-reform.js';
import { whatif } from '../../src/analysis/whatif.js';
import type { Catalog } from '../../src/catalog/types.js';
import { loadFixture } from './helpers/fixture.js';
import { thrown } from '../helpers/thrown.js';

const tiny = loadFixture('tiny-example');

const optionError = (call: () => unknown): AnalysisOptionError => thrown(AnalysisOptionError, call);

describe('analyze options', () => {
  it('needs a date when the catalog sets no cutoff', () => {
    const e = optionError(() => analyze(loadFixture('amendment-dates')));
    expect(e.code).toBe('MISSING_DATE');
    expect(e.message).toMatch(/YYYY-MM-DD/);
    expect(analyze(loadFixture('amendment-dates'), { at: '2023-01-01' }).at).toBe('2023-01-01');
  });

  it.each(['2022-02-30', '2023-1-1', '01/01/2023', ''])('refuses the date %j', (at) => {
    const e = optionError(() => analyze(tiny, { at }));
    expect(e.code).toBe('INVALID_DATE');
    expect(e.message).toContain(`"${at}"`);
  });

  it('accepts 29 February in a leap year', () => {
    expect(analyze(tiny, { at: '2024-02-29' }).at).toBe('2024-02-29');
  });

  it('refuses an unknown province with suggestions, and accepts a lower-case code', () => {
    const e = optionError(() => analyze(tiny, { province: 'GK' }));
    expect(e.code).toBe('UNKNOWN_PROVINCE');
    expect(e.suggestions).toContain('GL');
    expect(e.message).toMatch(/Did you mean/);
    expect(analyze(tiny, { province: 'gl' }).province).toBe('GL');
  });

  it('refuses to evaluate for a province index the compiled catalog does not have', () => {
    const c = compileCatalog(tiny);
    for (const province of [-1, c.national, 0.5]) {
      expect(() => evaluateCatalog(c, { at: '2023-01-01', province })).toThrow(new RangeError(`No province ${province}: province indexes run from 0 to ${c.national - 1}.`));
    }
    expect(evaluateCatalog(c, { at: '2023-01-01', province: c.national - 1 }).scope).not.toBeNull();
  });

  it('refuses an unknown legal document in without, with suggestions', () => {
    const e = optionError(() => analyze(tiny, { without: ['nd-104-2021'] }));
    expect(e.code).toBe('UNKNOWN_LEGAL');
    expect(e.suggestions).toContain('nd-104-2022');
  });

  it('reports the catalog name, version and options', () => {
    const result = analyze(tiny, { at: '2023-01-01', province: 'HN', without: ['104/2022/ND-CP', 'nd-104-2022'] });
    expect(result).toMatchObject({
      version: 1,
      catalog: 'example',
      at: '2023-01-01',
      province: 'HN',
      without: ['nd-104-2022'],
      lenient: false,
    });
  });

  it('refuses what is not a catalog, and treats missing sections as empty', () => {
    for (const bad of [null, 'catalog.yaml', [tiny]]) {
      expect(() => analyze(bad as unknown as Catalog)).toThrow(NotACatalogError);
      expect(() => buildGraph(bad as unknown as Catalog)).toThrow(NotACatalogError);
    }
    const partial = { catalog: { name: 'partial' }, procedures: [{ code: 'x', name: 'X', level: ['trung-uong'] }] };
    const result = analyze(partial as unknown as Catalog, { at: '2023-01-01' });
    expect(result.results.map((r) => [r.code, r.status])).toEqual([['x', 'met']]);
    expect(buildGraph(partial as unknown as Catalog).order).toBe(1);
  });

  it('gives the error of the option for options of the wrong type', () => {
    const cases: [unknown, string][] = [
      [{ at: new Date('2023-01-01') }, 'INVALID_DATE'],
      [{ province: 42 }, 'UNKNOWN_PROVINCE'],
      [{ without: 'nd-104-2022' }, 'UNKNOWN_LEGAL'],
      [{ without: [104] }, 'UNKNOWN_LEGAL'],
      [{ lacking: 'cccd' }, 'UNKNOWN_DOCUMENT'],
    ];
    for (const [options, code] of cases) {
      const e = optionError(() => analyze(tiny, options as never));
      expect(e.code, JSON.stringify(options)).toBe(code);
      expect(e.message).toMatch(/ must be /);
    }
  });

  it('refuses what loadCatalog returns in place of its catalog, and unknown keys or sections that are not lists', () => {
    const loaded = { catalog: tiny, diagnostics: [], locations: {} } as unknown as Catalog;
    const calls: [string, (c: Catalog) => unknown][] = [
      ['analyze', (c) => analyze(c, { at: '2023-01-01' })],
      ['buildGraph', (c) => buildGraph(c)],
      ['countDependents', (c) => countDependents(c, 'so-ho-khau')],
      ['dependents', (c) => dependents(c, 'so-ho-khau')],
      ['summarizeCatalog', (c) => summarizeCatalog(c, { at: '2023-01-01' })],
      ['timeline', (c) => timeline(c)],
      ['diff', (c) => diff(c, tiny, { at: '2023-01-01' })],
      ['plan', (c) => plan(c, { at: '2023-01-01' })],
      ['compileCatalog', (c) => compileCatalog(c)],
      ['timelineEvents', (c) => timelineEvents(c)],
      ['diffEntities', (c) => diffEntities(tiny, c)],
      ['gatherHtmlReportInput', (c) => gatherHtmlReportInput(c)],
      ['sunsetDocuments', (c) => sunsetDocuments(c)],
      ['applyReform', (c) => applyReform(c, {})],
      ['checkReform', (c) => checkReform({}, c)],
      ['whatif', (c) => whatif(c, {})],
    ];
    for (const [name, call] of calls) {
      expect(() => call(loaded), name).toThrow(/pass its `catalog`/);
      expect(() => call(loaded), name).toThrow(NotACatalogError);
    }
    // A forgotten await, and objects that are not plain, are not empty catalogs.
    const pending = Promise.resolve({ catalog: tiny, diagnostics: [] });
    for (const [name, call] of calls) {
      expect(() => call(pending as unknown as Catalog), name).toThrow(/this is a Promise: await it/);
      for (const other of [new Map(), new Date(), new (class Catalogue {})()]) expect(() => call(other as unknown as Catalog), name).toThrow(NotACatalogError);
    }
    expect(() => analyze(new Map() as unknown as Catalog)).toThrow('Expected a catalog object (a plain object, as parsed from YAML or JSON), not a Map.');
    // Plain objects made elsewhere are catalogs: without a prototype, or from another realm.
    const bare = Object.assign(Object.create(null), tiny) as Catalog;
    expect(analyze(bare, { at: '2023-01-01' }).totals).toEqual(analyze(tiny, { at: '2023-01-01' }).totals);
    const otherRealm = runInNewContext('({})') as Catalog;
    Object.assign(otherRealm, tiny);
    expect(analyze(otherRealm, { at: '2023-01-01' }).totals).toEqual(analyze(tiny, { at: '2023-01-01' }).totals);
    expect(() => analyze({ ...tiny, procedure: [] } as unknown as Catalog)).toThrow(/has the key 'procedure'/);
    expect(() => analyze({ ...tiny, procedures: {} } as unknown as Catalog)).toThrow(/'procedures' is not a list/);
    expect(analyze({ ...tiny }, { at: '2023-01-01' }).totals).toEqual(analyze(tiny, { at: '2023-01-01' }).totals);
  });

  it('never modifies the catalog it is given', () => {
    const before = JSON.stringify(tiny);
    analyze(tiny, { without: ['nd-104-2022'] });
    analyze(loadFixture('lenient-unknown'), { lenient: true });
    expect(JSON.stringify(tiny)).toBe(before);
  });
});
