import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';
import { loadFixture, resultOf } from '../helpers/fixture.js';

const result = analyze(loadFixture('circular-explanation'));

describe('an explanation never rests on the procedure it explains', () => {
  it('a procedure asking for the document it issues is met through the amendment, not through itself', () => {
    const r = resultOf(result, 'cap-xac-nhan', 'HN');
    expect(r).toMatchObject({ status: 'met', paper: true });
    const requirement = r.requirements[0];
    // Both candidates are paper; the document issued by cap-xac-nhan itself is listed first.
    expect(requirement.candidates.map((c) => [c.id, c.status, c.form])).toEqual([
      ['xac-nhan', 'met', 'paper'],
      ['to-khai', 'met', 'paper'],
    ]);
    expect(requirement.candidates[0].reason).toMatchObject({ kind: 'obtainable', via: { code: 'cap-xac-nhan', province: 'HN' } });
    expect(requirement.chosen).toBe('to-khai');
  });

  it('a document issued by either procedure of a loop is explained through the issuer outside the loop', () => {
    const a = resultOf(result, 'loop-a', 'HN');
    expect(a).toMatchObject({ status: 'met', best_form: 'card' });
    expect(a.requirements[0].chosen).toBe('giay-a');
    // loop-b is met only because loop-a is (giay-b comes from loop-a): it cannot explain loop-a.
    expect(a.requirements[0].candidates[0].reason).toEqual({
      kind: 'obtainable',
      valid_until: null,
      via: { code: 'issue-a', province: 'HN', status: 'met', paper: false },
    });
    // loop-b's own explanation goes through loop-a, which rests on issue-a: no way back to loop-b.
    const b = resultOf(result, 'loop-b', 'HN');
    expect(b.requirements[0].candidates[0].reason).toMatchObject({ kind: 'obtainable', via: { code: 'loop-a' } });
  });

  it('without the amendment the self-issuing procedure is blocked: the loop alone is no path', () => {
    const without = analyze(loadFixture('circular-explanation'), { without: ['nd-2-2022'] });
    const r = resultOf(without, 'cap-xac-nhan', 'HN');
    expect(r.status).toBe('blocked');
    expect(r.deadlock).toBe(true);
    expect(r.requirements[0].chosen).toBeUndefined();
  });
});
