import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { parseReform } from '../../src/analysis/reform/parse-reform.js';
import { whatif } from '../../src/analysis/whatif.js';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';
import type { Catalog } from '../../src/catalog/types.js';
import { renderBlockedCsv } from '../../src/report/blocked-csv.js';
import { renderBlockedMarkdown } from '../../src/report/blocked-markdown.js';
import { renderBlockedText } from '../../src/report/blocked-text.js';
import { renderExplainText } from '../../src/report/explain-text.js';
import { renderWhatIfCsv } from '../../src/report/whatif-csv.js';
import { renderWhatIfMarkdown } from '../../src/report/whatif-markdown.js';
import { renderWhatIfText } from '../../src/report/whatif-text.js';
import { loadReportFixture } from './fixture-analysis.js';

/** A copy of `catalog` with English names given to these documents and data sources. */
function named(catalog: Catalog, names: Record<string, string>): Catalog {
  const copy = structuredClone(catalog);
  for (const entity of [...copy.documents, ...copy.data_sources]) {
    if (names[entity.id] !== undefined) entity.name_en = names[entity.id];
  }
  return copy;
}

// hokhau-small names only the household book in English; the temporary residence book,
// CT07 and the population database have Vietnamese names only.
const small = loadReportFixture('hokhau-small');
const english = named(small, {
  'so-tam-tru': 'Temporary residence book',
  ct07: 'Residence information confirmation (form CT07)',
  'csdlqg-dan-cu': 'National population database',
});

describe('the analysis result carries the English names the catalog gives', () => {
  it('next to the requirement document and candidate names, and only when the catalog has one', () => {
    const r = analyze(small).results.find((x) => x.code === '1.000894' && x.province === 'HN')!;
    const req = r.requirements.find((q) => q.document === 'so-ho-khau')!;
    expect(req).toMatchObject({ document_name: 'Sổ hộ khẩu', document_name_en: 'Household registration book' });
    expect(req.candidates.find((c) => c.id === 'so-ho-khau')).toMatchObject({ name: 'Sổ hộ khẩu', name_en: 'Household registration book' });
    expect(req.candidates.find((c) => c.id === 'csdlqg-dan-cu')).not.toHaveProperty('name_en');
    expect(r.requirements.find((q) => q.document === 'giay-khai-sinh')).not.toHaveProperty('document_name_en');

    const other = analyze(english).results.find((x) => x.code === '1.000894' && x.province === 'HN')!;
    const source = other.requirements[0].candidates.find((c) => c.id === 'csdlqg-dan-cu')!;
    expect(source).toMatchObject({ kind: 'data_source', name: 'CSDLQG về dân cư', name_en: 'National population database' });
  });
});

describe('English reports name documents and data sources by their English names', () => {
  const result = analyze(english);

  it('text and Markdown reasons and paper steps', () => {
    for (const out of [renderBlockedText(result, { lang: 'en' }), renderBlockedMarkdown(result, { lang: 'en' })]) {
      expect(out).toContain('Temporary residence book: no longer valid after 2022-12-31');
      expect(out).toContain('Residence information confirmation (form CT07) [paper] — obtainable through procedure 1.010041');
      expect(out).not.toContain('Sổ tạm trú');
      expect(out).not.toContain('(mẫu CT07)');
      // A document without an English name keeps its Vietnamese one.
      expect(out).toContain('Giấy phép B: cannot be obtained: dl-b blocked');
    }
    const vi = renderBlockedText(result);
    expect(vi).toContain('Sổ tạm trú: hết hiệu lực sau 2022-12-31');
    expect(vi).not.toContain('Temporary residence book');
  });

  it('the CSV reason cell, while the name column stays the Vietnamese name', () => {
    const lines = renderBlockedCsv(result, { lang: 'en' }).split('\r\n');
    const line = (code: string, province: string) => lines.find((l) => l.startsWith(`${code},`) && l.includes(`,${province},`))!;
    expect(line('1.003091', 'HN')).toMatch(/,Temporary residence book: no longer valid after 2022-12-31 \(Article 38\(3\) of Law 68\/2020\/QH14\)$/);
    expect(line('1.000894', 'GL')).toMatch(/^1\.000894,Đăng ký kết hôn,GL,.*Residence information confirmation \(form CT07\) \[paper\]/);
    const vi = renderBlockedCsv(result).split('\r\n');
    expect(vi.find((l) => l.startsWith('1.003091,') && l.includes(',HN,'))).toMatch(/,Sổ tạm trú: hết hiệu lực sau 2022-12-31/);
  });

  it('the explanation tree: requirements and candidates, documents and data sources alike', () => {
    const en = renderExplainText(result, '1.000894', { lang: 'en' });
    expect(en).toContain('Requirement 1: Household registration book (present)');
    expect(en).toContain('✗ Household registration book [paper] — the required document');
    expect(en).toContain('✓ National population database [data] — accepted by Article 15(3) of Decree 104/2022/NĐ-CP');
    expect(en).toContain('Residence information confirmation (form CT07) [paper]');
    expect(en).toContain('Requirement 2: Giấy khai sinh (present)');
    expect(en).not.toMatch(/Sổ hộ khẩu|CSDLQG về dân cư|mẫu CT07/);
    const vi = renderExplainText(result, '1.000894');
    expect(vi).toContain('Yêu cầu 1: Sổ hộ khẩu (xuất trình)');
    expect(vi).toContain('CSDLQG về dân cư [dữ liệu]');
    expect(vi).not.toMatch(/Household registration book|National population database/);
  });

  it('without English names in the catalog, English reports fall back to the Vietnamese names', () => {
    const plain = structuredClone(small);
    for (const d of plain.documents) delete d.name_en;
    const en = renderExplainText(analyze(plain), '1.000894', { lang: 'en' });
    expect(en).toContain('Requirement 1: Sổ hộ khẩu (present)');
    expect(en).toContain('✗ Sổ hộ khẩu [paper] — the required document; no longer valid after 2022-12-31');
    expect(en).not.toContain('Household registration book');
    expect(renderBlockedText(analyze(plain), { lang: 'en' })).toContain('Sổ tạm trú: no longer valid after 2022-12-31');
  });
});

describe('the what-if report names documents and data sources by their English names', () => {
  const dir = new URL('../fixtures/reform/', import.meta.url);
  const base = parseCatalog(readFileSync(new URL('catalog.yaml', dir), 'utf8')).catalog;
  const catalog = named(base, { 'so-ho-khau': 'Household registration book', 'csdlqg-dan-cu': 'National population database' });
  const reform = parseReform(readFileSync(new URL('unblock-civil-status.yaml', dir), 'utf8'), { catalog }).reform!;
  const result = whatif(catalog, reform);

  it('carries the English name next to the name of each requirement that changed', () => {
    const change = result.entries.find((e) => e.code === '1.000894' && e.province === 'HN')!.requirements[0];
    expect(change).toMatchObject({ document_name: 'Sổ hộ khẩu', document_name_en: 'Household registration book' });
    expect(change.via).toMatchObject({ name: 'CSDLQG về dân cư', name_en: 'National population database' });
    const plain = whatif(base, parseReform(readFileSync(new URL('unblock-civil-status.yaml', dir), 'utf8'), { catalog: base }).reform!);
    expect(plain.entries.find((e) => e.code === '1.000894')!.requirements[0]).not.toHaveProperty('document_name_en');
  });

  it('in text, Markdown and the CSV reason, in English only', () => {
    const reason = 'Household registration book → National population database [data]: accepted by Article 1 of Decree 999/2023/NĐ-CP';
    for (const out of [renderWhatIfText(result, { lang: 'en' }), renderWhatIfMarkdown(result, { lang: 'en' }), renderWhatIfCsv(result, { lang: 'en' })]) {
      expect(out).toContain(reason);
      expect(out).toContain('Household registration book: no longer valid after 2022-12-31');
      expect(out).not.toMatch(/Sổ hộ khẩu|CSDLQG về dân cư/);
    }
    const vi = renderWhatIfText(result);
    expect(vi).toContain('Sổ hộ khẩu → CSDLQG về dân cư [dữ liệu]');
    expect(vi).not.toContain('Household registration book');
  });
});
