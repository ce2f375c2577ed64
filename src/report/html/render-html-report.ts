import type { Lang } from '../labels.js';
import { renderTimelineSvg } from '../svg-timeline.js';
import { formatDate } from '../timeline-labels.js';
import { nameIn } from '../describe.js';
import { dateHtml } from './date-html.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { headlineFigures } from './headline-figures.js';
import { ministryRows, provinceRows } from './group-rows.js';
import { htmlLabel as L } from './labels.js';
import { blockedSection } from './section-blocked.js';
import { chartsSection, groupChart, inlineSvg } from './section-charts.js';
import { headlineSection, type HeadlineScope } from './section-headline.js';
import { paperSection } from './section-paper.js';
import { planSection } from './section-plan.js';
import { procedureSummaries, proceduresSection } from './section-procedures.js';
import { rankSection } from './section-rank.js';
import { citedLegal, sourcesSection } from './section-sources.js';
import { SEARCH_SCRIPT } from './search-script.js';
import { REPORT_CSS } from './styles.js';
import type { HtmlReportInput, HtmlReportOptions } from './types.js';
import { expectArgument, expectOptions, langOption } from '../../util/expect-argument.js';

/** Bump on any incompatible change of the JSON embedded in the report (`#report-data`). */
export const HTML_REPORT_DATA_VERSION = 1;

/**
 * The HTML report: one self-contained page (inline style, script and SVG; no font, image or
 * request from elsewhere) a director can open, print and mail. Pure: the same input gives the
 * same string. Every catalog string is escaped; the figures are also embedded as JSON in
 * `<script type="application/json" id="report-data">`.
 */
export function renderHtmlReport(input: HtmlReportInput, options: HtmlReportOptions = {}): string {
  expectOptions(options, 'renderHtmlReport', '{ lang: "en" }');
  expectArgument(input, 'HtmlReportInput', 'renderHtmlReport');
  const lang: Lang = langOption(options.lang, 'vi');
  const provinceNames = new Map(input.provinces.map((p) => [p.code, lang === 'en' && p.name_en ? p.name_en : p.name]));
  const legalTitles = new Map((lang === 'en' ? (input.legal ?? []) : []).flatMap((l) => (l.title_en ? [[l.id, l.title_en] as const] : [])));
  const focus = input.local ?? input.national;
  const provinceCode = input.local?.province ?? null;
  const provinceName = provinceCode ? (provinceNames.get(provinceCode) ?? provinceCode) : null;

  const scopes: HeadlineScope[] = [{ id: 'national', title: L(lang, 'national'), figures: headlineFigures(input.national, input.dependents) }];
  if (input.local) scopes.push({ id: 'local', title: provinceName ?? '', figures: headlineFigures(input.local, input.dependents) });

  const labelOfProvince = (k: string | null) => (k === null ? L(lang, 'central') : (provinceNames.get(k) ?? k));
  const ministriesEn = input.ministries_en ?? {};
  const ministryEn = (k: string) => (Object.hasOwn(ministriesEn, k) ? ministriesEn[k] : undefined);
  const labelOfMinistry = (k: string | null) => (k === null ? L(lang, 'notRecorded') : nameIn(lang, k, ministryEn(k)));
  const byProvince = provinceRows(input.national, input.dependents, input.provinces.map((p) => p.code), labelOfProvince);
  const byMinistry = ministryRows(input.national, input.dependents);
  const timelineProvince = input.timeline?.province ? provinceNames.get(input.timeline.province) : undefined;
  const timeline = input.timeline ? inlineSvg(renderTimelineSvg(input.timeline, { lang, ...(timelineProvince ? { provinceName: timelineProvince } : {}) })) : null;
  const procedures = procedureSummaries(focus, ministryEn);

  const data = {
    version: HTML_REPORT_DATA_VERSION,
    lang,
    catalog: input.catalog,
    at: input.national.at,
    province: provinceCode,
    sunset: input.sunset,
    headline: Object.fromEntries(scopes.map((s) => [s.id, s.figures])),
    byProvince,
    byMinistry,
    procedures,
  };
  const at = formatDate(input.national.at, lang);
  // A report that ignores amendments shows what would be, not what is: the header says so.
  const ignored = input.national.without.map((id) => `<span class="code">${escapeHtml(id)}</span>`).join(', ');
  const subtitle =
    L(lang, 'subtitle', { at: dateHtml(input.national.at, lang), where: provinceName ? L(lang, 'where', { province: escapeHtml(provinceName) }) : '' }) +
    (ignored ? L(lang, 'ignoring', { legal: ignored }) : '');
  const notice = ignored ? `<p class="notice">${L(lang, 'ignoringNotice', { legal: ignored })}</p>` : '';
  const catalogName = escapeHtml(nameIn(lang, input.catalog, input.catalog_en));
  const title = `${L(lang, 'title')} — ${catalogName}`;

  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // No request may leave the page: nothing but inline resources is allowed.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
    // The page's title names the province too: a browser names a saved or printed report by it.
    `<title>${title}${provinceName ? ` — ${escapeHtml(provinceName)}` : ''} (${at})</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${title}</h1><p class="subtitle">${subtitle}</p>${notice}</header>`,
    '<main>',
    headlineSection(lang, input.sunset, scopes),
    chartsSection(
      lang,
      groupChart(lang, L(lang, 'byProvince'), byProvince, labelOfProvince, provinceCode),
      groupChart(lang, L(lang, 'byMinistry'), byMinistry, labelOfMinistry),
      timeline,
    ),
    blockedSection(lang, focus, provinceNames, options.maxBlocked ?? 300),
    paperSection(lang, focus, provinceNames, options.maxBlocked ?? 300),
    rankSection(lang, input.ranking, options.maxRanked ?? 25),
    planSection(lang, input.plan, provinceNames),
    proceduresSection(lang, procedures),
    sourcesSection(lang, citedLegal(focus), legalTitles),
    '</main>',
    `<footer><p>${L(lang, 'generatedBy', { catalog: catalogName })} ${L(lang, 'langSwitchNote')}</p></footer>`,
    `<script type="application/json" id="report-data">${jsonForScript(data)}</script>`,
    `<script>${SEARCH_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
