import type { CardlessSummary, CatalogSummary, PlaceCount, ProvisionRefInfo, ReportedCount, Snapshot, SunsetSummary } from '../analysis/summary.js';
import type { Lang } from './labels.js';
import { expectArgument, expectLimitOption, expectOptions, langOption } from '../util/expect-argument.js';
import { fitLines } from './fit-lines.js';
import { fillTemplate } from '../text/fill-template.js';
import type { LegalType } from '../catalog/types.js';
import { legalLabel, provisionLabel } from '../graph/provision-ref.js';
import { legalLabelEn, provisionLabelEn } from './provision-en.js';
import { pushAll } from '../util/push-all.js';
import { nameIn, provinceTitle } from './describe.js';
import { commandSite, nextTextLines, shellWord, suggestedCommand, type Asked, type NextCommand, type ShellLangOption } from './next-commands.js';

/** What the summary screen says, in Vietnamese (default) and English. `{x}` are placeholders. */
const WORDS = {
  vi: {
    size: '{procedures} thủ tục ({essential} dịch vụ công thiết yếu) · {provinces} tỉnh · {documents} giấy tờ · {data_sources} nguồn dữ liệu · {legal} văn bản pháp luật',
    sunsets: 'Giấy tờ hết hiệu lực',
    'no-sunsets': 'Danh mục không có giấy tờ nào hết hiệu lực (không có valid_until).',
    unnamed: '(danh mục không tên)',
    'valid-until': 'dùng được đến hết ngày {date}',
    dependents: '{total} thủ tục phụ thuộc',
    'dependents-1': '1 thủ tục phụ thuộc',
    'no-relief': 'chưa có văn bản sửa đổi nào trong danh mục gỡ chặn',
    'no-dependents': 'không thủ tục nào phụ thuộc',
    'other-ministries': '+{n} bộ, ngành khác',
    'no-ministry': '(không ghi bộ)',
    'day-of': 'ngày cuối',
    'day-after': 'ngày sau',
    blocked: '{n} bị chặn',
    unknown: '{n} chưa xác định',
    paper: '{n} còn cần giấy',
    document: '{n} cần thẻ hoặc giấy tờ điện tử (không tra cứu được dữ liệu)',
    paperless: '{n} không cần giấy',
    'in-places': '({places})',
    'at-places': '{what}: {places}',
    everywhere: 'mọi tỉnh',
    'all-but': 'mọi tỉnh trừ {provinces} ({n}/{total} tỉnh)',
    central: 'trung ương',
    'more-places': '+{n} tỉnh',
    relief: 'nếu không có {legal}{effective}: {blocked}',
    effective: ' (hiệu lực {date})',
    'if-without-all': 'nếu không có cả {n} văn bản trên: {blocked}',
    'without-card': 'không có thẻ ({cards}): {states}',
    'paper-documents': 'chủ yếu {documents}',
    'other-documents': '+{n} giấy tờ khác',
    today: 'Ngày {date}, toàn danh mục ({n} thủ tục)',
    'today.province': 'Ngày {date}, tại {province} ({n} thủ tục)',
    'in-province': 'tại {province}',
    reported: 'Số liệu công bố và số đếm của danh mục',
    'col.reported': 'Công bố',
    'col.catalog': 'Danh mục',
    'col.claim': 'Số liệu',
    'no-measure': '—',
    'no-reported': 'Danh mục không ghi số liệu công bố nào (catalog.reported).',
    next: 'Xem tiếp',
    'next.blocked': 'các thủ tục bị chặn nếu không có {legal}',
    'next.explain': 'vì sao, đến từng điều khoản',
    'next.count': 'đếm theo bộ, ngành',
    'next.without-card': 'người không có thẻ còn cần gì',
    'form.paper': 'giấy',
    'form.card': 'thẻ',
    'form.electronic': 'điện tử',
    'form.data': 'dữ liệu',
  },
  en: {
    size: '{procedures} {procedures:procedure|procedures} ({essential} essential public {essential:service|services}) · {provinces} {provinces:province|provinces} · {documents} {documents:document|documents} · {data_sources} data {data_sources:source|sources} · {legal} legal {legal:document|documents}',
    sunsets: 'Documents with a sunset',
    'no-sunsets': 'The catalog has no document with a sunset (no valid_until).',
    unnamed: '(unnamed catalog)',
    'valid-until': 'accepted until the end of {date}',
    dependents: '{total} dependent procedures',
    'dependents-1': '1 dependent procedure',
    'no-relief': 'no amendment in the catalog relieves it',
    'no-dependents': 'no procedure depends on it',
    'other-ministries': '+{n} other ministries',
    'no-ministry': '(no ministry)',
    'day-of': 'last day',
    'day-after': 'day after',
    blocked: '{n} blocked',
    unknown: '{n} unknown',
    paper: '{n} still {n:needs|need} paper',
    document: '{n} {n:needs|need} a card or electronic document (no data lookup)',
    paperless: '{n} paperless',
    'in-places': '({places})',
    'at-places': '{what}: {places}',
    everywhere: 'every province',
    'all-but': 'every province but {provinces} ({n} of {total})',
    central: 'central',
    'more-places': '+{n} provinces',
    relief: 'without {legal}{effective}: {blocked}',
    effective: ' (in force {date})',
    'if-without-all': 'without all {n} of them: {blocked}',
    'without-card': 'without a card ({cards}): {states}',
    'paper-documents': 'mostly {documents}',
    'other-documents': '+{n} other documents',
    today: 'On {date}, whole catalog ({n} {n:procedure|procedures})',
    'today.province': 'On {date}, in {province} ({n} {n:procedure|procedures})',
    'in-province': 'in {province}',
    reported: 'Published figures and the catalog’s own counts',
    'col.reported': 'Published',
    'col.catalog': 'Catalog',
    'col.claim': 'Figure',
    'no-measure': '—',
    'no-reported': 'The catalog records no published figures (catalog.reported).',
    next: 'Next',
    'next.blocked': 'the procedures blocked without {legal}',
    'next.explain': 'why, down to the provision',
    'next.count': 'counts by ministry',
    'next.without-card': 'what someone without a card still needs',
    'form.paper': 'paper',
    'form.card': 'card',
    'form.electronic': 'electronic',
    'form.data': 'data',
  },
} as const;

type Word = keyof (typeof WORDS)['vi'];

export interface SummaryTextOptions extends ShellLangOption {
  lang?: Lang;
  /** The catalog path as the user typed it, for the "next" commands; omitted when absent. */
  source?: string;
  /** Whether the summary was made with unresolved references accepted: the "next" commands say --lenient too. */
  lenient?: boolean;
  /** The name of the summary's province in the report's language: the title says "tại Gia Lai (GL)" instead of "tại GL". */
  provinceName?: string;
  /**
   * The width to fit the summary into, in columns (a terminal's): a longer line is broken
   * between words onto more lines that start where its text does (`fitLines`); the commands
   * to run next are not. None: each line as it is.
   */
  width?: number;
}

/** The summary as a short screen of text for a newcomer. */
export function renderSummaryText(s: CatalogSummary, options: SummaryTextOptions = {}): string {
  expectOptions(options, 'renderSummaryText', '{ lang: "en" }');
  expectArgument(s, 'CatalogSummary', 'renderSummaryText');
  expectLimitOption(options.width, 'width', 'renderSummaryText');
  const parts = summaryParts(s, langOption(options.lang, 'vi'), options);
  const { w } = parts;
  const lines: string[] = [];
  lines.push(parts.title, parts.size, '');
  lines.push(w('sunsets'));
  if (parts.sunsets.length === 0) lines.push(`  ${w('no-sunsets')}`);
  for (const sun of parts.sunsets) pushAll(lines, sunsetText(sun, w));
  lines.push('', parts.today.heading);
  lines.push(...parts.today.lines.map((l) => `  ${l}`));
  lines.push('', w('reported'));
  pushAll(lines, reportedLines(s.reported, parts.claims, w));
  const fitted = fitLines(lines, options.width);
  fitted.push(...nextTextLines(w('next'), parts.next, options.width));
  return `${fitted.join('\n')}\n`;
}

/** A document with a sunset, in the words of the summary, for the text and Markdown reports. */
export interface SunsetParts {
  /** "Household registration book [so-ho-khau · paper]: accepted until the end of 2022-12-31 — Article 38(3) of Law 68/2020/QH14" */
  heading: string;
  /** "26 dependent procedures: Bộ Tư pháp 8, …", or that none depends on it. */
  dependents: string;
  /** The last day it is accepted and the day after: the first line, then one for each state that still needs something, with where. */
  days: { date: string; label: string; lines: string[] }[];
  /** What the day after would be without each relief, or with none; what an applicant without a card would need (a line, then the documents chosen). */
  after: { line: string; more: string[] }[];
}

/** The whole summary in its words, each part once, for the text and Markdown reports. */
export interface SummaryParts {
  w: W;
  title: string;
  size: string;
  sunsets: SunsetParts[];
  today: { heading: string; lines: string[] };
  /** Each published figure's claim in the report's language, with its date: "Decrees amended by … (2022-12-21)". */
  claims: string[];
  /** The commands to run next, when the catalog's path is known. */
  next: NextCommand[];
}

export function summaryParts(s: CatalogSummary, lang: Lang, options: Omit<SummaryTextOptions, 'lang'>): SummaryParts {
  const w = (key: Word, args: Record<string, string | number> = {}) => fillTemplate(WORDS[lang][key] as string, args);
  const title = nameIn(lang, s.catalog.name, s.catalog.name_en) || w('unnamed');
  // A summary of one province says so in its title and over the day's figures.
  const province = s.province ? provinceTitle(s.province, options.provinceName) : undefined;
  const today = { date: s.today.date, n: s.today.procedures };
  const site = commandSite(options);
  return {
    w,
    title: province === undefined ? title : `${title} — ${w('in-province', { province })}`,
    size: w('size', { ...s.size }),
    sunsets: s.sunsets.map((sun) => sunsetParts(sun, catalogProvinces(s), lang, w)),
    today: { heading: province === undefined ? w('today', today) : w('today.province', { ...today, province }), lines: snapshotLines(s.today, catalogProvinces(s), w) },
    claims: s.reported.map((r) => `${nameIn(lang, r.claim, r.claim_en)}${r.date ? ` (${r.date})` : ''}`),
    next: site === undefined ? [] : nextCommands(s, shellWord(site.source), { province: s.province, lenient: options.lenient, lang, shellLang: site.shellLang }, w),
  };
}

export type W = (key: Word, args?: Record<string, string | number>) => string;

function sunsetParts(sun: SunsetSummary, provinces: CatalogProvinces, lang: Lang, w: W): SunsetParts {
  const d = sun.document;
  const name = lang === 'en' && d.name_en ? d.name_en : d.name;
  const basis = d.basis ? ` — ${provisionText(d.basis, lang)}` : '';
  const heading = `${name} [${d.id} · ${w(`form.${d.form}` as Word)}]: ${w('valid-until', { date: d.valid_until })}${basis}`;
  const dep = sun.dependents;
  let dependents = w('no-dependents');
  if (dep.total > 0) {
    const ministries = firstNames(dep.by_ministry.map((g) => `${g.key === null ? w('no-ministry') : nameIn(lang, g.key, g.name_en)} ${g.count}`), 3, (n) => w('other-ministries', { n }));
    dependents = `${dep.total === 1 ? w('dependents-1') : w('dependents', { total: dep.total })}: ${ministries}`;
  }
  const days = [
    { date: sun.day_of.date, label: w('day-of'), lines: snapshotLines(sun.day_of, provinces, w) },
    { date: sun.day_after.date, label: w('day-after'), lines: snapshotLines(sun.day_after, provinces, w) },
  ];
  const after: SunsetParts['after'] = [];
  for (const l of sun.relief) {
    const effective = l.effective ? w('effective', { date: l.effective }) : '';
    const where = placesText(l.without.places, 'blocked', provinces, w);
    after.push({ line: w('relief', { legal: legalText(l, lang), effective, blocked: `${w('blocked', { n: l.newly_blocked })} ${w('in-places', { places: where })}` }), more: [] });
  }
  if (sun.relief.length === 0 && sun.day_after.blocked > sun.day_of.blocked) after.push({ line: w('no-relief'), more: [] });
  if (sun.relief.length > 1 && sun.without_relief) {
    after.push({ line: w('if-without-all', { n: sun.relief.length, blocked: blockedWhere(sun.without_relief, provinces, w) }), more: [] });
  }
  if (sun.without_card) {
    const [line, ...more] = cardlessLines(sun.without_card, provinces, lang, w);
    after.push({ line, more });
  }
  return { heading, dependents, days, after };
}

/** A document with a sunset as the text screen shows it: the dates in a column, what follows under the day after. */
function sunsetText(sun: SunsetParts, w: W): string[] {
  const out = [`■ ${sun.heading}`, `  ${sun.dependents}`];
  const dayW = Math.max(w('day-of').length, w('day-after').length);
  const indent = ' '.repeat(2 + 10 + 2 + dayW + 2);
  for (const day of sun.days) out.push(...day.lines.map((l, i) => (i === 0 ? `  ${day.date}  ${day.label.padEnd(dayW)}  ${l}` : `${indent}${l}`)));
  for (const a of sun.after) out.push(`${indent}${a.line}`, ...a.more.map((l) => `${indent}  ${l}`));
  return out;
}

/**
 * "without a card (cccd, cmnd): 0 blocked · 15 still need paper (BK, PY, GL)", then the
 * documents those procedures then choose for their paper step, most first.
 */
function cardlessLines(c: CardlessSummary, provinces: CatalogProvinces, lang: Lang, w: W): string[] {
  const s = c.snapshot;
  const states = [blockedWhere(s, provinces, w)];
  for (const kind of ['unknown', 'paper', 'document'] as const) {
    if (s[kind]) states.push(`${w(kind, { n: s[kind] })} ${w('in-places', { places: placesText(s.places, kind, provinces, w) })}`);
  }
  if (s.paperless) states.push(w('paperless', { n: s.paperless }));
  // A national catalog has hundreds of cards: the first few, then how many more.
  const cards = firstOf(c.lacking, 8, (n) => w('other-documents', { n }));
  const out = [w('without-card', { cards: cards.join(', '), states: states.join(' · ') })];
  if (c.paper_documents.length) {
    const documents = c.paper_documents.map((d) => `${lang === 'en' && d.name_en ? d.name_en : d.name} ${d.procedures}`);
    out.push(w('paper-documents', { documents: firstNames(documents, 3, (n) => w('other-documents', { n })) }));
  }
  return out;
}

/** "0 blocked · 11 paperless", then one line per state that still needs something, with where. */
function snapshotLines(s: Snapshot, provinces: CatalogProvinces, w: W): string[] {
  const first = [blockedWhere(s, provinces, w)];
  if (s.paperless) first.push(w('paperless', { n: s.paperless }));
  const lines = [first.join(' · ')];
  for (const kind of ['unknown', 'paper', 'document'] as const) {
    if (s[kind]) lines.push(w('at-places', { what: w(kind, { n: s[kind] }), places: placesText(s.places, kind, provinces, w) }));
  }
  return lines;
}

function blockedWhere(s: Snapshot, provinces: CatalogProvinces, w: W): string {
  const text = w('blocked', { n: s.blocked });
  return s.blocked ? `${text} ${w('in-places', { places: placesText(s.places, 'blocked', provinces, w) })}` : text;
}

/** "Nghị định 104/2022/NĐ-CP", "Decree 104/2022/NĐ-CP", as the other reports cite it. */
function legalText(l: { id: string; type?: string; number?: string }, lang: Lang): string {
  const label = legalLabel({ id: l.id, type: l.type as LegalType | undefined, number: l.number });
  return lang === 'en' ? legalLabelEn(label) : label;
}

/**
 * The first `count` of `items`, then `rest(n)` for the n others ("+2 other ministries"). A
 * list only one longer than `count` is given whole: naming the last item takes no more room
 * than "+1 other ministry" would.
 */
function firstOf(items: readonly string[], count: number, rest: (n: number) => string): string[] {
  return items.length <= count + 1 ? [...items] : [...items.slice(0, count), rest(items.length - count)];
}

/**
 * `firstOf` as one text: the names with their counts between commas, or between semicolons
 * when one of the names holds a comma itself ("Ministry of Justice 8; Ministry of Labour,
 * Invalids and Social Affairs 3; +8 other ministries").
 */
function firstNames(items: readonly string[], count: number, rest: (n: number) => string): string {
  const shown = firstOf(items, count, rest);
  const named = shown.slice(0, Math.min(shown.length, items.length <= count + 1 ? items.length : count));
  return shown.join(named.some((name) => name.includes(',')) ? '; ' : ', ');
}

/** The catalog's provinces: how many, and their codes when the summary gives them. */
export interface CatalogProvinces {
  count: number;
  codes?: readonly string[];
}

function catalogProvinces(s: CatalogSummary): CatalogProvinces {
  return { count: s.size.provinces, ...(s.provinces ? { codes: s.provinces } : {}) };
}

/** The places with some of `kind`: "every province", "every province, central", or "GL, PY, BK". */
export function placesText(places: PlaceCount[], kind: 'blocked' | 'unknown' | 'paper' | 'document', provinces: CatalogProvinces, w: W): string {
  const hit = places.filter((p) => p[kind] > 0);
  const codes = hit.filter((p) => p.province !== null).map((p) => p.province as string);
  const central = hit.some((p) => p.province === null);
  const names: string[] = [];
  const left = provinces.codes?.filter((c) => !codes.includes(c));
  if (codes.length > 0 && codes.length === provinces.count) names.push(w('everywhere'));
  // Most provinces but a few: those few, which say more than the first eight of the many.
  else if (left && codes.length > 8 && left.length <= 8 && codes.length + left.length === provinces.count) {
    names.push(w('all-but', { provinces: left.join(', '), n: codes.length, total: provinces.count }));
  } else names.push(...firstOf(codes, 8, (n) => w('more-places', { n })));
  if (central) names.push(w('central'));
  return names.join(', ');
}

/**
 * "Điều 38 khoản 3 Luật Cư trú 68/2020/QH14" (the law by its title), "Article 38(3) of Law
 * 68/2020/QH14", as the other reports cite it.
 */
function provisionText(p: ProvisionRefInfo, lang: Lang): string {
  if (lang === 'en') return provisionLabelEn(provisionLabel(p, legalText({ id: p.legal, type: p.type, number: p.number }, 'vi')));
  return provisionLabel(p, p.title ? `${p.title} ${p.number ?? p.legal}` : legalText({ id: p.legal, type: p.type, number: p.number }, 'vi'));
}

function reportedLines(reported: ReportedCount[], claims: string[], w: W): string[] {
  if (reported.length === 0) return [`  ${w('no-reported')}`];
  const a = w('col.reported');
  const b = w('col.catalog');
  const out = [`  ${a}  ${b}`];
  reported.forEach((r, i) => {
    const mine = r.catalog === null ? w('no-measure') : String(r.catalog);
    out.push(`  ${String(r.value).padStart(a.length)}  ${mine.padStart(b.length)}  ${claims[i]}`);
  });
  return out;
}

/** The commands to run next on the catalog at `path`, asking about the summary's province, as leniently and in its language. */
function nextCommands(s: CatalogSummary, path: string, asked: Asked, w: W): NextCommand[] {
  const rows: NextCommand[] = [];
  const sun = s.sunsets.find((x) => x.relief.length > 0 && x.dependents.total > 0);
  if (sun) {
    const legal = sun.relief[0];
    const at = sun.day_after.date;
    const ex = sun.day_after.example;
    rows.push(
      { command: suggestedCommand(['tthc blocked', path], { ...asked, at, without: [legal.id] }), comment: w('next.blocked', { legal: legal.number }) },
      { command: suggestedCommand(['tthc count', path, '--depends-on', sun.document.id], asked, ['--by ministry']), comment: w('next.count') },
    );
    if (ex) rows.push({ command: suggestedCommand(['tthc explain', path, shellWord(ex.code)], { ...asked, province: ex.province, at }), comment: w('next.explain') });
  }
  const cardless = s.sunsets.find((x) => x.without_card)?.without_card;
  if (cardless) {
    const asks = { ...asked, province: cardless.snapshot.example?.province, at: cardless.snapshot.date, lacking: cardless.lacking };
    rows.push({ command: suggestedCommand(['tthc blocked', path], asks), comment: w('next.without-card') });
  }
  return rows;
}
