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
