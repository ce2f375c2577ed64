import type { LegalType } from '../catalog/types.js';
import { LEGAL_TYPE_NAMES } from '../text/legal-types.js';

/** The Vietnamese name of each type of legal document, which the labels use, and its English name. */
const TYPES_EN: [string, string][] = (Object.keys(LEGAL_TYPE_NAMES.vi) as LegalType[]).map((t) => [LEGAL_TYPE_NAMES.vi[t], LEGAL_TYPE_NAMES.en[t]]);

/** "Nghị định 123/2015/NĐ-CP" → "Decree 123/2015/NĐ-CP"; a label of no known type stays as it is. */
export function legalLabelEn(label: string): string {
  for (const [vi, en] of TYPES_EN) if (label.startsWith(`${vi} `)) return `${en} ${label.slice(vi.length + 1)}`;
  return label;
}

/**
 * The English citation of a provision from its Vietnamese label (see provisionLabel in
 * src/graph/provision-ref.ts): "Điều 2 khoản 1 điểm a Nghị định 123/2015/NĐ-CP" →
 * "Article 2(1)(a) of Decree 123/2015/NĐ-CP"; "Mẫu số 03 Thông tư 56/2021/TT-BCA" →
 * "Form 03 of Circular 56/2021/TT-BCA"; a label of a whole document → "Decree …".
 */
export function provisionLabelEn(label: string): string {
  const m = /^(?:Điều (\S+) )?(?:khoản (\S+) )?(?:điểm (\S+) )?(?:Mẫu số (\S+) )?(.+)$/u.exec(label);
  if (!m) return label;
  const [, article, clause, point, form, document] = m;
  const parts: string[] = [];
  if (article !== undefined) parts.push(`Article ${article}${clause !== undefined ? `(${clause})` : ''}${point !== undefined ? `(${point})` : ''}`);
  else if (clause !== undefined) parts.push(`Clause ${clause}${point !== undefined ? `(${point})` : ''}`);
  else if (point !== undefined) parts.push(`Point ${point}`);
  if (form !== undefined) parts.push(`Form ${form}`);
  const doc = legalLabelEn(document);
  return parts.length ? `${parts.join(', ')} of ${doc}` : doc;
}
