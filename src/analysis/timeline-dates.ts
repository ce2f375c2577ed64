const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The first and the last day a date written YYYY-MM-DD can name. */
export const FIRST_DAY = '0000-01-01';
export const LAST_DAY = '9999-12-31';

/** The code of InvalidDateError: the date is not a real calendar date written YYYY-MM-DD. */
export type InvalidDateErrorCode = 'INVALID_DATE';

/** Thrown when a date argument is not a real YYYY-MM-DD calendar date. */
export class InvalidDateError extends Error {
  override readonly name = 'InvalidDateError';
  /** Stable code: INVALID_DATE. */
  readonly code: InvalidDateErrorCode = 'INVALID_DATE';
  constructor(readonly value: string) {
    super(`'${value}' is not a calendar date in the form YYYY-MM-DD.`);
  }
}

/** Days since 1970-01-01 of an ISO calendar date, computed in UTC (no local-time shifts). */
function dayNumber(date: string): number {
  const m = ISO.exec(date);
  if (!m) throw new InvalidDateError(date);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const back = new Date(0);
  back.setUTCFullYear(y, mo - 1, d);
  const ms = back.getTime();
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new InvalidDateError(date);
  }
  return Math.round(ms / 86_400_000);
}

function fromDayNumber(n: number): string {
  const t = new Date(n * 86_400_000);
  return `${String(t.getUTCFullYear()).padStart(4, '0')}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
}

/** Whether `date` is a real calendar date written YYYY-MM-DD (2022-02-30 is not). */
export function isCalendarDate(date: string): boolean {
  try {
    dayNumber(date);
    return true;
  } catch {
    return false;
  }
}

/** The ISO date `days` calendar days after `date` (negative: before). 2022-12-31 + 1 = 2023-01-01. */
export function addDays(date: string, days: number): string {
  const n = dayNumber(date) + days;
  if (n < dayNumber(FIRST_DAY) || n > dayNumber(LAST_DAY)) throw new RangeError(`${date} ${days < 0 ? '-' : '+'} ${Math.abs(days)} days is not a day between ${FIRST_DAY} and ${LAST_DAY}.`);
  return fromDayNumber(n);
}

/** Calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}
