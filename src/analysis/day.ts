/** Dates as integers that sort like the ISO strings: 2023-01-01 → 20230101. */
export const NEVER = 99_999_999;
export const ALWAYS = 0;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar date written YYYY-MM-DD (2022-02-30 is not). */
export function isIsoDate(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const m = ISO.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The day number of an ISO date, or `absent` when there is no date. */
export function toDay(text: string | null | undefined, absent: number): number {
  if (text === undefined || text === null) return absent;
  const m = ISO.exec(String(text));
  return m ? Number(m[1]) * 10_000 + Number(m[2]) * 100 + Number(m[3]) : absent;
}
