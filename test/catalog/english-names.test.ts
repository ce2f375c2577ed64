import { describe, expect, it } from 'vitest';
import { parseCatalog, parseCatalogFiles } from '../../src/catalog/parse-catalog.js';
import { localizeDiagnostic } from '../../src/diagnostics/localize.js';

/** A catalog whose settings hold `settings` (YAML flow mappings), with two procedures. */
const catalog = (settings: string) =>
  `catalog:\n  name: Thử\n${settings}provinces: [{ code: HN, name: Hà Nội }]\nprocedures:\n` +
  '  - { code: "1", name: Khai sinh, level: [xa], ministry: Bộ Tư pháp, field: Hộ tịch }\n' +
  '  - { code: "2", name: Hộ chiếu, level: [trung-uong], ministry: Bộ Công an }\n';

const unused = (text: string) => parseCatalog(text, { fileName: 'c.yaml' }).diagnostics.filter((d) => d.code === 'UNUSED_ENGLISH_NAME');

describe('UNUSED_ENGLISH_NAME', () => {
  it('says nothing when every English name names a ministry or field a procedure gives', () => {
    const loaded = parseCatalog(catalog('  ministries_en: { Bộ Tư pháp: Ministry of Justice, Bộ Công an: Ministry of Public Security }\n  fields_en: { Hộ tịch: Civil status }\n'));
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.catalog.catalog).toMatchObject({ ministries_en: { 'Bộ Tư pháp': 'Ministry of Justice' }, fields_en: { 'Hộ tịch': 'Civil status' } });
  });

  it('warns at the key of a name no procedure gives, with the close names they do give', () => {
    const found = unused(catalog('  ministries_en: { Bộ Tư Pháp: Ministry of Justice, Bộ Công an: Ministry of Public Security }\n  fields_en: { Hộ tich: Civil status, Đất đai: Land }\n'));
    expect(found.map((d) => [d.severity, d.location?.line, d.location?.path, d.args])).toEqual([
      ['warning', 3, ['catalog', 'ministries_en', 'Bộ Tư Pháp'], { name: 'Bộ Tư Pháp', field: 'ministry', suggestions: ['Bộ Tư pháp'] }],
      ['warning', 4, ['catalog', 'fields_en', 'Hộ tich'], { name: 'Hộ tich', field: 'field', suggestions: ['Hộ tịch'] }],
      ['warning', 4, ['catalog', 'fields_en', 'Đất đai'], { name: 'Đất đai', field: 'field', suggestions: [] }],
    ]);
    expect(found[0].message).toBe("The catalog settings give an English name to the ministry 'Bộ Tư Pháp', which no procedure gives as its `ministry`.");
    expect(found[0].hint).toBe("Did you mean 'Bộ Tư pháp'? Write the name as the procedures write it, or remove the entry.");
    expect(found[2].hint).toBe('Write the name as the procedures write it, or remove the entry.');
    const vi = localizeDiagnostic(found[1], 'vi');
    expect(vi.message).toBe("Phần thiết lập danh mục đặt tên tiếng Anh cho lĩnh vực 'Hộ tich', nhưng không thủ tục nào ghi tên này ở `field`.");
    expect(vi.hint).toBe("Có phải ý bạn là 'Hộ tịch'? Hãy viết tên đúng như các thủ tục ghi, hoặc xoá mục này.");
  });

  it('matches names as procedures are grouped: exactly, by own keys only', () => {
    expect(unused(catalog('  ministries_en: { constructor: Nothing, toString: Nothing }\n')).map((d) => d.args?.name)).toEqual(['constructor', 'toString']);
  });

  it('reads the procedures of every file of the catalog', () => {
    const files = [
      { fileName: 'catalog.yaml', text: 'catalog:\n  name: Thử\n  ministries_en: { Bộ Tư pháp: Ministry of Justice }\n' },
      { fileName: 'procedures.yaml', text: 'procedures:\n  - { code: "1", name: Khai sinh, level: [trung-uong], ministry: Bộ Tư pháp }\n' },
    ];
    expect(parseCatalogFiles(files).diagnostics).toEqual([]);
  });
});

describe('MISSING_ENGLISH_NAME', () => {
  const missing = (text: string) => parseCatalog(text, { fileName: 'c.yaml' }).diagnostics.filter((d) => d.code === 'MISSING_ENGLISH_NAME');
  /** Procedures giving these ministries, one procedure for each time a name is listed. */
  const withMinistries = (settings: string, ministries: string[]) =>
    `catalog:\n  name: Thử\n${settings}procedures:\n${ministries.map((m, i) => `  - { code: "${i}", name: Thủ tục ${i}, level: [trung-uong], ministry: ${m} }\n`).join('')}`;

  it('names, at the key of the mapping, the ministries it leaves out, most procedures first', () => {
    const found = missing(withMinistries('  ministries_en: { Bộ Tư pháp: Ministry of Justice }\n', ['Bộ Tư pháp', 'Bộ Y tế', 'Bộ Công an', 'Bộ Công an']));
    expect(found.map((d) => [d.severity, d.location?.line, d.location?.path, d.args])).toEqual([
      ['warning', 3, ['catalog', 'ministries_en'], { field: 'ministry', names: ['Bộ Công an', 'Bộ Y tế'], procedures: [2, 1] }],
    ]);
    expect(found[0].message).toBe("`ministries_en` gives English names to ministries, but not to 'Bộ Công an' (2 procedures) and 'Bộ Y tế' (1 procedure): English reports show them in Vietnamese.");
    expect(found[0].hint).toBe('Give each an English name in `ministries_en`, under the name the procedures give.');
    const vi = localizeDiagnostic(found[0], 'vi');
    expect(vi.message).toBe("`ministries_en` đặt tên tiếng Anh cho các bộ, nhưng không cho 'Bộ Công an' (2 thủ tục) và 'Bộ Y tế' (1 thủ tục): báo cáo tiếng Anh sẽ ghi các tên này bằng tiếng Việt.");
    expect(vi.hint).toBe('Hãy đặt tên tiếng Anh cho từng tên trong `ministries_en`, đúng như các thủ tục ghi.');
  });

  it('quotes three names and counts the others, for fields as for ministries', () => {
    const fields = ['A', 'B', 'B', 'C', 'D', 'E', 'F'];
    const text = `catalog:\n  name: Thử\n  fields_en: { F: Eff }\nprocedures:\n${fields.map((f, i) => `  - { code: "${i}", name: Thủ tục ${i}, level: [trung-uong], field: ${f} }\n`).join('')}`;
    const [d] = missing(text);
    expect(d.message).toBe("`fields_en` gives English names to fields, but not to 'B' (2 procedures), 'A' (1 procedure), 'C' (1 procedure) and 2 more: English reports show them in Vietnamese.");
    expect(localizeDiagnostic(d, 'vi').message).toContain("không cho 'B' (2 thủ tục), 'A' (1 thủ tục), 'C' (1 thủ tục) và 2 lĩnh vực khác:");
  });

  it('says nothing without a mapping, and leaves a name an unused entry suggests to that warning', () => {
    expect(missing(withMinistries('', ['Bộ Tư pháp', 'Bộ Y tế']))).toEqual([]);
    expect(missing(withMinistries('  ministries_en: {}\n', ['Bộ Tư pháp']))).toEqual([]);
    const misspelt = parseCatalog(withMinistries('  ministries_en: { Bộ Tư Pháp: Ministry of Justice }\n', ['Bộ Tư pháp']), { fileName: 'c.yaml' }).diagnostics;
    expect(misspelt.map((d) => d.code)).toEqual(['UNUSED_ENGLISH_NAME']);
  });
});
