import type { Lang } from '../report/labels.js';
import type { Text } from './text.js';

/**
 * The words of the progress line for each phase of a run: loading the catalog (the loader's
 * phases, see `LoadProgressEvent`), then the steps of the commands.
 */
export const PROGRESS_PHASES = {
  load: { vi: 'Đang tìm các tệp danh mục', en: 'Finding the catalog files' },
  read: { vi: 'Đang đọc tệp', en: 'Reading files' },
  parse: { vi: 'Đang phân tích và kiểm tra từng tệp', en: 'Parsing and validating files' },
  cache: { vi: 'Đang đọc bộ nhớ đệm', en: 'Reading the cache' },
  check: { vi: 'Đang kiểm tra toàn danh mục', en: 'Checking the whole catalog' },
  analyse: { vi: 'Đang phân tích', en: 'Analysing' },
  dependents: { vi: 'Đang đếm thủ tục phụ thuộc', en: 'Counting dependents' },
  rank: { vi: 'Đang xếp hạng điều khoản', en: 'Ranking provisions' },
  plan: { vi: 'Đang lập kế hoạch', en: 'Planning' },
  reform: { vi: 'Đang đọc tệp cải cách', en: 'Reading the reform' },
  whatif: { vi: 'Đang so sánh trước và sau cải cách', en: 'Comparing before and after the reform' },
  timeline: { vi: 'Đang tính theo thời gian', en: 'Computing the timeline' },
  diff: { vi: 'Đang so sánh', en: 'Comparing' },
  graph: { vi: 'Đang dựng đồ thị', en: 'Building the graph' },
} as const satisfies Record<string, Text>;

/** The phase words in `lang`, for `createProgress`'s `phases` option. */
export function progressPhases(lang: Lang): Record<string, string> {
  return Object.fromEntries(Object.entries(PROGRESS_PHASES).map(([k, t]) => [k, t[lang]]));
}
