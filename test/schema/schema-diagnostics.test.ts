import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';
import { DIAGNOSTIC_CODES } from '../../src/diagnostics/codes.js';
import { diagnosticMessageVi } from '../../src/diagnostics/messages-vi.js';
import { localizeDiagnostic } from '../../src/diagnostics/localize.js';
import { catalogFile } from '../catalog/arbitrary-catalog.js';

/** Phrases of ajv's own messages, which must never reach a user. */
const AJV_WORDS = /must NOT|must match|must be equal|must have required|must be (string|object|array|integer|number|boolean|null)\b|should |additionalProperties|instancePath|schemaPath|#\/definitions/;

const codes = (text: string) => parseCatalog(text).diagnostics.map((d) => d.code);

describe('schema diagnostics', () => {
  it('never throw, are located inside the file, use known codes and no ajv text (property)', () => {
    fc.assert(
      fc.property(catalogFile, (data) => {
        const text = stringify(data);
        const lines = text.split('\n').length;
        const r = parseCatalog(text, { fileName: 'c.yaml' });
        for (const d of r.diagnostics) {
          expect(Object.keys(DIAGNOSTIC_CODES)).toContain(d.code);
          expect(d.message).not.toMatch(AJV_WORDS);
          expect(d.hint ?? '').not.toMatch(AJV_WORDS);
          expect(d.location?.file).toBe('c.yaml');
          expect(d.location?.line).toBeGreaterThanOrEqual(1);
          expect(d.location?.line).toBeLessThanOrEqual(lines);
        }
        expect(r.ok).toBe(!r.diagnostics.some((d) => d.severity === 'error'));
      }),
      // Always tried first: two legal documents with one number, whose hint once read "should".
      { numRuns: 300, examples: [[{ legal: [{ number: '2022-12-31' }, { number: '2022-12-31', id: {} }] }]] },
    );
  });

  it('give one diagnostic for a provision of the wrong shape, from the branch that fits', () => {
    const base = 'legal: [{ id: l, number: "1", type: luat }]\ndocuments:\n  - { id: a, name: A, form: paper, sunset_basis: X }\n';
    expect(codes(base.replace('X', '5'))).toEqual(['WRONG_TYPE']);
    expect(codes(base.replace('X', '[l]'))).toEqual(['WRONG_TYPE']);
    expect(codes(base.replace('X', '""'))).toEqual(['EMPTY_VALUE']);
    expect(codes(base.replace('X', '{ legal: l, artcle: 2 }'))).toEqual(['UNKNOWN_KEY']);
    expect(codes(base.replace('X', '{ article: 2 }'))).toEqual(['MISSING_FIELD']);
    expect(codes(base.replace('X', '{ legal: l, article: 2.5 }'))).toEqual(['WRONG_TYPE']);
    expect(codes(base.replace('X', '{ legal: l, article: -1 }'))).toEqual(['OUT_OF_RANGE']);
    for (const huge of ['99999999999999999999999', '1e400', '.inf', '9007199254740992']) {
      expect(codes(base.replace('X', `{ legal: l, clause: ${huge} }`)), huge).toEqual(['OUT_OF_RANGE']);
    }
    expect(codes(base.replace('X', '{ legal: l, clause: 9007199254740991 }'))).toEqual([]);
    expect(codes(base.replace('X', '{ legal: l, article: "99999999999999999999999" }'))).toEqual([]);
    expect(codes(base.replace('X', '{ legal: l, clause: "2 bis" }'))).toEqual(['INVALID_FORMAT']);
    expect(codes(base.replace('X', '{ legal: l, article: "71a", clause: 1a, point: đ }'))).toEqual([]);
  });

  it('give one diagnostic for `provinces` that is neither `all` nor a list of codes', () => {
    const p = (v: string) => `provinces: [{ code: HN, name: x }]\nprocedures:\n  - { code: p, name: P, level: [xa], provinces: ${v} }\n`;
    expect(codes(p('all'))).toEqual([]);
    expect(codes(p('[HN]'))).toEqual([]);
    expect(codes(p('HN'))).toEqual(['INVALID_VALUE']);
    expect(parseCatalog(p('HN')).diagnostics[0].hint).toBe('To name one province, write a list: [HN].');
    expect(parseCatalog(p('al')).diagnostics[0].hint).toBe("Did you mean 'all'?");
    expect(parseCatalog(p('ALL')).diagnostics[0].hint).toBe("Did you mean 'all'?");
    expect(parseCatalog(p('All')).diagnostics[0].hint).toBe("Did you mean 'all'?");
    expect(codes(p('[]'))).toEqual(['EMPTY_VALUE']);
    expect(codes(p('[HN, HN]'))).toEqual(['DUPLICATE_ITEM']);
    expect(codes(p('[hn]'))).toEqual(['INVALID_FORMAT']);
    expect(codes(p('5'))).toEqual(['WRONG_TYPE']);
  });

  it('give one diagnostic for a data-source province that is neither a date nor null', () => {
    const d = (v: string) => `provinces: [{ code: HN, name: x }]\ndata_sources:\n  - { id: s, name: S, provides: [], provinces: { HN: ${v} } }\n`;
    expect(codes(d('null'))).toEqual([]);
    expect(codes(d('2023-01-01'))).toEqual([]);
    expect(codes(d('2023'))).toEqual(['WRONG_TYPE']);
    expect(codes(d('"01/01/2023"'))).toEqual(['INVALID_FORMAT']);
    expect(parseCatalog(d('"01/01/2023"')).diagnostics[0].hint).toBe("Write '2023-01-01' (year-month-day).");
    expect(codes(d('2023-02-30'))).toEqual(['INVALID_DATE']);
  });

  it('propose a day-first or month-first date only when it is a day of the calendar', () => {
    const hint = (v: string) => parseCatalog(`documents:\n  - { id: a, name: A, form: paper, valid_until: ${v} }\n`).diagnostics.map((x) => [x.code, x.hint]);
    expect(hint('31/12/2022')).toEqual([['INVALID_FORMAT', "Write '2022-12-31' (year-month-day)."]]);
    expect(hint('12/31/2022')).toEqual([['INVALID_FORMAT', "Write '2022-12-31' (year-month-day)."]]);
    expect(hint('29.2.2024')).toEqual([['INVALID_FORMAT', "Write '2024-02-29' (year-month-day)."]]);
    for (const v of ['2022-1-5', '2022/01/05', '2022.1.05', '"20220105"', '2022-01-05T00:00:00', '"2022-01-05 08:30"', '2022-01-05T08:30:00+07:00']) {
      expect(hint(v), v).toEqual([['INVALID_FORMAT', "Write '2022-01-05' (year-month-day)."]]);
    }
    for (const v of ['13/13/2022', '31/02/2022', '29/02/2023', '00/01/2022', '2022-2-30', '2022-13-01T00:00', '2022-01-05T25', '2022-01-05 soon']) {
      expect(hint(v), v).toEqual([['INVALID_FORMAT', 'Write the date as year-month-day, e.g. 2022-12-31.']]);
    }
  });

  it('give one diagnostic when an amendment names neither or both of provision and scope', () => {
    const a = (v: string) => `documents: [{ id: d, name: D, form: paper }]\nlegal:\n  - { id: l, number: "1", type: luat, amends: [${v}] }\n`;
    expect(codes(a('{ scope: { document: d }, drop: true }'))).toEqual([]);
    expect(codes(a('{ drop: true }'))).toEqual(['AMENDMENT_TARGET']);
    expect(codes(a('{ provision: l, scope: { document: d }, drop: true }'))).toEqual(['AMENDMENT_TARGET']);
    expect(codes(a('not-a-mapping'))).toEqual(['WRONG_TYPE']);
  });

  it('point an unknown key at the key itself, with the allowed keys', () => {
    const r = parseCatalog('documents:\n  - id: a\n    name: A\n    form: paper\n    nmae: B\n');
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({
      code: 'UNKNOWN_KEY',
      location: { line: 5, column: 5, path: ['documents', 0, 'nmae'] },
      hint: "Did you mean 'name'? The keys allowed here are: id, name, name_en, form, valid_until, sunset_basis, obtained_by, replaced_by, source, note.",
    });
  });

  it('shorten a long unknown key in the message, in both languages, and keep it whole in args', () => {
    const key = `k${'x'.repeat(99)}`;
    const d = parseCatalog(`documents:\n  - { id: a, name: A, form: paper, ${key}: 1 }\n${key}: 2\n`).diagnostics;
    const short = `'${key.slice(0, 57)}…'`;
    expect(d.map((x) => [x.code, x.message])).toEqual([
      ['UNKNOWN_KEY', `Document 'a' has an unknown key ${short}.`],
      ['UNKNOWN_KEY', `The file has an unknown top-level key ${short}.`],
    ]);
    expect(d.map((x) => diagnosticMessageVi(x))).toEqual([`Giấy tờ 'a' có khóa không xác định ${short}.`, `Tệp có khóa cấp trên cùng không xác định ${short}.`]);
    expect(d.map((x) => x.args?.key)).toEqual([key, key]);
  });

  it('name a null key as empty (null), not as the key \'\' the data holds, in both languages, at top level and in an entry', () => {
    const entry = (key: string) => `documents: []\nprocedures:\n  - code: "1.1"\n    name: A\n    level: [trung-uong]\n    ${key}: 1\n`;
    for (const key of ['~', 'null', 'NULL', '']) {
      const [d] = parseCatalog(entry(key), { fileName: 'c.yaml' }).diagnostics;
      expect(d).toMatchObject({ code: 'UNKNOWN_KEY', location: { line: 6, column: 5 }, args: { key: '', nullKey: true } });
      expect(d.message).toBe("Procedure '1.1' has an unknown key that is empty (null).");
      expect(d.hint).toBe('The keys allowed here are: code, name, name_en, field, ministry, agency, level, provinces, online, essential, basis, requires, needs, produces, source, note.');
      expect(localizeDiagnostic(d, 'vi').message).toBe("Thủ tục '1.1' có một khóa không xác định: khóa rỗng (null).");
      const [top] = parseCatalog(`documents: []\n${key}: 1\n`).diagnostics;
      expect(top.message).toBe('The file has an unknown top-level key that is empty (null).');
      expect(localizeDiagnostic(top, 'vi').message).toBe('Tệp có một khóa cấp trên cùng không xác định: khóa rỗng (null).');
    }
    // A key written as empty text is the key '', in YAML and in JSON.
    const [text] = parseCatalog(entry('""')).diagnostics;
    expect(text.message).toBe("Procedure '1.1' has an unknown key ''.");
    expect(text.args).not.toHaveProperty('nullKey');
    const [json] = parseCatalog('{"documents": [], "": 1}', { fileName: 'c.json' }).diagnostics;
    expect(json.message).toBe("The file has an unknown top-level key ''.");
  });

  it('say that a merge key is not read, in both languages', () => {
    const text = 'documents:\n  - &base { id: a, name: A, form: paper }\n  - <<: *base\n    id: b\n';
    const d = parseCatalog(text).diagnostics.find((x) => x.code === 'UNKNOWN_KEY')!;
    expect(d.message).toBe("Document 'b' has an unknown key '<<'.");
    expect(d.hint).toMatch(/^Merge keys \(<<: \*anchor\) are not read: catalogs are YAML 1\.2, which has none; .* The keys allowed here are: id, /);
    expect(localizeDiagnostic(d, 'vi').hint).toMatch(/^Khóa gộp \(<<: \*anchor\) không được đọc: .* Các khóa được phép ở đây: id, /);
  });

  it('give a value of the wrong type a hint that leads to a value allowed there, in both languages', () => {
    const text = [
      'provinces: [{ code: HN, name: Hà Nội }]',
      'documents: [{ id: a, name: A, form: paper, valid_until: 20221231 }]',
      'legal:',
      '  - { id: l, number: "1", type: nghi-dinh, amends: [{ provision: { legal: l, article: 1 }, drop: yes }] }',
      '  - { id: m, number: "2", type: nghi-dinh, amends: [{ provision: { legal: l, article: 2.5 }, drop: true }] }',
      'procedures: [{ code: p, name: P, level: [xa], provinces: [HN, 01] }]',
      '',
    ].join('\n');
    const d = parseCatalog(text).diagnostics;
    expect(d.map((x) => [x.code, x.message, x.hint])).toEqual([
      ['WRONG_TYPE', "In document 'a', `valid_until` must be text, not a whole number.", "Write '2022-12-31' (year-month-day)."],
      ['WRONG_TYPE', "In legal document 'l', `amends[0].drop` must be true or false, not text.", 'Write true or false: YAML 1.2 reads yes as text.'],
      ['WRONG_TYPE', "In legal document 'm', `amends[0].provision.article` must be a whole number, not 2.5.", undefined],
      ['WRONG_TYPE', "In procedure 'p', `provinces[1]` must be text, not a whole number.", 'Use a province code from provinces: of the catalog.'],
    ]);
    expect(d.map((x) => localizeDiagnostic(x, 'vi')).map((x) => [x.message, x.hint])).toEqual([
      ["Trong giấy tờ 'a', `valid_until` phải là văn bản, không phải một số nguyên.", "Hãy viết '2022-12-31' (năm-tháng-ngày)."],
      ["Trong văn bản pháp luật 'l', `amends[0].drop` phải là true hoặc false, không phải văn bản.", 'Hãy viết true hoặc false: YAML 1.2 đọc yes là văn bản.'],
      ["Trong văn bản pháp luật 'm', `amends[0].provision.article` phải là một số nguyên, không phải 2.5.", undefined],
      ["Trong thủ tục 'p', `provinces[1]` phải là văn bản, không phải một số nguyên.", 'Hãy dùng một mã tỉnh trong provinces: của danh mục.'],
    ]);
  });

  it('point a missing field at the mapping that lacks it', () => {
    const r = parseCatalog('procedures:\n  - code: "1"\n    name: P\n');
    expect(r.diagnostics.map((d) => [d.code, d.location?.line, d.location?.column, d.location?.path])).toEqual([['MISSING_FIELD', 2, 5, ['procedures', 0]]]);
  });

  it('suggest allowed values typed with Vietnamese diacritics (đ included)', () => {
    const r = parseCatalog('legal:\n  - { id: l, number: "1", type: nghị-định }\nprocedures:\n  - { code: p, name: P, level: [xã], online: toàn-trình }\n');
    expect(r.diagnostics.map((d) => [d.code, d.hint])).toEqual([
      ['INVALID_VALUE', "Did you mean 'nghi-dinh'?"],
      ['INVALID_VALUE', "Did you mean 'xa'?"],
      ['INVALID_VALUE', "Did you mean 'toan-trinh'?"],
    ]);
  });

  it('suggest the allowed value for its name in English or Vietnamese, in both languages', () => {
    const text = [
      'legal:',
      '  - { id: a, number: "1", type: Decree }',
      '  - { id: b, number: "2", type: Nghị định }',
      '  - { id: c, number: "3", type: Pháp lệnh }',
      'documents:',
      '  - { id: d, name: D, form: Giấy }',
      'procedures:',
      '  - { code: p, name: P, level: [Cấp tỉnh, district, commune], online: partly online, requires: [{ document: d, mode: xuất_trình }] }',
      '',
    ].join('\n');
    const d = parseCatalog(text).diagnostics;
    expect(d.map((x) => [x.code, x.location?.path.join('.'), x.hint])).toEqual([
      ['INVALID_VALUE', 'legal.0.type', "Did you mean 'nghi-dinh'?"],
      ['INVALID_VALUE', 'legal.1.type', "Did you mean 'nghi-dinh'?"],
      ['INVALID_VALUE', 'legal.2.type', "Did you mean 'other'?"],
      ['INVALID_VALUE', 'documents.0.form', "Did you mean 'paper'?"],
      ['INVALID_VALUE', 'procedures.0.level.0', "Did you mean 'tinh'?"],
      ['INVALID_VALUE', 'procedures.0.level.1', "Did you mean 'huyen'?"],
      ['INVALID_VALUE', 'procedures.0.level.2', "Did you mean 'xa'?"],
      ['INVALID_VALUE', 'procedures.0.online', "Did you mean 'mot-phan'?"],
      ['INVALID_VALUE', 'procedures.0.requires.0.mode', "Did you mean 'present'?"],
    ]);
    expect(localizeDiagnostic(d[0], 'vi').hint).toBe("Có phải ý bạn là 'nghi-dinh'?");
    // A word for a value of another field is no suggestion here.
    expect(parseCatalog('documents:\n  - { id: d, name: D, form: district }\n').diagnostics.map((x) => x.hint)).toEqual([undefined]);
  });

  it('refuse a procedure code with white space before or after it, naming it and giving the code without it, in both languages', () => {
    const one = (code: string) => {
      const r = parseCatalog(JSON.stringify({ procedures: [{ code, name: 'P', level: ['trung-uong'] }] }), { fileName: 'c.json' });
      expect(r.diagnostics.map((d) => d.code), JSON.stringify(code)).toEqual(['INVALID_FORMAT']);
      const d = r.diagnostics[0];
      const vi = localizeDiagnostic(d, 'vi');
      return [d.message, d.hint, vi.message, vi.hint];
    };
    expect(one(' 1.001193')).toEqual([
      "In procedure ' 1.001193', `code` (' 1.001193') starts with a space, so it is not the same code as '1.001193'.",
      "Write '1.001193'.",
      "Trong thủ tục ' 1.001193', `code` (' 1.001193') bắt đầu bằng một dấu cách, nên không phải cùng một mã với '1.001193'.",
      "Hãy viết '1.001193'.",
    ]);
    // Control characters are written as escapes, so the message stays on one line.
    expect(one('1.001193\t')[0]).toBe("In procedure '1.001193\\t', `code` ('1.001193\\t') ends with a tab, so it is not the same code as '1.001193'.");
    expect(one('1.001193\n')[0]).toMatch(/ends with a line break, so it is not the same code as '1\.001193'\.$/);
    expect(one('\u00a0qd06-22 ')[0]).toMatch(/starts with a no-break space and ends with a space, so it is not the same code as 'qd06-22'\.$/);
    expect(one('\ufeff1.001193')[2]).toMatch(/bắt đầu bằng một ký tự khoảng trắng không nhìn thấy \(U\+FEFF\)/);
    expect(one('  ')).toEqual([
      "In procedure '  ', `code` ('  ') is only white space.",
      'Write the code, such as "1.001193".',
      "Trong thủ tục '  ', `code` ('  ') chỉ có khoảng trắng.",
      'Hãy viết mã, ví dụ "1.001193".',
    ]);
    // Spaces inside a code are the author's business; an empty code is EMPTY_VALUE alone.
    expect(codes('procedures:\n  - { code: "qd 06 22", name: P, level: [trung-uong] }\n')).toEqual([]);
    expect(codes('procedures:\n  - { code: "", name: P, level: [trung-uong] }\n')).toEqual(['EMPTY_VALUE']);
  });

  it('tell to quote an unquoted procedure code, showing the digits YAML drops', () => {
    const r = parseCatalog('procedures:\n  - { code: 1.010040, name: P, level: [xa] }\n');
    expect(r.diagnostics[0]).toMatchObject({ code: 'WRONG_TYPE', hint: 'Quote it: code: "1.010040". Unquoted, YAML reads 1.010040 as the number 1.01004.' });
  });
});
