import type { Lang } from './labels.js';
import { fillTemplate } from '../text/fill-template.js';

const WHATIF = {
  vi: {
    title: 'Tác động của cải cách ngày {at}{where}',
    reform: 'Cải cách',
    legal: '{n} văn bản mới',
    connect: '{n} kết nối',
    amendments: '{n} sửa đổi',
    connection: '{source} tại {province} từ {from}',
    moreLegal: '{names} và {n} văn bản khác',
    oneMoreLegal: '{names} và 1 văn bản khác',
    moreConnections: '{names} và {n} kết nối khác',
    oneMoreConnection: '{names} và 1 kết nối khác',
    contents: 'Toàn bộ cải cách',
    nothing: 'Không có.',
    unused: 'Phần cải cách không thay đổi gì tại ngày và nơi này',
    unusedAmendment: 'sửa đổi thứ {n} của {number}',
    byReform: '(cải cách)',
    arrow: '{before} → {after}',
    dependency: 'thủ tục {code}: {before} → {after}',
    stillBlockedBy: 'vẫn chặn: {reason}',
    totals: 'Tổng cộng',
    baseline: 'Hiện tại',
    reformed: 'Sau cải cách',
    delta: 'Chênh lệch',
    state: 'Trước → Sau',
    why: 'Vì sao',
  },
  en: {
    title: 'Effect of the reform on {at}{where}',
    reform: 'Reform',
    legal: '{n} new legal {n:document|documents}',
    connect: '{n} {n:connection|connections}',
    amendments: '{n} {n:amendment|amendments}',
    connection: '{source} in {province} from {from}',
    moreLegal: '{names} and {n} others',
    oneMoreLegal: '{names} and 1 other',
    moreConnections: '{names} and {n} others',
    oneMoreConnection: '{names} and 1 other',
    contents: 'The whole reform',
    nothing: 'None.',
    unused: 'Parts of the reform that change nothing at this date and place',
    unusedAmendment: 'amendment {n} of {number}',
    byReform: '(reform)',
    arrow: '{before} → {after}',
    dependency: 'procedure {code}: {before} → {after}',
    stillBlockedBy: 'still blocked by: {reason}',
    totals: 'Totals',
    baseline: 'Baseline',
    reformed: 'With reform',
    delta: 'Change',
    state: 'Before → after',
    why: 'Why',
  },
} as const;

export type WhatIfLabelKey = keyof (typeof WHATIF)['vi'];

/** A what-if label with `{name}` placeholders filled. */
export function whatifLabel(lang: Lang, key: WhatIfLabelKey, params: Record<string, string | number> = {}): string {
  return fillTemplate(WHATIF[lang][key], params);
}
