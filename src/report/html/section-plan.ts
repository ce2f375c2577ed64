import type { Change, PlanEvaluation, PlanResult } from '../../analysis/plan/plan-types.js';
import { nameIn } from '../describe.js';
import type { Lang } from '../labels.js';
import { escapeHtml, escapeHtmlWhole } from './escape.js';
import { citeProvision } from './explain-html.js';
import { htmlLabel as L } from './labels.js';

const MAX_LISTED = 12;

/**
 * What a change does, in the report's language, its provision linked to the legal text;
 * the province named as `provinceNames` names it.
 */
export function changeHtml(lang: Lang, c: Change, provinceNames: Map<string, string>): string {
  if (c.kind === 'amend') {
    const accept = nameIn(lang, c.accept_name, c.accept_name_en);
    return L(lang, 'planAmend', { provision: citeProvision(c.provision, lang), accept: `<b>${escapeHtml(accept)}</b>` });
  }
  const source = nameIn(lang, c.data_source_name, c.data_source_name_en);
  return L(lang, 'planConnect', { source: `<b>${escapeHtml(source)}</b>`, province: escapeHtml(provinceNames.get(c.province) ?? c.province_name) });
}

/** "1.001193 (GL), 1.000894 (GL) +3" — evaluations, the first few listed. */
export function evaluationList(list: PlanEvaluation[], provinceNames: Map<string, string>): string {
  const text = list
    .slice(0, MAX_LISTED)
    .map((e) => `${escapeHtmlWhole(e.code)}${e.province ? ` (${escapeHtml(provinceNames.get(e.province) ?? e.province)})` : ''}`);
  return text.join(', ') + (list.length > MAX_LISTED ? ` +${list.length - MAX_LISTED}` : '');
}

/**
 * The smallest unblocking plan, step by step in the planner's order: each change with what
 * it unblocks given the earlier ones, then the verification figures and what no change fixes.
 */
export function planSection(lang: Lang, plan: PlanResult | null, provinceNames: Map<string, string>): string {
  const head = `<section id="plan"><h2>${L(lang, 'plan')}</h2>`;
  if (!plan) return `${head}<p>${L(lang, 'noPlan')}</p></section>`;
  const changes = new Map(plan.changes.map((c) => [c.id, c]));
  const t = plan.totals;
  const parts: string[] = [];
  if (plan.order.length === 0) parts.push(`<p>${L(lang, 'planNothing')}</p>`);
  else {
    parts.push(`<p>${L(lang, 'planSummary', { n: plan.changes.length, fixed: t.fixed })}</p>`);
    const rows = plan.order.map((s) => {
      const c = changes.get(s.change);
      return (
        `<tr><td class="num">${s.step}</td><td>${c ? changeHtml(lang, c, provinceNames) : escapeHtml(s.change)}</td>` +
        `<td><span class="num">${s.unblocks.length}</span>${s.unblocks.length ? `: ${evaluationList(s.unblocks, provinceNames)}` : ''}</td></tr>`
      );
    });
    parts.push(
      `<table class="plan"><thead><tr><th>#</th><th>${L(lang, 'planChange')}</th><th>${L(lang, 'planUnblocks')}</th></tr></thead>` +
        `<tbody>${rows.join('')}</tbody></table>`,
    );
  }
  if (plan.verified) parts.push(`<p class="note">${L(lang, 'planVerified', { before: t.blocked_before, after: t.blocked_after })}</p>`);
  if (!plan.optimal && plan.lower_bound !== null) parts.push(`<p class="note">${L(lang, 'planNotOptimal', { bound: plan.lower_bound })}</p>`);
  if (plan.unfixable.length) {
    parts.push(`<p class="note">${L(lang, 'planUnsolvable', { n: plan.unfixable.length, items: evaluationList(plan.unfixable, provinceNames) })}</p>`);
  }
  return `${head}${parts.join('')}</section>`;
}
