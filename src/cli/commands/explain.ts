import { totals } from '../../analysis/materialize-result.js';
import { renderExplainJson } from '../../report/explain-json.js';
import { renderExplainMarkdown } from '../../report/explain-markdown.js';
import { EXPLAIN_MAX_LINES, ExplanationTooLargeError, renderExplainText } from '../../report/explain-text.js';
import type { Lang } from '../../report/labels.js';
import type { Command } from '../command.js';
import { InputError, UsageError } from '../command.js';
import { analyzeForCommand, withCatalog } from '../load.js';
import { commandSiteOf, emit, terminalWidth } from '../emit.js';
import type { CommandSite } from '../../report/next-commands.js';
import { envLang } from '../text.js';
import {
  AT_OPTION,
  dateValue,
  FAIL_ON_OPTION,
  failOnExit,
  formatOption,
  LANG_OPTION,
  langValue,
  LENIENT_OPTION,
  OUTPUT_OPTION,
  procedureValue,
  PROVINCE_OPTION,
  provinceNameIn,
  stringValue,
  LACKING_OPTION,
  WITHOUT_OPTION,
} from '../options.js';

export const explainCommand: Command = {
  name: 'explain',
  summary: { vi: 'Giải thích một thủ tục dạng cây: yêu cầu, điều khoản, ngày, đi sâu qua needs và obtained_by.', en: 'Explain one procedure as a tree: requirements, provisions, dates, down through needs and obtained_by.' },
  usage: 'tthc explain <catalog> <procedure> [--province CODE] [--at DATE] [--without ID]... [--lacking ID[,ID…]]... [--format text|json|markdown] [--lang vi|en] [--fail-on blocked|paper] [--lenient] [-o FILE]',
  description: {
    vi: [
      "Thủ tục được gọi bằng mã (1.001193) hoặc bằng tên ('Đăng ký khai sinh'; có dấu hay không, hoa",
      'hay thường đều được).',
      'Với mỗi tỉnh nơi thủ tục được thực hiện (các tỉnh có cùng lời giải thích dùng chung một cây),',
      'in từng yêu cầu với căn cứ pháp lý, từng giấy tờ hoặc nguồn dữ liệu có thể đáp ứng yêu cầu, vì',
      'sao nó được chấp nhận (điều sửa đổi và ngày) và vì sao nó dùng được hay không (hết hiệu lực,',
      'ngày kết nối, thủ tục để có được nó), từng sửa đổi đã áp dụng cho yêu cầu nhưng nay hết hiệu',
      'lực (điều sửa đổi, ngày cuối còn hiệu lực, những gì nó đã chấp nhận hoặc bãi bỏ), đi sâu qua',
      'các thủ tục cần làm trước và các thủ tục để có giấy tờ. --format markdown in cùng cây đó thành',
      'danh sách lồng nhau, cho pull request hoặc trang wiki. --format json in các lượt đánh giá của',
      'thủ tục và mọi lượt đánh giá chúng dẫn tới, theo đúng cấu trúc của kết quả phân tích. Lời giải',
      'thích dạng chữ hoặc markdown dài quá 100.000 dòng thì không được in (khi đó hãy dùng',
      '--province hoặc --format json).',
      'Mã thoát 0 khi đã chạy, dù kết quả thế nào; 1 với --fail-on khi thủ tục bị chặn hoặc chưa xác',
      'định ở một tỉnh được giải thích (blocked), hoặc cả khi còn cần giấy ở đó (paper), hoặc khi danh',
      'mục có lỗi; 2 khi dùng sai lệnh, không đọc được đường dẫn hoặc lời giải thích quá dài.',
    ].join('\n'),
    en: [
      "The procedure is given by its code (1.001193) or its name ('Birth registration'; case and",
      'diacritics aside).',
      'Prints, for each province where the procedure runs (provinces with the same explanation',
      'share one tree), each requirement with its legal basis, each document or data source that',
      'could meet it with how it came to be accepted (the amending article and its date) and why it',
      'is or is not available (sunset, connection date, the procedure that obtains it), each change',
      'that covered it and has lapsed (the amending article, its last day in force, what it accepted',
      'or dropped), down through the procedures it needs and those that obtain a document.',
      '--format markdown prints the same tree as nested lists, for a pull request or a wiki page.',
      "--format json prints the procedure's evaluations and every evaluation they lead to, in the",
      "analysis result's shape.",
      'A text or Markdown explanation longer than 100,000 lines is not printed (use --province or',
      '--format json).',
      'Exit 0 when it ran, whatever it found; 1 with --fail-on when the procedure is blocked or',
      'unknown in a province explained (blocked), or also still needs paper there (paper), or when',
      'the catalog has errors; 2 for bad usage, an unreadable path or an explanation too long.',
    ].join('\n'),
  },
  options: [PROVINCE_OPTION, AT_OPTION, WITHOUT_OPTION, LACKING_OPTION, formatOption(['text', 'json', 'markdown']), LANG_OPTION, FAIL_ON_OPTION, LENIENT_OPTION, OUTPUT_OPTION],
  positionals: ['catalog', 'procedure'],
  examples: [
    { comment: { vi: 'Đăng ký khai sinh ở Gia Lai, nơi chưa kết nối dữ liệu dân cư, đáp ứng bằng gì, đến từng điều khoản', en: 'What meets birth registration in Gia Lai, where the population database is not connected, down to the article' }, command: 'tthc explain catalog/ 1.001193 --province GL' },
    { comment: { vi: 'Như trên, gọi thủ tục bằng tên, vào ngày trước khi sổ hộ khẩu bị bãi bỏ', en: 'The same, the procedure given by its name, on the day before the household book was abolished' }, command: "tthc explain catalog/ 'Đăng ký khai sinh' --province GL --at 2022-12-31" },
    { comment: { vi: 'Dạng máy đọc được (JSON)', en: 'Machine-readable (JSON)' }, command: 'tthc explain catalog/ 1.001193 --format json' },
    { comment: { vi: 'Cho CI báo lỗi chừng nào đăng ký lại khai sinh ở Gia Lai còn cần giấy', en: 'Fail a CI job as long as re-registering a birth in Gia Lai needs paper' }, command: 'tthc explain catalog/ 1.004884 --province GL --fail-on paper' },
  ],
  async run(args, io) {
    dateValue(args);
    const worked = await withCatalog(args, io, (catalog, progress) => {
      const code = procedureValue(args.positionals[1], catalog, args.positionals[0], envLang(io.env));
      progress.step('analyse');
      return { code, result: analyzeForCommand(args, catalog) };
    });
    if (typeof worked === 'number') return worked;
    const { catalog, value: { code, result } } = worked;
    const own = result.results.filter((r) => r.code === code);
    if (own.length === 0) {
      const p = catalog.procedures.find((x) => x.code === code)!;
      const all = p.provinces === undefined || p.provinces === 'all';
      const list = all ? '' : (p.provinces as string[]).join(', ');
      const defined = new Set(catalog.provinces.map((x) => x.code));
      if (!all && !(p.provinces as string[]).some((x) => defined.has(x))) {
        // Only in lenient mode: the loader refuses an undefined province otherwise.
        throw new InputError(
          { vi: `Thủ tục ${code} không được đánh giá ở đâu cả: danh mục không khai báo tỉnh nào trong các tỉnh mà thủ tục liệt kê (${list}).`, en: `Procedure ${code} is evaluated nowhere: the catalog defines none of the provinces it lists (${list}).` },
          { vi: 'Hãy khai báo các tỉnh đó trong provinces: của danh mục, hoặc sửa mã tỉnh (xem cảnh báo NO_PROVINCE_LEFT).', en: "Define those provinces under the catalog's provinces:, or correct the codes (see the NO_PROVINCE_LEFT warning)." },
        );
      }
      if (result.province === null) {
        // Nationwide, a procedure is evaluated nowhere only when the catalog has no province it runs in.
        throw new InputError(
          { vi: `Thủ tục ${code} không được đánh giá ở đâu cả: danh mục không khai báo tỉnh nào mà thủ tục thực hiện.`, en: `Procedure ${code} is evaluated nowhere: the catalog defines no province it runs in.` },
          { vi: 'Hãy khai báo các tỉnh trong provinces: của danh mục (xem cảnh báo NO_PROVINCES của tthc check).', en: "List the provinces under the catalog's provinces: (see the NO_PROVINCES warning of tthc check)." },
        );
      }
      throw new UsageError(
        { vi: `Thủ tục ${code} không được thực hiện ở ${result.province}.`, en: `Procedure ${code} does not run in ${result.province}.` },
        { vi: `Thủ tục được thực hiện ở ${all ? 'mọi tỉnh' : list}.`, en: `It runs in ${all ? 'every province' : list}.` },
      );
    }
    const format = stringValue(args, 'format');
    const lang = langValue(args);
    const text = format === 'json' ? renderExplainJson(result, code) : explainText(result, code, lang, format === 'markdown', provinceNameIn(catalog, result.province, lang), commandSiteOf(io, args), terminalWidth(io, args));
    emit(io, args, text);
    return failOnExit(stringValue(args, 'fail-on'), totals(own));
  },
};

/**
 * The tree as text, fitted into `width` (a terminal's), or as Markdown, ending with what to run
 * next (run at `site`), or, when it runs past the limit, an error
 * saying how to ask for less.
 */
function explainText(result: Parameters<typeof renderExplainText>[0], code: string, lang: Lang, markdown: boolean, provinceName: string | undefined, site: CommandSite, width: number | undefined): string {
  try {
    return markdown ? renderExplainMarkdown(result, code, { lang, provinceName, ...site }) : renderExplainText(result, code, { lang, provinceName, ...site, width });
  } catch (e) {
    if (!(e instanceof ExplanationTooLargeError)) throw e;
    const n = { vi: EXPLAIN_MAX_LINES.toLocaleString('vi-VN'), en: EXPLAIN_MAX_LINES.toLocaleString('en-US') };
    const form = markdown ? { vi: 'markdown', en: 'Markdown' } : { vi: 'chữ', en: 'text' };
    const message = { vi: `Lời giải thích dạng ${form.vi} của ${code} dài quá ${n.vi} dòng.`, en: `The ${form.en} explanation of ${code} runs past ${n.en} lines.` };
    // Already in one province: only the data is left.
    if (result.province !== null) throw new InputError(message, { vi: 'Hãy lấy dạng dữ liệu (--format json).', en: 'Get it as data (--format json).' });
    // A province it runs in, or any of the catalog's, as an example.
    const where = (result.results.find((r) => r.code === code && r.province !== null) ?? result.results.find((r) => r.province !== null))?.province ?? 'CODE';
    throw new InputError(message, {
      vi: `Hãy giải thích ở một tỉnh (--province ${where}) hoặc lấy dạng dữ liệu (--format json).`,
      en: `Explain it in one province (--province ${where}), or get it as data (--format json).`,
    });
  }
}
