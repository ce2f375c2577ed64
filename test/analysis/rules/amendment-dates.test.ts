import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';
import { loadFixture, resultOf } from '../helpers/fixture.js';

const catalog = loadFixture('amendment-dates');
const status = (at: string, code: string) => resultOf(analyze(catalog, { at }), code, null).status;

// Every requirement asks for the household book (expired after 2022-12-31); an amendment in
// force accepts the CCCD card instead. So "met" on 2023 dates means "the amendment is in force".
describe('an amendment is in force from its effective date to the amending document expiry', () => {
  it.each([
    ['2022-12-31', 'met'], // the book itself is still valid
    ['2023-01-01', 'met'], // the decree takes effect
    ['2023-01-02', 'met'],
  ])('the decree date: on %s p-art1 is %s', (at, expected) => expect(status(at, 'p-art1')).toBe(expected));

  it.each([
    ['2023-01-01', 'blocked'],
    ['2023-02-28', 'blocked'],
    ['2023-03-01', 'met'],
    ['2023-03-02', 'met'],
  ])("a change's own effective date wins over the document's: on %s p-art2 is %s", (at, expected) =>
    expect(status(at, 'p-art2')).toBe(expected),
  );

  it.each([
    ['2023-01-01', 'met'],
    ['2023-06-29', 'met'],
    ['2023-06-30', 'met'],
    ['2023-07-01', 'blocked'],
  ])('expires is inclusive: on %s p-art3 is %s', (at, expected) => expect(status(at, 'p-art3')).toBe(expected));

  it.each([['2023-01-01'], ['2099-01-01']])('no effective date means always in force (%s)', (at) =>
    expect(status(at, 'p-art4')).toBe('met'),
  );

  it('the candidate added records the amendment, where it is made and the date that decided it', () => {
    const r = resultOf(analyze(catalog, { at: '2023-03-01' }), 'p-art2', null);
    const card = r.requirements[0].candidates.find((c) => c.id === 'cccd')!;
    expect(card).toMatchObject({ origin: 'amendment', status: 'met', form: 'card', paper: false });
    expect(card.amendment).toEqual({
      legal: 'nd-104-2022',
      number: '104/2022/NĐ-CP',
      by: { article: 2 },
      effective: '2023-03-01',
      provision: { legal: 'nd-61-2015', number: '61/2015/NĐ-CP', article: 2, label: 'Điều 2 Nghị định 61/2015/NĐ-CP' },
      accept: ['cccd'],
      label: 'Điều 2 Nghị định 104/2022/NĐ-CP',
    });
    expect(r.best_form).toBe('card');
  });

  it.each([
    ['2022-12-31', ['so-ho-khau']],
    ['2023-01-01', ['so-ho-khau', 'cccd']],
    ['2023-01-02', ['so-ho-khau', 'cccd']],
  ])("the decree's effective date decides the candidates: on %s %j", (at, ids) => {
    const r = resultOf(analyze(catalog, { at }), 'p-art1', null);
    expect(r.requirements[0].candidates.map((c) => c.id)).toEqual(ids);
  });

  it('an amendment not yet in force adds no candidate', () => {
    const r = resultOf(analyze(catalog, { at: '2023-02-28' }), 'p-art2', null);
    expect(r.requirements[0].candidates.map((c) => c.id)).toEqual(['so-ho-khau']);
  });
});
