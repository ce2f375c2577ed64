import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';
import { loadFixture, resultOf } from '../helpers/fixture.js';

const catalog = loadFixture('scope-amendment');

describe('an amendment with scope covers every requirement for that document', () => {
  it('covers requirements for the document whatever their basis, or none', () => {
    const result = analyze(catalog);
    for (const code of ['with-basis', 'without-basis']) {
      const r = resultOf(result, code, 'HN');
      expect(r).toMatchObject({ status: 'met', paper: true });
      const ct07 = r.requirements[0].candidates.find((c) => c.id === 'ct07')!;
      expect(ct07.amendment).toMatchObject({ scope: { document: 'so-ho-khau' }, by: { article: 15, clause: 3 } });
      expect(ct07.amendment?.label).toBe('Điều 15 khoản 3 Nghị định 104/2022/NĐ-CP');
    }
  });

  it('does not cover requirements for another document', () => {
    const r = resultOf(analyze(catalog), 'other-document', 'HN');
    expect(r.status).toBe('blocked');
    expect(r.requirements[0].candidates.map((c) => c.id)).toEqual(['so-tam-tru']);
  });

  it.each([
    ['2022-12-31', 'met', ['so-ho-khau']],
    ['2023-01-01', 'met', ['so-ho-khau', 'ct07']],
    ['2023-01-02', 'met', ['so-ho-khau', 'ct07']],
  ])('on %s the requirement is %s with candidates %j', (at, status, ids) => {
    const r = resultOf(analyze(catalog, { at }), 'without-basis', 'HN');
    expect(r.status).toBe(status);
    expect(r.requirements[0].candidates.map((c) => c.id)).toEqual(ids);
    expect(r.requirements[0].mode).toBe('present');
  });
});
