import type { ChangeKind } from '../analysis/diff-results.js';
import type { Section } from '../catalog/types.js';
import type { Lang } from './labels.js';
import { fillTemplate } from '../text/fill-template.js';

/** Words for each kind of change of an evaluation, as section headings and cell values. */
export const CHANGE_LABELS: Record<Lang, Record<ChangeKind, string>> = {
  vi: {
    'newly-met': 'Mới đáp ứng',
    'newly-blocked': 'Mới bị chặn',
    'still-blocked': 'Vẫn bị chặn',
    'newly-paper': 'Mới phải dùng giấy',
    'no-longer-paper': 'Không còn cần giấy',
    'newly-document': 'Mới phải mang thẻ hoặc giấy tờ điện tử (không tra cứu được dữ liệu)',
    'no-longer-document': 'Không còn phải mang thẻ hoặc giấy tờ điện tử (tra cứu được dữ liệu)',
    unchanged: 'Không thay đổi',
    'newly-unknown': 'Mới chưa xác định',
    'no-longer-unknown': 'Đã xác định được',
    'still-unknown': 'Vẫn chưa xác định',
    added: 'Mới có',
    removed: 'Không còn',
  },
  en: {
    'newly-met': 'Newly met',
    'newly-blocked': 'Newly blocked',
    'still-blocked': 'Still blocked',
    'newly-paper': 'Newly needing paper',
    'no-longer-paper': 'No longer needing paper',
    'newly-document': 'Newly needing a card or electronic document (no data lookup)',
    'no-longer-document': 'No longer needing a card or electronic document (data lookup)',
    unchanged: 'Unchanged',
    'newly-unknown': 'Newly unknown',
    'no-longer-unknown': 'No longer unknown',
    'still-unknown': 'Still unknown',
    added: 'Added',
    removed: 'Removed',
  },
};

/** Names of the catalog sections. */
export const SECTION_LABELS: Record<Lang, Record<Section, string>> = {
  vi: { provinces: 'Tỉnh', documents: 'Giấy tờ', data_sources: 'Nguồn dữ liệu', legal: 'Văn bản pháp luật', procedures: 'Thủ tục' },
  en: { provinces: 'Provinces', documents: 'Documents', data_sources: 'Data sources', legal: 'Legal documents', procedures: 'Procedures' },
};

const DIFF = {
  vi: {
    title: 'So sánh {a} ({at}) với {b} ({to})',
    unnamed: '(danh mục không tên)',
    entities: 'Thay đổi trong danh mục',
    catalogSettings: 'Thiết lập danh mục',
    noEntityChange: 'Danh mục không thay đổi.',
    events: 'Thay đổi có hiệu lực sau {at} đến hết {to}',
    analysis: 'Kết quả phân tích thay đổi',
    noAnalysisChange: 'Không thủ tục nào thay đổi trạng thái.',
    before: 'Trước',
    after: 'Sau',
    change: 'Thay đổi',
    field: 'Trường',
    fields: 'trường',
    totals: 'Tổng cộng',
  },
  en: {
    title: 'Comparing {a} ({at}) with {b} ({to})',
    unnamed: '(unnamed catalog)',
    entities: 'Changes in the catalog',
    catalogSettings: 'Catalog settings',
    noEntityChange: 'The catalog is unchanged.',
    events: 'Changes taking effect after {at} up to {to}',
    analysis: 'Changes in the analysis',
    noAnalysisChange: 'No procedure changed state.',
    before: 'Before',
    after: 'After',
    change: 'Change',
    field: 'Field',
    fields: 'fields',
    totals: 'Totals',
  },
} as const;

export type DiffLabelKey = keyof (typeof DIFF)['vi'];

/** A diff label with `{name}` placeholders filled. */
export function diffLabel(lang: Lang, key: DiffLabelKey, params: Record<string, string | number> = {}): string {
  return fillTemplate(DIFF[lang][key], params);
}
