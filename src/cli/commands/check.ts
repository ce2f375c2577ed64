import { loadCatalog } from '../../catalog/load-catalog.js';
import type { LoadResult } from '../../catalog/load-types.js';
import { CatalogPathError } from '../../diagnostics/errors.js';
import { summarizeDiagnostics } from '../../diagnostics/sort.js';
import { localizeDiagnostic } from '../../diagnostics/localize.js';
import { renderDiagnosticSummary } from '../../report/diagnostics-text.js';
import type { Command } from '../command.js';
import { cliErrorFor } from '../library-errors.js';
import { frameSources } from '../frame-sources.js';
import { commandLoadOptions, commandProgress } from '../load.js';
import { notShownText, pickShown, writeDiagnosticsText } from '../write-diagnostics.js';
import { writeJsonWithList } from '../../util/write-json.js';
import { LANG_OPTION, langValue, MAX_SHOWN_OPTION, maxShownValue } from '../options.js';
import { styleFor } from '../io.js';
import { terminalWidth } from '../emit.js';
import { fitText } from '../../report/fit-lines.js';

/** What the line of diagnostics left out says after its counts. */
const SEE_ALL = {
  vi: '--max-shown all hiện tất cả; --format json liệt kê tất cả cho công cụ khác.',
  en: '--max-shown all shows every one; --format json lists them all for tools.',
};

/** Version of the `--format json` output of `tthc check`. */
export const CHECK_JSON_VERSION = 1;

export const checkCommand: Command = {
  name: 'check',
  summary: { vi: 'Kiểm tra một danh mục và chỉ ra từng lỗi ở đúng chỗ, kèm gợi ý sửa.', en: 'Validate a catalog and show every mistake where it is, with a hint.' },
  usage: 'tthc check <path> [--format text|json] [--max-shown N|all] [--lang vi|en] [--lenient]',
  description: {
    vi: [
      'Đọc một tệp danh mục, hoặc mọi tệp *.yaml, *.yml và *.json trong một thư mục, và báo lỗi',
      'cú pháp YAML, vi phạm lược đồ, ngày không có thật, mã định nghĩa hai lần và tham chiếu không',
      'tìm thấy, mỗi lỗi kèm tệp, dòng, cột, dòng bị lỗi và gợi ý sửa.',
      'Mã thoát: 0 khi không có lỗi (được phép có cảnh báo), 1 khi có lỗi, 2 khi dùng sai lệnh hoặc',
      'không đọc được đường dẫn. Mỗi mã lỗi được giải thích trong docs/diagnostics.md.',
    ].join('\n'),
    en: [
      'Loads a catalog file, or every *.yaml, *.yml and *.json file under a directory, and reports',
      'YAML syntax errors, schema violations, impossible dates, ids defined twice and references that',
      'do not resolve, each with its file, line and column, the offending line and a hint.',
      'Exit code: 0 when there is no error (warnings allowed), 1 when there are errors, 2 when the',
      'command line is wrong or the path cannot be read. Every code is explained in docs/diagnostics.md.',
    ].join('\n'),
  },
  options: [
    { name: 'format', short: 'f', type: 'string', arg: 'FORMAT', choices: ['text', 'json'], default: 'text', description: { vi: 'Định dạng kết quả: text cho người đọc, json cho công cụ.', en: 'Output format: text for people, json for tools.' } },
    {
      ...MAX_SHOWN_OPTION,
      description: {
        vi: `${MAX_SHOWN_OPTION.description.vi} --format json luôn liệt kê tất cả.`,
        en: `${MAX_SHOWN_OPTION.description.en} --format json always lists them all.`,
      },
    },
    {
      ...LANG_OPTION,
      description: {
        vi: 'Ngôn ngữ của thông báo (mặc định: biến TTHC_LANG, nếu không thì tiếng Việt); mã lỗi giữ nguyên trong mọi ngôn ngữ.',
        en: 'Language of the messages (default: TTHC_LANG, else Vietnamese); codes are the same in every language.',
      },
    },
    {
      name: 'lenient',
      type: 'boolean',
      description: { vi: 'Báo các tham chiếu không tìm thấy là cảnh báo thay vì lỗi (khi phân tích, những gì phụ thuộc vào chúng được báo là chưa xác định).', en: 'Report references that do not resolve as warnings instead of errors (the analysis then reports what depends on them as unknown).' },
    },
  ],
  positionals: ['path'],
  examples: [
    { comment: { vi: 'Kiểm tra danh mục đi kèm', en: 'Check the bundled catalog' }, command: 'tthc check catalog/' },
    { comment: { vi: 'Chuyển kết quả kiểm tra cho công cụ khác, dạng JSON', en: 'Give the findings to another tool, as JSON' }, command: 'tthc check catalog/ --format json' },
    { comment: { vi: 'Chấp nhận tham chiếu tới những mục chưa viết', en: 'Accept references to entries not written yet' }, command: 'tthc check drafts/ --lenient' },
    { comment: { vi: 'Hiện mọi lỗi, dù có bao nhiêu', en: 'Show every finding, however many there are' }, command: 'tthc check drafts/ --max-shown all' },
  ],
  async run(args, io) {
    const maxShown = maxShownValue(args);
    let shown: LoadResult;
    const progress = commandProgress(args, io);
    try {
      progress.step('load');
      shown = await loadCatalog(args.positionals[0], commandLoadOptions(args, progress));
    } catch (e) {
      if (e instanceof CatalogPathError) throw cliErrorFor(e)!;
      throw e;
    } finally {
      progress.done();
    }
    const summary = summarizeDiagnostics(shown.diagnostics);
    const lang = langValue(args);
    if (args.values.format === 'json') {
      // Messages and hints in the chosen language; code, severity, location and args are the same in both.
      const diagnostics = shown.diagnostics.map((d) => localizeDiagnostic(d, lang));
      const out = { version: CHECK_JSON_VERSION, lang, files: shown.files, diagnostics, summary: { ...summary, files: shown.files.length } };
      writeJsonWithList(io.stdout, out, 'diagnostics');
    } else {
      const color = styleFor(io, 'stdout').red('x') !== 'x';
      const { shown: picked, hidden } = pickShown(shown.diagnostics, maxShown);
      const sources = await frameSources(picked, io.cwd);
      const width = terminalWidth(io, args);
      const wrote = writeDiagnosticsText(io.stdout, picked, { color, sources, lang, width });
      const notShown = notShownText(hidden, { color, lang });
      if (notShown) io.stdout(`${wrote ? '\n' : ''}${fitText(`${notShown} ${SEE_ALL[lang]}`, width)}\n`);
      io.stdout(`${wrote && !notShown ? '\n' : ''}${renderDiagnosticSummary(summary, shown.files.length, { color, lang })}`);
    }
    return summary.errors > 0 ? 1 : 0;
  },
};
