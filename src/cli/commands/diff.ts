import { diff } from '../../analysis/diff.js';
import { provincesWhereRun } from '../../analysis/provinces-where-run.js';
import type { DiffResult } from '../../analysis/diff-types.js';
import { AnalysisOptionError } from '../../analysis/errors.js';
import type { Catalog } from '../../catalog/types.js';
import { renderDiffCsv } from '../../report/diff-csv.js';
import { writeDiffJson } from '../../report/diff-json.js';
import { renderDiffMarkdown } from '../../report/diff-markdown.js';
import { renderDiffText } from '../../report/diff-text.js';
import type { Lang } from '../../report/labels.js';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { GIVE_DATE_HINT } from '../date-text.js';
import { cliErrorFor } from '../library-errors.js';
import { commandProgress, loadForCommand } from '../load.js';
import { emit, outputShape, type Output, type OutputShape } from '../emit.js';
import {
  AT_OPTION,
  dateValue,
  EXCEL_OPTION,
  formatOption,
  LANG_OPTION,
  langValue,
  LENIENT_OPTION,
  OUTPUT_OPTION,
  PROVINCE_OPTION,
  provinceCode,
  provinceNameIn,
  provinceValue,
  stringValue,
  WITHOUT_OPTION,
  withoutValue,
} from '../options.js';

const FORMATS = ['text', 'json', 'csv', 'markdown'] as const;

function render(result: DiffResult, format: string, lang: Lang, shape: OutputShape, a: Catalog, b: Catalog): Output {
  // Two national catalogs can differ by more than one string can hold.
  if (format === 'json') return (write) => writeDiffJson(result, write);
  if (format === 'csv') return renderDiffCsv(result, { excel: shape.excel });
  // The province by the name catalog B gives it.
  const provinceName = provinceNameIn(b, result.province, lang);
  const runsIn = provincesWhereRun(b);
  const ranIn = a === b ? runsIn : provincesWhereRun(a);
  if (format === 'markdown') return renderDiffMarkdown(result, { lang, runsIn, ranIn, provinceName });
  return renderDiffText(result, { lang, runsIn, ranIn, provinceName, width: shape.width });
}

/** Exit code for --fail-on: changed (any evaluation changed state), blocked (newly blocked or unknown), paper (also newly needing paper). */
export function diffFailOn(mode: string | undefined, result: DiffResult): number {
  const c = result.counts;
  const worse = c['newly-blocked'] + c['newly-unknown'];
  if (mode === 'changed') return result.changes.length > 0 ? 1 : 0;
  if (mode === 'blocked') return worse > 0 ? 1 : 0;
  if (mode === 'paper') return worse + c['newly-paper'] > 0 ? 1 : 0;
  return 0;
}

export const diffCommand: Command = {
  name: 'diff',
  summary: { vi: 'So sánh hai danh mục, hoặc một danh mục ở hai ngày: các mục và kết quả phân tích.', en: 'Compare two catalogs, or one catalog at two dates: entities and analysis results.' },
  usage: 'tthc diff <catalog-a> [<catalog-b>] [--at DATE] [--to DATE] [--province CODE] [--without ID]... [--format text|json|csv|markdown] [--excel] [--lang vi|en] [--fail-on changed|blocked|paper] [--lenient] [-o FILE]',
  description: {
    vi: [
      'Với hai danh mục: các mục được thêm, bỏ và thay đổi (kèm các trường thay đổi) trong mọi phần,',
      'và kết quả của từng thủ tục thay đổi thế nào, cả hai được phân tích tại --at (mặc định: ngày',
      'chốt của danh mục A). --to phân tích danh mục B tại một ngày khác.',
      'Với một danh mục: cho --to (và --at, mặc định là ngày chốt) để so sánh nó ở hai ngày; các thay',
      'đổi có hiệu lực trong khoảng đó được liệt kê.',
      'Mã thoát 0 khi đã chạy; 1 khi một danh mục có lỗi, hoặc với --fail-on khi có thủ tục đổi trạng',
      'thái (changed), mới bị chặn (blocked) hoặc mới cần giấy (paper); 2 khi dùng sai lệnh.',
    ].join('\n'),
    en: [
      'With two catalogs: entities added, removed and changed (with the fields that changed) in',
      'every section, and how each procedure’s result changed, both analysed at --at (default:',
      "catalog A's cutoff). --to analyses catalog B at another date.",
      'With one catalog: give --to (and --at, default its cutoff) to compare it at two dates; the',
      'changes that take effect in between are listed.',
      'Exit 0 when it ran; 1 when a catalog has errors, or with --fail-on when any procedure',
      'changed state (changed), newly blocks (blocked) or also newly needs paper (paper); 2 for',
      'bad usage.',
    ].join('\n'),
  },
  options: [
    { ...AT_OPTION, description: { vi: 'Ngày phân tích danh mục A, YYYY-MM-DD (mặc định: ngày chốt của nó).', en: "Date to analyse catalog A at, YYYY-MM-DD (default: its cutoff)." } },
    { name: 'to', type: 'string', arg: 'DATE', description: { vi: 'Ngày phân tích danh mục B (mặc định: như --at); bắt buộc khi chỉ có một danh mục.', en: 'Date to analyse catalog B at (default: the same as --at); with one catalog, required.' } },
    PROVINCE_OPTION,
    WITHOUT_OPTION,
    formatOption(FORMATS),
    EXCEL_OPTION,
    LANG_OPTION,
    {
      name: 'fail-on',
      type: 'string',
      arg: 'WHAT',
      choices: ['changed', 'blocked', 'paper'],
      description: { vi: 'Thoát với mã 1 khi có thủ tục đổi trạng thái (changed), mới bị chặn (blocked), hoặc cả khi mới cần giấy (paper).', en: 'Exit 1 when any procedure changed state (changed), newly blocks (blocked), or also newly needs paper (paper).' },
    },
    LENIENT_OPTION,
    OUTPUT_OPTION,
  ],
  positionals: ['catalog-a', 'catalog-b?'],
  examples: [
    { comment: { vi: 'Một lần sửa danh mục đã thay đổi những gì', en: 'What an edit of the catalog changed' }, command: 'tthc diff old-catalog/ catalog/' },
    { comment: { vi: 'Ngày sổ hộ khẩu bị bãi bỏ', en: 'The day the household book was abolished' }, command: 'tthc diff catalog/ --at 2022-12-31 --to 2023-01-01' },
    { comment: { vi: 'Cho CI báo lỗi khi một lần sửa làm một thủ tục bị chặn', en: 'Fail a CI job when an edit makes a procedure blocked' }, command: 'tthc diff main-catalog/ catalog/ --fail-on blocked' },
  ],
  async run(args, io) {
    const at = dateValue(args, 'at');
    const to = dateValue(args, 'to');
    const two = args.positionals.length > 1;
    if (!two && to === undefined) {
      throw new UsageError(
        { vi: 'Hãy cho danh mục thứ hai, hoặc --to DATE để so sánh danh mục ở hai ngày.', en: 'Give a second catalog, or --to DATE to compare the catalog at two dates.' },
        { vi: 'Ví dụ: tthc diff catalog/ --at 2022-12-31 --to 2023-01-01', en: 'For example: tthc diff catalog/ --at 2022-12-31 --to 2023-01-01' },
      );
    }
    const progress = commandProgress(args, io);
    let result: DiffResult;
    let catalogs: [Catalog, Catalog];
    try {
      const a = await loadForCommand(args, progress);
      if (typeof a === 'number') return a;
      let b: Catalog = a;
      if (two) {
        const loaded = await loadForCommand({ ...args, positionals: [args.positionals[1]] }, progress);
        if (typeof loaded === 'number') return loaded;
        b = loaded;
      }
      catalogs = [a, b];
      // With two catalogs, an option one of them cannot take says which.
      const inCatalog = <T>(which: 'A' | 'B', f: () => T): T => {
        try {
          return f();
        } catch (e) {
          if (!two || !(e instanceof UsageError)) throw e;
          const path = args.positionals[which === 'A' ? 0 : 1];
          throw new UsageError({ vi: `Danh mục ${which} (${path}): ${e.text.vi}`, en: `Catalog ${which} (${path}): ${e.text.en}` }, e.hintText);
        }
      };
      const province = inCatalog('B', () => provinceValue(args, b));
      // Catalog A must have the province B's name or code stands for, under that code.
      if (province !== undefined && two) inCatalog('A', () => provinceCode(province, a));
      const without = inCatalog('B', () => withoutValue(args, b));
      if (two) inCatalog('A', () => withoutValue(args, a));
      try {
        progress.step('diff');
        result = diff(a, b, { at, to, province: province ?? null, without, lenient: args.values.lenient === true });
      } catch (e) {
        const missingDate = e instanceof AnalysisOptionError && e.code === 'MISSING_DATE';
        throw cliErrorFor(e, missingDate ? GIVE_DATE_HINT : undefined) ?? e;
      }
    } finally {
      progress.done();
    }
    emit(io, args, render(result, stringValue(args, 'format') ?? 'text', langValue(args), outputShape(io, args), ...catalogs));
    return diffFailOn(stringValue(args, 'fail-on'), result);
  },
};
