import { baselineOf, compareWithBaseline, failsOn, type Baseline, type BaselineComparison } from '../../analysis/baseline/compare.js';
import { baselineFromBytes, loadBaseline, type LoadBaselineResult } from '../../analysis/baseline/load-baseline.js';
import { DEFAULT_LIMITS } from '../../catalog/load-types.js';
import type { AnalysisResult } from '../../analysis/result-types.js';
import { renderBaselineJson, staleHint, type BaselineView } from '../../report/baseline-report.js';
import { renderBlockedCsv } from '../../report/blocked-csv.js';
import { writeBlockedJson } from '../../report/blocked-json.js';
import { renderBlockedMarkdown } from '../../report/blocked-markdown.js';
import { renderBlockedText } from '../../report/blocked-text.js';
import { label, type Lang } from '../../report/labels.js';
import type { Command, OptionSpec, ParsedArgs } from '../command.js';
import type { Io } from '../io.js';
import { cliErrorFor } from '../library-errors.js';
import { analyzeForCommand, printFindings, withCatalog } from '../load.js';
import { commandSiteOf, emit, outputShape, type Output, type OutputShape } from '../emit.js';
import type { CommandSite } from '../../report/next-commands.js';
import { STDIN_NAME, stdinBytes } from '../stdin.js';
import {
  AT_OPTION,
  dateValue,
  EXCEL_OPTION,
  FAIL_ON_OPTION,
  failOnExit,
  formatOption,
  LANG_OPTION,
  langValue,
  LENIENT_OPTION,
  OUTPUT_OPTION,
  PROVINCE_OPTION,
  provinceNameIn,
  stringValue,
  LACKING_OPTION,
  WITHOUT_OPTION,
} from '../options.js';

const FORMATS = ['text', 'json', 'csv', 'markdown', 'baseline'] as const;

const BASELINE_OPTION: OptionSpec = {
  name: 'baseline',
  type: 'string',
  arg: 'FILE',
  description: {
    vi: 'Tệp các phát hiện đã biết (do --format baseline ghi): chỉ in những phát hiện tệp chưa ghi, --fail-on chỉ tính chúng, và báo các mục không còn thấy; - đọc nó từ đầu vào chuẩn.',
    en: 'A file of known findings (written by --format baseline): print only the findings it does not list, count only those for --fail-on, and report its entries no longer found; - reads it from standard input.',
  },
};

/** The report in `format`; `site`, where the commands that end the text and Markdown reports are run; `shape`, where it goes (a terminal's width for the text's tables to fit into; CSV for Excel). */
function render(result: AnalysisResult, format: string, lang: Lang, provinceName: string | undefined, site: CommandSite, baseline: Loaded | undefined, view: BaselineView | undefined, shape: OutputShape): Output {
  switch (format) {
    case 'json':
      // A national result is longer than one string can be.
      return (write) => writeBlockedJson(result, write, { baseline: view });
    case 'csv':
      return renderBlockedCsv(result, { lang, baseline: view, excel: shape.excel });
    case 'markdown':
      return renderBlockedMarkdown(result, { lang, provinceName, baseline: view, ...site });
    case 'baseline':
      // With --baseline, only what it lists and is still found: its stale entries are dropped, nothing new is added.
      return renderBaselineJson(baselineOf(result, baseline?.baseline));
    default:
      return renderBlockedText(result, { lang, provinceName, baseline: view, ...site, width: shape.width });
  }
}

interface Loaded {
  /** The baseline's name in the reports: its path, or STDIN_NAME when it was piped in. */
  path: string;
  baseline: Baseline;
  piped: boolean;
}

/** A command line that pipes a baseline into `tthc blocked`, for the hints about `--baseline -`. */
const PIPED_BASELINE = 'tthc blocked ../main/catalog/ --format baseline | tthc blocked catalog/ --baseline -';

/** The baseline piped into the command (`--baseline -`), parsed as `loadBaseline` parses a file. */
async function baselineFromStdin(io: Io): Promise<LoadBaselineResult> {
  const bytes = await stdinBytes(io, 'baseline', { vi: 'tệp baseline', en: 'baseline' }, DEFAULT_LIMITS.maxFileSize, PIPED_BASELINE);
  return baselineFromBytes(bytes, { fileName: STDIN_NAME });
}

/** Reads --baseline (a file, or standard input for -): its findings printed on stderr; exit code 1 when it has errors. */
async function readBaseline(args: ParsedArgs, io: Io): Promise<Loaded | number | undefined> {
  const given = stringValue(args, 'baseline');
  if (given === undefined) return undefined;
  const piped = given === '-';
  const path = piped ? STDIN_NAME : given;
  let loaded;
  try {
    loaded = piped ? await baselineFromStdin(io) : await loadBaseline(path, { cwd: io.cwd });
  } catch (e) {
    throw cliErrorFor(e) ?? e;
  }
  await printFindings(args, io, loaded.diagnostics, loaded.text !== undefined ? { [path]: loaded.text } : {});
  if (!loaded.baseline) {
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error').length;
    io.stderr(
      langValue(args) === 'vi'
        ? `Tệp baseline có ${errors} lỗi nên không dùng được.\n`
        : `The baseline has ${errors} error${errors === 1 ? '' : 's'} and cannot be used.\n`,
    );
    return 1;
  }
  return { path, baseline: loaded.baseline, piped };
}

/** Exit code for --fail-on against a baseline: 1 when a new finding is of the kinds it counts. */
function failOnNewExit(mode: string | undefined, comparison: BaselineComparison): number {
  if (mode !== 'blocked' && mode !== 'paper') return 0;
  return comparison.new.some((f) => failsOn(mode, f.finding)) ? 1 : 0;
}

/** The stale entries of a baseline, on stderr, for the reports that do not show them to a reader (CSV, JSON). */
function staleWarning(view: BaselineView, lang: Lang): string {
  const n = view.comparison.stale.length;
  const some = view.comparison.stale.slice(0, 5).map((f) => `${f.code}${f.province ? `@${f.province}` : ''} (${label(lang, `status.${f.finding}`)})`);
  const more = n > some.length ? (lang === 'vi' ? ` và ${n - some.length} mục khác` : ` and ${n - some.length} more`) : '';
  const hint = staleHint(view, lang);
  const after = hint ? ` ${hint}` : '';
  return lang === 'vi'
    ? `Cảnh báo: ${n} mục của ${view.file} không còn thấy: ${some.join(', ')}${more}.${after}\n`
    : `Warning: ${n} ${n === 1 ? 'entry' : 'entries'} of ${view.file} no longer found: ${some.join(', ')}${more}.${after}\n`;
}

export const blockedCommand: Command = {
  name: 'blocked',
  summary: { vi: 'Liệt kê các thủ tục bị chặn (hoặc còn cần giấy) tại một ngày, và lý do.', en: 'List the procedures blocked (or still needing paper) at a date, and why.' },
  usage: 'tthc blocked <catalog> [--at DATE] [--province CODE] [--without ID]... [--lacking ID[,ID…]]... [--format FORMAT] [--excel] [--lang vi|en] [--fail-on blocked|paper] [--baseline FILE] [--lenient] [-o FILE]',
  description: {
    vi: [
      'Phân tích mọi thủ tục của danh mục tại một ngày (mặc định: ngày chốt), một lần cho mỗi tỉnh',
      'nơi thủ tục được thực hiện (thủ tục trung ương một lần), và in những gì bị chặn, lý do (yêu',
      'cầu, điều khoản làm căn cứ, ngày quyết định), cùng những gì đáp ứng nhưng vẫn cần giấy tờ',
      'giấy. --format json in toàn bộ kết quả, kể cả các lượt đánh giá đáp ứng.',
      'Với --baseline TỆP (do --format baseline ghi), chỉ in những phát hiện không có trong TỆP;',
      '--baseline - đọc nó từ đầu vào chuẩn, như các phát hiện của một danh mục khác chuyển qua ống dẫn.',
      'Mã thoát 0 khi đã chạy, dù kết quả thế nào; 1 với --fail-on khi có phát hiện (với --baseline:',
      'phát hiện mới), hoặc khi danh mục hay tệp baseline có lỗi; 2 khi dùng sai lệnh hoặc không đọc',
      'được đường dẫn.',
    ].join('\n'),
    en: [
      'Analyses every procedure of the catalog at a date (default: its cutoff), once per province',
      'where it runs (central procedures once), and prints what is blocked, why (the requirement,',
      'the provision it rests on, the date that decided it), and what is met but still needs a',
      'paper document. --format json prints the whole result, met evaluations included.',
      'With --baseline FILE (written by --format baseline), it prints only the findings not in FILE;',
      '--baseline - reads it from standard input, such as the findings of another catalog, piped.',
      'Exit 0 when it ran, whatever it found; 1 with --fail-on when there are findings (new ones,',
      'with --baseline), or when the catalog or the baseline has errors; 2 for bad usage or an',
      'unreadable path.',
    ].join('\n'),
  },
  options: [
    AT_OPTION,
    PROVINCE_OPTION,
    WITHOUT_OPTION,
    LACKING_OPTION,
    {
      ...formatOption(FORMATS),
      description: { vi: 'Định dạng kết quả; baseline: tệp JSON các phát hiện, để dùng lại với --baseline.', en: 'Output format; baseline: a JSON file of the findings, to give back with --baseline.' },
    },
    EXCEL_OPTION,
    LANG_OPTION,
    FAIL_ON_OPTION,
    BASELINE_OPTION,
    LENIENT_OPTION,
    OUTPUT_OPTION,
  ],
  positionals: ['catalog'],
  examples: [
    { comment: { vi: 'Những gì bị chặn vào ngày sổ hộ khẩu bị bãi bỏ', en: 'What is blocked on the day the household book was abolished' }, command: 'tthc blocked catalog/ --at 2023-01-01' },
    { comment: { vi: 'Chỉ tỉnh Gia Lai, bằng tiếng Anh', en: 'Only Gia Lai, in English' }, command: 'tthc blocked catalog/ --province GL --lang en' },
    { comment: { vi: 'Sẽ ra sao nếu Nghị định 104/2022 chưa từng được ban hành', en: 'What if Decree 104/2022 had never been issued' }, command: 'tthc blocked catalog/ --without nd-104-2022' },
    { comment: { vi: 'Ở Gia Lai, cho người không có CCCD hay CMND (như trẻ em)', en: 'In Gia Lai, for someone with neither a CCCD nor a CMND card (such as a child)' }, command: 'tthc blocked catalog/ --at 2023-01-01 --province GL --lacking cccd,cmnd' },
    { comment: { vi: 'Cho CI báo lỗi khi có thủ tục bị chặn; lưu toàn bộ kết quả dạng JSON', en: 'Fail a CI job when anything is blocked; keep the full result as JSON' }, command: 'tthc blocked catalog/ --fail-on blocked --format json -o result.json' },
    {
      comment: { vi: 'Ghi lại những gì đang bị chặn, rồi cho CI chỉ báo lỗi khi có phát hiện mới', en: 'Record what is blocked now, then fail a CI job only on new findings' },
      command: 'tthc blocked catalog/ --format baseline -o known.json && tthc blocked catalog/ --baseline known.json --fail-on blocked',
    },
    {
      comment: { vi: 'Cho CI chỉ báo lỗi khi một thay đổi làm thêm thủ tục bị chặn, so với danh mục trước thay đổi', en: 'Fail a CI job only on what a change newly blocks, against the catalog before it' },
      command: `${PIPED_BASELINE} --fail-on blocked`,
    },
  ],
  async run(args, io) {
    dateValue(args);
    const baseline = await readBaseline(args, io);
    if (typeof baseline === 'number') return baseline;
    const worked = await withCatalog(args, io, (catalog, progress) => {
      progress.step('analyse');
      return analyzeForCommand(args, catalog);
    });
    if (typeof worked === 'number') return worked;
    const result = worked.value;
    const lang = langValue(args);
    const format = stringValue(args, 'format') ?? 'text';
    const view = baseline ? { file: baseline.path, comparison: compareWithBaseline(result, baseline.baseline), piped: baseline.piped } : undefined;
    emit(io, args, render(result, format, lang, provinceNameIn(worked.catalog, result.province, lang), commandSiteOf(io, args), baseline, view, outputShape(io, args)));
    if (view && view.comparison.stale.length > 0 && (format === 'csv' || format === 'json')) io.stderr(staleWarning(view, lang));
    const failOn = stringValue(args, 'fail-on');
    return view ? failOnNewExit(failOn, view.comparison) : failOnExit(failOn, result.totals);
  },
};
