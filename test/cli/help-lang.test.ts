import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index.js';
import { memoryIo } from '../../src/cli/io.js';
import { commandHelp, mainHelp, run } from '../../src/cli/run.js';
import { internalErrorText, resolveLang } from '../../src/cli/text.js';
import { ROOT, SMALL } from './analysis-cli-helpers.js';

async function tthc(argv: string[], env: Record<string, string> = {}) {
  const io = memoryIo({ cwd: ROOT, env });
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

/** Letters only Vietnamese uses: a Vietnamese sentence of some length has at least one. */
const VIETNAMESE = /[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/i;
const ENGLISH_WORDS = /\b(the|and|of|to|with|when|for|every|this)\b/i;

describe('--help in both languages', () => {
  it.each(commands.map((c) => [c.name, c] as const))('%s: every text and every option has a description in Vietnamese and in English', (_name, cmd) => {
    const texts = [cmd.summary, ...(cmd.description ? [cmd.description] : []), ...cmd.options.map((o) => o.description), ...cmd.examples.map((e) => e.comment)];
    for (const t of texts) {
      expect(t.vi.trim(), JSON.stringify(t)).not.toBe('');
      expect(t.en.trim(), JSON.stringify(t)).not.toBe('');
      expect(t.vi, t.en).not.toBe(t.en);
      if (t.vi.length > 24) expect(t.vi, t.en).toMatch(VIETNAMESE);
    }
    for (const lang of ['vi', 'en'] as const) {
      const help = commandHelp(cmd, lang);
      for (const o of cmd.options) {
        const head = `  ${o.short ? `-${o.short}, ` : '    '}--${o.name}${o.arg ? ` ${o.arg}` : ''} `;
        const line = help.split('\n').find((l) => l.startsWith(head));
        expect(line, `${cmd.name} --${o.name} (${lang})`).toBeDefined();
        expect(line!.slice(line!.indexOf(`--${o.name}`) + o.name.length + 2 + (o.arg ? o.arg.length + 1 : 0)).trim(), `${cmd.name} --${o.name} (${lang})`).toContain(o.description[lang]);
        // One default on a line: a description that says it does not get a second one.
        expect((line!.match(lang === 'vi' ? /mặc định/g : /default/g) ?? []).length, line).toBeLessThanOrEqual(1);
      }
      for (const ex of cmd.examples) expect(help).toContain(`  ${ex.command}\n`);
    }
  });

  it.each(commands.map((c) => [c.name, c] as const))('%s: says --lang defaults to TTHC_LANG, else Vietnamese', (_name, cmd) => {
    const lang = cmd.options.find((o) => o.name === 'lang');
    expect(lang, cmd.name).toBeDefined();
    expect(lang!.description.vi).toContain('TTHC_LANG, nếu không thì tiếng Việt');
    expect(lang!.description.en).toContain('TTHC_LANG, else Vietnamese');
  });

  it('prints the command help in Vietnamese by default and in English with --lang en, anywhere on the line', async () => {
    for (const cmd of commands) {
      const vi = await tthc([cmd.name, '--help']);
      expect(vi.code).toBe(0);
      expect(vi.out).toContain(`cách dùng: ${cmd.usage}`);
      expect(vi.out).toContain('Tuỳ chọn:');
      expect(vi.out).toContain(cmd.summary.vi);
      const en = await tthc([cmd.name, '--lang', 'en', '--help']);
      expect(en.out).toBe(commandHelp(cmd, 'en'));
      expect(en.out).toContain(`usage: ${cmd.usage}`);
      expect(en.out).toContain(cmd.summary.en);
      expect((await tthc(['--lang=en', cmd.name, '-h'])).out).toBe(en.out);
      expect((await tthc(['help', cmd.name], { TTHC_LANG: 'en' })).out).toBe(en.out);
    }
  });

  it('lists every command in the main help, in either language', async () => {
    const vi = await tthc(['--help']);
    expect(vi.out).toBe(mainHelp('vi'));
    expect(vi.out).toContain('Các lệnh:');
    expect(vi.out).toContain('TTHC_LANG');
    const en = await tthc(['--help', '--lang', 'en']);
    expect(en.out).toBe(mainHelp('en'));
    for (const c of commands) {
      expect(vi.out).toMatch(new RegExp(`^  ${c.name} +${c.summary.vi.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
      expect(en.out).toMatch(new RegExp(`^  ${c.name} +${c.summary.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    }
    expect(vi.out.split('\n').slice(0, 3).join(' ')).not.toMatch(ENGLISH_WORDS);
  });
});

describe('usage errors in the language of the run', () => {
  const cases: { argv: string[]; vi: string; en: string }[] = [
    { argv: ['blockd'], vi: "lỗi: Không có lệnh 'blockd'.\n  gợi ý: Có phải ý bạn là 'blocked'? Chạy 'tthc --help' để xem danh sách lệnh.\n", en: "error: Unknown command 'blockd'.\n  hint: Did you mean 'blocked'? Run 'tthc --help' for the list of commands.\n" },
    { argv: ['blocked', SMALL, '--provence', 'GL'], vi: "lỗi: Lệnh 'tthc blocked' không có tuỳ chọn '--provence'.\n  gợi ý: Có phải ý bạn là '--province'?\n", en: "error: Unknown option '--provence' for 'tthc blocked'.\n  hint: Did you mean '--province'?\n" },
    { argv: ['blocked', SMALL, '--at', '2023-02-30'], vi: "lỗi: --at '2023-02-30' không phải một ngày có thật trong lịch.\n  gợi ý: Tháng 02/2023 có 28 ngày.\n", en: "error: --at '2023-02-30' is not a calendar day.\n  hint: 2023-02 has 28 days.\n" },
    { argv: ['blocked', 'catalog/', '--province', 'gia lia'], vi: "lỗi: Danh mục không có tỉnh 'gia lia'.\n  gợi ý: Có phải ý bạn là 'GL' (Gia Lai)?\n", en: "error: The catalog has no province 'gia lia'.\n  hint: Did you mean 'GL' (Gia Lai)?\n" },
    { argv: ['blocked', 'catalog/', '--province', 'ha nol'], vi: "lỗi: Danh mục không có tỉnh 'ha nol'.\n  gợi ý: Có phải ý bạn là 'HN' (Hà Nội) hoặc 'HNA' (Hà Nam)?\n", en: "error: The catalog has no province 'ha nol'.\n  hint: Did you mean 'HN' (Hanoi) or 'HNA' (Ha Nam)?\n" },
    // Close to nothing: the hint names what there is, the documents that amend others first.
    { argv: ['blocked', SMALL, '--without', 'nd-999'], vi: "lỗi: Danh mục không có văn bản pháp luật 'nd-999' (theo mã hoặc số hiệu).\n  gợi ý: Các văn bản pháp luật của danh mục: nd-104-2022 (104/2022/NĐ-CP), luat-cu-tru-2020 (68/2020/QH14), nd-123-2015 (123/2015/NĐ-CP), nd-61-2015 (61/2015/NĐ-CP), nd-62-2015 (62/2015/NĐ-CP), nd-11-2021 (11/2021/NĐ-CP), nd-134-2016 (134/2016/NĐ-CP).\n", en: "error: The catalog has no legal document 'nd-999' (by id or number).\n  hint: Legal documents of the catalog: nd-104-2022 (104/2022/NĐ-CP), luat-cu-tru-2020 (68/2020/QH14), nd-123-2015 (123/2015/NĐ-CP), nd-61-2015 (61/2015/NĐ-CP), nd-62-2015 (62/2015/NĐ-CP), nd-11-2021 (11/2021/NĐ-CP), nd-134-2016 (134/2016/NĐ-CP).\n" },
    { argv: ['blocked', SMALL, '--lacking', 'zzz'], vi: "lỗi: Danh mục không có giấy tờ 'zzz'.\n  gợi ý: Các giấy tờ của danh mục: so-ho-khau, so-tam-tru, ct07, cccd, giay-khai-sinh, giay-phep-a, giay-phep-b.\n", en: "error: The catalog has no document 'zzz'.\n  hint: Documents of the catalog: so-ho-khau, so-tam-tru, ct07, cccd, giay-khai-sinh, giay-phep-a, giay-phep-b.\n" },
    // Of a longer list, the first twelve and how many more.
    { argv: ['count', 'catalog/', '--depends-on', 'zzz'], vi: "lỗi: Danh mục không có giấy tờ, nguồn dữ liệu, văn bản pháp luật hay thủ tục nào là 'zzz'.\n  gợi ý: Các giấy tờ của danh mục: so-ho-khau, so-tam-tru, cccd, cmnd, ct07, thong-bao-sddcn, giay-khai-sinh, giay-chung-nhan-ket-hon, giay-xac-nhan-tinh-trang-hon-nhan, ho-chieu, chung-minh-quan-doi, giay-thong-hanh-bien-gioi (và 4 mục khác); văn bản pháp luật ghi theo mã hoặc số hiệu, thủ tục theo mã hoặc tên.\n", en: "error: The catalog has no document, data source, legal document or procedure 'zzz'.\n  hint: Documents of the catalog: so-ho-khau, so-tam-tru, cccd, cmnd, ct07, thong-bao-sddcn, giay-khai-sinh, giay-chung-nhan-ket-hon, giay-xac-nhan-tinh-trang-hon-nhan, ho-chieu, chung-minh-quan-doi, giay-thong-hanh-bien-gioi (and 4 more); legal documents go by id or number, procedures by code or name.\n" },
    { argv: ['blocked', SMALL, '--format', 'xml'], vi: "lỗi: 'xml' không phải giá trị hợp lệ của --format: hãy dùng một trong text, json, csv, markdown, baseline.\n", en: "error: 'xml' is not a valid value for --format: use one of text, json, csv, markdown, baseline.\n" },
    { argv: ['blocked'], vi: 'lỗi: Thiếu <catalog>.\n', en: 'error: Missing <catalog>.\n' },
    { argv: ['blocked', SMALL, 'extra'], vi: "lỗi: Thừa đối số 'extra'.\n", en: "error: Unexpected argument 'extra'.\n" },
    { argv: ['blocked', SMALL, '--at'], vi: "lỗi: Tuỳ chọn '--at' cần một giá trị.\n", en: "error: Option '--at' needs a value.\n" },
    { argv: ['blocked', SMALL, '--lenient=no'], vi: "lỗi: Tuỳ chọn '--lenient' không nhận giá trị.\n  gợi ý: Hãy viết --lenient một mình, không có '=…'.\n", en: "error: Option '--lenient' takes no value.\n  hint: Write --lenient alone, without '=…'.\n" },
    { argv: ['blocked', SMALL, '--province', 'GL', '--province=HN'], vi: "lỗi: Tuỳ chọn '--province' được cho 2 lần, nhưng chỉ nhận một giá trị: 'GL', 'HN'.\n", en: "error: Option '--province' is given 2 times, but takes one value: 'GL', 'HN'.\n  hint: Give it once; to compare values, run the command once for each.\n" },
    { argv: ['blocked', SMALL, '--json'], vi: "lỗi: Lệnh 'tthc blocked' không có tuỳ chọn '--json'.\n  gợi ý: Hãy viết --format json.\n", en: "error: Unknown option '--json' for 'tthc blocked'.\n  hint: Write --format json.\n" },
    { argv: ['blocked', SMALL, '--without', 'nd-104-2022,nd-123-2015'], vi: "lỗi: --without nhận một văn bản pháp luật mỗi lần, không phải danh sách 'nd-104-2022,nd-123-2015'.\n  gợi ý: Hãy cho mỗi văn bản một --without: --without nd-104-2022 --without nd-123-2015.\n", en: "error: --without takes one legal document each time, not the list 'nd-104-2022,nd-123-2015'.\n  hint: Give each its own --without: --without nd-104-2022 --without nd-123-2015.\n" },
    { argv: ['blocked', SMALL, '--lacking', ','], vi: 'lỗi: --lacking cần ít nhất một mã giấy tờ.\n', en: 'error: --lacking needs at least one document id.\n' },
    { argv: ['--bogus'], vi: "lỗi: '--bogus' là một tuỳ chọn, không phải lệnh: tuỳ chọn đặt sau lệnh.\n", en: "error: '--bogus' is an option, not a command: options come after the command.\n" },
    { argv: ['blocked', 'no/such.yaml'], vi: "lỗi: Đường dẫn danh mục 'no/such.yaml' không tồn tại.\n", en: "error: The catalog path 'no/such.yaml' does not exist.\n" },
  ];

  it.each(cases.map((c) => [c.argv.join(' '), c] as const))('%s', async (_name, c) => {
    const vi = await tthc(c.argv);
    expect(vi.code).toBe(2);
    expect(vi.err.startsWith(c.vi), vi.err).toBe(true);
    const en = await tthc([...c.argv, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.err.startsWith(c.en), en.err).toBe(true);
    expect((await tthc(c.argv, { TTHC_LANG: 'en' })).err).toBe(en.err);
  });

  it('reads a --lang before the command as given first, also before a --', async () => {
    const twice = await tthc(['--lang', 'vi', 'blocked', SMALL, '--lang', 'en']);
    expect(twice.code).toBe(2);
    expect(twice.err).toMatch(/^error: Option '--lang' is given 2 times, but takes one value: 'vi', 'en'\.\n/);
    const ended = await tthc(['--lang', 'en', 'blocked', '--', SMALL]);
    expect(ended.err).toBe('');
    expect(ended.code).toBe(0);
    expect(ended.out).toBe((await tthc(['blocked', SMALL, '--lang', 'en'])).out);
  });

  it('reads --help after a -- as a path, not as asking for help', async () => {
    const named = await tthc(['blocked', '--lang', 'en', '--', '--help']);
    expect(named.code).toBe(2);
    expect(named.out).toBe('');
    expect(named.err).toContain("'--help'");
    expect((await tthc(['blocked', '--help', '--', SMALL])).code).toBe(0);
  });

  it('repeats what may be repeated: a flag, and the options that take a list', async () => {
    const once = await tthc(['blocked', SMALL, '--without', 'nd-104-2022', '--lenient']);
    const twice = await tthc(['blocked', SMALL, '--without', 'nd-104-2022', '--without', 'nd-104-2022', '--lenient', '--lenient']);
    expect(twice.code).toBe(0);
    expect(twice.out).toBe(once.out);
  });

  it('says what is missing when no command is given, on standard error with the help, and exits 2', async () => {
    for (const [argv, line] of [
      [[], 'lỗi: Thiếu lệnh.\n'],
      [['--lang', 'en'], 'error: No command given.\n'],
      [['--lang'], "lỗi: Tuỳ chọn '--lang' cần một giá trị.\n"],
    ] as const) {
      const r = await tthc([...argv]);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.startsWith(line), r.err).toBe(true);
      expect(r.err).toContain(mainHelp(argv[1] === 'en' ? 'en' : 'vi'));
    }
  });

  it('ends a usage error with the usage line and where to find every option', async () => {
    expect((await tthc(['blocked'])).err).toContain("cách dùng: tthc blocked <catalog>");
    expect((await tthc(['blocked'])).err).toContain("Chạy 'tthc blocked --help' để xem mọi tuỳ chọn.");
    expect((await tthc(['blocked', '--lang', 'en'])).err).toContain("Run 'tthc blocked --help' for every option.");
  });

  it('says the catalog has errors in the language of the run', async () => {
    const unresolved = 'test/fixtures/report/lenient-unresolved/catalog.yaml';
    const vi = await tthc(['blocked', unresolved]);
    expect(vi.code).toBe(1);
    expect(vi.err).toMatch(/ lỗi {2}UNKNOWN_REFERENCE {2}.*tham chiếu tới/);
    expect(vi.err).toContain('Danh mục có 1 lỗi nên không phân tích được.');
    const en = await tthc(['blocked', unresolved, '--lang', 'en']);
    expect(en.err).toMatch(/ error {2}UNKNOWN_REFERENCE {2}.* names the/);
    expect(en.err).toContain('The catalog has 1 error and cannot be analysed.');
  });
});

describe('an internal error', () => {
  it('is said in the language of the run, with its message', () => {
    expect(internalErrorText(new Error('boom'), 'vi')).toBe('tthc: lỗi nội bộ: boom\nĐây là lỗi của tthc-graph; hãy báo lỗi kèm theo lệnh bạn đã chạy.\n');
    expect(internalErrorText('boom', 'en')).toBe('tthc: internal error: boom\nThis is a bug in tthc-graph; please report it with the command you ran.\n');
  });
});

describe('resolveLang', () => {
  it('takes the last --lang, else TTHC_LANG, else Vietnamese; the flag wins over the variable', () => {
    expect(resolveLang([], {})).toBe('vi');
    expect(resolveLang([], { TTHC_LANG: 'en' })).toBe('en');
    expect(resolveLang([], { TTHC_LANG: 'EN' })).toBe('en');
    expect(resolveLang([], { TTHC_LANG: 'fr' })).toBe('vi');
    expect(resolveLang(['x', '--lang', 'vi'], { TTHC_LANG: 'en' })).toBe('vi');
    expect(resolveLang(['--lang=en', 'x', '--lang', 'vi'], {})).toBe('vi');
    expect(resolveLang(['--lang', 'fr'], { TTHC_LANG: 'en' })).toBe('en');
    expect(resolveLang(['--', '--lang', 'en'], {})).toBe('vi');
  });

  it('analyses in the language of TTHC_LANG when no --lang is given', async () => {
    const en = await tthc(['blocked', SMALL, '--at', '2023-01-01'], { TTHC_LANG: 'en' });
    expect(en.out).toBe((await tthc(['blocked', SMALL, '--at', '2023-01-01', '--lang', 'en'])).out);
    // --lang vi wins; the commands to run next then say it too, to answer in Vietnamese there.
    const vi = (await tthc(['blocked', SMALL, '--at', '2023-01-01', '--lang', 'vi'], { TTHC_LANG: 'en' })).out;
    const plain = (await tthc(['blocked', SMALL, '--at', '2023-01-01'])).out;
    expect(vi).toBe(plain.replace(/^( {2}tthc .*?)( {2,}# )/gm, '$1 --lang vi$2'));
  });

  it('warns on stderr, in Vietnamese, when TTHC_LANG names no language it speaks, and goes on', async () => {
    const plain = await tthc(['blocked', SMALL, '--at', '2023-01-01']);
    const fr = await tthc(['blocked', SMALL, '--at', '2023-01-01'], { TTHC_LANG: 'fr' });
    expect(fr.code).toBe(plain.code);
    expect(fr.out).toBe(plain.out);
    expect(fr.err).toBe(`Cảnh báo: TTHC_LANG='fr' không phải ngôn ngữ tthc hỗ trợ (vi hoặc en); dùng tiếng Việt.\n${plain.err}`);
    // Not when --lang settles the language, nor when the variable is empty or valid.
    expect((await tthc(['blocked', SMALL, '--at', '2023-01-01', '--lang', 'en'], { TTHC_LANG: 'fr' })).err).not.toContain('TTHC_LANG');
    expect((await tthc(['blocked', SMALL, '--at', '2023-01-01'], { TTHC_LANG: '' })).err).toBe(plain.err);
    expect((await tthc(['blocked', SMALL, '--at', '2023-01-01'], { TTHC_LANG: 'EN' })).err).not.toContain('TTHC_LANG');
  });
});
