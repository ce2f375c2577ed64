import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, InvalidDateError, isCalendarDate } from '../../src/analysis/timeline-dates.js';

describe('calendar-date arithmetic', () => {
  it('steps over month, year and leap-day boundaries', () => {
    expect(addDays('2022-12-31', 1)).toBe('2023-01-01');
    expect(addDays('2023-01-01', -1)).toBe('2022-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(addDays('0050-12-31', 1)).toBe('0051-01-01');
    expect(daysBetween('2022-07-01', '2023-01-01')).toBe(184);
  });

  it('refuses what is not a calendar date', () => {
    for (const bad of ['2022-02-30', '2023-02-29', '2022-13-01', '2022-1-1', '31/12/2022', '']) {
      expect(isCalendarDate(bad), bad).toBe(false);
      expect(() => addDays(bad, 1)).toThrow(InvalidDateError);
    }
    expect(isCalendarDate('2024-02-29')).toBe(true);
  });

  it('does not depend on the local time zone', () => {
    const tz = process.env.TZ;
    try {
      for (const zone of ['Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
        process.env.TZ = zone;
        expect(addDays('2022-12-31', 1), zone).toBe('2023-01-01');
      }
    } finally {
      process.env.TZ = tz;
    }
  });

  it('agrees with counting days one by one (property)', () => {
    // Oracle: step a (year, month, day) triple through month lengths written out by hand.
    const monthLength = (y: number, m: number) =>
      m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
    const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.nat(30), fc.integer({ min: -400, max: 400 }), (y, m, d0, n) => {
        let [yy, mm, dd] = [y, m, Math.min(d0 + 1, monthLength(y, m))];
        const start = iso(yy, mm, dd);
        for (let i = 0; i < Math.abs(n); i++) {
          if (n > 0) {
            dd++;
            if (dd > monthLength(yy, mm)) [dd, mm] = [1, mm + 1];
            if (mm > 12) [mm, yy] = [1, yy + 1];
          } else {
            dd--;
            if (dd < 1) {
              mm--;
              if (mm < 1) [mm, yy] = [12, yy - 1];
              dd = monthLength(yy, mm);
            }
          }
        }
        expect(addDays(start, n)).toBe(iso(yy, mm, dd));
        expect(daysBetween(start, iso(yy, mm, dd))).toBe(n);
      }),
    );
  });
});
