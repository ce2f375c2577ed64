import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';
import { loadFixture, resultOf } from '../helpers/fixture.js';

const catalog = loadFixture('possible-drop');

describe('a requirement an amendment in force might drop (its basis does not resolve)', () => {
  const after = analyze(catalog, { at: '2023-01-01', lenient: true });

  it.each<[string, string | null]>([
    ['one-province', 'HN'],
    ['every-province', 'HN'],
    ['every-province', 'GL'],
    ['central', null],
    ['needs-one-province', 'HN'],
  ])('%s in %s is unknown once the book has ended', (code, province) => {
    expect(resultOf(after, code, province)).toMatchObject({ status: 'unknown', paper: false, best_form: null });
  });

  it('explains the requirement as unknown, naming the amendment that might drop it', () => {
    for (const [code, province] of [['one-province', 'HN'], ['every-province', 'GL'], ['central', null]] as const) {
      const requirement = resultOf(after, code, province).requirements[0];
      expect(requirement).toMatchObject({ status: 'unknown', dropped_by: { legal: 'nd-2-2022', drop: true } });
      expect(requirement.chosen).toBeUndefined();
    }
  });

  it('is met when the basis is the dropped provision itself', () => {
    expect(resultOf(after, 'dropped', 'HN')).toMatchObject({ status: 'met', paper: false });
    expect(resultOf(after, 'dropped', 'HN').requirements[0]).toMatchObject({ status: 'met', dropped_by: { legal: 'nd-2-2022' } });
  });

  it('is met, through the book, while the book is valid', () => {
    const before = analyze(catalog, { at: '2022-12-31', lenient: true });
    expect(before.results.every((r) => r.status === 'met')).toBe(true);
    expect(resultOf(before, 'one-province', 'HN').requirements[0]).toMatchObject({ status: 'met', chosen: 'so-ho-khau' });
  });

  it('counts them as unknown in the totals, for every province and for one', () => {
    expect(after.totals).toMatchObject({ evaluations: 6, unknown: 5, met: 1, blocked: 0 });
    expect(analyze(catalog, { at: '2023-01-01', lenient: true, province: 'GL' }).totals).toMatchObject({ evaluations: 2, unknown: 2 });
  });
});
