import { describe, expect, it } from 'vitest';
import { dependents, DependentsOptionError } from '../../src/analysis/dependents.js';
import { UnknownDependencyTargetError } from '../../src/analysis/dependents-target.js';
import type { DependentStep } from '../../src/analysis/dependents-types.js';
import { loadFixture } from './dependents-helpers.js';

const catalog = loadFixture('transitive-chain.yaml');
const codes = (id: string, opts = {}) => dependents(catalog, id, opts).dependents.map((d) => d.code).sort();
const depthOf = (id: string, code: string, opts = {}) =>
  dependents(catalog, id, opts).dependents.find((d) => d.code === code)?.depth;
/** "kind:id" of each step, with the relation that leads to it. */
const pathOf = (id: string, code: string, opts = {}) =>
  dependents(catalog, id, opts)
    .dependents.find((d) => d.code === code)!
    .path.map((s: DependentStep) => `${s.relation ?? ''}>${stepId(s)}`);

function stepId(s: DependentStep): string {
  switch (s.kind) {
    case 'procedure':
      return `procedure:${s.code}`;
    case 'requirement':
      return `requirement:${s.procedure}#${s.index}`;
    case 'document':
    case 'data_source':
      return `${s.kind}:${s.id}`;
    case 'provision':
      return `provision:${s.provision.label}`;
    case 'amendment':
      return `amendment:${s.amendment.label}`;
  }
}

describe('dependents of a document', () => {
  it('finds the procedures that ask for it, and those that reach it through needs and obtained_by', () => {
    expect(codes('so-ho-khau')).toEqual(
      ['1.000894', '1.001193', '1.001939', '1.004873', '1.007659', '2.000986', 'cycle-a', 'cycle-b'].sort(),
    );
  });

  it('counts procedure hops: direct 0, through one procedure 1, through two 2', () => {
    expect(depthOf('so-ho-khau', '1.001193')).toBe(0);
    expect(depthOf('so-ho-khau', '2.000986')).toBe(1);
    expect(depthOf('so-ho-khau', '1.000894')).toBe(1);
    expect(depthOf('so-ho-khau', '1.004873')).toBe(2);
  });

  it('gives the path down through obtained_by', () => {
    expect(pathOf('so-ho-khau', '1.004873')).toEqual([
      '>procedure:1.004873',
      'requires>requirement:1.004873#0',
      'asks-for>document:giay-ket-hon',
      'obtained-by>procedure:1.000894',
      'requires>requirement:1.000894#0',
      'asks-for>document:giay-khai-sinh',
      'obtained-by>procedure:1.001193',
      'requires>requirement:1.001193#0',
      'asks-for>document:so-ho-khau',
    ]);
  });

  it('gives the path through needs', () => {
    expect(pathOf('so-ho-khau', '2.000986')).toEqual([
      '>procedure:2.000986',
      'needs>procedure:1.001193',
      'requires>requirement:1.001193#0',
      'asks-for>document:so-ho-khau',
    ]);
  });

  it('terminates on cycles and lists each procedure once', () => {
    const list = dependents(catalog, 'so-ho-khau').dependents;
    expect(new Set(list.map((d) => d.code)).size).toBe(list.length);
    expect(codes('giay-c')).toEqual(['cycle-c', 'cycle-d']);
  });

  it('counts a document accepted by an amendment only while the amendment is in force', () => {
    expect(codes('ct07', { at: '2022-12-31' })).toEqual([]);
    expect(codes('ct07', { at: '2023-01-01' })).toContain('1.001193');
    expect(pathOf('ct07', '1.001193', { at: '2023-01-01' })).toEqual([
      '>procedure:1.001193',
      'requires>requirement:1.001193#0',
      'amended-by>amendment:Điều 15 khoản 3 Nghị định 104/2022/NĐ-CP',
      'accepts>document:ct07',
    ]);
  });

  it('drops a requirement removed by an amendment in force at the date, not the day before', () => {
    expect(codes('so-ho-khau', { at: '2022-12-31' })).toContain('1.001939');
    expect(codes('so-ho-khau', { at: '2023-01-01' })).not.toContain('1.001939');
    // Without a date every dependence the catalog records counts, at any date.
    expect(codes('so-ho-khau')).toContain('1.001939');
  });

  it('counts an amendment from its effective date until the amending document expires, inclusive', () => {
    expect(depthOf('cccd', '1.000894', { at: '2023-01-31' })).toBe(2);
    expect(depthOf('cccd', '1.000894', { at: '2023-02-01' })).toBe(0);
    expect(depthOf('cccd', '1.000894', { at: '2023-03-31' })).toBe(0);
    expect(depthOf('cccd', '1.000894', { at: '2023-04-01' })).toBe(2);
  });

  it('ignores the amendments of a legal document named in without', () => {
    expect(codes('so-ho-khau', { at: '2023-01-01', without: ['nd-104-2022'] })).toContain('1.001939');
    expect(codes('ct07', { at: '2023-01-01', without: ['104/2022/ND-CP'] })).toEqual([]);
  });
});

describe('dependents of a data source', () => {
  it('counts requirements that accept it from the start or by an amendment in force', () => {
    expect(codes('csdlqg-dan-cu', { at: '2022-12-31' })).toEqual(['2.000001']);
    const at2023 = codes('csdlqg-dan-cu', { at: '2023-01-01' });
    expect(at2023).toEqual(
      ['1.000894', '1.001193', '1.004873', '1.007659', '2.000001', '2.000986', 'cycle-a', 'cycle-b'].sort(),
    );
  });
});

describe('dependents of a legal document', () => {
  it('resolves it by number, NĐ or ND, and finds requirement bases', () => {
    const r = dependents(catalog, '123/2015/nd-cp');
    expect(r.target).toMatchObject({ kind: 'legal', id: 'nd-123-2015' });
    expect(r.dependents.filter((d) => d.depth === 0).map((d) => d.code).sort()).toEqual(['1.000894', '1.001193', 'cycle-b']);
  });

  it('finds amendments covering a requirement, a provision inside the amended one, and procedure bases', () => {
    const direct = dependents(catalog, 'nd-104-2022').dependents.filter((d) => d.depth === 0);
    expect(direct.map((d) => d.code).sort()).toEqual(['1.001193', '1.001939', '1.007659', '1.013133', 'cycle-b']);
    expect(pathOf('nd-104-2022', '1.013133')).toEqual(['>procedure:1.013133', 'based-on>provision:Nghị định 104/2022/NĐ-CP']);
  });

  it('finds documents whose sunset the legal document set', () => {
    expect(pathOf('luat-cu-tru-2020', '1.007659')).toEqual([
      '>procedure:1.007659',
      'requires>requirement:1.007659#0',
      'asks-for>document:so-ho-khau',
      'sunset-by>provision:Điều 38 khoản 3 Luật 68/2020/QH14',
    ]);
  });
});

describe('dependents of a procedure', () => {
  it('finds procedures that need it or obtain a document through it, not itself', () => {
    expect(codes('1.001193')).toEqual(['1.000894', '1.004873', '2.000986']);
    expect(codes('cycle-a')).toEqual(['cycle-b']);
    expect(codes('cycle-b')).toEqual(['cycle-a']);
  });
});

describe('options', () => {
  it('keeps procedures that run in the province, and central ones', () => {
    const gl = codes('so-ho-khau', { province: 'GL' });
    expect(gl).not.toContain('1.004873');
    expect(gl).toContain('1.007659');
    expect(codes('csdlqg-dan-cu', { at: '2022-12-31', province: 'GL' })).toEqual([]);
  });

  it('rejects an unknown id with suggestions, diacritic-insensitively and by name', () => {
    const err = (id: string) => {
      try {
        dependents(catalog, id);
      } catch (e) {
        return e as UnknownDependencyTargetError;
      }
      throw new Error('no error');
    };
    expect(err('so-ho-khua')).toBeInstanceOf(UnknownDependencyTargetError);
    expect(err('so-ho-khua').suggestions[0]).toBe('so-ho-khau');
    expect(err('sổ hộ khẩu').suggestions[0]).toBe('so-ho-khau');
    expect(err('Dang ky khai sinh').suggestions[0]).toBe('1.001193');
    expect(err('so-ho-khua').message).toContain("Did you mean 'so-ho-khau'");
  });

  it('suggests a name matched exactly (diacritics and case aside) alone, not with the titles that mention it', () => {
    const titled = {
      ...catalog,
      legal: [...catalog.legal, { id: 'cd-1', number: '1/CĐ-TTg', type: 'cong-dien' as const, title: 'Không yêu cầu xuất trình sổ hộ khẩu' }],
    };
    const suggestions = (id: string) => {
      try {
        dependents(titled, id);
      } catch (e) {
        return (e as UnknownDependencyTargetError).suggestions;
      }
      throw new Error('no error');
    };
    expect(suggestions('sổ hộ khẩu')).toEqual(['so-ho-khau']);
    expect(suggestions('SO HO KHAU')).toEqual(['so-ho-khau']);
    expect(suggestions('so ho khua')).toContain('so-ho-khau');
  });

  it('rejects a bad date, an unknown kind, province or legal document, and a target that is not a string', () => {
    expect(() => dependents(catalog, 'so-ho-khau', { at: '2023-02-30' })).toThrow(DependentsOptionError);
    expect(() => dependents(catalog, 'so-ho-khau', { province: 'HNN' })).toThrow(/Did you mean 'HN'/);
    expect(() => dependents(catalog, 'so-ho-khau', { without: ['nd-123-2O15'] })).toThrow(DependentsOptionError);
    expect(() => dependents(catalog, 'so-ho-khau', { without: ['nd-123-2O15'] })).toThrow(/Did you mean 'nd-123-2015'/);
    expect(() => dependents(catalog, 'so-ho-khau', { kind: 'bogus' as never })).toThrow(/'bogus' is not a kind of target/);
    expect(() => dependents(catalog, undefined as unknown as string)).toThrow(UnknownDependencyTargetError);
  });
});
