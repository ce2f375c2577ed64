import { stringify } from 'yaml';
import type { PlanResult } from '../analysis/plan/plan-types.js';
import { changeText } from './plan-text.js';
import type { Lang } from './labels.js';
import { fillTemplate } from '../text/fill-template.js';
import { expectArgument, reportLang } from '../util/expect-argument.js';

/**
 * The plan as a reform file (schemas/reform.schema.json), for `tthc whatif --reform`: a
 * comment block says what it fixes and lists the changes in the order to make them.
 */
export function renderPlanYaml(p: PlanResult, options: { lang?: Lang } = {}): string {
  const lang = reportLang(p, 'PlanResult', 'renderPlanYaml', options);
  const byId = new Map(p.changes.map((c) => [c.id, c]));
  const head = [
    '# yaml-language-server: $schema=https://unpkg.com/tthc-graph/schemas/reform.schema.json',
    `# tthc plan, ${p.at}${p.province ? `, ${p.province}` : ''}${p.budget !== null ? `, budget ${p.budget}` : ''}${p.paperless ? ', paperless' : ''}:`,
    `# ${fillTemplate('{n} {n:change|changes} fixing {fixed} of {targets} target {targets:evaluation|evaluations}', { n: p.changes.length, fixed: p.totals.fixed, targets: p.totals.targets })}${p.optimal ? ' (proven optimal)' : ''}.`,
    ...p.order.map((s) => `#   ${s.step}. ${changeText(byId.get(s.change)!, lang)} → ${s.cumulative}`),
  ];
  const body = Object.keys(p.reform).length ? stringify(p.reform, { lineWidth: 0 }) : '{}\n';
  return `${head.join('\n')}\n${body}`;
}

/** The whole plan as JSON (schemas/plan.schema.json): its changes, their order, the reform, what stays blocked and why. */
export function renderPlanJson(p: PlanResult): string {
  expectArgument(p, 'PlanResult', 'renderPlanJson');
  return `${JSON.stringify(p, null, 2)}\n`;
}
