import { isIsoDate as isCalendarDateText } from '../catalog/iso-date.js';

/** Dates as integers that sort like the ISO strings: 2023-01-01 → 20230101. */
export const NEVER = 99_999_999;
export const ALWAYS = 0;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `text` is a real calendar date written YYYY-MM-DD (2022-02-30 is not), years 0000
 * to 9999 alike: the loader's own test, so that what a catalog may hold, analyses take.
 */
export function isIsoDate(text: unknown): text is string {
  return typeof text === 'string' && isCalendarDateText(text);
}

/** The day number of an ISO date, or `absent` when there is no date. */
export function toDay(text: string | null | undefined, absent: number): number {
  if (text === undefined || text === null) return absent;
  const m = ISO.exec(String(text));
  return m ? Number(m[1]) * 10_000 + Number(m[2]) * 100 + Number(m[3]) : absent;
}
