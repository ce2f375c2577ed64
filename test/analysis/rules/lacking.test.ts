import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';
import { AnalysisOptionError } from '../../../src/analysis/errors.js';
import { loadFixture, resultOf, state } from '../helpers/fixture.js';

const bestPath = loadFixture('best-path');
const obtainedBy = loadFixture('obtained-by');
const needs = loadFixture('needs');

describe('lacking: documents the applicant does not hold are never available', () => {
  it('a requirement falls back to the next best candidate, down to paper', () => {
    const all = analyze(bestPath, { province: 'GL' });
    expect(resultOf(all, 'all-forms', 'GL')).toMatchObject({ status: 'met', paper: false, best_form: 'electronic' });
    expect(resultOf(all, 'all-forms', 'GL').requirements[0].chosen).toBe('ban-dien-tu');

    const noElectronic = analyze(bestPath, { province: 'GL', lacking: ['ban-dien-tu'] });
    expect(resultOf(noElectronic, 'all-forms', 'GL')).toMatchObject({ status: 'met', paper: false, best_form: 'card' });
    expect(resultOf(noElectronic, 'all-forms', 'GL').requirements[0].chosen).toBe('the-card');

    const noCard = analyze(bestPath, { province: 'GL', lacking: ['the-card'] });
    expect(resultOf(noCard, 'card-or-paper', 'GL')).toMatchObject({ status: 'met', paper: true, best_form: 'paper' });
    expect(resultOf(noCard, 'card-or-paper', 'GL').requirements[0].chosen).toBe('giay-paper');

    const paperOnly = analyze(bestPath, { province: 'GL', lacking: ['the-card', 'ban-dien-tu'] });
    const r = resultOf(paperOnly, 'all-forms', 'GL');
    expect(r).toMatchObject({ status: 'met', paper: true });
    expect(r.requirements[0].chosen).toBe('giay-paper');
    const byId = Object.fromEntries(r.requirements[0].candidates.map((c) => [c.id, c]));
    expect(byId['the-card']).toMatchObject({ status: 'blocked', reason: { kind: 'lacking' } });
    expect(byId['ban-dien-tu']).toMatchObject({ status: 'blocked', reason: { kind: 'lacking' } });
    expect(byId['tra-cuu'].reason.kind).toBe('not-connected');
  });

  it('blocks a requirement that has nothing else, while a data source still serves', () => {
    const result = analyze(bestPath, { lacking: ['giay-paper', 'the-card', 'ban-dien-tu'] });
    const r = resultOf(result, 'paper-only', 'HN');
    expect(r.status).toBe('blocked');
    expect(r.requirements[0].candidates).toEqual([
      expect.objectContaining({ id: 'giay-paper', status: 'blocked', reason: { kind: 'lacking' } }),
    ]);
    // A lookup is no document the applicant holds: where it is connected it still serves.
    expect(resultOf(result, 'all-forms', 'HN')).toMatchObject({ status: 'met', paper: false, best_form: 'data' });
    expect(state(result, 'all-forms', 'GL')).toBe('blocked');
    expect(state(result, 'nothing', 'GL')).toBe('met');
  });

  it('a document with obtained_by is unavailable even where its issuer can be completed', () => {
    expect(state(analyze(obtainedBy), 'needs-ct07', 'HN')).toBe('paper');
    const result = analyze(obtainedBy, { lacking: ['ct07'] });
    expect(state(result, 'ct07-hn-only', 'HN')).toBe('met');
    const r = resultOf(result, 'needs-ct07', 'HN');
    expect(r.status).toBe('blocked');
    expect(r.requirements[0].candidates[0].reason).toEqual({ kind: 'lacking' });
  });

  it('follows obtained_by chains: without giay-b nobody can obtain giay-a', () => {
    expect(state(analyze(obtainedBy), 'needs-a', 'HN')).toBe('met');
    const result = analyze(obtainedBy, { lacking: ['giay-b'] });
    expect(state(result, 'issue-a', 'HN')).toBe('blocked');
    expect(resultOf(result, 'issue-a', 'HN').requirements[0].candidates[0].reason).toEqual({ kind: 'lacking' });
    expect(state(result, 'needs-a', 'HN')).toBe('blocked');
    expect(resultOf(result, 'needs-a', 'HN').requirements[0].candidates[0].reason).toMatchObject({
      kind: 'not-obtainable',
      via: [{ code: 'issue-a', province: 'HN', status: 'blocked' }],
    });
  });

  it('follows needs chains, through central procedures too', () => {
    const before = analyze(needs, { at: '2022-12-01' });
    const result = analyze(needs, { at: '2022-12-01', lacking: ['so-ho-khau'] });
    // The book is still valid, but the applicant has none: only the lookup serves, and GL is not connected.
    for (const code of ['lookup-local', 'needs-lookup', 'chain']) {
      expect([state(before, code, 'HN'), state(before, code, 'GL')]).toEqual(['met', 'paper']);
      expect([state(result, code, 'HN'), state(result, code, 'GL')]).toEqual(['met', 'blocked']);
    }
    expect(state(result, 'central-needs-lookup', null)).toBe('blocked');
    expect(state(analyze(needs, { lacking: ['don'] }), 'needs-ok-central', 'HN')).toBe('blocked');
    expect(state(analyze(needs, { lacking: ['don'] }), 'ok-central', null)).toBe('blocked');
  });

  it('says the applicant lacks it rather than that it expired', () => {
    const r = resultOf(analyze(needs, { lacking: ['so-ho-khau'] }), 'bad-central', null);
    expect(r.requirements[0].candidates[0].reason).toEqual({ kind: 'lacking' });
    expect(resultOf(analyze(needs), 'bad-central', null).requirements[0].candidates[0].reason.kind).toBe('expired');
  });

  it('records the ids once each, and changes nothing else when empty', () => {
    const result = analyze(bestPath, { lacking: ['the-card', 'ban-dien-tu', 'the-card'] });
    expect(result.lacking).toEqual(['the-card', 'ban-dien-tu']);
    expect(analyze(bestPath, { lacking: [] })).toEqual(analyze(bestPath));
    expect(analyze(bestPath).lacking).toEqual([]);
  });

  it('refuses an unknown document id, with suggestions', () => {
    let error: unknown;
    try {
      analyze(bestPath, { lacking: ['the-crd'] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AnalysisOptionError);
    expect(error).toMatchObject({ code: 'UNKNOWN_DOCUMENT', suggestions: ['the-card'] });
    expect((error as Error).message).toContain('"the-crd"');
    expect((error as Error).message).toContain("'the-card'");
  });
});
