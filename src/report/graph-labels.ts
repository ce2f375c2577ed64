import type { NeighbourhoodEdgeType, NeighbourhoodNodeKind, NodeState } from '../analysis/neighbourhood-types.js';
import type { Lang } from './labels.js';
import { fillTemplate } from '../text/fill-template.js';
import { LEGAL_TYPE_NAMES } from '../text/legal-types.js';

/** The words of the graph drawings (mermaid, dot, svg), in Vietnamese (default) and English. */
export interface GraphLabels {
  title: string;
  at: string;
  province: string;
  allProvinces: string;
  without: string;
  omitted: string;
  kinds: Record<NeighbourhoodNodeKind, string>;
  edges: Record<NeighbourhoodEdgeType, string>;
  submit: string;
  present: string;
  drop: string;
  states: Record<NodeState, string>;
  blockedIn: string;
  focus: string;
  missing: string;
  legalTypes: Record<string, string>;
  article: string;
  clause: string;
  point: string;
  form: string;
}

export const GRAPH_LABELS: Record<Lang, GraphLabels> = {
  vi: {
    title: 'Quan hệ phụ thuộc quanh {focus}',
    at: 'ngày {date}',
    province: 'tại {province}',
    allProvinces: 'mọi tỉnh',
    without: '(bỏ qua sửa đổi của {legal})',
    omitted: '{n} nút khác trong phạm vi {depth} bước không được vẽ (tăng --max-nodes hoặc giảm --depth).',
    kinds: { procedure: 'Thủ tục', document: 'Giấy tờ', data_source: 'Nguồn dữ liệu', legal: 'Văn bản', provision: 'Điều khoản' },
    edges: {
      requires: 'yêu cầu',
      accepts: 'chấp nhận',
      'based-on': 'căn cứ',
      'part-of': 'thuộc',
      amends: 'sửa đổi',
      needs: 'cần trước',
      'obtained-by': 'xin qua',
      provides: 'cung cấp',
      produces: 'cấp',
      'replaced-by': 'thay bằng',
      'sunset-basis': 'hết hiệu lực theo',
    },
    submit: 'nộp',
    present: 'xuất trình',
    drop: 'bãi bỏ',
    states: {
      blocked: 'bị chặn',
      unknown: 'chưa xác định',
      paper: 'còn cần giấy',
      document: 'cần thẻ (không tra cứu được)',
      paperless: 'không cần giấy',
      expired: 'hết hiệu lực',
      'not-connected': 'chưa kết nối',
      'not-in-force': 'chưa/không còn hiệu lực',
    },
    blockedIn: 'bị chặn {n}/{total} tỉnh',
    focus: 'trọng tâm',
    missing: 'không có trong danh mục',
    legalTypes: LEGAL_TYPE_NAMES.vi,
    article: 'Điều {v}',
    clause: 'khoản {v}',
    point: 'điểm {v}',
    form: 'Mẫu số {v}',
  },
  en: {
    title: 'Dependencies around {focus}',
    at: 'on {date}',
    province: 'in {province}',
    allProvinces: 'all provinces',
    without: '(ignoring the amendments of {legal})',
    omitted: '{n} more {n:node|nodes} within {depth} {depth:hop|hops} {n:is|are} not drawn (raise --max-nodes or lower --depth).',
    kinds: { procedure: 'Procedure', document: 'Document', data_source: 'Data source', legal: 'Legal document', provision: 'Provision' },
    edges: {
      requires: 'requires',
      accepts: 'accepts',
      'based-on': 'based on',
      'part-of': 'part of',
      amends: 'amends',
      needs: 'needs first',
      'obtained-by': 'obtained by',
      provides: 'provides',
      produces: 'issues',
      'replaced-by': 'replaced by',
      'sunset-basis': 'sunset by',
    },
    submit: 'submit',
    present: 'present',
    drop: 'drops',
    states: {
      blocked: 'blocked',
      unknown: 'unknown',
      paper: 'still needs paper',
      document: 'needs a card (no lookup)',
      paperless: 'paperless',
      expired: 'expired',
      'not-connected': 'not connected',
      'not-in-force': 'not in force',
    },
    blockedIn: 'blocked in {n}/{total} provinces',
    focus: 'focus',
    missing: 'not in the catalog',
    legalTypes: LEGAL_TYPE_NAMES.en,
    article: 'Art. {v}',
    clause: 'cl. {v}',
    point: 'pt {v}',
    form: 'Form {v}',
  },
};

/** `{name}` placeholders of a graph label filled in. */
export function fill(template: string, params: Record<string, string | number>): string {
  return fillTemplate(template, params);
}
