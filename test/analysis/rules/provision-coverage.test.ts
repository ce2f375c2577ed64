import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';
import { loadFixture, resultOf } from '../helpers/fixture.js';

const catalog = loadFixture('provision-coverage');
const result = analyze(catalog);
const status = (code: string) => resultOf(result, code, null).status;

describe('an amendment of a provision covers that provision and what lies inside it', () => {
  it.each([
    ['art28-2', 'met', 'the amended clause itself'],
    ['art28-2a', 'met', 'a point inside the amended clause (parts given as strings)'],
    ['art28', 'blocked', 'not the enclosing article'],
    ['art28-3', 'blocked', 'not a sibling clause'],
    ['whole-61', 'blocked', 'not the whole document'],
    ['form-03', 'met', 'a form matched by form, the decree referred to by number with ND'],
    ['form-04', 'blocked', 'not another form'],
    ['art5-146', 'blocked', 'not an article of the document whose form was amended'],
    ['art6-116', 'met', 'anything in a document amended as a whole (bare-string number)'],
    ['whole-116', 'met', 'a whole-document basis given as a bare number'],
    ['no-basis', 'blocked', 'never a requirement without a basis'],
  ])('%s is %s: %s', (code, expected) => expect(status(code)).toBe(expected));

  it('labels the provisions in Vietnamese, largest part first', () => {
    const basis = (code: string) => resultOf(result, code, null).requirements[0].basis?.label;
    expect(basis('art28-2a')).toBe('Điều 28 khoản 2 điểm a Nghị định 61/2015/NĐ-CP');
    expect(basis('form-03')).toBe('Mẫu số 03 Nghị định 146/2018/NĐ-CP');
    expect(basis('whole-116')).toBe('Nghị định 116/2016/NĐ-CP');
    expect(resultOf(result, 'no-basis', null).requirements[0].basis).toBeNull();
  });

  it('the amendment shows which provision it changed, resolved from a number to the id', () => {
    const card = resultOf(result, 'form-03', null).requirements[0].candidates.find((c) => c.id === 'cccd')!;
    expect(card.amendment?.provision).toEqual({
      legal: 'nd-146-2018',
      number: '146/2018/NĐ-CP',
      form: '03',
      label: 'Mẫu số 03 Nghị định 146/2018/NĐ-CP',
    });
    expect(card.amendment?.label).toBe('Điều 2 khoản 2 Nghị định 104/2022/NĐ-CP');
  });
});
