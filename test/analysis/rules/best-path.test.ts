import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';
import { loadFixture, resultOf } from '../helpers/fixture.js';

const result = analyze(loadFixture('best-path'));

describe('the best path is the least-paper way: data > electronic > card > paper', () => {
  it.each([
    ['all-forms', 'HN', 'data', 'tra-cuu'],
    ['all-forms', 'GL', 'electronic', 'ban-dien-tu'],
    ['card-or-paper', 'HN', 'card', 'the-card'],
    ['paper-only', 'HN', 'paper', 'giay-paper'],
  ])('%s in %s: best form %s, choosing %s', (code, province, form, chosen) => {
    const r = resultOf(result, code, province);
    expect(r).toMatchObject({ status: 'met', best_form: form, paper: form === 'paper' });
    expect(r.requirements[0].chosen).toBe(chosen);
  });

  it('a procedure that asks for nothing is met without paper', () => {
    expect(resultOf(result, 'nothing', 'HN')).toMatchObject({ status: 'met', paper: false, best_form: 'data' });
  });

  it('obtaining a document includes the obtaining procedure: the paperless issuer where it runs', () => {
    const hn = resultOf(result, 'via-obtaining', 'HN');
    expect(hn).toMatchObject({ status: 'met', paper: false, best_form: 'electronic' });
    expect(hn.requirements[0].candidates[0]).toMatchObject({
      form: 'electronic',
      paper: false,
      reason: { kind: 'obtainable', via: { code: 'issue-paperless', province: 'HN', status: 'met', paper: false } },
    });
  });

  it('an electronic document obtained through a procedure that needs paper still needs paper', () => {
    const gl = resultOf(result, 'via-obtaining', 'GL');
    expect(gl).toMatchObject({ status: 'met', paper: true, best_form: 'paper' });
    expect(gl.requirements[0].candidates[0]).toMatchObject({
      form: 'electronic',
      paper: true,
      reason: { kind: 'obtainable', via: { code: 'issue-paperful', province: 'GL', status: 'met', paper: true } },
    });
  });

  it('needing a procedure that still needs paper means still needing paper', () => {
    const r = resultOf(result, 'needs-paper', 'HN');
    expect(r).toMatchObject({ status: 'met', paper: true, best_form: 'paper' });
    expect(r.requirements[0].chosen).toBe('ban-dien-tu');
    expect(r.needs).toEqual([{ code: 'paper-only', province: 'HN', status: 'met', paper: true }]);
  });

  it('totals count met evaluations with and without paper', () => {
    const t = result.totals;
    expect(t.met).toBe(t.paper + t.paperless);
    expect(t.paper).toBe(result.results.filter((r) => r.status === 'met' && r.paper).length);
    expect(t.evaluations).toBe(result.results.length);
    expect(t.blocked + t.met + t.unknown).toBe(t.evaluations);
  });
});
