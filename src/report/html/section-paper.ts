import type { AnalysisResult, ProcedureResult } from '../../analysis/result-types.js';
import { candidateName } from '../describe.js';
import { compareCodes } from '../blocked-rows.js';
import { label, type Lang } from '../labels.js';
import { dateHtml } from './date-html.js';
import { elementId, escapeHtml } from './escape.js';
import { lapsedSentence } from './explain-html.js';
import { htmlLabel as L } from './labels.js';
import { provinceGroupHtml } from './province-group-html.js';
import { provincesEvaluated } from '../province-group.js';
import { pushTo } from '../../util/push-all.js';

/** The element id of a procedure's entry in the still-needs-paper list. */
export function paperAnchor(code: string): string {
  return elementId('paper', code);
}

function nameOf(r: ProcedureResult | undefined, code: string, lang: Lang): string {
  if (!r) return escapeHtml(code);
  return `<span class="code">${escapeHtml(code)}</span> ${escapeHtml(lang === 'en' && r.name_en ? r.name_en : r.name)}`;
}

/**
 * The paper steps of an evaluation's best path: paper documents chosen (below each, the
 * changes covering its requirement that lapsed), and needed procedures that need paper.
 */
function paperSteps(lang: Lang, r: ProcedureResult, byKey: Map<string, ProcedureResult>, firstOf: Map<string, ProcedureResult>): string[] {
  const steps: string[] = [];
  for (const req of r.requirements) {
    const c = req.candidates.find((x) => x.id === req.chosen);
    if (!c || !c.paper) continue;
    let step = L(lang, 'paperStep', { document: `<b>${escapeHtml(candidateName(c, lang))}</b>`, form: label(lang, `form.${c.form ?? 'unknown'}`) });
    if (c.reason.kind === 'obtainable') {
      const via = c.reason.via;
      step += L(lang, 'paperVia', { via: nameOf(byKey.get(`${via.code}@${via.province ?? ''}`) ?? firstOf.get(via.code), via.code, lang) });
    }
    // The changes that had accepted something else for it and lapsed, as the blocked list names them.
    if (req.lapsed?.length) step += `<ul>${req.lapsed.map((l) => `<li>${lapsedSentence(l, lang)}</li>`).join('')}</ul>`;
    steps.push(step);
  }
  for (const n of r.needs) {
    if (n.paper && n.status === 'met') {
      steps.push(L(lang, 'paperNeeds', { procedure: nameOf(byKey.get(`${n.code}@${n.province ?? ''}`) ?? firstOf.get(n.code), n.code, lang) }));
    }
  }
  return steps;
}

/**
 * The procedures that are not blocked but whose least-paper way still needs a paper
 * document, each with the paper steps; evaluations of one procedure with the same steps are
 * shown once, with their provinces.
 */
export function paperSection(lang: Lang, result: AnalysisResult, provinceNames: Map<string, string>, max: number): string {
  const byKey = new Map(result.results.map((r) => [`${r.code}@${r.province ?? ''}`, r]));
  const firstOf = new Map<string, ProcedureResult>();
  for (const r of result.results) if (!firstOf.has(r.code)) firstOf.set(r.code, r);
  const byCode = new Map<string, ProcedureResult[]>();
  for (const r of result.results) {
    if (r.status !== 'met' || !r.paper) continue;
    pushTo(byCode, r.code, r);
  }
  const head = `<section id="paper"><h2>${L(lang, 'paperList')}</h2>`;
  if (byCode.size === 0) return `${head}<p>${L(lang, 'nonePaper', { at: dateHtml(result.at, lang) })}</p></section>`;
  const codes = [...byCode.keys()].sort((a, b) => byCode.get(b)!.length - byCode.get(a)!.length || compareCodes(a, b));
  const runsIn = provincesEvaluated(result);
  const shown = codes.slice(0, max);
  const items = shown.map((code) => {
    const evaluations = byCode.get(code)!;
    const groups = new Map<string, (string | null)[]>();
    for (const e of evaluations) {
      const html = `<ul class="chain">${paperSteps(lang, e, byKey, firstOf).map((s) => `<li>${s}</li>`).join('')}</ul>`;
      pushTo(groups, html, e.province);
    }
    const first = evaluations[0];
    const parts = [...groups].map(([html, provinces]) => {
      const where = provinces.some((p) => p !== null)
        ? `<p class="where">${L(lang, 'paperIn', { provinces: provinceGroupHtml(lang, provinces, runsIn.get(code) ?? [], provinceNames) })}</p>`
        : '';
      return `<div class="explanation">${where}<p>${L(lang, 'paperIntro', { procedure: `<b>${escapeHtml(lang === 'en' && first.name_en ? first.name_en : first.name)}</b>` })}</p>${html}</div>`;
    });
    return (
      `<article class="procedure" id="${paperAnchor(code)}" data-code="${escapeHtml(code)}">` +
      `<h3>${nameOf(first, code, lang)}</h3>${parts.join('')}</article>`
    );
  });
  const more = codes.length > shown.length ? `<p class="note">${L(lang, 'paperTruncated', { shown: shown.length, total: codes.length })}</p>` : '';
  return `${head}${items.join('')}${more}</section>`;
}
