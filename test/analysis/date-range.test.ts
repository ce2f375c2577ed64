import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { isIsoDate } from '../../src/analysis/day.js';
import { summarizeCatalog } from '../../src/analysis/summary.js';
import { timeline } from '../../src/analysis/timeline.js';
import { addDays, isCalendarDate } from '../../src/analysis/timeline-dates.js';
import { isIsoDate as loaderAccepts } from '../../src/catalog/iso-date.js';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';
import { checkDate } from '../../src/cli/options.js';
import { sunsetDocuments } from '../../src/report/html/gather-report-input.js';

// Every date a catalog may hold, years 0000 to 9999, is one the analyses take.

const small = readFileSync(new URL('../fixtures/report/hokhau-small/catalog.yaml', import.meta.url), 'utf8');
const withLine = (line: number, from: string, to: string) => {
  const lines = small.split('\n');
  expect(lines[line - 1]).toContain(from);
  lines[line - 1] = lines[line - 1].replace(from, to);
  const r = parseCatalog(lines.join('\n'));
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.catalog;
};

describe('dates of every year', () => {
  it('are calendar dates alike for the loader, the analysis and the timeline', () => {
    const date = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
      ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    );
    fc.assert(
      fc.property(date, (text) => {
        expect(isIsoDate(text)).toBe(loaderAccepts(text));
        expect(isCalendarDate(text)).toBe(loaderAccepts(text));
      }),
    );
    expect(isIsoDate('0050-01-01')).toBe(true);
    expect(isIsoDate('0000-02-29')).toBe(true);
    expect(isIsoDate('0100-02-29')).toBe(false);
  });

  it('are analysed, summarised and drawn on a timeline from a cutoff in year 50', () => {
    const c = withLine(7, '2023-01-01', '0050-01-01');
    expect(analyze(c).at).toBe('0050-01-01');
    expect(summarizeCatalog(c).at).toBe('0050-01-01');
    expect(timeline(c).points.length).toBeGreaterThan(0);
  });

  it('hold a document valid until the first or the last day there is', () => {
    const first = withLine(17, '2022-12-31', '0000-01-01');
    expect(timeline(first).points[0].date).toBe('0000-01-01');
    expect(summarizeCatalog(first).sunsets.map((s) => s.document.valid_until)).toContain('0000-01-01');
    // Valid until 9999-12-31: it never lapses, so it has no day after and is no sunset.
    const last = withLine(17, '2022-12-31', '9999-12-31');
    expect(summarizeCatalog(last).sunsets.map((s) => s.document.id)).not.toContain('so-ho-khau');
    expect(sunsetDocuments(last).map((d) => d.id)).not.toContain('so-ho-khau');
    expect(sunsetDocuments(first).map((d) => d.id)).toContain('so-ho-khau');
    expect(analyze(last, { at: '9999-12-31' }).at).toBe('9999-12-31');
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('0000-01-01', -1)).toThrow(RangeError);
  });

  it('get the right number of days in the hint of the command line', () => {
    expect(checkDate('0001-01-01', '--at')).toBe('0001-01-01');
    expect(() => checkDate('0001-02-29', '--at')).toThrow(/0001-02 has 28 days|not a calendar day/);
    try {
      checkDate('0001-02-29', '--at');
    } catch (e) {
      expect((e as { hint: string }).hint).toBe('0001-02 has 28 days.');
    }
  });
});
