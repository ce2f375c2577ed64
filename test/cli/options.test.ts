import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/command.js';
import type { Catalog, Province } from '../../src/catalog/types.js';
import { checkDate, failOnExit, provinceCode, suggestNamed } from '../../src/cli/options.js';
import { thrown } from '../helpers/thrown.js';

const usageError = (call: () => unknown): UsageError => thrown(UsageError, call);

describe('checkDate', () => {
  it('accepts real calendar days, including 29 February of a leap year', () => {
    expect(checkDate('2023-01-01', '--at')).toBe('2023-01-01');
    expect(checkDate('2024-02-29', '--at')).toBe('2024-02-29');
  });

  it('explains what is wrong with other dates', () => {
    expect(usageError(() => checkDate('2023-02-29', '--at')).hint).toBe('2023-02 has 28 days.');
    expect(usageError(() => checkDate('2023-04-31', '--at')).hint).toBe('2023-04 has 30 days.');
    expect(usageError(() => checkDate('2023-00-10', '--at')).hint).toBe('Months run from 01 to 12.');
    expect(usageError(() => checkDate('31/12/2022', '--at')).hint).toBe('Write the day 31 month 12 year 2022 as 2022-12-31.');
    expect(usageError(() => checkDate('1.1.2023', '--at')).hint).toBe('Write the day 1 month 1 year 2023 as 2023-01-01.');
    // A date that can only be month first gets its day; one that is no day either way, the rule.
    expect(usageError(() => checkDate('12/31/2022', '--at')).hint).toBe('Write 2022-12-31.');
    expect(usageError(() => checkDate('31/13/2022', '--at')).hint).toBe('Dates are written year-month-day, e.g. 2023-01-01.');
    expect(usageError(() => checkDate('2023-1-1', '--at')).message).toBe("--at '2023-1-1' is not a date in the form YYYY-MM-DD.");
  });
});

describe('suggestNamed', () => {
  const provinces = [
    { code: 'HN', name: 'Hà Nội' },
    { code: 'HCM', name: 'Thành phố Hồ Chí Minh' },
    { code: 'DNA', name: 'Đà Nẵng' },
  ];

  it('matches names without diacritics, and codes', () => {
    expect(suggestNamed('ha noi', provinces)).toEqual({ vi: "Có phải ý bạn là 'HN' (Hà Nội)?", en: "Did you mean 'HN' (Hà Nội)?" });
    expect(suggestNamed('da nang', provinces)?.en).toBe("Did you mean 'DNA' (Đà Nẵng)?");
    expect(suggestNamed('HNM', provinces)?.vi).toContain("'HN' (Hà Nội)");
    expect(suggestNamed('Quang Tri', provinces)).toBeUndefined();
  });
});

describe('provinceCode', () => {
  const catalog = (provinces: Province[]): Catalog => ({ catalog: { name: 'c', cutoff: '2023-01-01' }, provinces, documents: [], data_sources: [], legal: [], procedures: [] });
  const provinces = [
    { code: 'HN', name: 'Hà Nội', name_en: 'Hanoi' },
    { code: 'HNA', name: 'Hà Nam' },
    { code: 'HCM', name: 'Thành phố Hồ Chí Minh', name_en: 'Ho Chi Minh City' },
  ];

  it('takes a code in any case, or a name or English name, case, diacritics and spaces around aside', () => {
    const c = catalog(provinces);
    for (const [given, code] of [['HN', 'HN'], ['hna', 'HNA'], [' HCM ', 'HCM'], ['Hà Nội', 'HN'], ['ha noi', 'HN'], ['HANOI', 'HN'], ['Hà Nam', 'HNA'], ['ho chi minh city', 'HCM'], [' Thành phố Hồ Chí Minh', 'HCM']]) {
      expect(provinceCode(given, c), given).toBe(code);
    }
  });

  it('takes a code before a name, and refuses a name two provinces have, listing their codes', () => {
    expect(provinceCode('HN', catalog([{ code: 'X', name: 'HN' }, ...provinces]))).toBe('HN');
    const twice = catalog([...provinces, { code: 'HN2', name: 'Hà Nội' }]);
    const e = thrown(UsageError, () => provinceCode('ha noi', twice));
    expect(e.text).toEqual({ vi: "Danh mục có 2 tỉnh tên 'ha noi'.", en: "The catalog has 2 provinces named 'ha noi'." });
    expect(e.hintText).toEqual({ vi: "Hãy cho mã tỉnh: 'HN' (Hà Nội) hoặc 'HN2' (Hà Nội).", en: "Give its code: 'HN' (Hanoi) or 'HN2' (Hà Nội)." });
  });

  it('refuses anything else, suggesting what is close', () => {
    expect(() => provinceCode('ha nol', catalog(provinces))).toThrow("The catalog has no province 'ha nol'.");
    expect(() => provinceCode('', catalog(provinces))).toThrow(UsageError);
    expect(() => provinceCode('HN', catalog([]))).toThrow(UsageError);
  });
});

describe('failOnExit', () => {
  const totals = (blocked: number, unknown: number, paper: number) => ({ blocked, unknown, paper });
  it('fails on blocked or unknown for blocked, and on paper too for paper', () => {
    expect(failOnExit(undefined, totals(5, 5, 5))).toBe(0);
    expect(failOnExit('blocked', totals(0, 0, 5))).toBe(0);
    expect(failOnExit('blocked', totals(1, 0, 0))).toBe(1);
    expect(failOnExit('blocked', totals(0, 1, 0))).toBe(1);
    expect(failOnExit('paper', totals(0, 0, 1))).toBe(1);
    expect(failOnExit('paper', totals(0, 0, 0))).toBe(0);
  });
});
