import { describe, expect, it } from 'vitest';
import { summarizeCatalog } from '../../src/analysis/summary.js';
import { renderSummaryText } from '../../src/report/summary-text.js';
import { loadSummaryFixture } from '../analysis/summary-fixtures.js';
import { expectGolden } from './golden.js';

// Golden files: the text of a real summary of a fixture catalog. To accept a change:
// TTHC_UPDATE_GOLDEN=1 npx vitest run test/report/summary-text.test.ts, then review the diff.
const golden = (name: string, actual: string) => expectGolden(actual, new URL(`../fixtures/summary/${name}`, import.meta.url));

const summary = summarizeCatalog(loadSummaryFixture('two-sunsets'));

describe('renderSummaryText', () => {
  it('matches the Vietnamese golden file', () => {
    golden('two-sunsets/summary.vi.txt', renderSummaryText(summary, { source: 'catalog/' }));
  });
  it('matches the English golden file', () => {
    golden('two-sunsets/summary.en.txt', renderSummaryText(summary, { lang: 'en', source: 'catalog/' }));
  });

  it('says where paper is still needed and what the day after would be without the relief', () => {
    const text = renderSummaryText(summary, { lang: 'en' });
    expect(text).toContain('1 still needs paper: BB');
    expect(text).toContain('without Decree 5/2022/NĐ-CP (in force 2023-01-01): 3 blocked (every province, central)');
    expect(text).toMatch(/2024-07-01 +day after +1 blocked \(every province\)\n +no amendment in the catalog relieves it\n/);
  });

  it('tells what the procedures met only with a card need without one, and where', () => {
    const cardless = summarizeCatalog(loadSummaryFixture('cardless'));
    const lines = renderSummaryText(cardless, { lang: 'en', source: 'catalog/' }).split('\n');
    const at = lines.findIndex((l) => l.includes('without a card'));
    expect(lines[at].trim()).toBe('without a card (id-card, army-card): 1 blocked (BB) · 3 still need paper (BB)');
    expect(lines[at + 1].trim()).toBe('mostly Certificate 2, Thư 1');
    const vi = renderSummaryText(cardless);
    expect(vi).toContain('không có thẻ (id-card, army-card): 1 bị chặn (BB) · 3 còn cần giấy (BB)\n');
    expect(vi).toContain('chủ yếu Giấy xác nhận 2, Thư 1\n');
    // With no relief to suggest, the hint for an applicant without a card is the only one.
    const next = lines.slice(lines.indexOf('Next:') + 1).filter(Boolean);
    expect(next).toEqual(['  tthc blocked catalog/ --province BB --at 2023-01-01 --lacking id-card,army-card --lang en  # what someone without a card still needs']);
  });

  it('names at most three documents chosen without a card, then how many more', () => {
    const many = structuredClone(summary);
    const docs = ['A', 'B', 'C', 'D', 'E'].map((id, i) => ({ id, name: `Giấy ${id}`, procedures: 5 - i }));
    many.sunsets[0].without_card = { ...many.sunsets[0].without_card!, paper_documents: docs };
    expect(renderSummaryText(many, { lang: 'en' })).toContain('  mostly Giấy A 5, Giấy B 4, Giấy C 3, +2 other documents\n');
  });

  it('names at most eight cards an applicant lacks, then how many more', () => {
    const many = structuredClone(summary);
    const cards = Array.from({ length: 11 }, (_, i) => `card-${i}`);
    many.sunsets[0].without_card = { ...many.sunsets[0].without_card!, lacking: cards };
    const text = renderSummaryText(many, { lang: 'en' });
    expect(text).toContain(`without a card (${cards.slice(0, 8).join(', ')}, +3 other documents): `);
  });

  it('says nothing about cards the day after a sunset where nothing is met only with a card', () => {
    const text = renderSummaryText(summary, { lang: 'en' });
    const oldCard = text.slice(text.indexOf('■ Old card'), text.indexOf('On 2023-01-01'));
    expect(oldCard).not.toContain('without a card');
    expect(text.match(/without a card/g)).toHaveLength(1);
    const none = renderSummaryText(summarizeCatalog(loadSummaryFixture('no-sunset')), { lang: 'en', source: 'catalog/' });
    expect(none).not.toContain('without a card');
    expect(none).not.toContain('--lacking');
  });

  it('cites provisions and legal documents as the other reports do', () => {
    const cited = structuredClone(summary);
    const basis = { legal: 'cd-1', type: 'cong-dien', number: '1/2023/CĐ-TTg', article: 5, clause: 2, point: 'a' };
    cited.sunsets[0].document.basis = basis;
    cited.sunsets[1].document.basis = { legal: 'kh', type: 'other', number: 'KH-1', form: '03' };
    cited.sunsets[0].relief[0] = { ...cited.sunsets[0].relief[0], type: 'other', number: 'KH-2' };
    const en = renderSummaryText(cited, { lang: 'en' });
    expect(en).toContain(' — Article 5(2)(a) of Official Dispatch 1/2023/CĐ-TTg\n');
    expect(en).toContain(' — Form 03 of Document KH-1\n');
    expect(en).toContain('without Document KH-2 (in force 2023-01-01)');
    const vi = renderSummaryText(cited);
    expect(vi).toContain(' — Điều 5 khoản 2 điểm a Công điện 1/2023/CĐ-TTg\n');
    expect(vi).toContain(' — Mẫu số 03 Văn bản KH-1\n');
    expect(vi).toContain('nếu không có Văn bản KH-2 (hiệu lực 2023-01-01)');
  });

  it('prints each published figure next to the catalog count, a dash when there is no measure', () => {
    const lines = renderSummaryText(summary).split('\n');
    expect(lines.find((l) => l.includes('Số nghị định yêu cầu sổ'))).toMatch(/^\s+3\s+2\s+Số nghị định yêu cầu sổ$/);
    expect(lines.find((l) => l.includes('Một số liệu'))).toMatch(/^\s+7\s+—\s+Một số liệu không có phép đếm \(2022-09-30\)$/);
  });

  it('names the catalog and its published figures in English where the catalog gives English, else in Vietnamese', () => {
    const en = renderSummaryText(summary, { lang: 'en' }).split('\n');
    expect(en[0]).toBe('Summary fixture');
    expect(en.find((l) => l.includes('Decrees requiring the book'))).toMatch(/^\s+3\s+2\s+Decrees requiring the book$/);
    expect(en.find((l) => l.includes('Một số liệu'))).toMatch(/^\s+7\s+—\s+Một số liệu không có phép đếm \(2022-09-30\)$/);
    expect(en.join('\n')).not.toContain('Số nghị định');
    const vi = renderSummaryText(summary).split('\n');
    expect(vi[0]).toBe('Danh mục mẫu');
    expect(vi.join('\n')).not.toContain('Decrees');
    // The summary data keeps both.
    expect(summary.catalog).toMatchObject({ name: 'Danh mục mẫu', name_en: 'Summary fixture' });
    expect(summary.reported[0]).toMatchObject({ claim: 'Số nghị định yêu cầu sổ', claim_en: 'Decrees requiring the book' });
    expect(summary.reported[4]).not.toHaveProperty('claim_en');
  });

  it('suggests next commands only when it knows the catalog path, quoting it when needed', () => {
    expect(renderSummaryText(summary)).not.toContain('tthc blocked');
    const text = renderSummaryText(summary, { source: 'my catalogs/vn' });
    expect(text).toContain("tthc blocked 'my catalogs/vn' --at 2023-01-01 --without nd-reform");
    expect(text).toContain("tthc explain 'my catalogs/vn' P1 --province BB --at 2023-01-01");
  });

  it('says when a catalog has no sunset and no figures', () => {
    const s = summarizeCatalog(loadSummaryFixture('no-sunset'));
    expect(renderSummaryText(s)).toContain('Danh mục không có giấy tờ nào hết hiệu lực');
    expect(renderSummaryText(s, { lang: 'en' })).toContain('The catalog records no published figures');
  });

  it('lists at most eight provinces, then how many more', () => {
    const many = structuredClone(summary);
    const places = Array.from({ length: 11 }, (_, i) => ({ province: `P${i}`, blocked: 0, unknown: 0, paper: 1, document: 0 }));
    many.today = { ...many.today, paper: 1, places };
    const text = renderSummaryText({ ...many, size: { ...many.size, provinces: 20 } }, { lang: 'en' });
    expect(text).toContain('1 still needs paper: P0, P1, P2, P3, P4, P5, P6, P7, +3 provinces');
  });

  it('names the whole list when only one would be left over, so it never says "+1 other"', () => {
    const many = structuredClone(summary);
    const sun = many.sunsets[0];
    const ministries = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `Bộ ${i}`, count: 9 - i }));
    sun.dependents = { ...sun.dependents, by_ministry: ministries(4) };
    const docs = ['A', 'B', 'C', 'D'].map((id, i) => ({ id, name: `Giấy ${id}`, procedures: 4 - i }));
    const cards = Array.from({ length: 9 }, (_, i) => `card-${i}`);
    sun.without_card = { ...sun.without_card!, paper_documents: docs, lacking: cards };
    many.today = { ...many.today, paper: 1, places: Array.from({ length: 9 }, (_, i) => ({ province: `P${i}`, blocked: 0, unknown: 0, paper: 1, document: 0 })) };
    const text = renderSummaryText({ ...many, size: { ...many.size, provinces: 20 } }, { lang: 'en' });
    expect(text).toContain(': Bộ 0 9, Bộ 1 8, Bộ 2 7, Bộ 3 6\n');
    expect(text).toContain('  mostly Giấy A 4, Giấy B 3, Giấy C 2, Giấy D 1\n');
    expect(text).toContain(`without a card (${cards.join(', ')}): `);
    expect(text).toContain('1 still needs paper: P0, P1, P2, P3, P4, P5, P6, P7, P8\n');
    expect(text).not.toMatch(/\+1 /);
    sun.dependents = { ...sun.dependents, by_ministry: ministries(5) };
    expect(renderSummaryText(many, { lang: 'en' })).toContain(': Bộ 0 9, Bộ 1 8, Bộ 2 7, +2 other ministries\n');
  });

  it('names the few provinces a state leaves out when it reaches most of them', () => {
    const many = structuredClone(summary);
    const codes = Array.from({ length: 63 }, (_, i) => `P${i}`);
    const places = (reached: string[]) => reached.map((province) => ({ province, blocked: 0, unknown: 0, paper: 1, document: 0 }));
    const at = (reached: string[], withCodes = true) => {
      const s = { ...many, size: { ...many.size, provinces: 63 }, today: { ...many.today, paper: 1, places: places(reached) }, ...(withCodes ? { provinces: codes } : {}) };
      if (!withCodes) delete (s as { provinces?: string[] }).provinces;
      return [renderSummaryText(s, { lang: 'en' }), renderSummaryText(s)];
    };
    const [en, vi] = at(codes.filter((c) => !['P3', 'P40', 'P62'].includes(c)));
    expect(en).toContain('1 still needs paper: every province but P3, P40, P62 (60 of 63)\n');
    expect(vi).toContain('1 còn cần giấy: mọi tỉnh trừ P3, P40, P62 (60/63 tỉnh)\n');
    // Eight left out are named; nine are too many: the first eight reached, then how many more.
    expect(at(codes.slice(8))[0]).toContain(`: every province but ${codes.slice(0, 8).join(', ')} (55 of 63)\n`);
    expect(at(codes.slice(9))[0]).toContain(`: ${codes.slice(9, 17).join(', ')}, +46 provinces\n`);
    expect(at(codes)[0]).toContain('1 still needs paper: every province\n');
    // Output of a summary without the catalog's codes lists as before.
    expect(at(codes.slice(3), false)[0]).toContain(`: ${codes.slice(3, 11).join(', ')}, +52 provinces\n`);
  });
});
