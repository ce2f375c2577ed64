import { describe, expect, it } from 'vitest';
import { fitLines } from '../../src/report/fit-lines.js';
import { textWidth } from '../../src/report/text-width.js';

describe('fitLines', () => {
  it('breaks a long line of a tree between words, its continuation in its branch and after its mark', () => {
    const tree = [
      '└─ ✗ Requirement 1: Household registration book (present) — basis Article 2(1) of Decree 123/2015/NĐ-CP',
      '   ├─ ✗ Household registration book [paper] — the required document; no longer valid after 2022-12-31',
      '   └─ ✓ Citizen identity card [card] — accepted',
    ];
    expect(fitLines(tree, 60)).toEqual([
      '└─ ✗ Requirement 1: Household registration book (present) —',
      '     basis Article 2(1) of Decree 123/2015/NĐ-CP',
      '   ├─ ✗ Household registration book [paper] — the required',
      '   │    document; no longer valid after 2022-12-31',
      '   └─ ✓ Citizen identity card [card] — accepted',
    ]);
  });

  it('keeps the leading spaces of a plain line, and a line with no room for its text as it is', () => {
    expect(fitLines(['  Tại: GL, HN, HCM, DN, CT, HP, QN, KH, LA, BD', 'short'], 24)).toEqual(['  Tại: GL, HN, HCM, DN,', '  CT, HP, QN, KH, LA, BD', 'short']);
    const deep = `${'│  '.repeat(10)}└─ ✗ a requirement far down a tree`;
    expect(fitLines([deep], 40)).toEqual([deep]);
  });

  it("continues a line of a table's rows, or a line of bullets, where its last column's text starts", () => {
    const lines = [
      '       21        20  Số nghị định của các bộ, ngành còn yêu cầu xác nhận bằng sổ hộ khẩu giấy (2022-09-30)',
      '  2023-01-01  ngày sau   15 cần thẻ hoặc giấy tờ điện tử (không tra cứu được dữ liệu): BK, PY, GL',
      '■ Sổ hộ khẩu [so-ho-khau · giấy]: dùng được đến hết ngày 2022-12-31 — Điều 38 khoản 3 Luật Cư trú 68/2020/QH14',
    ];
    expect(fitLines(lines, 64)).toEqual([
      '       21        20  Số nghị định của các bộ, ngành còn yêu cầu',
      '                     xác nhận bằng sổ hộ khẩu giấy (2022-09-30)',
      '  2023-01-01  ngày sau   15 cần thẻ hoặc giấy tờ điện tử (không',
      '                         tra cứu được dữ liệu): BK, PY, GL',
      '■ Sổ hộ khẩu [so-ho-khau · giấy]: dùng được đến hết ngày',
      '  2022-12-31 — Điều 38 khoản 3 Luật Cư trú 68/2020/QH14',
    ]);
  });

  it("continues a numbered item after its number", () => {
    expect(fitLines(['   12. Sửa Điều 2 khoản 1 Nghị định 123/2015/NĐ-CP để chấp nhận Thẻ Căn cước công dân (cccd)'], 50)).toEqual([
      '   12. Sửa Điều 2 khoản 1 Nghị định 123/2015/NĐ-CP',
      '       để chấp nhận Thẻ Căn cước công dân (cccd)',
    ]);
  });

  it('keeps every word, in order, and fits every line whose text has room (random lines)', () => {
    let seed = 11;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const words = ['Sổ', 'hộ', 'khẩu', '[giấy]', '—', 'Điều', '38', 'khoản', '3', '68/2020/QH14;', 'a-word-longer-than-a-whole-line-of-text-can-hold-at-all'];
    const branches = ['', '│  ', '   ', '├─ ', '└─ '];
    for (let t = 0; t < 400; t++) {
      const prefix = `${Array.from({ length: rand(4) }, () => ['│  ', '   '][rand(2)]).join('')}${branches[rand(branches.length)].endsWith('─ ') ? ['├─ ', '└─ '][rand(2)] : ''}${['', '✗ ', '✓ '][rand(3)]}`;
      const line = prefix + Array.from({ length: 1 + rand(30) }, () => words[rand(words.length)]).join(' ');
      const width = 25 + rand(100);
      const fitted = fitLines([line], width);
      expect(fitted.join(' ').split(/\s+/).filter((w) => !/^[│├└─✗✓]+$/.test(w) && w !== '').join(''), line).toBe(line.split(/\s+/).filter((w) => !/^[│├└─✗✓]+$/.test(w) && w !== '').join(''));
      if (width - textWidth(prefix) >= 20) for (const l of fitted) expect(textWidth(l), `${width}: ${l}`).toBeLessThanOrEqual(width);
      else expect(fitted).toEqual([line]);
      // Each continuation starts where the first line's text does, under its branch.
      for (const l of fitted.slice(1)) {
        expect(l.slice(0, prefix.length), l).toMatch(/^[│ ]*$/);
        expect(l[prefix.length], l).not.toBe(' ');
      }
    }
  });
});
