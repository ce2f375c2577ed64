import { describe, expect, it } from 'vitest';
import { lapsedText, provinceCell, provinceList, provisionText, reasonText, refText } from '../../src/report/describe.js';

describe('report phrases', () => {
  const codes = ['HN', 'HCM', 'HP', 'DN', 'CT', 'GL', 'CB', 'BK', 'LS', 'QN'];

  it('lists provinces, cutting long lists and naming "all" or "all but" when where they run is known', () => {
    expect(provinceList(['HN', null], 'vi')).toBe('HN, Trung ương');
    expect(provinceList(codes, 'vi', 8)).toBe('HN, HCM, HP, DN, CT, GL, CB, BK +2 nữa');
    expect(provinceCell(codes, 'en', 8, undefined)).toBe('HN, HCM, HP, DN, CT, GL, CB, BK +2 more');
    expect(provinceCell(codes, 'en', 8, codes)).toBe('all 10 provinces where it runs');
    expect(provinceCell(codes, 'en', 8, [...codes, 'X1', 'X2'])).toBe('every province where it runs but X1, X2 (10 of 12)');
    // At most `max` are left out, as at most `max` are listed.
    expect(provinceCell(codes, 'en', 1, [...codes, 'X1', 'X2'])).toBe('HN +9 more');
    const many = Array.from({ length: 63 }, (_, i) => (i < 10 ? codes[i] : `X${i}`));
    expect(provinceCell(codes, 'en', 8, many)).toBe('HN, HCM, HP, DN, CT, GL, CB, BK +2 more');
    // A province that is not where it runs is not told as one of them.
    expect(provinceCell([...codes.slice(1), 'ZZ'], 'en', 8, codes)).toBe('HCM, HP, DN, CT, GL, CB, BK, LS +2 more');
    expect(provinceCell(codes.slice(0, 2), 'en', 8, codes.slice(0, 2))).toBe('HN, HCM');
    expect(provinceCell(codes.slice(0, 2), 'en', 1, codes.slice(0, 2))).toBe('all 2 provinces where it runs');
  });

  it('names the province of another evaluation only when it differs', () => {
    const ref = { code: '1.010041', province: 'GL', status: 'met' as const, paper: false };
    expect(refText(ref, 'GL', 'vi')).toBe('1.010041');
    expect(refText(ref, null, 'vi')).toBe('1.010041 (GL)');
    expect(refText({ ...ref, province: null }, 'GL', 'en')).toBe('1.010041 (Central)');
    const blocked = { ...ref, status: 'blocked' as const };
    expect(reasonText({ kind: 'not-obtainable', valid_until: null, via: [blocked] }, 'en', 'HN')).toBe('cannot be obtained: 1.010041 (GL) blocked');
  });

  it('names eight of the procedures a document comes through and counts the others', () => {
    const via = (n: number) => Array.from({ length: n }, (_, i) => ({ code: `o${i}`, province: null, status: 'blocked' as const, paper: false }));
    const eight = 'o0 blocked, o1 blocked, o2 blocked, o3 blocked, o4 blocked, o5 blocked, o6 blocked, o7 blocked';
    expect(reasonText({ kind: 'not-obtainable', valid_until: null, via: via(8) }, 'en', null)).toBe(`cannot be obtained: ${eight}`);
    expect(reasonText({ kind: 'not-obtainable', valid_until: null, via: via(9) }, 'en', null)).toBe(`cannot be obtained: ${eight} and 1 other`);
    expect(reasonText({ kind: 'not-obtainable', valid_until: null, via: via(3000) }, 'en', null)).toBe(`cannot be obtained: ${eight} and 2992 others`);
    expect(reasonText({ kind: 'not-obtainable', valid_until: null, via: via(3000) }, 'vi', null)).toMatch(/^không xin được: o0 bị chặn, .*o7 bị chặn và 2992 thủ tục khác$/);
  });

  it('says why each procedure a document comes through cannot give it: blocked, undecided, not offered there, unknown code', () => {
    const via = [
      { code: 'a', province: 'GL', status: 'blocked' as const, paper: false },
      { code: 'b', province: 'GL', status: 'unknown' as const, paper: false },
      { code: 'c', province: 'GL', status: 'blocked' as const, paper: false, context: 'not-offered' as const },
      { code: 'd', province: null, status: 'unknown' as const, paper: false, context: 'unresolved' as const },
    ];
    expect(reasonText({ kind: 'not-obtainable', valid_until: null, via }, 'en', 'GL')).toBe(
      'cannot be obtained: a blocked, b unknown, c (not offered in GL), d (unresolved reference)',
    );
    expect(reasonText({ kind: 'not-obtainable', valid_until: null, via }, 'vi', 'GL')).toBe(
      'không xin được: a bị chặn, b chưa xác định, c (không được thực hiện tại GL), d (tham chiếu không tìm thấy)',
    );
    // An unknown code is not a central procedure.
    expect(refText(via[3], 'GL', 'en')).toBe('d (unresolved reference)');
  });

  it('cites provisions in English from their parts', () => {
    const p = { legal: 'nd-134-2016', number: '134/2016/NĐ-CP', article: 7, clause: 3, point: 'đ', label: 'Điều 7 khoản 3 điểm đ Nghị định 134/2016/NĐ-CP' };
    expect(provisionText(p, 'vi')).toBe(p.label);
    expect(provisionText(p, 'en')).toBe('Article 7(3)(đ) of Decree 134/2016/NĐ-CP');
    expect(provisionText({ legal: 'x', label: 'x' }, 'en')).toBe('x');
    const form = { legal: 'tt-56-2021', form: 'CT07', label: 'Mẫu số CT07 Thông tư 56/2021/TT-BCA' };
    expect(provisionText(form, 'en')).toBe('Form CT07 of Circular 56/2021/TT-BCA');
    const law = { legal: 'l-68', article: 38, clause: 3, label: 'Điều 38 khoản 3 Luật 68/2020/QH14' };
    expect(provisionText(law, 'en')).toBe('Article 38(3) of Law 68/2020/QH14');
    expect(provisionText({ legal: 'nd-1', label: 'Nghị định 1/2020/NĐ-CP' }, 'en')).toBe('Decree 1/2020/NĐ-CP');
  });
});

describe('paper steps', () => {
  it('names a paper document once when two requirements are met by it', async () => {
    const { paperSteps } = await import('../../src/report/describe.js');
    const candidate = {
      kind: 'document' as const,
      id: 'so-ho-khau',
      name: 'Sổ hộ khẩu',
      form: 'paper' as const,
      origin: 'required' as const,
      status: 'met' as const,
      paper: true,
      reason: { kind: 'valid' as const, valid_until: '2022-12-31' },
    };
    const requirement = (index: number) => ({
      index,
      document: 'so-ho-khau',
      document_name: 'Sổ hộ khẩu',
      mode: 'submit' as const,
      basis: null,
      status: 'met' as const,
      chosen: 'so-ho-khau',
      candidates: [candidate],
    });
    const r = {
      code: '1.001939',
      name: 'BHYT',
      province: 'GL',
      level: ['xa' as const],
      essential: false,
      status: 'met' as const,
      paper: true,
      best_form: 'paper' as const,
      deadlock: false,
      requirements: [requirement(0), requirement(1)],
      needs: [],
    };
    expect(paperSteps(r, 'vi')).toBe('Sổ hộ khẩu [giấy]');
  });

  it('says what a lapsed change did: accepted, dropped, or both, from its date when it has one', () => {
    const card = { kind: 'document' as const, id: 'cccd', name: 'Thẻ Căn cước công dân', name_en: 'Citizen identity card', form: 'card' as const };
    const ghost = { kind: 'document' as const, id: 'ghost', name: 'ghost', form: null };
    const amendment = { legal: 'tt-9', number: '9/2020/TT-BCA', effective: null, label: 'Điều 2 Thông tư 9/2020/TT-BCA' };
    expect(lapsedText({ amendment: { ...amendment, drop: true, accept: ['cccd'] }, expires: '2024-06-30', accepted: [card] }, 'en')).toBe(
      'Article 2 of Circular 9/2020/TT-BCA dropped the requirement and accepted Citizen identity card [card]; lapsed after 2024-06-30',
    );
    expect(lapsedText({ amendment: { ...amendment, drop: true, accept: ['cccd'] }, expires: '2024-06-30', accepted: [card] }, 'vi')).toBe(
      'Điều 2 Thông tư 9/2020/TT-BCA bãi bỏ yêu cầu này và chấp nhận Thẻ Căn cước công dân [thẻ]; hết hiệu lực sau 2024-06-30',
    );
    expect(lapsedText({ amendment: { ...amendment, effective: '2021-01-01', accept: ['ghost'] }, expires: '2024-06-30', accepted: [ghost] }, 'en')).toBe(
      'Article 2 of Circular 9/2020/TT-BCA accepted ghost [form unknown] from 2021-01-01; lapsed after 2024-06-30',
    );
  });
});
