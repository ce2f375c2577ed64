import type { Lang } from './labels.js';
import { fillTemplate } from '../text/fill-template.js';

/** Every word the plan reporters print, in Vietnamese (the default) and English. */
const vi = {
  'title.full': 'Kế hoạch thay đổi nhỏ nhất để gỡ vướng ngày {at}{where}',
  'title.budget': 'Tối đa {budget} thay đổi gỡ vướng được nhiều nhất ngày {at}{where}',
  'title.paperless': ' (tính là chưa gỡ nếu còn cần giấy)',
  'title.only': 'Chỉ xét các thủ tục: {codes}',
  targets: 'Mục tiêu: {targets} lượt đánh giá {what}; gỡ được {fixed}; không thể gỡ: {unfixable}.',
  'what.blocked': 'bị chặn',
  'what.paperless': 'bị chặn hoặc còn cần giấy',
  'size.optimal': 'Số thay đổi: {n} (đã chứng minh là nhỏ nhất).',
  'size.bound': 'Số thay đổi: {n}; chưa chứng minh là nhỏ nhất: nhiều hơn mức nhỏ nhất tối đa {gap} thay đổi (cận dưới {lb}).',
  'budget.optimal': 'Gỡ được {fixed} mục tiêu với {n} thay đổi (đã chứng minh không thể gỡ nhiều hơn với {budget} thay đổi).',
  'budget.bound': 'Gỡ được {fixed} mục tiêu với {n} thay đổi; chưa chứng minh là tốt nhất: tối đa có thể gỡ {ub}.',
  'tie.unproven': 'Trong các kế hoạch cùng cỡ, chưa chứng minh đây là kế hoạch để lại ít thủ tục cần giấy nhất.',
  'nothing.plan': 'Không có thay đổi nào cần làm.',
  'nothing.possible': 'Không có thay đổi nào trong các thay đổi có thể gỡ được mục tiêu nào.',
  'nothing.budget': 'Ngân sách 0 thay đổi: không làm gì.',
  where: ' tại {province}',
  'without-legal': ' (bỏ qua sửa đổi của {legal})',
  'title.order': 'Thứ tự thực hiện',
  'step.fixes': 'gỡ được: {list}',
  'step.fixes-none': 'chưa gỡ được gì thêm (cần cùng các thay đổi sau)',
  'step.impact': 'tự nó gỡ: {solo}; trong kế hoạch gỡ: {marginal}; cộng dồn: {cumulative}',
  'title.unfixable': 'Không thể gỡ bằng các thay đổi có thể ({n})',
  'title.left': 'Còn lại, ngoài ngân sách ({n})',
  'title.totals': 'Trước → sau',
  'total.blocked': 'Bị chặn',
  'total.paper': 'Còn cần giấy',
  'total.paperless': 'Không cần giấy',
  verified: 'Đã kiểm chứng: chạy lại phân tích với kế hoạch cho đúng kết quả đã nêu.',
  amend: 'Sửa {provision} để chấp nhận {accept}',
  connect: 'Kết nối {source} tại {province}',
  'reason.no-substitute': 'yêu cầu {requirement} không có giấy tờ hay dữ liệu thay thế nào còn dùng được',
  'reason.no-substitute-paper': 'yêu cầu {requirement} chỉ có thể thay bằng giấy tờ giấy',
  'reason.no-basis': 'yêu cầu {requirement} không dẫn căn cứ pháp lý, nên không có điều khoản nào để sửa',
  'reason.not-national': 'yêu cầu {requirement} chỉ thay được bằng tra cứu chưa có trên toàn quốc; kết nối từng tỉnh không giúp thủ tục trung ương',
  'reason.obtain-blocked': 'mọi cách đáp ứng yêu cầu {requirement} đều phải qua thủ tục vẫn bị chặn: {procedures}',
  'reason.obtain-none': 'mọi cách đáp ứng yêu cầu {requirement} đều cần một giấy tờ mà không thủ tục nào được thực hiện ở đây cấp',
  'reason.needs-blocked': 'cần làm trước {procedures}, vẫn bị chặn',
  'reason.deadlock': 'bế tắc: thủ tục chờ chính nó qua các thủ tục phải làm trước',
  central: 'Trung ương',
  provinces: '{n} tỉnh',
  more: '+{n} nữa',
} as const;

export type PlanLabelKey = keyof typeof vi;

const en: Record<PlanLabelKey, string> = {
  'title.full': 'Smallest set of changes to unblock procedures at {at}{where}',
  'title.budget': 'At most {budget} change(s) that unblock the most at {at}{where}',
  'title.paperless': ' (still needing paper counts as not fixed)',
  'title.only': 'Only these procedures: {codes}',
  targets: 'Targets: {targets} evaluation(s) {what}; fixed: {fixed}; cannot be fixed: {unfixable}.',
  'what.blocked': 'blocked',
  'what.paperless': 'blocked or still needing paper',
  'size.optimal': 'Changes: {n} (proven smallest).',
  'size.bound': 'Changes: {n}; not proven smallest: at most {gap} more than the minimum (lower bound {lb}).',
  'budget.optimal': 'Fixes {fixed} targets with {n} changes (proven: no {budget} changes fix more).',
  'budget.bound': 'Fixes {fixed} targets with {n} changes; not proven best: at most {ub} could be fixed.',
  'tie.unproven': 'Among plans of the same size, not proven to leave the fewest procedures needing paper.',
  'nothing.plan': 'No change is needed.',
  'nothing.possible': 'No candidate change fixes any target.',
  'nothing.budget': 'A budget of 0 changes: nothing to do.',
  where: ' in {province}',
  'without-legal': ' (ignoring the amendments of {legal})',
  'title.order': 'Order of the changes',
  'step.fixes': 'unblocks: {list}',
  'step.fixes-none': 'unblocks nothing yet (works together with the next changes)',
  'step.impact': 'alone: {solo}; within the plan: {marginal}; cumulative: {cumulative}',
  'title.unfixable': 'Cannot be fixed by any candidate change ({n})',
  'title.left': 'Left out of the budget ({n})',
  'title.totals': 'Before → after',
  'total.blocked': 'Blocked',
  'total.paper': 'Still needing paper',
  'total.paperless': 'Paperless',
  verified: 'Verified: the analysis re-run with the plan applied shows exactly this.',
  amend: 'Amend {provision} to accept {accept}',
  connect: 'Connect {source} in {province}',
  'reason.no-substitute': 'requirement {requirement} has no substitute that is still valid',
  'reason.no-substitute-paper': 'requirement {requirement} can only be replaced by paper',
  'reason.no-basis': 'requirement {requirement} cites no legal basis, so there is no provision to amend',
  'reason.not-national': 'requirement {requirement} can only be replaced by a lookup not available nationally; connecting provinces does not help a central procedure',
  'reason.obtain-blocked': 'every way to meet requirement {requirement} goes through a procedure that stays blocked: {procedures}',
  'reason.obtain-none': 'every way to meet requirement {requirement} goes through a document that no procedure offered here issues',
  'reason.needs-blocked': 'needs {procedures} first, which stays blocked',
  'reason.deadlock': 'deadlock: the procedure waits on itself through the procedures it needs',
  central: 'central',
  provinces: '{n} provinces',
  more: '+{n} more',
};

export function planLabel(lang: Lang, key: PlanLabelKey, params: Record<string, string | number> = {}): string {
  const template: string = lang === 'en' ? en[key] : vi[key];
  return fillTemplate(template, params);
}

export function planLabelKeys(): PlanLabelKey[] {
  return Object.keys(vi) as PlanLabelKey[];
}
