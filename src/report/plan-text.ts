import type { Change, PlanEvaluation, PlanResult, UnfixableReason } from '../analysis/plan/plan-types.js';
import { nameIn, provinceTitle, provisionText } from './describe.js';
import { provisionLabelEn } from './provision-en.js';
import { label, type Lang } from './labels.js';
import { commandSite, nextTextLines, type ShellLangOption } from './next-commands.js';
import { planNext } from './plan-next.js';
import { planLabel } from './plan-labels.js';
import { expectLimitOption, reportLang } from '../util/expect-argument.js';
import { fitText } from './fit-lines.js';

export interface PlanReportOptions extends ShellLangOption {
  lang?: Lang;
  /** The name of the plan's province in the report's language: the title says "tại Gia Lai (GL)" instead of "tại GL". */
  provinceName?: string;
  /** The catalog path as the user typed it: the text and Markdown reports end with the command to run next. */
  source?: string;
  /** The search limit the plan was given (`--max-nodes`), for that command to find the same plan. */
  maxNodes?: number;
  /**
   * The width to fit the text report into, in columns (a terminal's): a longer line is broken
   * between words onto more lines that start where its text does (`fitLines`); the commands
   * to run next are not. None: each line as it is. The Markdown report takes no width.
   */
  width?: number;
}

/** "HN, GL", "Trung ương", or "63 tỉnh" past six provinces. */
function whereText(provinces: (string | null)[], lang: Lang): string {
  if (provinces.length > 6) return planLabel(lang, 'provinces', { n: provinces.length });
  return provinces.map((p) => p ?? planLabel(lang, 'central')).join(', ');
}

/** "X1 (HN, GL), X2 (Trung ương), X3 (63 tỉnh)": evaluations grouped by procedure, at most `max` procedures. */
export function evaluationsText(list: PlanEvaluation[], lang: Lang, max = 8): string {
  const byCode = new Map<string, (string | null)[]>();
  for (const e of list) {
    if (!byCode.has(e.code)) byCode.set(e.code, []);
    byCode.get(e.code)!.push(e.province);
  }
  const parts = [...byCode].map(([code, ps]) => `${code} (${whereText(ps, lang)})`);
  if (parts.length <= max) return parts.join(', ');
  return `${parts.slice(0, max).join(', ')} ${planLabel(lang, 'more', { n: parts.length - max })}`;
}

/** One change in words: "Sửa Điều 2 khoản 1 … để chấp nhận CSDLQG về dân cư". */
export function changeText(c: Change, lang: Lang): string {
  if (c.kind === 'amend') {
    return planLabel(lang, 'amend', { provision: provisionText(c.provision, lang), accept: `${nameIn(lang, c.accept_name, c.accept_name_en)} (${c.accept})` });
  }
  return planLabel(lang, 'connect', {
    source: `${nameIn(lang, c.data_source_name, c.data_source_name_en)} (${c.data_source})`,
    province: `${nameIn(lang, c.province_name, c.province_name_en)} (${c.province})`,
  });
}

/**
 * Why a target cannot be fixed, in words. With `paperless`, a procedure standing in the way
 * may be met with paper: it "stays blocked or still needs paper".
 */
export function unfixableText(r: UnfixableReason, lang: Lang, paperless = false): string {
  const basis = r.requirement?.basis ? (lang === 'vi' ? r.requirement.basis : provisionLabelEn(r.requirement.basis)) : '';
  const requirement = r.requirement ? `${r.requirement.document}${basis ? ` (${basis})` : ''}` : '';
  const procedures = evaluationsText(r.procedures ?? [], lang, 4);
  const stays = planLabel(lang, paperless ? 'stays.unfixed' : 'stays.blocked');
  const paperOnly = r.kind === 'no-substitute' && (r.candidates ?? []).some((c) => c.why === 'paper');
  if (r.kind === 'obtain-blocked') return obtainBlockedText(r, lang, requirement, procedures, stays);
  // A needed procedure that does not run in the province has no evaluation to name.
  if (r.kind === 'needs-blocked' && procedures === '') return planLabel(lang, 'reason.needs-away');
  return planLabel(lang, paperOnly ? 'reason.no-substitute-paper' : `reason.${r.kind}`, { requirement, procedures, stays });
}

/**
 * An obtain-blocked reason in words. When every way goes through documents of one kind, one
 * sentence says so: only blocked procedures issue them (named), or no procedure offered here
 * does. Otherwise the sentence is composed of one part per kind of candidate: those that fail
 * for a reason other than their issuers (no longer valid, paper, …), the documents no procedure
 * offered here issues, those only a blocked procedure issues; the last part follows "and" ("còn").
 * It says "every way" only when every candidate is a document to obtain.
 */
function obtainBlockedText(r: UnfixableReason, lang: Lang, requirement: string, procedures: string, stays: string): string {
  const candidates = r.candidates ?? [];
  const obtained = candidates.filter((c) => c.why === 'obtain-blocked').map((c) => c.id);
  // The documents no procedure offered here issues; with no procedure to name, every one of them.
  const unissued = r.unissued ?? (procedures === '' ? obtained : []);
  const issued = obtained.filter((id) => !unissued.includes(id));
  const unusable = unusableParts(candidates, lang);
  if (unusable.length === 0 && issued.length === 0) return planLabel(lang, 'reason.obtain-none', { requirement });
  if (unusable.length === 0 && unissued.length === 0) return planLabel(lang, 'reason.obtain-blocked', { requirement, procedures, stays });
  const parts = [
    ...unusable,
    ...(unissued.length > 0 ? [planLabel(lang, 'obtain.unissued', { documents: unissued.join(', ') })] : []),
    ...(issued.length > 0 ? [planLabel(lang, 'obtain.issued', { documents: issued.join(', '), procedures, stays })] : []),
  ];
  parts.push(planLabel(lang, 'obtain.last', { part: parts.pop()! }));
  return planLabel(lang, unusable.length > 0 ? 'reason.obtain-partly' : 'reason.obtain-all', { requirement, parts: parts.join(', ') });
}

/** The order in which the candidates that fail for a reason other than their issuers are named. */
const UNUSABLE_ORDER = ['expired', 'paper', 'not-national', 'unknown'] as const;

/** ["so-ho-khau is no longer valid", "tra-cuu is not available nationally"]: the candidates that fail for a reason other than their issuers, one part per reason. */
function unusableParts(candidates: NonNullable<UnfixableReason['candidates']>, lang: Lang): string[] {
  return UNUSABLE_ORDER.flatMap((why) => {
    const ids = candidates.filter((c) => c.why === why).map((c) => c.id);
    if (ids.length === 0) return [];
    return [planLabel(lang, ids.length === 1 ? `unusable.${why}` : `unusable.${why}-many`, { ids: ids.join(', ') })];
  });
}

/** The title of a plan: its date, province, ignored legal documents, budget and whether it is paperless. */
export function planTitle(p: PlanResult, lang: Lang, provinceName?: string): string {
  const where =
    (p.province ? planLabel(lang, 'where', { province: provinceTitle(p.province, provinceName) }) : '') +
    (p.without.length ? planLabel(lang, 'without-legal', { legal: p.without.join(', ') }) : '');
  const title = p.budget === null ? planLabel(lang, 'title.full', { at: p.at, where }) : planLabel(lang, 'title.budget', { budget: p.budget, at: p.at, where });
  return `${title}${p.paperless ? planLabel(lang, 'title.paperless') : ''}`;
}

/**
 * The lines under the title: the procedures it is limited to (`only`), its targets and size
 * (whether it is proven smallest), and, for an empty plan, why it is empty (`nothing`).
 */
export function planSummaryLines(p: PlanResult, lang: Lang): { only?: string; lines: string[]; nothing?: string } {
  const only = p.only ? { only: planLabel(lang, 'title.only', { codes: p.only.join(', ') }) } : {};
  const t = p.totals;
  const n = p.changes.length;
  const size =
    p.budget === null
      ? p.optimal
        ? planLabel(lang, 'size.optimal', { n })
        : planLabel(lang, 'size.bound', { n, gap: n - (p.lower_bound ?? 0), lb: p.lower_bound ?? 0 })
      : p.optimal
        ? planLabel(lang, 'budget.optimal', { fixed: t.fixed, n, budget: p.budget })
        : planLabel(lang, 'budget.bound', { fixed: t.fixed, n, ub: p.upper_bound ?? 0 });
  const lines = [planLabel(lang, 'targets', { targets: t.targets, what: planLabel(lang, p.paperless ? 'what.paperless' : 'what.blocked'), fixed: t.fixed, unfixable: t.unfixable }), size];
  if (!p.search.tie_break_optimal && n > 0) lines.push(planLabel(lang, 'tie.unproven'));
  if (n > 0) return { ...only, lines };
  const why = t.targets === 0 ? 'nothing.plan' : t.unfixable === t.targets ? 'nothing.possible' : 'nothing.budget';
  return { ...only, lines, nothing: planLabel(lang, why) };
}

/** The steps of a plan in order: the change in words, what it unblocks, and its impact alone, within the plan and so far. */
export function planSteps(p: PlanResult, lang: Lang): { step: number; change: string; fixes: string; impact: string }[] {
  const byId = new Map(p.changes.map((c) => [c.id, c]));
  return p.order.map((s) => {
    const c = byId.get(s.change)!;
    return {
      step: s.step,
      change: changeText(c, lang),
      fixes: s.unblocks.length ? planLabel(lang, 'step.fixes', { list: evaluationsText(s.unblocks, lang) }) : planLabel(lang, 'step.fixes-none'),
      impact: planLabel(lang, 'step.impact', { solo: c.solo.length, marginal: c.marginal.length, cumulative: s.cumulative }),
    };
  });
}

/** What no candidate change fixes, a line per procedure and reason: the same reason in many provinces is said once. */
export function unfixableLines(p: PlanResult, lang: Lang): string[] {
  const groups = new Map<string, { code: string; why: string; provinces: (string | null)[] }>();
  for (const u of p.unfixable) {
    const why = u.reasons.map((r) => unfixableText(r, lang, p.paperless)).join('; ');
    const key = `${u.code}\u0000${why}`;
    const g = groups.get(key);
    if (g) g.provinces.push(u.province);
    else groups.set(key, { code: u.code, why, provinces: [u.province] });
  }
  return [...groups.values()].map((g) => `${g.code} (${whereText(g.provinces, lang)}): ${g.why}`);
}

/** The totals before and after the plan: blocked, still needing paper, paperless. */
export function planTotals(p: PlanResult, lang: Lang): [string, number, number][] {
  const t = p.totals;
  return [
    [planLabel(lang, 'total.blocked'), t.blocked_before, t.blocked_after],
    [planLabel(lang, 'total.paper'), t.paper_before, t.paper_after],
    [planLabel(lang, 'total.paperless'), t.paperless_before, t.paperless_after],
  ];
}

/** The plan as text: the changes in order, with what each unblocks, then what stays blocked and why. */
export function renderPlanText(p: PlanResult, options: PlanReportOptions = {}): string {
  const lang = reportLang(p, 'PlanResult', 'renderPlanText', options);
  expectLimitOption(options.width, 'width', 'renderPlanText');
  const out: string[] = [`${planTitle(p, lang, options.provinceName)}\n`];
  const { only, lines, nothing } = planSummaryLines(p, lang);
  // The limit to some procedures stands right under the title; the figures after a blank line.
  if (only !== undefined) out.push(`${only}\n`);
  out.push('\n');
  for (const l of lines) out.push(`${l}\n`);
  if (nothing !== undefined) out.push(`\n${nothing}\n`);
  else {
    out.push(`\n${planLabel(lang, 'title.order')}\n`);
    const width = String(p.order.length).length;
    const pad = ' '.repeat(width + 4);
    for (const s of planSteps(p, lang)) out.push(`  ${String(s.step).padStart(width)}. ${s.change}\n${pad}${s.fixes}\n${pad}${s.impact}\n`);
  }
  if (p.unfixable.length) {
    out.push(`\n${planLabel(lang, 'title.unfixable', { n: p.unfixable.length })}\n`);
    for (const l of unfixableLines(p, lang)) out.push(`  ${l}\n`);
  }
  if (p.left.length) out.push(`\n${planLabel(lang, 'title.left', { n: p.left.length })}\n  ${evaluationsText(p.left, lang, 20)}\n`);
  out.push(`\n${planLabel(lang, 'title.totals')}\n`);
  const rows = planTotals(p, lang);
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [name, a, b] of rows) out.push(`  ${name.padEnd(w)}  ${String(a).padStart(5)} → ${b}\n`);
  out.push(`\n${planLabel(lang, 'verified')}\n`);
  const body = out.join('');
  const fitted = fitText(body, options.width);
  const site = commandSite(options);
  const next = site === undefined ? [] : nextTextLines(label(lang, 'next'), planNext(p, site, lang, options.maxNodes), options.width);
  return fitted + next.map((l) => `${l}\n`).join('');
}
