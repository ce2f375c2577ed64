import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';
import { parseCatalog } from '../../../src/catalog/parse-catalog.js';
import { loadFixture, resultOf } from '../helpers/fixture.js';

const catalog = loadFixture('lapsed-amendment');
const requirement = (code: string, province: string | null, options: Parameters<typeof analyze>[1] = {}) =>
  resultOf(analyze(catalog, options), code, province).requirements[0];

const DISPATCH = {
  legal: 'cd-5-2023',
  number: '5/2023/CĐ-TTg',
  effective: '2023-01-01',
  source: 'https://example.org/cd-5-2023',
};
const article = (n: number) => ({ legal: 'nd-61-2015', number: '61/2015/NĐ-CP', article: n, label: `Điều ${n} Nghị định 61/2015/NĐ-CP` });

// Every requirement asks for the household book, expired after 2022-12-31. Dispatch 5/2023
// (2023-01-01 … 2025-01-09) accepted a lookup and the card for Article 1 and dropped Article 2's
// requirement; its Article 6 was to take effect only after it expired. Circular 9/2020, with
// no effective date, accepted the card for Article 5 until 2024-06-30.
describe('a change whose amending document expired is named in the explanation of what it covered', () => {
  it('after the expiry, the requirement names the change, its last day and what it accepted, in every province', () => {
    for (const province of ['HN', 'GL']) {
      const r = requirement('p-art1', province);
      expect(r.status).toBe('blocked');
      expect(r.candidates.map((c) => c.id)).toEqual(['so-ho-khau']);
      expect(r.lapsed).toEqual([
        {
          amendment: {
            ...DISPATCH,
            by: { article: 5, clause: 1 },
            provision: article(1),
            accept: ['csdl-dan-cu', 'cccd'],
            label: 'Điều 5 khoản 1 Công điện 5/2023/CĐ-TTg',
          },
          expires: '2025-01-09',
          accepted: [
            { kind: 'data_source', id: 'csdl-dan-cu', name: 'Cơ sở dữ liệu quốc gia về dân cư', name_en: 'National Population Database', form: 'data' },
            { kind: 'document', id: 'cccd', name: 'Thẻ Căn cước công dân', name_en: 'Citizen identity card', form: 'card' },
          ],
        },
      ]);
    }
  });

  it('a change that dropped the requirement lapses too, having accepted nothing', () => {
    const r = requirement('p-art2', null);
    expect(r.status).toBe('blocked');
    expect(r.dropped_by).toBeUndefined();
    expect(r.lapsed).toEqual([
      {
        amendment: { ...DISPATCH, by: { article: 5, clause: 2 }, provision: article(2), drop: true, label: 'Điều 5 khoản 2 Công điện 5/2023/CĐ-TTg' },
        expires: '2025-01-09',
        accepted: [],
      },
    ]);
  });

  it('a change in force from the start lapses with its document', () => {
    const r = requirement('p-art5', null, { at: '2024-07-01' });
    expect(r.lapsed).toEqual([
      {
        amendment: { legal: 'tt-9-2020', number: '9/2020/TT-BCA', effective: null, by: { article: 2 }, provision: article(5), accept: ['cccd'], label: 'Điều 2 Thông tư 9/2020/TT-BCA' },
        expires: '2024-06-30',
        accepted: [{ kind: 'document', id: 'cccd', name: 'Thẻ Căn cước công dân', name_en: 'Citizen identity card', form: 'card' }],
      },
    ]);
  });

  it.each([
    ['2022-12-31', 'before the change took effect'],
    ['2023-01-01', 'on its first day'],
    ['2025-01-09', 'on its last day (expires is inclusive)'],
  ])('on %s (%s) nothing has lapsed: the key is absent', (at) => {
    for (const code of ['p-art1', 'p-art2']) {
      const province = code === 'p-art1' ? 'HN' : null;
      expect(requirement(code, province, { at })).not.toHaveProperty('lapsed');
    }
    expect(requirement('p-art1', 'HN', { at: '2025-01-09' }).candidates.map((c) => c.id)).toEqual(['so-ho-khau', 'csdl-dan-cu', 'cccd']);
  });

  it('a change that never took effect before its document expired has nothing to lapse', () => {
    expect(requirement('p-art3', null)).not.toHaveProperty('lapsed');
    expect(requirement('p-art3', null, { at: '2025-06-01' })).not.toHaveProperty('lapsed');
  });

  it('a requirement no change covers names none', () => {
    expect(requirement('p-art4', null)).not.toHaveProperty('lapsed');
  });

  it('a change of a document ignored with without is not named: it is as if it had never been issued', () => {
    expect(requirement('p-art1', 'HN', { without: ['cd-5-2023'] })).not.toHaveProperty('lapsed');
    expect(requirement('p-art5', null, { without: ['cd-5-2023'] }).lapsed).toHaveLength(1);
  });

  it('a change that only possibly covers the requirement (lenient, an unresolved provision), or changes nothing, is not named', () => {
    const loaded = parseCatalog(
      [
        'catalog: { name: t, cutoff: 2025-01-10 }',
        'documents: [{ id: book, name: Book, form: paper }, { id: card, name: Card, form: card }]',
        'legal:',
        '  - { id: nd-1, number: 1/2020/NĐ-CP, type: nghi-dinh }',
        '  - id: cd-2',
        '    number: 2/2023/CĐ-TTg',
        '    type: cong-dien',
        '    expires: 2024-12-31',
        '    amends:',
        '      - { provision: { legal: nd-missing, article: 1 }, accept: [card], by: { article: 1 } }',
        '      - { provision: { legal: nd-1, article: 1 }, accept: [card], by: { article: 2 } }',
        '      - { provision: { legal: nd-1, article: 1 }, by: { article: 3 } }',
        'procedures: [{ code: p, name: P, level: [trung-uong], requires: [{ document: book, basis: { legal: nd-1, article: 1 } }] }]',
        '',
      ].join('\n'),
      { strict: false },
    );
    const r = resultOf(analyze(loaded.catalog, { lenient: true }), 'p', null).requirements[0];
    expect(r.lapsed?.map((l) => l.amendment.label)).toEqual(['Điều 2 Công điện 2/2023/CĐ-TTg']);
  });
});
