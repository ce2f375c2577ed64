import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/command.js';
import type { Catalog, Province } from '../../src/catalog/types.js';
import { checkDate, dependencyTargetValue, failOnExit, lackingValue, onlyValue, procedureValue, provinceCode, suggestNamed, withoutValue } from '../../src/cli/options.js';
import { thrown } from '../helpers/thrown.js';

const usageError = (call: () => unknown): UsageError => thrown(UsageError, call);

describe('checkDate', () => {
  it('accepts real calendar days, including 29 February of a leap year', () => {
    expect(checkDate('2023-01-01', '--at')).toBe('2023-01-01');
    expect(checkDate('2024-02-29', '--at')).toBe('2024-02-29');
  });

  it('explains what is wrong with other dates', () => {
    expect(usageError(() => checkDate('2023-02-29', '--at')).hint).toBe('2023-02 has 28 days.');
    expect(usageError(() => checkDate('2023-04-31', '--at')).hint).toBe('2023-04 has 30 days.');
    expect(usageError(() => checkDate('2023-00-10', '--at')).hint).toBe('Months run from 01 to 12.');
    expect(usageError(() => checkDate('31/12/2022', '--at')).hint).toBe('Write the day 31 month 12 year 2022 as 2022-12-31.');
    expect(usageError(() => checkDate('1.1.2023', '--at')).hint).toBe('Write the day 1 month 1 year 2023 as 2023-01-01.');
    // A date that can only be month first gets its day; one that is no day either way, the rule.
    expect(usageError(() => checkDate('12/31/2022', '--at')).hint).toBe('Write 2022-12-31.');
    expect(usageError(() => checkDate('31/13/2022', '--at')).hint).toBe('Dates are written year-month-day, e.g. 2023-01-01.');
    expect(usageError(() => checkDate('2023-1-1', '--at')).message).toBe("--at '2023-1-1' is not a date in the form YYYY-MM-DD.");
  });
});

describe('suggestNamed', () => {
  const provinces = [
    { code: 'HN', name: 'Hà Nội' },
    { code: 'HCM', name: 'Thành phố Hồ Chí Minh' },
    { code: 'DNA', name: 'Đà Nẵng' },
  ];

  it('matches names without diacritics, and codes', () => {
    expect(suggestNamed('ha noi', provinces)).toEqual({ vi: "Có phải ý bạn là 'HN' (Hà Nội)?", en: "Did you mean 'HN' (Hà Nội)?" });
    expect(suggestNamed('da nang', provinces)?.en).toBe("Did you mean 'DNA' (Đà Nẵng)?");
    expect(suggestNamed('HNM', provinces)?.vi).toContain("'HN' (Hà Nội)");
    expect(suggestNamed('Quang Tri', provinces)).toBeUndefined();
  });
});

describe('provinceCode', () => {
  const catalog = (provinces: Province[]): Catalog => ({ catalog: { name: 'c', cutoff: '2023-01-01' }, provinces, documents: [], data_sources: [], legal: [], procedures: [] });
  const provinces = [
    { code: 'HN', name: 'Hà Nội', name_en: 'Hanoi' },
    { code: 'HNA', name: 'Hà Nam' },
    { code: 'HCM', name: 'Thành phố Hồ Chí Minh', name_en: 'Ho Chi Minh City' },
  ];

  it('takes a code in any case, or a name or English name, case, diacritics and spaces around aside', () => {
    const c = catalog(provinces);
    for (const [given, code] of [['HN', 'HN'], ['hna', 'HNA'], [' HCM ', 'HCM'], ['Hà Nội', 'HN'], ['ha noi', 'HN'], ['HANOI', 'HN'], ['Hà Nam', 'HNA'], ['ho chi minh city', 'HCM'], [' Thành phố Hồ Chí Minh', 'HCM']]) {
      expect(provinceCode(given, c), given).toBe(code);
    }
  });

  it('takes a code before a name, and refuses a name two provinces have, listing their codes', () => {
    expect(provinceCode('HN', catalog([{ code: 'X', name: 'HN' }, ...provinces]))).toBe('HN');
    const twice = catalog([...provinces, { code: 'HN2', name: 'Hà Nội' }]);
    const e = thrown(UsageError, () => provinceCode('ha noi', twice));
    expect(e.text).toEqual({ vi: "Danh mục có 2 tỉnh tên 'ha noi'.", en: "The catalog has 2 provinces named 'ha noi'." });
    expect(e.hintText).toEqual({ vi: "Hãy cho mã tỉnh: 'HN' (Hà Nội) hoặc 'HN2' (Hà Nội).", en: "Give its code: 'HN' (Hanoi) or 'HN2' (Hà Nội)." });
  });

  it('refuses anything else, suggesting what is close', () => {
    expect(() => provinceCode('ha nol', catalog(provinces))).toThrow("The catalog has no province 'ha nol'.");
    expect(() => provinceCode('', catalog(provinces))).toThrow(UsageError);
    expect(() => provinceCode('HN', catalog([]))).toThrow(UsageError);
  });
});

describe('a document or data source by its name', () => {
  const catalog: Catalog = {
    catalog: { name: 'c', cutoff: '2023-01-01' },
    provinces: [],
    documents: [
      { id: 'so-ho-khau', name: 'Sổ hộ khẩu', name_en: 'Household registration book', form: 'paper' },
      { id: 'cmnd', name: 'Chứng minh nhân dân', form: 'card' },
      { id: 'the-cu', name: 'Thẻ', form: 'card' },
    ],
    data_sources: [
      { id: 'csdl', name: 'Cơ sở dữ liệu dân cư', provides: ['so-ho-khau'] },
      { id: 'the', name: 'thẻ', provides: ['cmnd'] },
    ],
    legal: [{ id: 'nd-104-2022', number: '104/2022/NĐ-CP', type: 'nghi-dinh', title: 'Sổ hộ khẩu' }],
    procedures: [{ code: 'cmnd', name: 'x', level: ['xa'] } as Catalog['procedures'][number]],
  };
  const lacking = (v: string) => lackingValue({ values: { lacking: [v] }, positionals: [] } as never, catalog);

  it('is its id, for --depends-on and --focus, when no other document or data source has the name', () => {
    for (const [given, id] of [['Sổ hộ khẩu', 'so-ho-khau'], ['so ho khau', 'so-ho-khau'], [' HOUSEHOLD registration book ', 'so-ho-khau'], ['co so du lieu dan cu', 'csdl']]) {
      expect(dependencyTargetValue(given, catalog), given).toBe(id);
    }
    // Ids, codes and legal numbers are read as they are, before any name.
    for (const given of ['so-ho-khau', 'cmnd', '104/2022/ND-CP', 'nd-104-2022']) expect(dependencyTargetValue(given, catalog)).toBe(given);
    // What names nothing is left to the library, which refuses it with its suggestions.
    expect(dependencyTargetValue('ho khau', catalog)).toBe('ho khau');
  });

  it('is refused when two have it, with their ids', () => {
    const e = thrown(UsageError, () => dependencyTargetValue('Thẻ', catalog));
    expect(e.text).toEqual({ vi: "Danh mục có 2 giấy tờ và nguồn dữ liệu tên 'Thẻ'.", en: "The catalog has 2 documents and data sources named 'Thẻ'." });
    expect(e.hintText).toEqual({ vi: "Hãy cho mã: 'the-cu' (Thẻ) hoặc 'the' (thẻ).", en: "Give its id: 'the-cu' (Thẻ) or 'the' (thẻ)." });
  });

  it('is its id for --lacking too, among the documents only', () => {
    expect(lackingValue({ values: { lacking: ['Sổ hộ khẩu, chung minh nhan dan'] }, positionals: [] } as never, catalog)).toEqual(['so-ho-khau', 'cmnd']);
    // 'the' is the id of a data source, and the name of one document only.
    expect(lacking('the')).toEqual(['the-cu']);
    expect(() => lacking('co so du lieu dan cu')).toThrow("The catalog has no document 'co so du lieu dan cu'.");
  });
});

describe('a procedure by its name', () => {
  const procedure = (code: string, name: string, name_en?: string) => ({ code, name, ...(name_en ? { name_en } : {}), level: ['xa'] }) as Catalog['procedures'][number];
  const catalog: Catalog = {
    catalog: { name: 'c', cutoff: '2023-01-01' },
    provinces: [],
    documents: [{ id: 'the', name: 'Cấp thẻ', form: 'card' }],
    data_sources: [],
    legal: [],
    procedures: [
      procedure('1.001193', 'Đăng ký khai sinh', 'Birth registration'),
      procedure('qd06-02', 'Cấp đổi, cấp lại thẻ Căn cước công dân'),
      procedure('1.000001', 'Cấp thẻ'),
      procedure('2.1', 'Đăng ký kết hôn'),
      procedure('2.2', 'Đăng ký kết hôn'),
      procedure('Đăng ký khai sinh', 'Thủ tục có mã là tên của thủ tục khác'),
    ],
  };
  const only = (...values: string[]) => onlyValue({ values: { only: values }, positionals: [] } as never, catalog);

  it('is its code when no other procedure has the name, a code being read first', () => {
    for (const [given, code] of [['dang ky khai sinh', '1.001193'], [' BIRTH registration ', '1.001193'], ['Cấp đổi, cấp lại thẻ căn cước công dân', 'qd06-02'], ['1.001193', '1.001193']]) {
      expect(procedureValue(given, catalog, 'c/'), given).toBe(code);
    }
    expect(procedureValue('Đăng ký khai sinh', catalog, 'c/')).toBe('Đăng ký khai sinh');
    expect(() => procedureValue('dang ky khai', catalog, 'c/')).toThrow("The catalog has no procedure 'dang ky khai'.");
  });

  it('is refused when two procedures have it, with their codes', () => {
    const e = thrown(UsageError, () => procedureValue('dang ky ket hon', catalog, 'c/'));
    expect(e.text).toEqual({ vi: "Danh mục có 2 thủ tục tên 'dang ky ket hon'.", en: "The catalog has 2 procedures named 'dang ky ket hon'." });
    expect(e.hintText).toEqual({ vi: "Hãy cho mã: '2.1' (Đăng ký kết hôn) hoặc '2.2' (Đăng ký kết hôn).", en: "Give its code: '2.1' (Đăng ký kết hôn) or '2.2' (Đăng ký kết hôn)." });
  });

  it('is its code for --depends-on and --focus, unless a document has the name too', () => {
    expect(dependencyTargetValue('birth registration', catalog)).toBe('1.001193');
    const e = thrown(UsageError, () => dependencyTargetValue('cap the', catalog));
    expect(e.text.en).toBe("The catalog has 2 procedures and documents named 'cap the'.");
    expect(e.hintText?.en).toBe("Give its id: '1.000001' (Cấp thẻ) or 'the' (Cấp thẻ).");
  });

  it('is read by --only, a run of items that is one name kept whole, the rest split at its commas', () => {
    expect(only('Cấp đổi, cấp lại thẻ Căn cước công dân')).toEqual(['qd06-02']);
    expect(only('dang ky khai sinh, 2.1', '1.000001')).toEqual(['1.001193', '2.1', '1.000001']);
    expect(only()).toBeUndefined();
    expect(() => only(' , ')).toThrow('--only needs at least one procedure code.');
    expect(() => only('Cấp đổi, 2.1')).toThrow("The catalog has no procedure 'Cấp đổi'.");
    // Codes and names holding commas, mixed: the longest run of items that is a name is one.
    expect(only('2.1,Cấp đổi, cấp lại thẻ Căn cước công dân,dang ky khai sinh')).toEqual(['2.1', 'qd06-02', '1.001193']);
    expect(only('Cấp đổi, cấp lại thẻ Căn cước công dân, Cấp thẻ')).toEqual(['qd06-02', '1.000001']);
  });
});

describe('a code or id in another case', () => {
  const procedure = (code: string, name: string) => ({ code, name, level: ['xa'] }) as Catalog['procedures'][number];
  const catalog: Catalog = {
    catalog: { name: 'c', cutoff: '2023-01-01' },
    provinces: [],
    documents: [{ id: 'ct07', name: 'Giấy xác nhận thông tin về cư trú', form: 'paper' }, { id: 'so-ho-khau', name: 'Sổ hộ khẩu', form: 'paper' }],
    data_sources: [{ id: 'csdl', name: 'Cơ sở dữ liệu', provides: ['ct07'] }],
    legal: [{ id: 'nd-104-2022', number: '104/2022/NĐ-CP', type: 'nghi-dinh' }],
    procedures: [procedure('qd06-02', 'Cấp đổi thẻ'), procedure('nd104-A', 'A'), procedure('nd104-a', 'a thường'), procedure('CSDL', 'Thủ tục mã hoa')],
  };
  const args = (name: string, v: string) => ({ values: { [name]: [v] }, positionals: [] }) as never;

  it('is that code or id when nothing else is it in any case', () => {
    expect(procedureValue('QD06-02', catalog, 'c/')).toBe('qd06-02');
    expect(dependencyTargetValue('CT07', catalog)).toBe('ct07');
    expect(dependencyTargetValue('ND-104-2022', catalog)).toBe('nd-104-2022');
    expect(lackingValue(args('lacking', 'CT07,So-Ho-Khau'), catalog)).toEqual(['ct07', 'so-ho-khau']);
    expect(withoutValue(args('without', 'ND-104-2022'), catalog)).toEqual(['nd-104-2022']);
    // Exactly as written comes first.
    expect(procedureValue('nd104-A', catalog, 'c/')).toBe('nd104-A');
    expect(dependencyTargetValue('CSDL', catalog)).toBe('CSDL');
    expect(dependencyTargetValue('csdl', catalog)).toBe('csdl');
  });

  it('is refused when several are it, case aside, with their codes or ids', () => {
    const e = thrown(UsageError, () => procedureValue('ND104-A', catalog, 'c/'));
    expect(e.text).toEqual({ vi: "Danh mục có 2 thủ tục có mã 'ND104-A' (không kể hoa thường).", en: "The catalog has 2 procedures whose code or id is 'ND104-A', case aside." });
    expect(e.hintText?.en).toBe("Give its code: 'nd104-A' (A) or 'nd104-a' (a thường).");
    const mixed = thrown(UsageError, () => dependencyTargetValue('Csdl', catalog));
    expect(mixed.text.en).toBe("The catalog has 2 procedures and data sources whose code or id is 'Csdl', case aside.");
  });
});

describe('a value that names an entry of another kind', () => {
  const catalog: Catalog = {
    catalog: { name: 'c', cutoff: '2023-01-01' },
    provinces: [],
    documents: [{ id: 'so-ho-khau', name: 'Sổ hộ khẩu', name_en: 'Household book', form: 'paper' }],
    data_sources: [{ id: 'csdl', name: 'Cơ sở dữ liệu', provides: ['so-ho-khau'] }],
    legal: [{ id: 'nd-104-2022', number: '104/2022/NĐ-CP', type: 'nghi-dinh' }],
    procedures: [{ code: 'CSDL', name: 'Thủ tục mã hoa', level: ['xa'] } as Catalog['procedures'][number]],
  };
  const args = (name: string, v: string) => ({ values: { [name]: [v] }, positionals: ['c/'] }) as never;

  it('is refused where a procedure is wanted, with what it is and how to count what depends on it', () => {
    const byId = thrown(UsageError, () => procedureValue('So-Ho-Khau', catalog, "my catalog's/"));
    expect(byId.hintText).toEqual({
      vi: "'So-Ho-Khau' là giấy tờ (Sổ hộ khẩu), không phải thủ tục; các thủ tục phụ thuộc vào nó: tthc count 'my catalog'\\''s/' --depends-on so-ho-khau.",
      en: "'So-Ho-Khau' is a document (Household book), not a procedure; the procedures that depend on it: tthc count 'my catalog'\\''s/' --depends-on so-ho-khau --lang en.",
    });
    // Where tthc answers in English unless told (TTHC_LANG=en), the Vietnamese command says so.
    expect(thrown(UsageError, () => procedureValue('So-Ho-Khau', catalog, 'c/', 'en')).hintText?.vi).toMatch(/: tthc count c\/ --depends-on so-ho-khau --lang vi\.$/);
    // Named by its name, it is shown by its id; a legal document by its number.
    expect(thrown(UsageError, () => procedureValue('so ho khau', catalog, 'c/')).hintText?.en).toMatch(/^'so ho khau' is a document \(so-ho-khau\), not a procedure;/);
    expect(thrown(UsageError, () => procedureValue('104/2022/NĐ-CP', catalog, 'c/')).hintText?.en).toMatch(/^'104\/2022\/NĐ-CP' is a legal document \(nd-104-2022\), not a procedure; .* --depends-on nd-104-2022 --lang en\.$/);
  });

  it('is refused by --without with what it is, and --lacking for a document', () => {
    expect(thrown(UsageError, () => withoutValue(args('without', 'Sổ hộ khẩu'), catalog)).hintText?.en).toBe(
      "'Sổ hộ khẩu' is a document (so-ho-khau), not a legal document. --without ignores the amendments of a legal document; for an applicant without this document: --lacking so-ho-khau.",
    );
    expect(thrown(UsageError, () => withoutValue(args('without', 'csdl'), catalog)).hintText).toEqual({
      vi: "'csdl' là nguồn dữ liệu (Cơ sở dữ liệu), không phải văn bản pháp luật.",
      en: "'csdl' is a data source (Cơ sở dữ liệu), not a legal document.",
    });
  });

  it('is refused by --lacking with what it is, and --without for a legal document; an id as written before one in another case', () => {
    expect(thrown(UsageError, () => lackingValue(args('lacking', 'ND-104-2022'), catalog)).hintText).toEqual({
      vi: "'ND-104-2022' là văn bản pháp luật (104/2022/NĐ-CP), không phải giấy tờ người nộp mang theo. Để bỏ qua các sửa đổi của nó: --without nd-104-2022.",
      en: "'ND-104-2022' is a legal document (104/2022/NĐ-CP), not a document the applicant holds. To ignore its amendments: --without nd-104-2022.",
    });
    expect(thrown(UsageError, () => lackingValue(args('lacking', 'csdl'), catalog)).hintText?.en).toBe("'csdl' is a data source (Cơ sở dữ liệu), not a document the applicant holds.");
    expect(thrown(UsageError, () => lackingValue(args('lacking', 'Csdl'), catalog)).hintText?.en).toBe("'Csdl' is a procedure (Thủ tục mã hoa), not a document the applicant holds.");
  });
});

describe('a legal document by a citation of its number', () => {
  const catalog: Catalog = {
    catalog: { name: 'c', cutoff: '2023-01-01' },
    provinces: [],
    documents: [],
    data_sources: [],
    legal: [
      { id: 'nd-104-2022', number: '104/2022/NĐ-CP', type: 'nghi-dinh' },
      { id: 'nd-123-2015', number: '123/2015/NĐ-CP', type: 'nghi-dinh' },
      { id: 'qd-06', number: '06/QĐ-TTg', type: 'quyet-dinh' },
    ],
    procedures: [],
  };
  const without = (...refs: string[]) => withoutValue({ values: { without: refs }, positionals: [] } as never, catalog);

  it('is its id when the citation holds the number of exactly one of them', () => {
    for (const [given, id] of [
      ['Nghị định 104/2022/NĐ-CP', 'nd-104-2022'],
      ['Nghị định số 104/2022/ND-CP ngày 21/12/2022 của Chính phủ', 'nd-104-2022'],
      ['(theo Nghị định 123/2015/nđ-cp).', 'nd-123-2015'],
      ['Quyết định 06/QĐ-TTg, ngày 06/01/2022', 'qd-06'],
    ]) {
      expect(dependencyTargetValue(given, catalog), given).toBe(id);
      expect(without(given), given).toEqual([id]);
    }
    // The same document cited twice is one.
    expect(without('Nghị định 104/2022/NĐ-CP (104/2022/ND-CP)')).toEqual(['nd-104-2022']);
  });

  it('is refused when the citation holds the numbers of several, with their ids', () => {
    const e = thrown(UsageError, () => dependencyTargetValue('Nghị định 104/2022/NĐ-CP sửa đổi Nghị định 123/2015/NĐ-CP', catalog));
    expect(e.text.en).toBe("'Nghị định 104/2022/NĐ-CP sửa đổi Nghị định 123/2015/NĐ-CP' cites 2 legal documents of the catalog.");
    expect(e.hintText).toEqual({
      vi: "Hãy cho một văn bản: 'nd-104-2022' (104/2022/NĐ-CP) hoặc 'nd-123-2015' (123/2015/NĐ-CP).",
      en: "Give one of them: 'nd-104-2022' (104/2022/NĐ-CP) or 'nd-123-2015' (123/2015/NĐ-CP).",
    });
    // A list given to --without is told to be given as several --without.
    expect(() => without('104/2022/NĐ-CP, 123/2015/NĐ-CP')).toThrow("--without takes one legal document each time, not the list '104/2022/NĐ-CP, 123/2015/NĐ-CP'.");
  });

  it('is not found in a citation of a number the catalog lacks, nor in dates', () => {
    expect(dependencyTargetValue('Nghị định 105/2022/NĐ-CP', catalog)).toBe('Nghị định 105/2022/NĐ-CP');
    expect(dependencyTargetValue('ngày 21/12/2022', catalog)).toBe('ngày 21/12/2022');
    expect(() => without('Nghị định 105/2022/NĐ-CP')).toThrow("The catalog has no legal document 'Nghị định 105/2022/NĐ-CP' (by id or number).");
  });
});

describe('failOnExit', () => {
  const totals = (blocked: number, unknown: number, paper: number) => ({ blocked, unknown, paper });
  it('fails on blocked or unknown for blocked, and on paper too for paper', () => {
    expect(failOnExit(undefined, totals(5, 5, 5))).toBe(0);
    expect(failOnExit('blocked', totals(0, 0, 5))).toBe(0);
    expect(failOnExit('blocked', totals(1, 0, 0))).toBe(1);
    expect(failOnExit('blocked', totals(0, 1, 0))).toBe(1);
    expect(failOnExit('paper', totals(0, 0, 1))).toBe(1);
    expect(failOnExit('paper', totals(0, 0, 0))).toBe(0);
  });
});
