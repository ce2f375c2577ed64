import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, csvTable, excelText } from '../../src/report/csv.js';
import { excelShown, readCsv } from './csv-reader.js';

describe('CSV', () => {
  it('quotes only fields with commas, quotes or line breaks, doubling quotes', () => {
    expect(csvField('Hộ tịch')).toBe('Hộ tịch');
    expect(csvField('Đăng ký, quản lý cư trú')).toBe('"Đăng ký, quản lý cư trú"');
    expect(csvField('nộp "đơn"')).toBe('"nộp ""đơn"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(null)).toBe('');
    expect(csvField(false)).toBe('false');
  });

  it('ends every record with CRLF and round-trips through a reader', () => {
    const rows = [
      ['1.003091', 'Yêu cầu thi hành án dân sự (nộp "đơn yêu cầu")', 'HN, HCM'],
      ['x', 'line\nbreak', ''],
    ];
    const text = csvTable(['code', 'name', 'provinces'], rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(readCsv(text)).toEqual([['code', 'name', 'provinces'], ...rows]);
  });
});

/** Whether a text holds no half of a surrogate pair on its own (UTF-8 cannot write one). */
const wellFormed = (text: string): boolean => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('CSV for Excel', () => {
  it('writes a text that Excel would read as a number, a date or a formula as a formula giving the text', () => {
    for (const text of ['1.000890', '2.001939', '007', '1/2', '1-2', '1e5', '-2', '+84 912', '=1+1', '@SUM(A1)', '(5)', '.5', ' 12', '104/2022/NĐ-CP', '"x"']) {
      const cell = excelText(text);
      expect(cell, text).toMatch(/^="/);
      expect(excelShown(cell).text, text).toBe(text);
    }
    expect(excelText('1.000890')).toBe('="1.000890"');
    expect(excelText('1 "a"')).toBe('="1 ""a"""');
  });

  it('leaves text that starts with a letter, the empty text and ISO dates as they are', () => {
    for (const text of ['', 'Hộ tịch', 'so-ho-khau', 'qd06-07', 'HN', 'Đăng ký, 1.000890', 'false', '2023-01-01']) expect(excelText(text), text).toBe(text);
  });

  it('splits a long text into literals of at most 255 characters, never inside a surrogate pair, up to a formula of 8,192', () => {
    const long = `1${'a😀"'.repeat(200)}`;
    const cell = excelText(long);
    const { text, literals } = excelShown(cell);
    expect(text).toBe(long);
    expect(literals.length).toBeGreaterThan(3);
    for (const l of literals) {
      expect(l.replace(/"/g, '""').length).toBeLessThanOrEqual(255);
      expect(wellFormed(l)).toBe(true);
    }
    const tooLong = `1${'0'.repeat(8200)}`;
    expect(excelText(tooLong)).toBe(tooLong);
  });

  it('gives back every text, in literals Excel takes, formulas only where the text does not start with a letter', () => {
    const ch = fc.constantFrom('1', '0', '.', '-', '=', '"', ',', ' ', 'a', 'Đ', 'ệ', '😀', '\n');
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 700 }).map((a) => a.join('')), (text) => {
        const cell = excelText(text);
        const formula = text !== '' && !/^\p{L}/u.test(text) && !/^\d{4}-\d{2}-\d{2}$/.test(text);
        expect(cell.startsWith('=') ? cell.length <= 8192 : cell === text).toBe(true);
        expect(cell !== text).toBe(formula);
        const shown = excelShown(cell);
        expect(shown.text).toBe(text);
        for (const l of shown.literals) expect(l.replace(/"/g, '""').length <= 255 && wellFormed(l)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps numbers, true and false as they are and quotes formulas as RFC 4180 does', () => {
    const text = csvTable(['code', 'count', 'paper'], [['1.000890', 12, false], ['x, y', 3.5, true]], { excel: true });
    expect(text).toBe('code,count,paper\r\n"=""1.000890""",12,false\r\n"x, y",3.5,true\r\n');
    expect(readCsv(text)[1][0]).toBe('="1.000890"');
    expect(csvTable(['code'], [['1.000890']], { excel: false })).toBe(csvTable(['code'], [['1.000890']]));
  });
});
