import type { Text } from './text.js';

/** What a command that needs an analysis date says when there is no --at and no cutoff. */
export const NO_ANALYSIS_DATE: Text = {
  vi: 'Chưa có ngày phân tích: danh mục không đặt ngày chốt (cutoff).',
  en: 'No analysis date: the catalog sets no cutoff.',
};

/** The hint that goes with it, the same for every command that reads --at. */
export const GIVE_DATE_HINT: Text = { vi: 'Hãy cho một ngày bằng --at YYYY-MM-DD.', en: 'Give a date with --at YYYY-MM-DD.' };
