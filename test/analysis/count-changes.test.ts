import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { CHANGE_KINDS, countChanges, diffResults } from '../../src/analysis/diff-results.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { WrongArgumentError } from '../../src/util/expect-argument.js';
import { thrown } from '../helpers/thrown.js';

const { catalog } = await loadCatalog('catalog/');

describe('countChanges', () => {
  it('counts each kind of change of a real diff, every kind present, zero for the others', () => {
    const deltas = diffResults(analyze(catalog, { at: '2022-12-31', without: ['nd-104-2022'] }), analyze(catalog, { at: '2023-01-01', without: ['nd-104-2022'] }));
    const counts = countChanges(deltas);
    expect(Object.keys(counts)).toEqual([...CHANGE_KINDS]);
    for (const kind of CHANGE_KINDS) expect(counts[kind], kind).toBe(deltas.filter((d) => d.change === kind).length);
    expect(counts['newly-blocked']).toBeGreaterThan(0);
    expect(countChanges([])).toEqual(Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])));
  });

  it('refuses an element that is not a change, naming what it found, instead of counting NaN under a new key', () => {
    const cases: [unknown, string][] = [
      [null, 'but one is null.'],
      [7, 'but one is 7.'],
      [{ code: '1.001193' }, 'but one has none.'],
      [{ change: 'newly-lost' }, 'but one has "newly-lost".'],
      [{ change: 'toString' }, 'but one has "toString".'],
    ];
    for (const [element, end] of cases) {
      const e = thrown(WrongArgumentError, () => countChanges([{ change: 'unchanged' }, element] as never));
      expect(e.code).toBe('WRONG_ARGUMENT');
      expect(e.message).toBe(`countChanges takes the changes diffResults gives, each with its change (${CHANGE_KINDS.join(', ')}), ${end}`);
    }
  });
});
