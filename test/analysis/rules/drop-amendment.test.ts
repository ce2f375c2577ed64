import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';
import { loadFixture, resultOf } from '../helpers/fixture.js';

const catalog = loadFixture('drop-amendment');

describe('an amendment with drop: true removes the requirement', () => {
  it('on the effective date the requirement is met and records which amendment dropped it', () => {
    const r = resultOf(analyze(catalog, { at: '2023-01-01' }), '1.004512', null);
    expect(r).toMatchObject({ status: 'met', paper: false, best_form: 'electronic' });
    const book = r.requirements[0];
    expect(book.status).toBe('met');
    expect(book.chosen).toBeUndefined();
    expect(book.dropped_by).toEqual({
      legal: 'nd-104-2022',
      number: '104/2022/NĐ-CP',
      by: { article: 13, clause: 5 },
      effective: '2023-01-01',
      provision: {
        legal: 'nd-11-2021',
        number: '11/2021/NĐ-CP',
        article: 15,
        clause: 2,
        point: 'b',
        source: 'https://example.org/11-2021',
        label: 'Điều 15 khoản 2 điểm b Nghị định 11/2021/NĐ-CP',
      },
      drop: true,
      source: 'https://example.org/104-2022',
      label: 'Điều 13 khoản 5 Nghị định 104/2022/NĐ-CP',
    });
    // The other requirement of the same procedure is still asked for.
    expect(r.requirements[1]).toMatchObject({ status: 'met', chosen: 'don' });
    expect(r.requirements[1].dropped_by).toBeUndefined();
  });

  it('the day before, the book is still valid and nothing is dropped', () => {
    const r = resultOf(analyze(catalog, { at: '2022-12-31' }), '1.004512', null);
    expect(r.requirements[0].dropped_by).toBeUndefined();
    expect(r).toMatchObject({ status: 'met', paper: true });
  });

  it('the day after, the requirement is still dropped', () => {
    const r = resultOf(analyze(catalog, { at: '2023-01-02' }), '1.004512', null);
    expect(r.requirements[0]).toMatchObject({ status: 'met', dropped_by: { legal: 'nd-104-2022', effective: '2023-01-01' } });
    expect(r).toMatchObject({ status: 'met', paper: false });
  });

  it('a neighbouring point is not dropped', () => {
    expect(resultOf(analyze(catalog), 'not-dropped', null).status).toBe('blocked');
  });

  it('without the amending decree the requirement blocks again', () => {
    const r = resultOf(analyze(catalog, { without: ['nd-104-2022'] }), '1.004512', null);
    expect(r.status).toBe('blocked');
    expect(r.requirements[0].dropped_by).toBeUndefined();
  });
});
