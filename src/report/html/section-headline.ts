import type { Lang } from '../labels.js';
import { dateHtml } from './date-html.js';
import { escapeHtml } from './escape.js';
import type { HeadlineFigures } from './headline-figures.js';
import { htmlLabel as L } from './labels.js';
import type { SunsetDocument } from './types.js';

/** One scope of the headline, with the words for its column. */
export interface HeadlineScope {
  id: 'national' | 'local';
  title: string;
  figures: HeadlineFigures;
}

/**
 * The headline: which documents sunset, then per scope (nationwide, and the province when one
 * was chosen) four figures — dependent, blocked, still needing paper, needing a card or
 * electronic document — the last three with the evaluation counts beneath. Every figure carries `data-figure="<scope>.<name>"` so tools
 * (and the browser test) can read it.
 */
export function headlineSection(lang: Lang, sunset: SunsetDocument[], scopes: HeadlineScope[]): string {
  const docs = sunset.map((d) =>
    L(lang, 'sunsetItem', {
      name: `<b>${escapeHtml(lang === 'en' && d.name_en ? d.name_en : d.name)}</b>`,
      date: dateHtml(d.valid_until, lang),
    }),
  );
  const intro = docs.length ? L(lang, 'headlineIntro', { documents: docs.join('; ') }) : L(lang, 'noSunset');
  const figure = (scope: HeadlineScope, name: string, value: number, kind: string, sub: string) =>
    `<div class="card ${kind}"><div class="label">${L(lang, kind as 'dependent' | 'blocked' | 'paper' | 'document')}</div>` +
    `<div class="big" data-figure="${scope.id}.${name}">${value}</div><div class="sub">${sub}</div></div>`;
  const rows = scopes.map((s) => {
    const f = s.figures;
    const ofProcedures = L(lang, 'ofProcedures', { total: `<span data-figure="${s.id}.procedures">${f.procedures}</span>` });
    const evals = (n: number, name: string) =>
      L(lang, 'evaluationsOf', {
        n: `<span data-figure="${s.id}.${name}">${n}</span>`,
        total: `<span data-figure="${s.id}.evaluations">${f.evaluations}</span>`,
      });
    return (
      `<div class="scope" data-scope="${s.id}"><h3>${escapeHtml(s.title)}</h3><div class="cards">` +
      figure(s, 'dependent', f.dependent, 'dependent', ofProcedures) +
      figure(s, 'blocked', f.blocked, 'blocked', evals(f.blockedEvaluations, 'blockedEvaluations')) +
      figure(s, 'paper', f.paper, 'paper', evals(f.paperEvaluations, 'paperEvaluations')) +
      figure(s, 'document', f.document, 'document', evals(f.documentEvaluations, 'documentEvaluations')) +
      `</div></div>`
    );
  });
  return `<section id="headline"><h2>${L(lang, 'headline')}</h2><p>${intro}</p>${rows.join('')}</section>`;
}
