import { describe, expect, it } from 'vitest';
import { csvField, csvTable } from '../../src/report/csv.js';

/** A small RFC 4180 reader, written for the test, to check the writer round-trips. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

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
