import type { LegalType } from '../catalog/types.js';

/**
 * The name of each type of legal document, as it stands before the document's number:
 * "Nghị định 123/2015/NĐ-CP", "Decree 123/2015/NĐ-CP".
 */
export const LEGAL_TYPE_NAMES: { readonly vi: Readonly<Record<LegalType, string>>; readonly en: Readonly<Record<LegalType, string>> } = {
  vi: {
    luat: 'Luật',
    'nghi-dinh': 'Nghị định',
    'thong-tu': 'Thông tư',
    'quyet-dinh': 'Quyết định',
    'nghi-quyet': 'Nghị quyết',
    'cong-dien': 'Công điện',
    'chi-thi': 'Chỉ thị',
    other: 'Văn bản',
  },
  en: {
    luat: 'Law',
    'nghi-dinh': 'Decree',
    'thong-tu': 'Circular',
    'quyet-dinh': 'Decision',
    'nghi-quyet': 'Resolution',
    'cong-dien': 'Official Dispatch',
    'chi-thi': 'Directive',
    other: 'Document',
  },
};
