import type { TimelineEvent } from '../analysis/timeline-types.js';
import type { Lang } from './labels.js';

/** The words of the timeline reports, in Vietnamese (default) and English. */
export const TIMELINE_LABELS = {
  vi: {
    title: 'Thủ tục hành chính theo thời gian',
    province: 'Tỉnh',
    allProvinces: 'tất cả các tỉnh',
    date: 'Ngày',
    blocked: 'Bị chặn',
    paper: 'Đáp ứng, còn cần giấy',
    paperless: 'Đáp ứng, không cần giấy',
    document: 'trong đó cần thẻ, không tra cứu được',
    unknown: 'Chưa xác định',
    evaluations: 'Lượt đánh giá',
    start: 'bắt đầu',
    noChange: 'không thay đổi',
    events: 'Thay đổi',
    details: 'Thủ tục thay đổi trạng thái',
    without: 'bỏ qua sửa đổi của',
    total: 'Tổng',
    empty: 'Danh mục không có thủ tục nào để đánh giá.',
    axis: 'số lượt thủ tục × tỉnh',
  },
  en: {
    title: 'Administrative procedures over time',
    province: 'Province',
    allProvinces: 'all provinces',
    date: 'Date',
    blocked: 'Blocked',
    paper: 'Met, still needs paper',
    paperless: 'Met, paperless',
    document: 'of which need a card, no lookup',
    unknown: 'Unknown',
    evaluations: 'Evaluations',
    start: 'start',
    noChange: 'no change',
    events: 'Changes',
    details: 'Procedures that changed state',
    without: 'ignoring the amendments of',
    total: 'Total',
    empty: 'The catalog has no procedure to evaluate.',
    axis: 'procedure × province evaluations',
  },
} as const;

/** A date as people write it: 31/12/2022 in Vietnamese, 2022-12-31 in English. */
export function formatDate(date: string, lang: Lang): string {
  if (lang === 'en') return date;
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * One event as a short phrase, e.g. "Sổ hộ khẩu hết giá trị sử dụng (sau ngày 31/12/2022)".
 * Dates are written as people of `lang` do, or as ISO dates with `iso`.
 */
export function describeEvent(e: TimelineEvent, lang: Lang, iso = false): string {
  const until = e.until ? (iso ? e.until : formatDate(e.until, lang)) : '';
  if (lang === 'en') {
    const name = e.name_en ?? e.name;
    switch (e.kind) {
      case 'sunset':
        return `${name} no longer accepted (valid until ${until})`;
      case 'effective':
        return `${name} takes effect${e.amendment !== undefined ? ` (amendment ${e.amendment + 1})` : ''}`;
      case 'expiry':
        return `${name} expires (in force until ${until})`;
      case 'available':
        return `${name} available nationwide${e.except ? `, except in ${provinceList(e.except, 'en')}` : ''}`;
      case 'connection':
        return `${name} connected in ${e.province}`;
    }
  }
  switch (e.kind) {
    case 'sunset':
      return `${e.name} hết giá trị sử dụng (sau ngày ${until})`;
    case 'effective':
      return `${e.name} có hiệu lực${e.amendment !== undefined ? ` (sửa đổi thứ ${e.amendment + 1})` : ''}`;
    case 'expiry':
      return `${e.name} hết hiệu lực (sau ngày ${until})`;
    case 'available':
      return `${e.name} khai thác được trên toàn quốc${e.except ? `, trừ ${provinceList(e.except, 'vi')}` : ''}`;
    case 'connection':
      return `${e.name} kết nối tại ${e.province}`;
  }
}

/**
 * Province codes for an event's phrase: the first five and how many more; all of them when
 * only one more would be left, which naming takes no more room than counting.
 */
function provinceList(codes: readonly string[], lang: Lang): string {
  if (codes.length <= 6) return codes.join(', ');
  const more = codes.length - 5;
  return `${codes.slice(0, 5).join(', ')} ${lang === 'en' ? `and ${more} more` : `và ${more} tỉnh khác`}`;
}
