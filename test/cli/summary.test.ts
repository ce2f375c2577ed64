import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summarizeCatalog } from '../../src/analysis/summary.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { renderSummaryMarkdown } from '../../src/report/summary-markdown.js';
import { renderSummaryText } from '../../src/report/summary-text.js';
import { summaryFixture } from '../analysis/summary-fixtures.js';
import { REPO_DIR } from '../catalog-data/helpers.js';

const fixture = summaryFixture('two-sunsets');
const fixtureDir = dirname(fixture);

async function tthc(args: string[], cwd = REPO_DIR) {
  const io = memoryIo({ cwd });
  const code = await run(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('tthc summary on the bundled catalog (npm start)', () => {
  it('tells the story in Vietnamese by default', async () => {
    const { code, out, err } = await tthc(['summary', 'catalog/']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('■ Sổ hộ khẩu [so-ho-khau · giấy]: dùng được đến hết ngày 2022-12-31 — Điều 38 khoản 3 Luật Cư trú 68/2020/QH14');
    expect(out).toMatch(/2023-01-01 {2}ngày sau {3}0 bị chặn/);
    expect(out).toMatch(/nếu không có Nghị định 104\/2022\/NĐ-CP \(hiệu lực 2023-01-01\): \d+ bị chặn \(mọi tỉnh, trung ương\)/);
    expect(out).toContain('(không tra cứu được dữ liệu): BK, PY, GL');
    expect(out).toMatch(/^ +21 +20 +Số nghị định của các bộ, ngành còn yêu cầu xác nhận bằng sổ hộ khẩu giấy \(2022-09-30\)$/m);
    expect(out).toMatch(/^ +19 +19 +Số nghị định được Nghị định 104\/2022\/NĐ-CP sửa đổi \(2022-12-21\)$/m);
    expect(out).toContain('tthc blocked catalog/ --at 2023-01-01 --without nd-104-2022');
    expect(out).toMatch(/^ +không có thẻ \(cccd, cmnd[^)]*\): 0 bị chặn · \d+ còn cần giấy \(BK, PY, GL\)$/m);
    expect(out).toMatch(/^ {2}tthc blocked catalog\/ --province (BK|PY|GL) --at 2023-01-01 --lacking cccd,cmnd[\w,-]* +# người không có thẻ còn cần gì$/m);
    // A short screen: a newcomer reads it without scrolling far.
    expect(out.split('\n').length).toBeLessThan(60);
  });

  it('speaks English with --lang en', async () => {
    const { code, out } = await tthc(['summary', 'catalog/', '--lang', 'en']);
    expect(code).toBe(0);
    expect(out).toContain('■ Household registration book [so-ho-khau · paper]: accepted until the end of 2022-12-31');
    expect(out).toMatch(/without Decree 104\/2022\/NĐ-CP \(in force 2023-01-01\): \d+ blocked/);
    expect(out).toMatch(/without a card \(cccd, cmnd[^)]*\): 0 blocked · \d+ still need paper \(BK, PY, GL\)\n +mostly Residence information confirmation \(form CT07\) \d+/);
  });

  it('ends with commands that run as printed, as leniently and in the language of the summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-summary-next-'));
    try {
      cpSync(join(REPO_DIR, 'catalog'), dir, { recursive: true });
      // A reference to a document the catalog does not define: only --lenient reads the catalog.
      const file = join(dir, 'procedures', 'bao-hiem-xa-hoi.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('document: so-ho-khau', 'document: giay-khong-co'));
      expect((await tthc(['summary', dir])).code).toBe(1);
      const { code, out } = await tthc(['summary', dir, '--lenient', '--lang', 'en']);
      expect(code).toBe(0);
      const lines = out.trimEnd().split('\n');
      const next = lines.slice(lines.indexOf('Next:') + 1).map((l) => l.replace(/\s+# .*$/, '').trim());
      expect(next.map((c) => c.split(' ')[1])).toEqual(['blocked', 'count', 'explain', 'blocked']);
      for (const command of next) {
        expect(command).toMatch(/ --lenient --lang en$/);
        const run = await tthc(command.split(' ').slice(1));
        expect(run.code, command).toBe(0);
        expect(run.out, command).toMatch(/^(Procedures|Explanation) /);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the same data as the library with --format json', async () => {
    const { code, out } = await tthc(['summary', 'catalog/', '--format', 'json', '--at', '2022-12-31']);
    expect(code).toBe(0);
    const loaded = await loadCatalog(join(REPO_DIR, 'catalog'));
    expect(JSON.parse(out)).toEqual(summarizeCatalog(loaded.catalog, { at: '2022-12-31' }));
  });
});

describe('tthc summary of one province', () => {
  it('tells the story of a province given by name: its title, its places and its next commands', async () => {
    const { code, out, err } = await tthc(['summary', 'catalog/', '--province', 'Gia Lai', '--lang', 'en']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('Ending the paper household and temporary residence books (Vietnam, 2022–2023) — in Gia Lai (GL)');
    // Gia Lai has no lookup: the day after, what the nation's summary says of BK, PY and GL is said of GL alone.
    expect(out).toContain('15 need a card or electronic document (no data lookup): GL\n');
    expect(out).toContain('\nOn 2023-01-01, in Gia Lai (GL) (48 procedures)\n');
    expect(out).not.toMatch(/every province|BK|PY/);
    expect(out).toMatch(/^ {2}tthc blocked catalog\/ --province GL --at 2023-01-01 --without nd-104-2022 --lang en /m);
    expect(out).toMatch(/^ {2}tthc count catalog\/ --depends-on so-ho-khau --province GL --by ministry --lang en /m);
    const vi = await tthc(['summary', 'catalog/', '--province', 'GL']);
    expect(vi.out.split('\n')[0]).toBe('Bỏ sổ hộ khẩu, sổ tạm trú giấy (Việt Nam, 2022–2023) — tại Gia Lai (GL)');
    expect(vi.out).toContain('\nNgày 2023-01-01, tại Gia Lai (GL) (48 thủ tục)\n');
  });

  it('gives the same data as the library with --format json, and refuses a province the catalog lacks', async () => {
    const { code, out } = await tthc(['summary', 'catalog/', '--province', 'hn', '--format', 'json']);
    expect(code).toBe(0);
    const loaded = await loadCatalog(join(REPO_DIR, 'catalog'));
    expect(JSON.parse(out)).toEqual(summarizeCatalog(loaded.catalog, { province: 'HN' }));
    expect(JSON.parse(out).province).toBe('HN');
    const typo = await tthc(['summary', 'catalog/', '--province', 'Gia Lia', '--lang', 'en']);
    expect(typo.code).toBe(2);
    expect(typo.err).toContain("hint: Did you mean 'GL' (Gia Lai)?");
  });
});

describe('tthc summary on a fixture', () => {
  it('prints what the renderer gives for the loaded catalog, with the path as typed', async () => {
    const { code, out } = await tthc(['summary', 'catalog.yaml'], fixtureDir);
    expect(code).toBe(0);
    const loaded = await loadCatalog(fixture);
    expect(out).toBe(renderSummaryText(summarizeCatalog(loaded.catalog), { source: 'catalog.yaml' }));
  });

  it('prints the Markdown the renderer gives with --format markdown, in the language asked for', async () => {
    const loaded = await loadCatalog(fixture);
    for (const lang of ['vi', 'en'] as const) {
      const { code, out, err } = await tthc(['summary', 'catalog.yaml', '--format', 'markdown', '--lang', lang], fixtureDir);
      expect(err).toBe('');
      expect(code).toBe(0);
      expect(out).toBe(renderSummaryMarkdown(summarizeCatalog(loaded.catalog), { lang, source: 'catalog.yaml' }));
      expect(out).toMatch(lang === 'en' ? /^# Summary fixture\n/ : /^# Danh mục mẫu\n/);
    }
  });

  const out = mkdtempSync(join(tmpdir(), 'tthc-summary-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes to --output atomically, leaving no temporary file', async () => {
    const target = join(out, 'summary.txt');
    const { code, out: stdout } = await tthc(['summary', fixture, '--lang', 'en', '-o', target]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(readFileSync(target, 'utf8')).toContain('Documents with a sunset');
    expect(readdirSync(out)).toEqual(['summary.txt']);
  });
});

describe('tthc summary on bad input', () => {
  it('a date that is not a calendar day is a usage error (exit 2) with a hint', async () => {
    const { code, err } = await tthc(['summary', 'catalog/', '--at', '2023-02-30']);
    expect(code).toBe(2);
    expect(err).toContain("--at '2023-02-30' không phải một ngày có thật trong lịch.");
    expect(err).toContain('Tháng 02/2023 có 28 ngày.');
  });

  it('a catalog without a cutoff asks for --at, in the words of the command line, the same in every command', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-no-cutoff-'));
    try {
      const text = readFileSync(join(REPO_DIR, 'test/fixtures/report/hokhau-small/catalog.yaml'), 'utf8').replace(/^ {2}cutoff: .*\n/m, '');
      writeFileSync(join(dir, 'catalog.yaml'), text);
      const commands = [
        ['summary', 'catalog.yaml'],
        ['diff', 'catalog.yaml', '--to', '2023-06-01'],
        ['blocked', 'catalog.yaml'],
        ['rank', 'catalog.yaml'],
        ['explain', 'catalog.yaml', '1.001193'],
        ['plan', 'catalog.yaml'],
        ['report', 'catalog.yaml', '-o', 'report.html'],
      ];
      for (const argv of commands) {
        const en = await tthc([...argv, '--lang', 'en'], dir);
        expect(en.code, argv.join(' ')).toBe(2);
        expect(en.err.startsWith('error: No analysis date: the catalog sets no cutoff.\n  hint: Give a date with --at YYYY-MM-DD.\n'), en.err).toBe(true);
        expect(en.err).not.toContain('at: "');
        const vi = await tthc(argv, dir);
        expect(vi.err.startsWith('lỗi: Chưa có ngày phân tích: danh mục không đặt ngày chốt (cutoff).\n  gợi ý: Hãy cho một ngày bằng --at YYYY-MM-DD.\n'), vi.err).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a missing path is an input error (exit 2), not a stack trace', async () => {
    const { code, err } = await tthc(['summary', 'no-such-catalog/']);
    expect(code).toBe(2);
    expect(err).toMatch(/^lỗi: /);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('a missing catalog argument is explained with the usage', async () => {
    const { code, err } = await tthc(['summary']);
    expect(code).toBe(2);
    expect(err).toContain('Thiếu <catalog>.');
    expect(err).toContain('cách dùng: tthc summary <catalog>');
  });

  it('an unknown language is refused with the choices', async () => {
    const { code, err } = await tthc(['summary', 'catalog/', '--lang', 'fr']);
    expect(code).toBe(2);
    expect(err).toContain("'fr' không phải giá trị hợp lệ của --lang: hãy dùng một trong vi, en.");
  });
});

describe('tthc summary --help', () => {
  it('explains every option with an example, and is listed by tthc --help', async () => {
    const help = await tthc(['summary', '--help']);
    expect(help.code).toBe(0);
    for (const o of ['--at DATE', '--lang LANG', '--format FORMAT', '--lenient', '--output FILE']) expect(help.out).toContain(o);
    expect(help.out).toContain('tthc summary catalog/');
    const main = await tthc(['--help']);
    expect(main.out).toMatch(/^ {2}summary +Kể câu chuyện của một danh mục/m);
  });
});
