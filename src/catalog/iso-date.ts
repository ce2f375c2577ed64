const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS[month - 1];
}

/**
 * Why a `YYYY-MM-DD` string is not a calendar date ("February 2023 has 28 days"), or
 * undefined when it is one. Strings of another shape are not judged here.
 */
export function calendarDateProblem(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12) return `there is no month ${m[2]}`;
  const max = daysInMonth(year, month);
  if (day < 1 || day > max) return day < 1 ? `there is no day ${m[3]}` : `${MONTHS[month - 1]} ${year} has ${max} days`;
  return undefined;
}

/** true for an existing calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && calendarDateProblem(text) === undefined;
}
