import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';
import { loadFixture, resultOf } from '../helpers/fixture.js';

const result = analyze(loadFixture('obtained-by'));

describe('a document with obtained_by is available when one of its procedures can be completed', () => {
  it('one route is enough (OR): in HN CT07 comes from the procedure that runs there', () => {
    const r = resultOf(result, 'needs-ct07', 'HN');
    expect(r).toMatchObject({ status: 'met', paper: true });
    expect(r.requirements[0].candidates[0].reason).toEqual({
      kind: 'obtainable',
      valid_until: null,
      via: { code: 'ct07-hn-only', province: 'HN', status: 'met', paper: false },
    });
  });

  it('no route: in GL one issuer is blocked and the other is not offered there', () => {
    const r = resultOf(result, 'needs-ct07', 'GL');
    expect(r.status).toBe('blocked');
    expect(r.requirements[0].candidates[0].reason).toEqual({
      kind: 'not-obtainable',
      valid_until: null,
      via: [
        { code: 'ct07-blocked', province: 'GL', status: 'blocked', paper: false },
        { code: 'ct07-hn-only', province: 'GL', status: 'blocked', paper: false, context: 'not-offered' },
      ],
    });
  });

  it('chains to any depth: giay-a ← issue-a ← giay-b ← issue-b (HN only)', () => {
    expect(resultOf(result, 'needs-a', 'HN')).toMatchObject({ status: 'met', paper: false, best_form: 'card' });
    expect(resultOf(result, 'needs-a', 'GL').status).toBe('blocked');
    const via = resultOf(result, 'needs-a', 'GL').requirements[0].candidates[0].reason;
    expect(via).toMatchObject({ kind: 'not-obtainable', via: [{ code: 'issue-a', province: 'GL', status: 'blocked' }] });
    // The chain continues on issue-a's own result in GL.
    const issueA = resultOf(result, 'issue-a', 'GL').requirements[0].candidates[0].reason;
    expect(issueA).toMatchObject({ kind: 'not-obtainable', via: [{ code: 'issue-b', context: 'not-offered' }] });
  });

  it('an empty obtained_by list means nobody issues it: not available', () => {
    const r = resultOf(result, 'needs-none', 'HN');
    expect(r.status).toBe('blocked');
    expect(r.requirements[0].candidates[0].reason).toEqual({ kind: 'not-obtainable', valid_until: null, via: [] });
  });
});
