import { describe, expect, it } from 'vitest';
import { keyValueLines, textTable } from '../../src/report/text-table.js';
import { pad, textWidth, truncate, wrapColumns } from '../../src/report/text-width.js';

const nfd = 'Sổ hộ khẩu'.normalize('NFD');

describe('textWidth', () => {
  it('counts Vietnamese letters once whether precomposed or typed with combining marks', () => {
    expect(textWidth('Sổ hộ khẩu')).toBe(10);
    expect(nfd.length).toBeGreaterThan(10);
    expect(textWidth(nfd)).toBe(10);
    expect(textWidth('Đ')).toBe(1);
  });

  it('counts CJK characters and emoji as the two terminal columns they take', () => {
    expect(textWidth('a😀b')).toBe(4);
    expect(textWidth('戶口')).toBe(4);
    expect(textWidth('❤\uFE0F')).toBe(2);
    expect(truncate('戶口名簿', 6)).toBe('戶口…');
    expect(truncate('戶口名簿', 5)).toBe('戶口…');
    expect(truncate('戶口名簿', 4)).toBe('戶…');
  });

  it('counts an emoji sequence as one emoji and never cuts inside one', () => {
    expect(textWidth('👩\u200D💻 🇻🇳 👍🏽 1\uFE0F\u20E3')).toBe(11);
    expect(truncate('👩\u200D💻👩\u200D💻👩\u200D💻', 5)).toBe('👩\u200D💻👩\u200D💻…');
    expect(truncate('🇻🇳🇻🇳🇻🇳', 4)).toBe('🇻🇳…');
    expect(truncate('👍🏽👍🏽👍🏽', 4)).toBe('👍🏽…');
    expect(truncate('Hộ e\u0301x', 4)).toBe('Hộ…');
  });

  it('pads and truncates by display width', () => {
    expect(pad(nfd, 12)).toBe(`${nfd}  `);
    expect(pad('7', 3, 'right')).toBe('  7');
    expect(truncate('Đăng ký khai sinh', 8)).toBe('Đăng ký…');
    expect(truncate('Đăng ký', 8)).toBe('Đăng ký');
  });
});

describe('wrapColumns', () => {
  it('breaks between words by display width, and a word wider than a line between grapheme clusters', () => {
    expect(wrapColumns('Sổ hộ khẩu hết hiệu lực', 10)).toEqual(['Sổ hộ khẩu', 'hết hiệu', 'lực']);
    // Typed with combining marks, the same columns.
    expect(wrapColumns('Sổ hộ khẩu hết hiệu lực'.normalize('NFD'), 10)).toEqual(['Sổ hộ khẩu', 'hết hiệu', 'lực']);
    // Two columns a character: 戶口名簿 is 8 columns.
    expect(wrapColumns('戶口名簿 戶口名簿', 10)).toEqual(['戶口名簿', '戶口名簿']);
    expect(wrapColumns('戶口名簿戶口名簿', 5)).toEqual(['戶口', '名簿', '戶口', '名簿']);
    // An emoji sequence is never cut inside.
    expect(wrapColumns('👩\u200D💻👩\u200D💻👩\u200D💻', 3)).toEqual(['👩\u200D💻', '👩\u200D💻', '👩\u200D💻']);
    for (const line of wrapColumns('👍🏽 a 戶口 b 🇻🇳🇻🇳🇻🇳 khẩu', 4)) expect(textWidth(line)).toBeLessThanOrEqual(4);
    expect(wrapColumns('', 5)).toEqual(['']);
  });
});

describe('textTable', () => {
  it('aligns columns by display width, with decomposed text in the same column as precomposed', () => {
    const out = textTable([{ header: 'Tên' }, { header: 'Số', align: 'right' }], [[nfd, '1'], ['Giấy khai sinh', '12']]);
    const lines = out.trimEnd().split('\n');
    expect(lines).toEqual(['Tên             Số', '--------------  --', 'Sổ hộ khẩu       1', 'Giấy khai sinh  12']);
    // Every line has the same display width once trailing spaces are trimmed for full rows.
    expect(new Set(lines.map(textWidth)).size).toBe(1);
  });

  it('aligns a column after CJK and emoji names', () => {
    const out = textTable([{ header: 'Name' }, { header: 'N', align: 'right' }], [['戶口 📕', '1'], ['Sổ hộ khẩu', '22']]);
    expect(out.split('\n')).toEqual(['Name         N', '----------  --', '戶口 📕      1', 'Sổ hộ khẩu  22', '']);
  });

  it('aligns a column after emoji sequences', () => {
    const out = textTable([{ header: 'Name' }, { header: 'N', align: 'right' }], [['👩\u200D💻 🇻🇳', '1'], ['👍🏽', '22'], ['Sổ', '3']]);
    expect(out.split('\n')).toEqual(['Name    N', '-----  --', '👩\u200D💻 🇻🇳   1', '👍🏽     22', 'Sổ      3', '']);
  });

  it('takes more rows than a call can take arguments', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [String(i)]);
    const lines = textTable([{ header: 'N', align: 'right' }], rows).split('\n');
    expect(lines[1]).toBe('------');
    expect(lines[2]).toBe('     0');
    expect(lines[200_001]).toBe('199999');
  });

  it('cuts long cells to maxWidth and flattens line breaks', () => {
    const out = textTable([{ header: 'A', maxWidth: 5 }, { header: 'B' }], [['abcdefgh', 'x\ny']]);
    expect(out.split('\n')[2]).toBe('abcd…  x y');
  });

  it('puts each line of a multiline cell on a line of its own, the other cells blank below the first, and no empty last line', () => {
    const out = textTable(
      [{ header: 'Date' }, { header: 'N', align: 'right' }, { header: 'Events', multiline: true, maxWidth: 8 }],
      [['2023-01-01', '12', 'a book ends\nb\n'], ['2025-01-01', '3', 'c']],
    );
    expect(out.split('\n')).toEqual([
      'Date         N  Events',
      '----------  --  -------',
      '2023-01-01  12  a book…',
      '                b',
      '2025-01-01   3  c',
      '',
    ]);
  });

  it('right-aligns values in key/value lines', () => {
    expect(keyValueLines([['Bị chặn', 7], ['Đáp ứng', 16]])).toBe('  Bị chặn   7\n  Đáp ứng  16\n');
  });

  it('fits into a width by breaking its wrap columns between words, the widest first, the others as they are', () => {
    const columns = [{ header: 'Code' }, { header: 'Name', wrap: true }, { header: 'Reason', wrap: true }];
    const rows = [['1.001193', 'Đăng ký khai sinh', 'Sổ hộ khẩu: hết hiệu lực sau 2022-12-31 (Điều 38 khoản 3 Luật 68/2020/QH14)']];
    expect(textTable(columns, rows, '', 70).split('\n')).toEqual([
      'Code      Name               Reason',
      '--------  -----------------  ---------------------------------------',
      '1.001193  Đăng ký khai sinh  Sổ hộ khẩu: hết hiệu lực sau 2022-12-31',
      '                             (Điều 38 khoản 3 Luật 68/2020/QH14)',
      '',
    ]);
    // Wide enough: as without a width.
    expect(textTable(columns, rows, '', 200)).toBe(textTable(columns, rows));
    // No wrap column narrower than 16 columns (or its header): a table that cannot fit is as narrow as it may be.
    const narrow = textTable(columns, rows, '', 10).split('\n');
    expect(narrow[1]).toBe('--------  ------------  ----------------');
    expect(narrow.slice(2, -1).map((l) => l.slice(10, 22).trim())).toEqual(['Đăng ký khai', 'sinh', '', '', '']);
  });

  it('keeps the indent of an indented cell on each of its lines, when that leaves half the width', () => {
    const columns = [{ header: '', wrap: true }, { header: 'Before', align: 'right' as const }, { header: 'After', align: 'right' as const }];
    const rows = [
      ['Met', '6', '12'],
      ['    of which need a card or electronic document (no data lookup)', '0', '3'],
    ];
    expect(textTable(columns, rows, '', 50).split('\n')).toEqual([
      '                                  Before  After',
      '--------------------------------  ------  -----',
      'Met                                    6     12',
      '    of which need a card or            0      3',
      '    electronic document (no data',
      '    lookup)',
      '',
    ]);
    // At 16 columns an indent of 4 leaves 12: kept; an indent of 9 would leave 7: the lines start at the column's edge.
    const deep = textTable(columns, [['         of which need a card', '0', '3']], '', 20).split('\n').slice(2, -1);
    expect(deep.map((l) => l.slice(0, 16).trimEnd())).toEqual(['of which need a', 'card']);
  });

  it('breaks headers wider than their cells between words, the widest columns narrowed first, right-aligned headers to the right', () => {
    const columns = [{ header: 'Date' }, { header: 'Met, still needing paper', align: 'right' as const }, { header: 'Events', wrap: true }];
    const rows = [['2023-01-01', '3', 'The household book ends']];
    expect(textTable(columns, rows, '', 61)).toBe(textTable(columns, rows));
    expect(textTable(columns, rows, '', 40).split('\n')).toEqual([
      '            Met, still',
      '               needing',
      'Date             paper  Events',
      '----------  ----------  -------------',
      '2023-01-01           3  The household',
      '                        book ends',
      '',
    ]);
    // Never below the header's longest word, nor the cells: a table that cannot fit is as narrow as it may be.
    expect(textTable(columns, [['2023-01-01', '12345678', 'x']], '', 10).split('\n').slice(0, 5)).toEqual([
      '                Met,',
      '               still',
      '             needing',
      'Date           paper  Events',
      '----------  --------  ------',
    ]);
  });

  it('fits by display width: cells of wide characters and emoji too', () => {
    const columns = [{ header: 'Code' }, { header: 'Name', wrap: true }];
    const rows = [['x-1', '戶口名簿 戶口名簿 戶口名簿 戶口名簿 👩\u200D💻👩\u200D💻 戶口名簿戶口名簿戶口名簿']];
    const lines = textTable(columns, rows, '', 25).trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(textWidth(l), l).toBeLessThanOrEqual(25);
  });

  it('keeps every word of a wrapped cell, in order, and no line wider than the width when the table can fit (random tables)', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const words = ['sổ', 'hộ', 'khẩu', 'Điều', '38', 'khoản', '3', 'Luật', '68/2020/QH14', 'hết', 'hiệu', 'lực', 'a-very-long-word-that-is-longer-than-any-column-may-be'];
    for (let t = 0; t < 300; t++) {
      const columns = [{ header: 'Code' }, { header: 'Name', wrap: true }, { header: 'N', align: 'right' as const }, { header: 'Reason', wrap: true }];
      const rows = Array.from({ length: 1 + rand(5) }, () => [
        `c${rand(1000)}`,
        Array.from({ length: rand(8) }, () => words[rand(words.length)]).join(' '),
        String(rand(100)),
        Array.from({ length: rand(30) }, () => words[rand(words.length)]).join(' '),
      ]);
      const width = 30 + rand(120);
      const lines = textTable(columns, rows, '', width).trimEnd().split('\n');
      const plain = textTable(columns, rows).trimEnd().split('\n');
      // The least the table takes: its fixed columns, and each wrap column at min(its width, 16).
      const header = plain[1].split('  ').map((d) => d.length);
      const least = header[0] + Math.min(header[1], 16) + header[2] + Math.min(header[3], 16) + 6;
      for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(Math.max(width, least));
      // The cells read back, line by line, as they were: the words in order (a word longer than its column cut into pieces).
      const starts = [0, ...[...lines[1].matchAll(/ {2}/g)].map((m) => m.index! + 2)];
      const body = lines.slice(2);
      let r = -1;
      const got: string[][] = [];
      for (const l of body) {
        const cell = (k: number) => l.slice(starts[k], k + 1 < starts.length ? starts[k + 1] - 2 : undefined).trim();
        if (cell(0) !== '') got.push([cell(0), cell(1), cell(2), cell(3)]), r++;
        else for (const k of [1, 3]) got[r][k] = `${got[r][k]} ${cell(k)}`.trim();
      }
      const squash = (v: string) => v.replace(/\s+/g, '');
      expect(got.map((g) => [g[0], squash(g[1]), g[2], squash(g[3])])).toEqual(rows.map((row) => [row[0], squash(row[1]), row[2], squash(row[3])]));
    }
  });
});
