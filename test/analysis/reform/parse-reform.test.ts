import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../src/catalog/parse-catalog.js';
import { parseReform } from '../../../src/analysis/reform/parse-reform.js';
import { checkReform } from '../../../src/analysis/reform/check-reform.js';
import { applyReform } from '../../../src/analysis/reform/apply-reform.js';
import { ReformMismatchError, type Reform } from '../../../src/analysis/reform/types.js';
import { localizeDiagnostic } from '../../../src/diagnostics/localize.js';

const dir = new URL('../../fixtures/reform/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const loaded = parseCatalog(read('catalog.yaml'), { fileName: 'catalog.yaml' });
const catalog = loaded.catalog;

function parse(name: string) {
  return parseReform(read(name), { fileName: name, catalog, catalogLocations: loaded.locations });
}

const brief = (r: ReturnType<typeof parse>) =>
  r.diagnostics.map((d) => `${d.code} ${d.location ? `${d.location.line}:${d.location.column}` : '-'}`);

describe('parseReform', () => {
  it('loads the fixture catalog cleanly', () => {
    expect(loaded.diagnostics).toEqual([]);
  });

  it('reads a valid reform: provisions as objects, text in NFC', () => {
    const r = parse('unblock-civil-status.yaml');
    expect(r.diagnostics).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.reform!.legal![0].amends![0].provision).toEqual({ legal: '123/2015/ND-CP', article: 2 });
    expect(r.reform!.connect).toEqual([{ data_source: 'csdlqg-dan-cu', province: 'GL', from: '2023-01-01' }]);
    const nfd = 'legal:\n  - { id: x-1, number: "1/2024/NĐ-CP", type: other, title: "Ho\u0302\u0323 kha\u0302\u0309u", amends: [{ provision: nd-123-2015, drop: true }] }\n';
    const n = parseReform(nfd, { catalog });
    expect(n.reform!.legal![0].title).toBe('Hộ khẩu');
    expect(n.reform!.legal![0].amends![0].provision).toEqual({ legal: 'nd-123-2015' });
  });

  it('locates every wrong reference, with did-you-mean against the catalog', () => {
    const r = parse('reference-errors.yaml');
    expect(r.ok).toBe(false);
    expect(brief(r)).toEqual([
      'DUPLICATE_ID 3:9',
      'DUPLICATE_LEGAL_NUMBER 4:13',
      'INVALID_DATE 6:16',
      'UNKNOWN_REFERENCE 8:29',
      'UNKNOWN_REFERENCE 9:18',
      'WRONG_REFERENCE_KIND 10:28',
      'UNKNOWN_REFERENCE 13:45',
      'WRONG_REFERENCE_KIND 14:20',
    ]);
    const byLine = Object.fromEntries(r.diagnostics.map((d) => [d.location!.line, d]));
    expect(byLine[3].related?.[0].location).toMatchObject({ file: 'catalog.yaml', line: 17 });
    expect(byLine[6].message).toContain('February 2023 has 28 days');
    expect(byLine[8].hint).toContain("Did you mean 'nd-123-2015'");
    expect(byLine[9].hint).toContain("Did you mean 'csdlqg-dan-cu'");
    expect(byLine[13].hint).toContain("'GL'");
    expect(byLine[14].message).toContain('is a document, not a data source');
    for (const d of r.diagnostics) expect(d.location!.file).toBe('reference-errors.yaml');
  });

  it('maps schema errors to the offending node, in plain words', () => {
    const r = parse('schema-errors.yaml');
    expect(r.reform).toBeUndefined();
    // The amendment, whose `acept` is no key, accepts nothing: a finding of its own, as in a catalog.
    expect(brief(r)).toEqual(['INVALID_VALUE 4:11', 'AMENDMENT_NO_EFFECT 6:9', 'UNKNOWN_KEY 7:9', 'UNKNOWN_KEY 8:1']);
    const [type, , acept, conect] = r.diagnostics;
    expect(type.hint).toContain("'nghi-dinh'");
    expect(acept.hint).toContain("Did you mean 'accept'");
    expect(conect.hint).toContain("Did you mean 'connect'");
    expect(r.diagnostics.map((d) => d.message).join(' ')).not.toMatch(/must match|must NOT|instancePath/);
  });

  it('reports the references that do not resolve in the same run as the schema errors, and does not apply the reform', () => {
    const r = parse('schema-and-reference-errors.yaml');
    expect(r.reform).toBeUndefined();
    expect(r.ok).toBe(false);
    expect(brief(r)).toEqual(['UNKNOWN_REFERENCE 10:18', 'MISSING_FIELD 12:5']);
    expect(r.diagnostics[0].hint).toContain("Did you mean 'csdlqg-dan-cu'?");
    // Without the catalog, the file alone.
    expect(parseReform(read('schema-and-reference-errors.yaml')).diagnostics.map((d) => d.code)).toEqual(['MISSING_FIELD']);
  });

  it('checks every name that can be read in an entry with schema errors, and leaves the rest to the schema', () => {
    const r = parseReform(
      [
        'legal:',
        '  - number: 5/2024/NĐ-CP', // no id
        '    type: nghi-dinh',
        '    amends:',
        '      - { provision: nd-123-2051, accept: [ct07] }',
        '      - { scope: { document: csdlqg-dan-cu }, accept: [ct07, 7, ""] }',
        '  - { id: [x], number: 123/2015/ND-CP, type: other }',
        '  - { id: x-2, number: 5/2024/ND-CP, type: other }',
        'connect:',
        '  - { data_source: 7, province: Gia Lai, from: 2023-01-01 }',
        '  - csdlqg-dan-cu',
        '  - { data_source: "", province: GL }',
        '',
      ].join('\n'),
      { catalog },
    );
    expect(r.reform).toBeUndefined();
    expect(brief(r)).toEqual([
      'MISSING_FIELD 2:5',
      'UNKNOWN_REFERENCE 5:22',
      'WRONG_REFERENCE_KIND 6:30',
      'WRONG_TYPE 6:62',
      'EMPTY_VALUE 6:65',
      'WRONG_TYPE 7:11',
      'DUPLICATE_LEGAL_NUMBER 7:24',
      'DUPLICATE_LEGAL_NUMBER 8:24',
      'WRONG_TYPE 10:20',
      'UNKNOWN_REFERENCE 10:33',
      'WRONG_TYPE 11:5',
      'MISSING_FIELD 12:5',
      'EMPTY_VALUE 12:20',
    ]);
    const messages = r.diagnostics.map((d) => d.message);
    expect(messages[1]).toBe("Amendment 1 of the entry legal[0] amends a provision of 'nd-123-2051', which is no legal document of the catalog or the reform.");
    expect(messages[6]).toBe("The entry legal[1] has the number 123/2015/ND-CP, which legal document 'nd-123-2015' of the catalog already has.");
    expect(messages[7]).toBe("Legal document 'x-2' has the number 5/2024/ND-CP, which the entry legal[0] of the reform already has.");
    // The province's own finding says more than the schema's "not a province code", and replaces it.
    expect(r.diagnostics[9].hint).toContain("Did you mean 'GL' (Gia Lai)?");
    expect(r.diagnostics.slice(1, 3).map((d) => localizeDiagnostic(d, 'vi').message)).toEqual([
      "Sửa đổi thứ 1 của mục legal[0] tham chiếu tới văn bản pháp luật 'nd-123-2051', nhưng mục này chưa được định nghĩa.",
      "Phạm vi (scope) của sửa đổi thứ 2 của mục legal[0] tham chiếu tới 'csdlqg-dan-cu', là nguồn dữ liệu, không phải giấy tờ.",
    ]);
    expect(localizeDiagnostic(r.diagnostics[6], 'vi').message).toBe('Số hiệu 123/2015/ND-CP đã là số hiệu của một văn bản pháp luật khác.');
  });

  it('checks a connection’s fields and dates', () => {
    const r = parseReform('connect:\n  - { data_source: csdlqg-dan-cu, province: GL }\n  - { data_source: csdlqg-dan-cu, province: HN, from: 2023-13-01 }\n', { catalog });
    expect(brief(r)).toEqual(['MISSING_FIELD 2:5', 'INVALID_DATE 3:55']);
  });

  it('reports broken YAML, hostile input and wrong shapes as diagnostics, never by throwing', () => {
    expect(brief(parseReform('legal: [\n'))[0]).toMatch(/^YAML_SYNTAX/);
    expect(brief(parseReform('- a\n- b\n'))).toEqual(['FILE_NOT_MAPPING 1:1']);
    expect(parseReform('').diagnostics.map((d) => d.code)).toEqual(['FILE_EMPTY']);
    expect(parseReform('').ok).toBe(true);
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`)].join('\n');
    expect(parseReform(bomb).diagnostics.map((d) => d.code)).toContain('YAML_ALIAS_LIMIT');
    expect(brief(parseReform('legal:\n  - *nope\n'))).toEqual(['YAML_SYNTAX 2:5']);
    expect(parseReform('legal:\n  - *nope\n').diagnostics[0].args).toEqual({ alias: 'nope' });
    expect(parseReform(new Uint8Array([0x6c, 0, 0x67])).diagnostics.map((d) => d.code)).toEqual(['FILE_BINARY']);
    expect(brief(parseReform('connect: !!js/function x\n')).join()).toMatch(/YAML_TAG|YAML_SYNTAX/);
  });

  it('without a catalog checks only the file; checkReform checks data built in code', () => {
    expect(parseReform(read('reference-errors.yaml')).diagnostics.map((d) => d.code)).toEqual(['INVALID_DATE']);
    const d = checkReform({ connect: [{ data_source: 'csdlqg-dan-cu', province: 'Gia Lai', from: '2023-01-01' }] }, catalog);
    expect(d.map((x) => x.code)).toEqual(['UNKNOWN_REFERENCE']);
    expect(d[0].hint).toContain("Did you mean 'GL' (Gia Lai)?");
    expect(d[0].location).toBeUndefined();
  });

  it('checkReform and applyReform refuse dates that are not calendar dates written YYYY-MM-DD, as parseReform does the file, once each', () => {
    const connect = (from: string) => ({ connect: [{ data_source: 'csdlqg-dan-cu', province: 'GL', from }] });
    const legal = { legal: [{ id: 'x-1', number: 'X1', type: 'other' as const, effective: '2023-13-01', amends: [{ scope: { document: 'so-ho-khau' }, accept: ['ct07'] }] }] };
    const asFile = [
      'connect:\n  - { data_source: csdlqg-dan-cu, province: GL, from: 2023-02-30 }\n',
      'connect:\n  - { data_source: csdlqg-dan-cu, province: GL, from: 2023-2-1 }\n',
      'legal:\n  - { id: x-1, number: X1, type: other, effective: 2023-13-01, amends: [{ scope: { document: so-ho-khau }, accept: [ct07] }] }\n',
    ];
    const cases = [connect('2023-02-30'), connect('2023-2-1'), legal];
    const codes = ['INVALID_DATE', 'INVALID_FORMAT', 'INVALID_DATE'];
    cases.forEach((reform, i) => {
      const d = checkReform(reform, catalog);
      expect(d.map((x) => x.code)).toEqual([codes[i]]);
      const file = parseReform(asFile[i], { catalog }).diagnostics;
      expect(d.map((x) => [x.message, x.hint])).toEqual(file.map((x) => [x.message, x.hint]));
      expect(() => applyReform(catalog, reform)).toThrow(ReformMismatchError);
      expect(() => applyReform(catalog, reform)).toThrow(/is not a date/);
    });
    expect(checkReform(connect('2023-02-28'), catalog)).toEqual([]);
    expect(applyReform(catalog, connect('2023-02-28')).data_sources).not.toBe(catalog.data_sources);
    const parsed = parseReform('connect:\n  - { data_source: csdlqg-dan-cu, province: GL, from: 2023-02-30 }\n', { catalog });
    expect(parsed.diagnostics.map((x) => x.code)).toEqual(['INVALID_DATE']);
  });

  it('checks the dates of a new legal document as the catalog does, each at its place', () => {
    const r = parseReform(
      [
        'legal:',
        '  - id: x-1',
        '    number: X1',
        '    type: other',
        '    issued: 2023-03-01',
        '    effective: 2023-02-01',
        '    expires: 2023-01-15',
        '    amends:',
        '      - { provision: nd-123-2015, accept: [csdlqg-dan-cu], effective: 2023-06-01 }',
        '',
      ].join('\n'),
      { catalog, fileName: 'reform.yaml' },
    );
    expect(r.diagnostics.map((d) => `${d.code}:${d.severity} ${d.location?.line}:${d.location?.column}`)).toEqual([
      'ISSUED_AFTER_EFFECTIVE:warning 6:16',
      'EXPIRES_BEFORE_EFFECTIVE:error 7:14',
      'AMENDMENT_AFTER_EXPIRES:warning 9:71',
    ]);
    // The amendment is named as the reform's other findings about it name it.
    expect(r.diagnostics[2].message).toBe("Amendment 1 of 'x-1' takes effect on 2023-06-01, after the document expires on 2023-01-15, so it never applies.");
    expect(r.diagnostics[2].args).toEqual({ effective: '2023-06-01', expires: '2023-01-15' });
    expect(r.diagnostics.map((d) => localizeDiagnostic(d, 'vi').message)).toEqual([
      "Văn bản pháp luật 'x-1' có hiệu lực từ ngày 2023-02-01, trước ngày ban hành 2023-03-01.",
      "Văn bản pháp luật 'x-1' hết hiệu lực ngày 2023-01-15, trước ngày có hiệu lực 2023-02-01.",
      "Sửa đổi thứ 1 của 'x-1' có hiệu lực từ ngày 2023-06-01, sau khi văn bản hết hiệu lực ngày 2023-01-15, nên không bao giờ được áp dụng.",
    ]);
  });

  it('names an amendment in the findings about its dates as in its other findings, with or without an id, in English and Vietnamese, from the file and in code', () => {
    const amends = [
      { provision: { legal: 'nd-123-2015' }, accept: ['csdlqg-dan-cux'], effective: '2023-06-01' },
      { provision: { legal: 'nd-123-2015' }, accept: ['ct07'], effective: '2023-02-30' },
    ];
    const reform = {
      legal: [
        { id: 'x-1', number: 'X1', type: 'other' as const, effective: '2023-01-01', expires: '2023-01-15', amends },
        { number: 'X2', type: 'other' as const, effective: '2023-01-01', expires: '2023-01-15', amends },
      ],
    };
    const r = parseReform(JSON.stringify(reform, null, 2), { catalog, fileName: 'reform.json' });
    const rows = r.diagnostics
      .filter((d) => d.code !== 'MISSING_FIELD')
      .map((d) => [`${d.code} ${d.location?.path.join('.')}`, d.message, localizeDiagnostic(d, 'vi').message]);
    expect(rows).toEqual([
      [
        'UNKNOWN_REFERENCE legal.0.amends.0.accept.0',
        "Amendment 1 of 'x-1' accepts 'csdlqg-dan-cux', which is no document or data source of the catalog.",
        "Sửa đổi thứ 1 của 'x-1' tham chiếu tới giấy tờ hoặc nguồn dữ liệu 'csdlqg-dan-cux', nhưng mục này chưa được định nghĩa.",
      ],
      [
        'AMENDMENT_AFTER_EXPIRES legal.0.amends.0.effective',
        "Amendment 1 of 'x-1' takes effect on 2023-06-01, after the document expires on 2023-01-15, so it never applies.",
        "Sửa đổi thứ 1 của 'x-1' có hiệu lực từ ngày 2023-06-01, sau khi văn bản hết hiệu lực ngày 2023-01-15, nên không bao giờ được áp dụng.",
      ],
      [
        'INVALID_DATE legal.0.amends.1.effective',
        "In amendment 2 of 'x-1', `effective` is 2023-02-30, which is not a date: February 2023 has 28 days.",
        "Trong sửa đổi thứ 2 của 'x-1', `effective` là 2023-02-30, không phải một ngày có thật trong lịch.",
      ],
      [
        'UNKNOWN_REFERENCE legal.1.amends.0.accept.0',
        "Amendment 1 of the entry legal[1] accepts 'csdlqg-dan-cux', which is no document or data source of the catalog.",
        "Sửa đổi thứ 1 của mục legal[1] tham chiếu tới giấy tờ hoặc nguồn dữ liệu 'csdlqg-dan-cux', nhưng mục này chưa được định nghĩa.",
      ],
      [
        'AMENDMENT_AFTER_EXPIRES legal.1.amends.0.effective',
        'Amendment 1 of the entry legal[1] takes effect on 2023-06-01, after the document expires on 2023-01-15, so it never applies.',
        'Sửa đổi thứ 1 của mục legal[1] có hiệu lực từ ngày 2023-06-01, sau khi văn bản hết hiệu lực ngày 2023-01-15, nên không bao giờ được áp dụng.',
      ],
      [
        'INVALID_DATE legal.1.amends.1.effective',
        'In amendment 2 of the entry legal[1], `effective` is 2023-02-30, which is not a date: February 2023 has 28 days.',
        'Trong sửa đổi thứ 2 của mục legal[1], `effective` là 2023-02-30, không phải một ngày có thật trong lịch.',
      ],
    ]);
    // checkReform says the same of the reform built in code.
    expect(checkReform(reform as unknown as Reform, catalog).map((d) => d.message).sort()).toEqual(r.diagnostics.map((d) => d.message).sort());
    // The legal document's own dates keep the catalog's wording.
    const own = parseReform('legal:\n  - { id: x-1, number: X1, type: other, effective: 2023-02-30 }\n', { catalog });
    expect(own.diagnostics.map((d) => d.message)).toEqual(["In legal document 'x-1', `effective` is 2023-02-30, which is not a date: February 2023 has 28 days."]);
  });

  it('shows control characters and direction marks in the ids it quotes as escapes, in English and Vietnamese', () => {
    const reform = {
      legal: [
        { id: 'nd-\u202eabc\u0007', number: '999/2023/N\u202eĐ-CP', type: 'nghi-dinh', effective: '2023-01-01', amends: [{ provision: 'nd-\u202e123', accept: ['csdlqg\u202e-dan-cu'] }, { provision: 'nd-123-2015' }, { scope: { document: 'so\u202e-ho-khau' }, accept: ['ct07'] }, { scope: { document: 'csdlqg-dan-cu\u0007' }, accept: ['ct07'] }] },
        { id: 'nd-\u202eabc\u0007', number: '123/2015/NĐ-CP', type: 'nghi-dinh' },
        { id: 'nd-123-2015\u202e', number: '\u202e1/2024', type: 'nghi-dinh' },
      ],
      connect: [
        { data_source: 'csdlqg-dan-cu\u202e', province: 'G\u202eL', from: '2023-01-01' },
        { data_source: 'csdlqg-dan-cu\u0085', province: 'GL', from: '2023-01-01' },
        { data_source: 'csdlqg-dan-cu\u0085', province: 'GL', from: '2023-02-01' },
      ],
    };
    const r = parseReform(JSON.stringify(reform), { catalog, fileName: 'reform.json' });
    const said = r.diagnostics.flatMap((d) => {
      const vi = localizeDiagnostic(d, 'vi');
      return [d.message, d.hint ?? '', vi.message, vi.hint ?? ''];
    });
    expect(new Set(r.diagnostics.map((d) => d.code))).toEqual(new Set(['INVALID_FORMAT', 'UNKNOWN_REFERENCE', 'AMENDMENT_NO_EFFECT', 'DUPLICATE_ID', 'DUPLICATE_LEGAL_NUMBER', 'DUPLICATE_ITEM']));
    for (const text of said) expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    const messages = r.diagnostics.map((d) => d.message);
    expect(messages).toContain("Amendment 1 of 'nd-\\u202eabc\\u0007' amends a provision of 'nd-\\u202e123', which is no legal document of the catalog or the reform.");
    expect(messages).toContain("Connection 1 is in province 'G\\u202eL', which the catalog does not define.");
    expect(messages).toContain("Connection 3 connects 'csdlqg-dan-cu\\u0085' in GL again (connection 2 already does); the earlier date wins.");
    expect(r.diagnostics.filter((d) => d.code === 'UNKNOWN_REFERENCE').map((d) => localizeDiagnostic(d, 'vi').message)).toContain(
      "Sửa đổi thứ 1 của 'nd-\\u202eabc\\u0007' tham chiếu tới giấy tờ hoặc nguồn dữ liệu 'csdlqg\\u202e-dan-cu', nhưng mục này chưa được định nghĩa.",
    );
    // The args keep the values as written, for tools.
    expect(r.diagnostics.find((d) => d.code === 'UNKNOWN_REFERENCE' && d.location?.path.join('.') === 'connect.0.province')?.args?.reference).toBe('G\u202eL');
  });

  it('warns about a connection given twice and errors on an amendment that changes nothing', () => {
    const r = parseReform(
      'legal:\n  - { id: x-1, number: X1, type: other, amends: [{ provision: nd-123-2015 }] }\nconnect:\n  - { data_source: csdlqg-dan-cu, province: GL, from: 2023-01-01 }\n  - { data_source: csdlqg-dan-cu, province: GL, from: 2024-01-01 }\n',
      { catalog },
    );
    expect(r.diagnostics.map((d) => `${d.code}:${d.severity}`)).toEqual(['AMENDMENT_NO_EFFECT:error', 'DUPLICATE_ITEM:warning']);
  });

  it('warns about an amendment that drops the requirement and also accepts alternatives, as in a catalog, at its `drop`, in order', () => {
    const text = [
      'legal:',
      '  - id: x-1',
      '    number: X1',
      '    type: other',
      '    amends:',
      '      - { provision: nd-123-2015, drop: true, accept: [csdlqg-dan-cux] }',
      '      - { provision: nd-123-2015, accept: [ct07], drop: true }',
      '      - { provision: nd-123-2015, accept: [], drop: true }',
      '      - { provision: nd-123-2015, accept: [ct07], drop: yes }',
      '      - { provision: nd-123-2015, accept: ct07, drop: true }',
      '',
    ].join('\n');
    const r = parseReform(text, { catalog, fileName: 'reform.yaml' });
    // Only the first two do both; a `drop` or `accept` of the wrong type has the schema's finding alone.
    expect(r.diagnostics.map((d) => `${d.code}:${d.severity} ${d.location?.line}:${d.location?.column}`)).toEqual([
      'AMENDMENT_ACCEPT_AND_DROP:warning 6:35',
      'UNKNOWN_REFERENCE:error 6:56',
      'AMENDMENT_ACCEPT_AND_DROP:warning 7:51',
      'WRONG_TYPE:error 9:57',
      'WRONG_TYPE:error 10:43',
    ]);
    const [first, , second] = r.diagnostics;
    expect(second.message).toBe(
      "Amendment 2 of 'x-1' drops the requirement and also accepts alternatives; once dropped, nothing needs to be accepted.",
    );
    expect(second.hint).toBe('Remove `accept`, or remove `drop: true` if the requirement stays with new alternatives.');
    expect(second.location?.path).toEqual(['legal', 0, 'amends', 1, 'drop']);
    expect(first.message).toMatch(/^Amendment 1 of 'x-1' drops the requirement/);
    const vi = localizeDiagnostic(second, 'vi');
    expect(vi.message).toBe("Sửa đổi thứ 2 của 'x-1' vừa bỏ yêu cầu vừa chấp nhận thứ thay thế; khi yêu cầu đã bỏ thì không cần chấp nhận gì nữa.");
    expect(vi.hint).toBe('Hãy bỏ `accept`, hoặc bỏ `drop: true` nếu yêu cầu vẫn còn với các thứ thay thế mới.');
    // A legal document without an id is named by its place.
    const noId = parseReform('legal:\n  - { number: X1, type: other, amends: [{ provision: nd-123-2015, accept: [ct07], drop: true }] }\n', { catalog });
    const warned = noId.diagnostics.find((d) => d.code === 'AMENDMENT_ACCEPT_AND_DROP')!;
    expect(warned.message).toMatch(/^Amendment 1 of the entry legal\[0\] drops the requirement/);
    expect(localizeDiagnostic(warned, 'vi').message).toMatch(/^Sửa đổi thứ 1 của mục legal\[0\] vừa bỏ yêu cầu/);
    // A warning: the reform is applied, and the drop wins.
    const ok = parseReform('legal:\n  - { id: x-1, number: X1, type: other, amends: [{ provision: nd-123-2015, accept: [ct07], drop: true }] }\n', { catalog });
    expect(ok.ok).toBe(true);
    expect(ok.diagnostics.map((d) => d.code)).toEqual(['AMENDMENT_ACCEPT_AND_DROP']);
    // checkReform says the same of a reform built in code.
    const inCode = checkReform({ legal: [{ id: 'x-1', number: 'X1', type: 'other', amends: [{ provision: { legal: 'nd-123-2015' }, accept: ['ct07'], drop: true }] }] }, catalog);
    expect(inCode.map((d) => [d.code, d.message])).toEqual([['AMENDMENT_ACCEPT_AND_DROP', ok.diagnostics[0].message]]);
  });
});
