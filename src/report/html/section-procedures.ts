import type { AnalysisResult } from '../../analysis/result-types.js';
import { compareCodes } from '../blocked-rows.js';
import type { Lang } from '../labels.js';
import { nameIn } from '../describe.js';
import { escapeHtml } from './escape.js';
import { resultState } from '../../analysis/result-state.js';
import type { ProcedureState } from './headline-figures.js';
import { htmlLabel as L } from './labels.js';
import { blockedAnchor } from './section-blocked.js';
import { paperAnchor } from './section-paper.js';

/** One procedure of the searchable list, with how many of its evaluations are in each state. */
export interface ProcedureSummary {
  code: string;
  name: string;
  name_en?: string;
  ministry?: string;
  /** The ministry's English name, when the catalog gives one. */
  ministry_en?: string;
  counts: Record<ProcedureState, number>;
}

/** Every procedure of a result once, in code order, with its evaluations counted by state; `ministryEn` gives a ministry's English name. */
export function procedureSummaries(result: AnalysisResult, ministryEn: (ministry: string) => string | undefined = () => undefined): ProcedureSummary[] {
  const out = new Map<string, ProcedureSummary>();
  for (const r of result.results) {
    let s = out.get(r.code);
    if (!s) {
      s = {
        code: r.code,
        name: r.name,
        ...(r.name_en ? { name_en: r.name_en } : {}),
        ...(r.ministry ? { ministry: r.ministry } : {}),
        ...(r.ministry && ministryEn(r.ministry) ? { ministry_en: ministryEn(r.ministry) } : {}),
        counts: { blocked: 0, unknown: 0, paper: 0, document: 0, paperless: 0 },
      };
      out.set(r.code, s);
    }
    s.counts[resultState(r)]++;
  }
  return [...out.values()].sort((a, b) => compareCodes(a.code, b.code));
}

const STATE_LABEL = { blocked: 'statusBlocked', unknown: 'statusUnknown', paper: 'statusPaper', document: 'statusDocument', paperless: 'statusOk' } as const;

/**
 * The list of every procedure with a search box. The rows are in the page, so it prints and
 * works without script; the script only hides rows that do not match (see search-script.ts).
 */
export function proceduresSection(lang: Lang, procedures: ProcedureSummary[]): string {
  const rows = procedures.map((p) => {
    const name = lang === 'en' && p.name_en ? `${escapeHtml(p.name_en)} <span class="vi">${escapeHtml(p.name)}</span>` : escapeHtml(p.name);
    const anchor = p.counts.blocked ? blockedAnchor(p.code) : p.counts.paper ? paperAnchor(p.code) : null;
    const code = anchor ? `<a href="#${anchor}">${escapeHtml(p.code)}</a>` : escapeHtml(p.code);
    const states = (Object.keys(STATE_LABEL) as ProcedureState[])
      .filter((s) => p.counts[s] > 0)
      .map((s) => `<span class="state ${s}">${L(lang, STATE_LABEL[s], { n: p.counts[s] })}</span>`)
      .join(' ');
    const search = [p.code, p.name, p.name_en ?? ''].join(' ');
    return `<tr data-search="${escapeHtml(search)}" data-code="${escapeHtml(p.code)}"><td class="code">${code}</td><td>${name}</td><td>${escapeHtml(nameIn(lang, p.ministry ?? '', p.ministry_en))}</td><td>${states}</td></tr>`;
  });
  return (
    `<section id="all-procedures"><h2>${L(lang, 'procedures')}</h2>` +
    `<div class="search"><label for="search">${L(lang, 'searchLabel')}</label>` +
    `<input id="search" type="search" autocomplete="off" disabled placeholder="${escapeHtml(L(lang, 'searchPlaceholder'))}">` +
    `<span id="search-count" aria-live="polite" data-template="${escapeHtml(L(lang, 'searchCount'))}">${L(lang, 'searchCount', { n: procedures.length, total: procedures.length })}</span></div>` +
    `<table id="procedures"><thead><tr><th>${L(lang, 'colCode')}</th><th>${L(lang, 'colName')}</th><th>${L(lang, 'colMinistry')}</th><th>${L(lang, 'colStatus')}</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table><p id="search-empty" class="note" hidden>${L(lang, 'searchEmpty')}</p></section>`
  );
}
