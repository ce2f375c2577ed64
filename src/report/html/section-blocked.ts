import type { AnalysisResult, ProcedureResult } from '../../analysis/result-types.js';
import { compareCodes } from '../blocked-rows.js';
import type { Lang } from '../labels.js';
import { dateHtml } from './date-html.js';
import { elementId, escapeHtml } from './escape.js';
import { explainHtml } from './explain-html.js';
import { htmlLabel as L } from './labels.js';
import { provinceGroupHtml } from './province-group-html.js';
import { provincesEvaluated } from '../province-group.js';
import { pushTo } from '../../util/push-all.js';

/** The element id of a procedure's entry in the blocked list, for links to it. */
export function blockedAnchor(code: string): string {
  return elementId('blocked', code);
}

/**
 * The blocked procedures, most blocked evaluations first, each with its explanation. The
 * evaluations of one procedure whose explanations read the same are shown once, with the
 * provinces they hold for.
 */
export function blockedSection(
  lang: Lang,
  result: AnalysisResult,
  provinceNames: Map<string, string>,
  maxBlocked: number,
): string {
  const byCode = new Map<string, ProcedureResult[]>();
  for (const r of result.results) {
    if (r.status !== 'blocked') continue;
    pushTo(byCode, r.code, r);
  }
  const head = `<section id="blocked"><h2>${L(lang, 'blockedList')}</h2>`;
  if (byCode.size === 0) return `${head}<p>${L(lang, 'noneBlocked', { at: dateHtml(result.at, lang) })}</p></section>`;
  const codes = [...byCode.keys()].sort((a, b) => byCode.get(b)!.length - byCode.get(a)!.length || compareCodes(a, b));
  const runsIn = provincesEvaluated(result);
  const shown = codes.slice(0, maxBlocked);
  // A procedure explained inside another's explanation links to its own entry, when it has one here.
  const entries = new Set(shown);
  const ctx = { lang, result, provinceNames, entryOf: (code: string) => (entries.has(code) ? blockedAnchor(code) : undefined) };
  const articles = shown.map((code) => {
    const evaluations = byCode.get(code)!;
    const first = evaluations[0];
    const name = lang === 'en' && first.name_en ? first.name_en : first.name;
    const groups = new Map<string, (string | null)[]>();
    for (const e of evaluations) {
      const html = explainHtml(ctx, e);
      pushTo(groups, html, e.province);
    }
    const parts = [...groups].map(([html, provinces]) => {
      const where = provinces.some((p) => p !== null)
        ? `<p class="where">${L(lang, 'blockedIn', { provinces: provinceGroupHtml(lang, provinces, runsIn.get(code) ?? [], provinceNames) })}</p>`
        : '';
      return `<div class="explanation">${where}<p>${L(lang, 'isBlocked', { procedure: `<b>${escapeHtml(name)}</b>` })}</p>${html}</div>`;
    });
    return (
      `<article class="procedure" id="${blockedAnchor(code)}" data-code="${escapeHtml(code)}">` +
      `<h3><span class="code">${escapeHtml(code)}</span> ${escapeHtml(name)}</h3>${parts.join('')}</article>`
    );
  });
  const more = codes.length > shown.length ? `<p class="note">${L(lang, 'truncated', { shown: shown.length, total: codes.length })}</p>` : '';
  return `${head}${articles.join('')}${more}</section>`;
}
