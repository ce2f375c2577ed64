import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';
import { diff } from '../../src/analysis/diff.js';
import { renderDiffCsv } from '../../src/report/diff-csv.js';
import { renderDiffJson, writeDiffJson } from '../../src/report/diff-json.js';
import { renderDiffMarkdown } from '../../src/report/diff-markdown.js';
import { renderDiffText } from '../../src/report/diff-text.js';
import { expectGolden } from './golden.js';

const dir = new URL('../fixtures/diff/', import.meta.url);
const load = (name: string) => parseCatalog(readFileSync(new URL(name, dir), 'utf8')).catalog;
const result = diff(load('before.yaml'), load('after.yaml'));
const dates = diff(load('after.yaml'), load('after.yaml'), { at: '2022-12-31', to: '2023-06-01' });
const golden = (name: string) => new URL(`golden/${name}`, dir);

describe('diff reporters', () => {
  it.each(['vi', 'en'] as const)('text and Markdown in %s match the golden files', (lang) => {
    expectGolden(renderDiffText(result, { lang }), golden(`diff.${lang}.txt`));
    expectGolden(renderDiffMarkdown(result, { lang }), golden(`diff.${lang}.md`));
    expectGolden(renderDiffText(dates, { lang }), golden(`dates.${lang}.txt`));
  });

  it('CSV lists entities then evaluations and matches the golden file; JSON is the result itself', () => {
    const csv = renderDiffCsv(result);
    const kinds = csv.split('\r\n').filter(Boolean).slice(1).map((l) => l.split(',')[0]);
    expect(kinds.indexOf('evaluation')).toBeGreaterThan(kinds.lastIndexOf('entity'));
    expectGolden(csv, golden('diff.csv'));
    expect(JSON.parse(renderDiffJson(result))).toEqual(JSON.parse(JSON.stringify(result)));
  });

  it('JSON written a piece at a time is the same text, the changed evaluations a batch at a time', () => {
    const pieces: string[] = [];
    writeDiffJson(result, (piece) => pieces.push(piece));
    expect(result.changes.length).toBeGreaterThan(0);
    expect(pieces.join('')).toBe(renderDiffJson(result));
    expect(pieces.length).toBeGreaterThan(1);
  });

  it('name a procedure in English with --lang en when the catalog gives its English name', () => {
    const named = (name: string) => {
      const c = load(name);
      c.procedures.find((p) => p.code === '1.001193')!.name_en = 'Birth registration';
      return c;
    };
    const r = diff(named('before.yaml'), named('after.yaml'));
    expect(r.changes.filter((c) => c.code === '1.001193').map((c) => c.name_en)).toEqual(['Birth registration', 'Birth registration', 'Birth registration']);
    expect(r.changes.find((c) => c.code === '1.010041')).not.toHaveProperty('name_en');
    const rows = (text: string) => text.split('\n').filter((l) => /^\|? ?1\.001193 /.test(l));
    for (const render of [renderDiffText, renderDiffMarkdown]) {
      expect(rows(render(r, { lang: 'en' }))).toHaveLength(3);
      for (const row of rows(render(r, { lang: 'en' }))) expect(row).toContain('Birth registration');
      for (const row of rows(render(r, { lang: 'vi' }))) expect(row).toContain('Đăng ký khai sinh');
    }
    expect(renderDiffText(r, { lang: 'en' })).toContain('Xác nhận thông tin về cư trú');
  });
});
