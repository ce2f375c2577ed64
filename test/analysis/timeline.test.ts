import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';
import type { Catalog } from '../../src/catalog/types.js';
import { analyze } from '../../src/analysis/analyze.js';
import { AnalysisOptionError } from '../../src/analysis/errors.js';
import { timeline } from '../../src/analysis/timeline.js';
import { timelineEvents } from '../../src/analysis/timeline-events.js';
import { loadFixture } from './helpers/fixture.js';
import type { TimelineResult } from '../../src/analysis/timeline-types.js';
import { addDays } from '../../src/analysis/timeline-dates.js';
import { diffResults } from '../../src/analysis/diff-results.js';
import { catalogs } from './helpers/analysis-catalogs.js';

const catalog = parseCatalog(readFileSync(new URL('../fixtures/timeline/catalog.yaml', import.meta.url), 'utf8')).catalog;

const rows = (t: TimelineResult) => t.points.map((p) => [p.date, p.totals.blocked, p.totals.paper, p.totals.paperless]);
const events = (t: TimelineResult) => t.points.map((p) => p.events.map((e) => `${e.kind}:${e.id}${e.province ? `@${e.province}` : ''}`).join(' '));

/** The point in force on `date`: the last one on or before it. */
function pointAt(t: TimelineResult, date: string) {
  return [...t.points].reverse().find((p) => p.date <= date);
}

describe('timeline', () => {
  const t = timeline(catalog);

  it('evaluates at the start and at every date where something takes effect', () => {
    expect(rows(t)).toEqual([
      ['2022-06-30', 0, 3, 6],
      ['2022-07-01', 0, 3, 6],
      ['2023-01-01', 0, 2, 7],
      ['2023-02-01', 2, 0, 7],
      ['2023-03-15', 1, 0, 8],
      ['2023-06-01', 0, 1, 8],
      ['2025-01-01', 3, 1, 5],
    ]);
    expect(events(t)).toEqual([
      '',
      'available:csdlqg-dan-cu',
      'sunset:so-ho-khau effective:cd-1-2023 effective:nd-104-2022',
      'expiry:cd-1-2023',
      'connection:csdlqg-dan-cu@PY',
      'effective:tt-55-2023',
      'sunset:cmnd',
    ]);
    expect(t.points.map((p) => p.start)).toEqual([true, false, false, false, false, false, false]);
    const sunset = t.points[2].events[0];
    expect(sunset).toMatchObject({ kind: 'sunset', date: '2023-01-01', until: '2022-12-31', name: 'Sổ hộ khẩu' });
    expect(t.points[3].events[0]).toMatchObject({ kind: 'expiry', until: '2023-01-31' });
  });

  it('says which evaluations changed at each date', () => {
    const at = (i: number) => t.points[i].changes.map((c) => `${c.code}@${c.province}:${c.change}`);
    expect(at(0)).toEqual([]);
    expect(at(1)).toEqual([]);
    expect(at(2)).toEqual(['1.001193@HN:no-longer-paper']);
    expect(at(3)).toEqual(['1.001193@GL:newly-blocked', '1.001193@PY:newly-blocked']);
    expect(at(4)).toEqual(['1.001193@PY:newly-met']);
    expect(at(5)).toEqual(['1.001193@GL:newly-met']);
    expect(at(6)).toEqual(['2.000002@HN:newly-blocked', '2.000002@GL:newly-blocked', '2.000002@PY:newly-blocked']);
  });

  it('matches the analysis on the day before, of and after every change, and on every day in between', () => {
    let day = '2022-06-25';
    while (day <= '2025-01-05') {
      const expected = analyze(catalog, { at: day }).totals;
      const p = pointAt(t, day);
      if (p) expect(p.totals, day).toEqual(expected);
      else expect(day < t.points[0].date).toBe(true);
      day = addDays(day, 1);
    }
  });

  it('puts a sunset on the day after valid_until and a connection on its own day', () => {
    const around = (from: string, to: string) => timeline(catalog, { from, to, province: 'PY' });
    // the household book: valid until 2022-12-31, refused from 2023-01-01
    const sunset = around('2022-12-30', '2023-01-02');
    expect(sunset.points.map((p) => p.date)).toEqual(['2022-12-30', '2023-01-01']);
    expect(pointAt(sunset, '2022-12-31')!.totals).toEqual(analyze(catalog, { at: '2022-12-31', province: 'PY' }).totals);
    expect(pointAt(sunset, '2023-01-02')!.totals).toEqual(analyze(catalog, { at: '2023-01-02', province: 'PY' }).totals);
    expect(pointAt(sunset, '2022-12-31')!.totals.paper).toBe(1);
    expect(pointAt(sunset, '2023-01-01')!.events.map((e) => e.kind)).toContain('sunset');
    // the population database connected in Phú Yên on 2023-03-15
    const connection = around('2023-03-14', '2023-03-16');
    expect(connection.points.map((p) => [p.date, p.totals.blocked])).toEqual([
      ['2023-03-14', 1],
      ['2023-03-15', 0],
    ]);
    expect(analyze(catalog, { at: '2023-03-16', province: 'PY' }).totals.blocked).toBe(0);
  });

  it('keeps to [from, to], both inclusive, and starts at from', () => {
    const r = timeline(catalog, { from: '2022-12-31', to: '2023-03-15' });
    expect(rows(r)).toEqual([
      ['2022-12-31', 0, 3, 6],
      ['2023-01-01', 0, 2, 7],
      ['2023-02-01', 2, 0, 7],
      ['2023-03-15', 1, 0, 8],
    ]);
    expect(r.from).toBe('2022-12-31');
    expect(r.to).toBe('2023-03-15');
    // a change on the first day belongs to the start point
    const s = timeline(catalog, { from: '2023-01-01', to: '2023-01-31' });
    expect(rows(s)).toEqual([['2023-01-01', 0, 2, 7]]);
    expect(events(s)).toEqual(['sunset:so-ho-khau effective:cd-1-2023 effective:nd-104-2022']);
    expect(s.points[0].start).toBe(true);
    // the expiry shows on the day after the last day in force
    expect(rows(timeline(catalog, { from: '2023-01-31', to: '2023-02-01' }))).toEqual([
      ['2023-01-31', 0, 2, 7],
      ['2023-02-01', 2, 0, 7],
    ]);
  });

  it('in one province, drops connections elsewhere that change nothing there', () => {
    const gl = timeline(catalog, { province: 'GL' });
    expect(gl.province).toBe('GL');
    expect(rows(gl)).toEqual([
      ['2022-06-30', 0, 1, 2],
      ['2022-07-01', 0, 1, 2],
      ['2023-01-01', 0, 1, 2],
      ['2023-02-01', 1, 0, 2],
      ['2023-06-01', 0, 1, 2],
      ['2025-01-01', 1, 1, 1],
    ]);
  });

  it('names the provinces a nationwide availability leaves out, in one province only that one', () => {
    const available = (r: TimelineResult) => r.points.flatMap((p) => p.events).find((e) => e.kind === 'available');
    expect(available(t)?.except).toEqual(['GL', 'PY']);
    expect(available(timeline(catalog, { province: 'GL' }))?.except).toEqual(['GL']);
    expect(available(timeline(catalog, { province: 'py' }))?.except).toEqual(['PY']);
    expect(available(timeline(catalog, { province: 'HN' }))).not.toHaveProperty('except');
    // A province given the nationwide date itself is no exception.
    const text = readFileSync(new URL('../fixtures/timeline/catalog.yaml', import.meta.url), 'utf8').replace('PY: 2023-03-15', 'PY: 2022-07-01');
    expect(available(timeline(parseCatalog(text).catalog))?.except).toEqual(['GL']);
  });

  it('ignores the amendments of legal documents given as without, by id or by number', () => {
    const wo = timeline(catalog, { without: ['1/CĐ-TTg'], from: '2022-12-31', to: '2023-02-28' });
    expect(wo.without).toEqual(['cd-1-2023']);
    expect(rows(wo)).toEqual([
      ['2022-12-31', 0, 3, 6],
      ['2023-01-01', 2, 0, 7],
    ]);
  });

  it('refuses bad ranges with the analysis error class', () => {
    expect(() => timeline(catalog, { from: '2023-02-30' })).toThrow(AnalysisOptionError);
    expect(() => timeline(catalog, { from: '2023-02-01', to: '2023-01-01' })).toThrow(/ends .* before it starts/);
    expect(() => timeline(catalog, { province: 'GLL' })).toThrow(/Did you mean 'GL'/);
  });

  it('gives an amendment whose own date equals its document’s one event on that date', () => {
    const c: Catalog = {
      ...catalog,
      legal: catalog.legal.map((l) => (l.id === 'tt-55-2023' ? { ...l, amends: l.amends!.map((a) => ({ ...a, effective: '2023-06-01' })) } : l)),
    };
    const e = timeline(c, { from: '2023-05-31', to: '2023-06-30' });
    expect(events(e)).toEqual(['', 'effective:tt-55-2023']);
    expect(e.points[1].events[0].amendment).toBeUndefined();
  });

  it('announces no amendment whose own date comes after its document expired: like the analysis, it never applies', () => {
    // Dispatch 5/2023 is in force 2023-01-01 … 2025-01-09; its Article 6 was to take effect on 2025-06-01.
    const lapsed = loadFixture('lapsed-amendment');
    const r = timeline(lapsed);
    expect(events(r)).toEqual(['', 'sunset:so-ho-khau effective:cd-5-2023 available:csdl-dan-cu', 'expiry:tt-9-2020', 'expiry:cd-5-2023']);
    expect(r.points.map((p) => p.date)).toEqual(['2022-12-31', '2023-01-01', '2024-07-01', '2025-01-10']);
    expect(timelineEvents(lapsed).filter((e) => e.date === '2025-06-01')).toEqual([]);
    // The analysis: on that day Article 3 still accepts only the household book.
    const art3 = (at: string) => analyze(lapsed, { at }).results.find((e) => e.code === 'p-art3')!.requirements[0].candidates.map((c) => c.id);
    expect(art3('2025-06-01')).toEqual(['so-ho-khau']);
    expect(analyze(lapsed, { at: '2025-06-01' }).totals).toEqual(analyze(lapsed, { at: '2025-05-31' }).totals);
    // Asked for that day, the timeline has nothing to show on it.
    expect(timeline(lapsed, { from: '2025-05-01', to: '2025-06-30' }).points.map((p) => [p.date, p.events.length])).toEqual([['2025-05-01', 0]]);
  });

  it('gives a legal document none of whose amendments is ever in force no event at all, neither effective nor expiry', () => {
    const never: Catalog = {
      ...catalog,
      legal: [
        ...catalog.legal,
        {
          id: 'cd-9-2023',
          number: '9/2023/CĐ-TTg',
          type: 'cong-dien',
          effective: '2023-01-01',
          expires: '2023-03-31',
          amends: [{ provision: { legal: 'nd-123-2015', article: 1 }, accept: ['csdlqg-dan-cu'], effective: '2023-04-01' }],
        },
      ],
    };
    expect(timelineEvents(never).filter((e) => e.id === 'cd-9-2023')).toEqual([]);
    // One of its amendments in force (from the document's date) brings back both.
    const once: Catalog = {
      ...never,
      legal: never.legal.map((l) => (l.id === 'cd-9-2023' ? { ...l, amends: [...l.amends!, { provision: { legal: 'nd-123-2015', article: 2 }, drop: true }] } : l)),
    };
    expect(timelineEvents(once).filter((e) => e.id === 'cd-9-2023').map((e) => `${e.kind}:${e.date}`)).toEqual(['effective:2023-01-01', 'expiry:2023-04-01']);
  });

  it('has one point at the cutoff when nothing ever changes', () => {
    const still: Catalog = { ...catalog, documents: [], data_sources: [], legal: [], procedures: [{ code: 'x', name: 'X', level: ['trung-uong'] }] };
    const r = timeline(still);
    expect(rows(r)).toEqual([['2023-01-01', 0, 0, 1]]);
  });

  it('lists at each point what comparing its analysis with the point before’s gives, less the steady kinds, on random catalogs (property)', () => {
    const steady = new Set(['unchanged', 'still-blocked', 'still-unknown']);
    let changed = 0;
    fc.assert(
      fc.property(catalogs, fc.constantFrom(null, 'HN', 'GL'), (drawn, province) => {
        const c: Catalog = { ...drawn, catalog: { name: 'random', cutoff: '2023-01-01' } };
        const options = { province, lenient: true };
        const t = timeline(c, options);
        for (let i = 1; i < t.points.length; i++) {
          const before = analyze(c, { ...options, at: t.points[i - 1].date });
          const after = analyze(c, { ...options, at: t.points[i].date });
          expect(t.points[i].changes).toEqual(diffResults(before, after).filter((d) => !steady.has(d.change)));
          changed += t.points[i].changes.length;
        }
      }),
      { numRuns: 300 },
    );
    expect(changed).toBeGreaterThan(100);
  });

  it('is complete on random catalogs: every day between two points analyses like the point before it (property)', () => {
    const day = fc.integer({ min: 0, max: 40 }).map((n) => addDays('2023-01-01', n));
    const arb = fc.record({
      until: fc.option(day, { nil: undefined }),
      effective: fc.option(day, { nil: undefined }),
      expires: fc.option(day, { nil: undefined }),
      available: fc.option(day, { nil: undefined }),
      hn: fc.option(fc.option(day, { nil: null }), { nil: undefined }),
      ownEffective: fc.option(day, { nil: undefined }),
    });
    fc.assert(
      fc.property(arb, (a) => {
        const c: Catalog = {
          catalog: { name: 'random', cutoff: '2023-01-01' },
          provinces: [{ code: 'HN', name: 'Hà Nội' }, { code: 'GL', name: 'Gia Lai' }],
          documents: [{ id: 'book', name: 'Book', form: 'paper', ...(a.until ? { valid_until: a.until } : {}) }],
          data_sources: [{ id: 'db', name: 'DB', provides: ['book'], ...(a.available ? { available_from: a.available } : {}), ...(a.hn !== undefined ? { provinces: { HN: a.hn } } : {}) }],
          legal: [
            { id: 'base', number: '1/2015/NĐ-CP', type: 'nghi-dinh' },
            {
              id: 'fix',
              number: '2/2023/NĐ-CP',
              type: 'nghi-dinh',
              ...(a.effective ? { effective: a.effective } : {}),
              ...(a.expires && (!a.effective || a.expires >= a.effective) ? { expires: a.expires } : {}),
              amends: [{ provision: { legal: 'base', article: 1 }, accept: ['db'], ...(a.ownEffective ? { effective: a.ownEffective } : {}) }],
            },
          ],
          procedures: [
            { code: 'p', name: 'P', level: ['xa'], requires: [{ document: 'book', basis: { legal: 'base', article: 1, clause: 2 } }] },
            { code: 'q', name: 'Q', level: ['trung-uong'], needs: ['p'] },
          ],
        };
        // In Gia Lai only, a connection in Hà Nội still matters through the central procedure.
        for (const province of [null, 'GL']) {
          const r = timeline(c, { from: '2022-12-25', to: '2023-02-15', province });
          for (let d = '2022-12-25'; d <= '2023-02-15'; d = addDays(d, 1)) {
            expect(pointAt(r, d)!.totals, `${d} ${province}`).toEqual(analyze(c, { at: d, province }).totals);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
