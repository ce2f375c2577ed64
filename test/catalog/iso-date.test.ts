import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDateProblem, daysInMonth, isIsoDate, isLeapYear } from '../../src/catalog/iso-date.js';

/** Oracle: let the JavaScript Date (proleptic Gregorian, UTC) say whether the day exists. */
function exists(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

describe('calendar dates', () => {
  it('agree with Date on every year-month-day (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => {
        const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        return isIsoDate(text) === exists(y, m, d) && (calendarDateProblem(text) === undefined) === exists(y, m, d);
      }),
      { numRuns: 5000 },
    );
  });

  it('know the leap years', () => {
    expect([2000, 2004, 2024, 2400].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([1900, 2022, 2023, 2100].map(isLeapYear)).toEqual([false, false, false, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
  });

  it('explain what is wrong', () => {
    expect(calendarDateProblem('2022-02-30')).toBe('February 2022 has 28 days');
    expect(calendarDateProblem('2023-02-29')).toBe('February 2023 has 28 days');
    expect(calendarDateProblem('2022-13-01')).toBe('there is no month 13');
    expect(calendarDateProblem('2022-12-00')).toBe('there is no day 00');
    expect(calendarDateProblem('2024-02-29')).toBeUndefined();
    expect(calendarDateProblem('2022/12/31')).toBeUndefined();
    expect(isIsoDate('2022/12/31')).toBe(false);
  });
});
