import { describe, expect, it } from 'vitest';
import { gatherHtmlReportInput, sunsetDocuments } from '../../../src/report/html/gather-report-input.js';
import type { ReportProgressEvent } from '../../../src/report/html/types.js';
import { loadReportFixture } from '../fixture-analysis.js';
import { loadFixture } from './fixture.js';

const catalog = await loadFixture('hokhau-small.yaml');

describe('gatherHtmlReportInput', () => {
  it('announces each step before it runs, ending at the total', () => {
    const events: ReportProgressEvent[] = [];
    gatherHtmlReportInput(catalog, { province: 'GL', onProgress: (e) => events.push(e) });
    // Two analyses, one count per sunset document, the ranking, the plan and the timeline.
    const total = 2 + 2 + 1 + 1 + 1;
    expect(events.map((e) => e.phase)).toEqual(['analyse', 'analyse', 'dependents', 'dependents', 'rank', 'plan', 'timeline', 'timeline']);
    expect(events.map((e) => e.done)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(events.every((e) => e.total === total)).toBe(true);
  });

  it('leaves out the plan and the timeline when asked, and the plan in lenient mode', () => {
    const input = gatherHtmlReportInput(catalog, { plan: false, timeline: false });
    expect(input.plan).toBeNull();
    expect(input.timeline).toBeNull();
    expect(input.local).toBeNull();
    expect(gatherHtmlReportInput(catalog, { lenient: true }).plan).toBeNull();
  });

  it('shows the state at the report date when nothing ever changes, with or without a cutoff', async () => {
    const steady = await loadFixture('no-dates.yaml');
    expect(steady.catalog?.cutoff).toBeUndefined();
    const input = gatherHtmlReportInput(steady, { at: '2023-01-01' });
    expect(input.timeline!.points.map((p) => p.date)).toEqual(['2023-01-01']);
    expect(input.timeline!.points[0].totals).toEqual(input.national.totals);
    const withCutoff = { ...steady, catalog: { ...steady.catalog!, cutoff: '2022-06-30' } };
    expect(gatherHtmlReportInput(withCutoff, { at: '2023-01-01' }).timeline!.points.map((p) => p.date)).toEqual(['2023-01-01']);
  });

  it('ranks the province on the analysis of every province, where a central procedure waits on one run elsewhere', () => {
    // The central c1 needs p1, run only in HN: in GL's report it is still blocked by Art. 1.
    const ranking = gatherHtmlReportInput(loadReportFixture('rank-central'), { province: 'GL', plan: false, timeline: false }).ranking;
    expect([ranking.province, ranking.blocked, ranking.unattributed]).toEqual(['GL', 4, 0]);
    expect(ranking.provisions.find((p) => p.provision.article === 1)!.evaluations).toEqual([{ code: 'c1', province: null, direct: false }]);
  });

  it('takes the documents with a sunset, earliest first', () => {
    expect(sunsetDocuments(catalog).map((d) => d.id)).toEqual(['so-ho-khau', 'so-tam-tru']);
  });
});
