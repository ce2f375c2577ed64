import { describe, expect, it } from 'vitest';
import { parseCatalog, parseCatalogFiles } from '../../src/catalog/parse-catalog.js';
import { localizeDiagnostic } from '../../src/diagnostics/localize.js';

const PROVINCES = 'provinces:\n  - { code: HN, name: Hà Nội, name_en: Hanoi }\n  - { code: GL, name: Gia Lai }\n';

function procedureIn(provinces: string): string {
  return `procedures:\n  - { code: p, name: P, level: [tinh], provinces: ${provinces} }\n`;
}

/** [value written, hint] of every INVALID_FORMAT, with the provinces in one file and the references in another. */
function hints(references: string, provinces = PROVINCES) {
  const r = parseCatalogFiles([
    { fileName: 'provinces.yaml', text: provinces },
    { fileName: 'procedures.yaml', text: references },
  ]);
  return r.diagnostics.filter((d) => d.code === 'INVALID_FORMAT').map((d) => [d.args?.value ?? d.args?.key, d.hint]);
}

describe('a province written by name where a code belongs', () => {
  it('gets the code of the province with that name, across files, diacritics (đ included), case, spaces and hyphens ignored', () => {
    expect(hints(procedureIn('[Hà Nội, ha noi, Hanoi, gia-lai]'))).toEqual([
      ['Hà Nội', "Did you mean 'HN' (Hà Nội)?"],
      ['ha noi', "Did you mean 'HN' (Hà Nội)?"],
      ['Hanoi', "Did you mean 'HN' (Hà Nội)?"],
      ['gia-lai', "Did you mean 'GL' (Gia Lai)?"],
    ]);
    const withD = 'provinces:\n  - { code: DN, name: Đà Nẵng }\n';
    expect(hints(procedureIn('[da nang, ĐÀ NẴNG]'), withD)).toEqual([
      ['da nang', "Did you mean 'DN' (Đà Nẵng)?"],
      ['ĐÀ NẴNG', "Did you mean 'DN' (Đà Nẵng)?"],
    ]);
  });

  it('does so for the keys of a data source’s provinces too', () => {
    const source = 'data_sources:\n  - { id: csdl, name: C, provides: [], provinces: { Gia Lai: null, HN: 2022-01-01 } }\n';
    expect(hints(source)).toEqual([['Gia Lai', "Did you mean 'GL' (Gia Lai)?"]]);
  });

  it('keeps "Write \'HN\'" for a code in the wrong case, and points at the catalog’s codes for a name it does not know', () => {
    expect(hints(procedureIn('[hn, Đà Nẵng]'))).toEqual([
      ['hn', "Write 'HN'."],
      ['Đà Nẵng', 'Use a province code from provinces: of the catalog.'],
    ]);
  });

  it('leaves the hint of the schema check when the catalog has no provinces to compare with', () => {
    expect(parseCatalog(procedureIn('[Hà Nội]')).diagnostics.map((d) => d.hint)).toEqual(["Write 'HANOI'."]);
  });

  it('keeps the hint on the code of a province itself', () => {
    const r = parseCatalog('provinces:\n  - { code: hn, name: Hà Nội }\n  - { code: GL, name: Gia Lai }\n');
    expect(r.diagnostics.map((d) => [d.code, d.hint])).toEqual([['INVALID_FORMAT', "Write 'HN'."]]);
  });

  it('is said in Vietnamese too', () => {
    const r = parseCatalogFiles([
      { fileName: 'provinces.yaml', text: PROVINCES },
      { fileName: 'procedures.yaml', text: procedureIn('[Hà Nội, Huế]') },
    ]);
    expect(r.diagnostics.map((d) => localizeDiagnostic(d, 'vi').hint)).toEqual([
      "Có phải ý bạn là 'HN' (Hà Nội)?",
      'Hãy dùng một mã tỉnh trong provinces: của danh mục.',
    ]);
  });
});
