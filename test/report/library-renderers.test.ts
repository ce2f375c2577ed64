import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { tthc } from '../cli/analysis-cli-helpers.js';

// A script that imports the library gets every report the command line prints: the
// renderers of what-ifs, diffs, timelines and plans, given the result and the options the
// command gives them, write the command's output to the byte.

const { catalog, ok } = await lib.loadCatalog('catalog/');
const REFORM = 'test/fixtures/reform/unblock-civil-status.yaml';
const { reform } = await lib.loadReform(REFORM);
const runsIn = lib.provincesWhereRun(catalog);
const hanoi = catalog.provinces.find((p) => p.code === 'HN')!;
const nameOf = (lang: lib.Lang) => (lang === 'en' ? hanoi.name_en : hanoi.name);

async function printed(...argv: string[]): Promise<string> {
  const r = await tthc(...argv);
  expect(r.code, `${argv.join(' ')}\n${r.err}`).toBe(0);
  return r.out;
}

describe.each(['vi', 'en'] as const)('in %s, the library renders', (lang) => {
  const args = ['--province', 'HN', '--lang', lang];

  it('a what-if as tthc whatif does, in each format', async () => {
    expect(ok && reform !== undefined).toBe(true);
    const result = lib.whatif(catalog, reform!, { at: '2023-01-01', province: 'HN' });
    const cli = (format: string) => printed('whatif', 'catalog/', '--reform', REFORM, '--at', '2023-01-01', ...args, '--format', format);
    expect(lib.renderWhatIfText(result, { lang, runsIn, provinceName: nameOf(lang) })).toBe(await cli('text'));
    expect(lib.renderWhatIfMarkdown(result, { lang, provinceName: nameOf(lang) })).toBe(await cli('markdown'));
    expect(lib.renderWhatIfCsv(result, { lang })).toBe(await cli('csv'));
    expect(lib.renderWhatIfJson(result)).toBe(await cli('json'));
    expect(lib.renderWhatIfCsv(result).split('\r\n')[0]).toBe(lib.WHATIF_CSV_HEADER.join(','));
  });

  it('a diff of two dates as tthc diff does, in each format', async () => {
    const result = lib.diff(catalog, catalog, { at: '2022-12-31', to: '2023-01-01', province: 'HN' });
    const cli = (format: string) => printed('diff', 'catalog/', '--at', '2022-12-31', '--to', '2023-01-01', ...args, '--format', format);
    expect(lib.renderDiffText(result, { lang, runsIn, ranIn: runsIn, provinceName: nameOf(lang) })).toBe(await cli('text'));
    expect(lib.renderDiffMarkdown(result, { lang, provinceName: nameOf(lang) })).toBe(await cli('markdown'));
    expect(lib.renderDiffCsv(result)).toBe(await cli('csv'));
    expect(lib.renderDiffJson(result)).toBe(await cli('json'));
    expect(result.changes.length).toBeGreaterThan(0);
  });

  it('a timeline as tthc timeline does, in each format', async () => {
    const result = lib.timeline(catalog, { from: '2022-06-01', to: '2023-06-01', province: 'HN' });
    const cli = (format: string) => printed('timeline', 'catalog/', '--from', '2022-06-01', '--to', '2023-06-01', ...args, '--format', format);
    expect(lib.renderTimelineText(result, { lang, runsIn, provinceName: nameOf(lang) })).toBe(await cli('text'));
    expect(lib.renderTimelineMarkdown(result, { lang, provinceName: nameOf(lang) })).toBe(await cli('markdown'));
    expect(lib.renderTimelineCsv(result)).toBe(await cli('csv'));
    expect(lib.renderTimelineJson(result)).toBe(await cli('json'));
  });

  it('a plan as tthc plan does, in each format', async () => {
    const result = lib.plan(catalog, { at: '2023-01-01', province: 'HN', without: ['nd-104-2022'], budget: 2 });
    const cli = (format: string) => printed('plan', 'catalog/', '--at', '2023-01-01', '--without', 'nd-104-2022', '--budget', '2', ...args, '--format', format);
    expect(lib.renderPlanText(result, { lang, provinceName: nameOf(lang), source: 'catalog/' })).toBe(await cli('text'));
    expect(lib.renderPlanMarkdown(result, { lang, provinceName: nameOf(lang), source: 'catalog/' })).toBe(await cli('markdown'));
    expect(lib.renderPlanYaml(result, { lang })).toBe(await cli('yaml'));
    expect(lib.renderPlanJson(result)).toBe(await cli('json'));
    expect(result.changes.length).toBeGreaterThan(0);
  });
});

it('groups the provinces of a national report by where each procedure runs, as the command does', async () => {
  const result = lib.diff(catalog, catalog, { at: '2022-12-31', to: '2023-01-01' });
  const text = lib.renderDiffText(result, { lang: 'en', runsIn });
  expect(text).toBe(await printed('diff', 'catalog/', '--at', '2022-12-31', '--to', '2023-01-01', '--lang', 'en'));
  expect(text).toContain('all 63 provinces where it runs');
  // Without the map, a row of many provinces names the first codes only; with no limit, all of them.
  expect(lib.renderDiffText(result, { lang: 'en' })).not.toContain('where it runs');
  expect(lib.renderDiffText(result, { lang: 'en', maxProvinces: Infinity })).toContain(catalog.provinces.map((p) => p.code).join(', '));
});

describe('a national Markdown report', () => {
  const all = 'all 63 provinces where it runs';
  const allBut = 'every province where it runs but BK, PY, GL (60 of 63)';
  const codes = catalog.provinces.map((p) => p.code).join(', ');
  const at = '2023-01-01';
  const without = ['nd-104-2022'];

  it('of a diff names the provinces as the text does, when told where each procedure runs, and as tthc diff does', async () => {
    const result = lib.diff(catalog, catalog, { at: '2022-12-31', to: at });
    const md = lib.renderDiffMarkdown(result, { lang: 'en', runsIn, ranIn: runsIn });
    expect(md).toBe(await printed('diff', 'catalog/', '--at', '2022-12-31', '--to', at, '--lang', 'en', '--format', 'markdown'));
    expect(md).toContain(`| ${all} |`);
    expect(md).toContain(`| ${allBut} |`);
    expect(md).not.toContain(codes);
    // Not told where each procedure runs, it lists every province.
    const listed = lib.renderDiffMarkdown(result, { lang: 'en' });
    expect(listed).toContain(`| ${codes} |`);
    expect(listed).not.toContain('where it runs');
  });

  it('of a what-if, a timeline and a blocked analysis does so too', async () => {
    const best = lib.plan(catalog, { at, without, budget: 1 });
    const whatif = lib.renderWhatIfMarkdown(lib.whatif(catalog, best.reform, { at, without }), { lang: 'en', runsIn });
    const timeline = lib.renderTimelineMarkdown(lib.timeline(catalog, { from: '2022-12-31', to: at }), { lang: 'en', runsIn });
    expect(timeline).toBe(await printed('timeline', 'catalog/', '--from', '2022-12-31', '--to', at, '--lang', 'en', '--format', 'markdown'));
    // A blocked analysis tells them from the provinces it evaluated each procedure in.
    const blocked = lib.renderBlockedMarkdown(lib.analyze(catalog, { at, without }), { lang: 'en' });
    for (const md of [whatif, timeline, blocked]) {
      expect(md).toContain(`| ${all} |`);
      expect(md).not.toContain(codes);
    }
  });
});

it('names where each procedure runs, as the text reports take it', () => {
  // A procedure of every province is in the map with all 63 codes; a central one is not.
  const codes = catalog.provinces.map((p) => p.code);
  expect(codes.length).toBe(63);
  const provincial = catalog.procedures.filter((p) => p.level?.includes('xa') && (p.provinces === undefined || p.provinces === 'all'));
  expect(provincial.length).toBeGreaterThan(0);
  for (const p of provincial) expect(runsIn.get(p.code)).toEqual(codes);
  const central = catalog.procedures.filter((p) => p.level?.every((l) => l === 'trung-uong'));
  expect(central.length).toBeGreaterThan(0);
  for (const p of central) expect(runsIn.has(p.code)).toBe(false);
});
