import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { NeighbourhoodOptionError, UnknownFocusError, neighbourhood } from '../../src/analysis/neighbourhood.js';
import { GraphWalkOptionError, graphDependents } from '../../src/graph/graph-dependents.js';
import { buildGraph } from '../../src/graph/build-graph.js';
import { loadFixture } from '../report/html/fixture.js';

const catalog = await loadFixture('hokhau-small.yaml');
const result = analyze(catalog, { at: '2023-01-01' });
const graph = buildGraph(catalog);

describe('neighbourhood options', () => {
  const error = (options: object) => {
    try {
      neighbourhood(graph, 'so-ho-khau', options);
    } catch (e) {
      if (e instanceof NeighbourhoodOptionError) return e.message;
      throw e;
    }
    throw new Error('no NeighbourhoodOptionError');
  };

  it('refuses a date that is not one and a province the catalog lacks, with a did-you-mean', () => {
    expect(error({ at: '2023-02-30' })).toBe('at must be a calendar date written YYYY-MM-DD, e.g. "2023-01-01", not "2023-02-30".');
    expect(error({ at: '2023-2-1' })).toMatch(/^at must be/);
    expect(error({ province: 'GG' })).toBe('The catalog has no province "GG". Did you mean \'GL\'?');
    expect(error({ province: 42 })).toMatch(/^province must be a province code/);
    expect(() => neighbourhood(graph, 42 as never)).toThrow(NeighbourhoodOptionError);
  });

  it('takes a province in any case, as its code', () => {
    const n = neighbourhood(graph, 'csdlqg-dan-cu', { at: '2023-01-01', province: 'gl' });
    expect(n.province).toBe('GL');
    expect(n).toEqual(neighbourhood(graph, 'csdlqg-dan-cu', { at: '2023-01-01', province: 'GL' }));
  });

  it('refuses a result of another date or province than the one drawn', () => {
    expect(error({ at: '2022-12-31', result })).toBe('The result is the analysis at 2023-01-01, not at 2022-12-31: analyse at the date drawn.');
    expect(error({ at: '2023-01-01', province: 'GL', result })).toBe('The result is the analysis of every province, not of GL: analyse the province drawn.');
    const gl = analyze(catalog, { at: '2023-01-01', province: 'GL' });
    expect(neighbourhood(graph, 'so-ho-khau', { at: '2023-01-01', province: 'GL', result: gl }).province).toBe('GL');
  });
});

describe('the messages of the graph errors', () => {
  it('name the closest ids, and show a number given as text as text', () => {
    expect(() => neighbourhood(graph, 'so-ho-kau')).toThrow(UnknownFocusError);
    expect(() => neighbourhood(graph, 'so-ho-kau')).toThrow(/of the catalog\. Did you mean 'so-ho-khau'/);
    expect(() => neighbourhood(graph, 'so-ho-khau', { depth: '2' as never })).toThrow('The depth must be a whole number of hops, 0 or more; got "2".');
    expect(() => graphDependents(graph, 'document:so-ho-khau', { maxDepth: '2' as never })).toThrow(GraphWalkOptionError);
    expect(() => graphDependents(graph, 'document:so-ho-khau', { maxDepth: '2' as never })).toThrow('got "2".');
  });
});
