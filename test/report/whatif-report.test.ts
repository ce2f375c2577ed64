import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';
import { parseReform } from '../../src/analysis/reform/parse-reform.js';
import { whatif } from '../../src/analysis/whatif.js';
import { renderWhatIfCsv } from '../../src/report/whatif-csv.js';
import { renderWhatIfJson, writeWhatIfJson } from '../../src/report/whatif-json.js';
import { renderWhatIfMarkdown } from '../../src/report/whatif-markdown.js';
import { renderWhatIfText } from '../../src/report/whatif-text.js';
import { expectGolden } from './golden.js';

const dir = new URL('../fixtures/reform/', import.meta.url);
const catalog = parseCatalog(readFileSync(new URL('catalog.yaml', dir), 'utf8')).catalog;
const reform = parseReform(readFileSync(new URL('unblock-civil-status.yaml', dir), 'utf8'), { catalog }).reform!;
const result = whatif(catalog, reform);
const golden = (name: string) => new URL(`golden/${name}`, dir);

describe('what-if reporters', () => {
  it.each(['vi', 'en'] as const)('text and Markdown in %s match the golden files', (lang) => {
    expectGolden(renderWhatIfText(result, { lang }), golden(`whatif.${lang}.txt`));
    expectGolden(renderWhatIfMarkdown(result, { lang }), golden(`whatif.${lang}.md`));
  });

  it('CSV has one record per listed evaluation, stable columns, and matches the golden file', () => {
    const csv = renderWhatIfCsv(result, { lang: 'en' });
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(result.entries.length + 1);
    expectGolden(csv, golden('whatif.en.csv'));
  });

  it('JSON is the result itself', () => {
    expect(JSON.parse(renderWhatIfJson(result))).toEqual(result);
  });

  it('JSON written a piece at a time is the same text, the entries a batch at a time', () => {
    const pieces: string[] = [];
    writeWhatIfJson(result, (piece) => pieces.push(piece));
    expect(pieces.join('')).toBe(renderWhatIfJson(result));
    expect(pieces.length).toBeGreaterThan(1);
  });

  it('groups provinces with the same change and reason into one row', () => {
    const text = renderWhatIfText(result, { lang: 'en' });
    expect(text).toMatch(/\n2\.000001 +Vay vốn tạo việc làm +HN, GL +blocked → blocked +Sổ hộ khẩu: /);
    expect(text).toContain('procedure 1.001193: blocked → met (paperless)');
  });
});

describe('what-if reporters on a reform that leaves a deadlock', () => {
  // loop-a needs giay-x, issued by loop-b, which needs giay-y, issued by loop-a; accepting
  // giay-y for loop-a as well changes its requirement but leaves both waiting on each other.
  const deadlocked = parseCatalog(`
catalog: { name: deadlock-reform, cutoff: 2023-01-01 }
provinces: [{ code: HN, name: Hà Nội }]
documents:
  - { id: giay-x, name: Giấy X, form: paper, obtained_by: [loop-b] }
  - { id: giay-y, name: Giấy Y, form: paper, obtained_by: [loop-a] }
legal:
  - { id: nd-1, number: 1/2020/NĐ-CP, type: nghi-dinh }
procedures:
  - { code: loop-a, name: Vòng A, level: [xa], requires: [{ document: giay-x, basis: { legal: nd-1, article: 1 } }] }
  - { code: loop-b, name: Vòng B, level: [xa], requires: [{ document: giay-y, basis: { legal: nd-1, article: 2 } }] }
`).catalog;
  const amend = parseReform(
    `legal: [{ id: nd-2, number: 2/2024/NĐ-CP, type: nghi-dinh, amends: [{ provision: { legal: nd-1, article: 1 }, accept: [giay-y] }] }]`,
    { catalog: deadlocked },
  ).reform!;
  const stuck = whatif(deadlocked, amend, { at: '2023-01-01' });

  it('say the procedure still waits on its partner', () => {
    expect(stuck.entries.find((e) => e.code === 'loop-a')?.change).toBe('still-blocked');
    expect(renderWhatIfText(stuck, { lang: 'en' })).toContain('deadlock: it and loop-b wait on each other');
    expect(renderWhatIfCsv(stuck, { lang: 'en' })).toContain('deadlock: it and loop-b wait on each other');
  });
});

describe('what-if reporters on procedures waited on', () => {
  // p1 is met by a lookup in HN and with a card in GL; the central c1 and the provincial p2 need it.
  const read = (name: string) => readFileSync(new URL(`central-waits/${name}`, dir), 'utf8');
  const waits = parseCatalog(read('catalog.yaml')).catalog;
  const w = whatif(waits, parseReform(read('card.yaml'), { catalog: waits }).reform!);

  it.each([
    ['en', 'met (needs a card, no lookup)', 'met (paperless)', 'procedure p1: blocked → '],
    ['vi', 'đáp ứng (cần thẻ, không tra cứu được)', 'đáp ứng (không cần giấy)', 'thủ tục p1: bị chặn → '],
  ] as const)('in %s, tell the procedure waited on in the words of its own row', (lang, byCard, paperless, dependency) => {
    const rows = renderWhatIfText(w, { lang }).split('\n');
    const row = (code: string, where: string) => rows.find((r) => new RegExp(`^${code} .* ${where} `).test(r))!;
    expect(row('p1', 'GL')).toContain(` → ${byCard} `);
    expect(row('p1', 'HN')).toContain(` → ${paperless} `);
    // c1 needs p1 done in every province: with the card in GL.
    expect(row('c1', lang === 'en' ? 'Central' : 'Trung ương').endsWith(`${dependency}${byCard}`)).toBe(true);
    expect(row('p2', 'GL').endsWith(`${dependency}${byCard}`)).toBe(true);
    expect(row('p2', 'HN').endsWith(`${dependency}${paperless}`)).toBe(true);
    expect(renderWhatIfCsv(w, { lang })).toContain(`${dependency}${byCard}`);
  });
});

describe('the reform line of the what-if reports', () => {
  // Four decrees and six connections: more than the line names of either.
  const national = new URL('national/', dir);
  const nationalCatalog = parseCatalog(readFileSync(new URL('catalog.yaml', national), 'utf8')).catalog;
  const plan = parseReform(readFileSync(new URL('plan.yaml', national), 'utf8'), { catalog: nationalCatalog }).reform!;
  const line = (text: string) => text.split('\n')[1];

  it.each([
    [
      'en',
      'Reform: 4 new legal documents (901/2023/NĐ-CP: 1 amendment; 902/2023/NĐ-CP: 1 amendment; 903/2023/NĐ-CP: 1 amendment and 1 other); ' +
        '6 connections (csdlqg-dan-cu in HN from 2023-01-01; csdlqg-dan-cu in HCM from 2023-01-01; csdlqg-dan-cu in HP from 2023-01-01 and 3 others)',
    ],
    [
      'vi',
      'Cải cách: 4 văn bản mới (901/2023/NĐ-CP: 1 sửa đổi; 902/2023/NĐ-CP: 1 sửa đổi; 903/2023/NĐ-CP: 1 sửa đổi và 1 văn bản khác); ' +
        '6 kết nối (csdlqg-dan-cu tại HN từ 2023-01-01; csdlqg-dan-cu tại HCM từ 2023-01-01; csdlqg-dan-cu tại HP từ 2023-01-01 và 3 kết nối khác)',
    ],
  ] as const)('in %s names three legal documents and three connections, and counts the others', (lang, want) => {
    const result = whatif(nationalCatalog, plan);
    expect(line(renderWhatIfText(result, { lang }))).toBe(want);
    expect(renderWhatIfMarkdown(result, { lang }).split('\n')[2]).toBe(want.replace(/^([^:]+):/, '**$1:**'));
  });

  it.each([
    ['en', 'and 248 others', 'and 16 others', 'The whole reform'],
    ['vi', 'và 248 kết nối khác', 'và 16 văn bản khác', 'Toàn bộ cải cách'],
  ] as const)('in %s stays one short line for a reform of hundreds of parts, which JSON and Markdown list in full', (lang, connections, legal, heading) => {
    const provinces = nationalCatalog.provinces.map((p) => p.code);
    const connect = Array.from({ length: 251 }, (_, i) => ({ data_source: 'csdlqg-dan-cu', province: provinces[i % provinces.length], from: `2023-${String(1 + (i % 12)).padStart(2, '0')}-01` }));
    const many = { legal: Array.from({ length: 19 }, (_, i) => ({ ...plan.legal![i % 4], id: `nd-${i}-2031`, number: `${i + 1}/2031/NĐ-CP` })), connect };
    const result = whatif(nationalCatalog, many);
    const header = line(renderWhatIfText(result, { lang }));
    expect(header.endsWith(` ${connections})`)).toBe(true);
    expect(header).toContain(` ${legal}); 251 `);
    expect(header.length).toBeLessThan(400);
    expect(header.split('; ')).toHaveLength(6);
    expect(JSON.parse(renderWhatIfJson(result)).reform.connect).toEqual(connect);
    const markdown = renderWhatIfMarkdown(result, { lang });
    expect(markdown.split('\n')[2]).toBe(header.replace(/^([^:]+):/, '**$1:**'));
    const whole = markdown.slice(markdown.indexOf(`\n## ${heading}\n`)).split('\n').filter((l) => l.startsWith('- '));
    expect(whole).toHaveLength(19 + 251);
    expect(whole[0]).toBe(lang === 'en' ? '- 1/2031/NĐ-CP: 1 amendment' : '- 1/2031/NĐ-CP: 1 sửa đổi');
    expect(whole[19 + 250]).toBe(lang === 'en' ? `- csdlqg-dan-cu in ${connect[250].province} from ${connect[250].from}` : `- csdlqg-dan-cu tại ${connect[250].province} từ ${connect[250].from}`);
  });

  it('names every part of a reform of three legal documents and three connections, and Markdown lists them nowhere else', () => {
    const three = { legal: plan.legal!.slice(0, 3), connect: plan.connect!.slice(0, 3) };
    const result = whatif(nationalCatalog, three);
    expect(line(renderWhatIfText(result, { lang: 'en' }))).toBe(
      'Reform: 3 new legal documents (901/2023/NĐ-CP: 1 amendment; 902/2023/NĐ-CP: 1 amendment; 903/2023/NĐ-CP: 1 amendment); ' +
        '3 connections (csdlqg-dan-cu in HN from 2023-01-01; csdlqg-dan-cu in HCM from 2023-01-01; csdlqg-dan-cu in HP from 2023-01-01)',
    );
    expect(renderWhatIfMarkdown(result, { lang: 'en' })).not.toContain('The whole reform');
  });
});
