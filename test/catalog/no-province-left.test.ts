import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { parseCatalog, parseCatalogFiles } from '../../src/catalog/parse-catalog.js';
import { localizeDiagnostic } from '../../src/diagnostics/localize.js';

const PROVINCES = 'provinces: [{ code: HN, name: Hà Nội }, { code: GL, name: Gia Lai }]\n';

/** A catalog with the catalog's two provinces and one procedure line per entry of `procedures`. */
const catalog = (...procedures: string[]) => `${PROVINCES}procedures:\n${procedures.map((p) => `  - ${p}\n`).join('')}`;
const procedure = (code: string, rest: string) => `{ code: "${code}", name: Thủ tục ${code}, ${rest} }`;

const leftWarnings = (text: string, strict = false) => parseCatalog(text, { fileName: 'c.yaml', strict }).diagnostics.filter((d) => d.code === 'NO_PROVINCE_LEFT');

describe('NO_PROVINCE_LEFT', () => {
  it('names, in lenient mode, the provincial procedure whose provinces are all undefined, at its provinces', () => {
    const text = catalog(procedure('1.000001', 'level: [xa], provinces: [HN, GLL]'), procedure('1.000002', 'level: [tinh], provinces: [HNN, XX]'));
    const found = leftWarnings(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'warning',
      message: "Procedure '1.000002' lists only provinces that are not defined, so it is evaluated in no province and appears in no result.",
      hint: 'Define those provinces under provinces:, or correct the codes.',
      location: { file: 'c.yaml', line: 4, path: ['procedures', 1, 'provinces'] },
      args: { procedures: ['1.000002'] },
    });
    expect(localizeDiagnostic(found[0], 'vi').message).toBe(
      "Thủ tục '1.000002' chỉ nêu các tỉnh chưa được định nghĩa, nên không được đánh giá ở tỉnh nào và không có trong kết quả.",
    );
    // The procedure it names is the one the lenient analysis evaluates nowhere.
    const loaded = parseCatalog(text, { strict: false });
    const evaluated = new Set(analyze(loaded.catalog, { at: '2023-01-01', lenient: true }).results.map((r) => r.code));
    expect([...evaluated]).toEqual(['1.000001']);
  });

  it('names three procedures and counts the others, listing them all in args, at the first', () => {
    const codes = ['1.000001', '1.000002', '1.000003', '1.000004', '1.000005'];
    const found = leftWarnings(catalog(...codes.map((c) => procedure(c, 'level: [huyen], provinces: [XX]'))));
    expect(found).toHaveLength(1);
    expect(found[0].message).toBe(
      "Procedures '1.000001', '1.000002', '1.000003' and 2 more list only provinces that are not defined, so they are evaluated in no province and appear in no result. The first is here.",
    );
    expect(found[0].args).toEqual({ procedures: codes });
    expect(found[0].location?.path).toEqual(['procedures', 0, 'provinces']);
    expect(localizeDiagnostic(found[0], 'vi').message).toBe(
      "Các thủ tục '1.000001', '1.000002', '1.000003' và 2 thủ tục khác chỉ nêu các tỉnh chưa được định nghĩa, nên không được đánh giá ở tỉnh nào và không có trong kết quả. Thủ tục đầu tiên ở đây.",
    );
    expect(leftWarnings(catalog(...codes.slice(0, 2).map((c) => procedure(c, 'level: [xa], provinces: [XX]'))))[0].message).toMatch(
      /^Procedures '1\.000001' and '1\.000002' list only /,
    );
  });

  it('says nothing of a procedure that keeps a province, runs everywhere, or runs only centrally', () => {
    expect(leftWarnings(catalog(procedure('1.000001', 'level: [xa], provinces: [XX, GL]')))).toEqual([]);
    expect(leftWarnings(catalog(procedure('1.000001', 'level: [xa], provinces: all')))).toEqual([]);
    expect(leftWarnings(catalog(procedure('1.000001', 'level: [xa]')))).toEqual([]);
    // Its provinces are ignored anyway (PROVINCES_IGNORED): it is evaluated once, nationally.
    expect(leftWarnings(catalog(procedure('1.000001', 'level: [trung-uong], provinces: [XX]')))).toEqual([]);
  });

  it('is not said in strict mode, for a malformed code, or when a file that might define the provinces could not be read', () => {
    const text = catalog(procedure('1.000001', 'level: [xa], provinces: [XX]'));
    expect(leftWarnings(text)).toHaveLength(1);
    expect(leftWarnings(text, true)).toEqual([]);
    // 'Gl' is an INVALID_FORMAT error, to be corrected to GL first.
    expect(leftWarnings(catalog(procedure('1.000001', 'level: [xa], provinces: [Gl]')))).toEqual([]);
    const unread = parseCatalogFiles(
      [
        { fileName: 'provinces.yaml', text: 'provinces:\n  - { code: XX, name: X\n' },
        { fileName: 'procedures.yaml', text: `procedures:\n  - ${procedure('1.000001', 'level: [xa], provinces: [XX]')}\n` },
      ],
      { strict: false },
    ).diagnostics;
    expect(unread.map((d) => d.code)).not.toContain('NO_PROVINCE_LEFT');
  });
});
