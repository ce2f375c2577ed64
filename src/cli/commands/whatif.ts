import { AnalysisOptionError } from '../../analysis/errors.js';
import { loadReform, ReformPathError, reformFromBytes, type LoadReformResult } from '../../analysis/reform/load-reform.js';
import { provincesWhereRun } from '../../analysis/provinces-where-run.js';
import { whatif } from '../../analysis/whatif.js';
import type { WhatIfResult } from '../../analysis/whatif-types.js';
import { DEFAULT_LIMITS } from '../../catalog/load-types.js';
import type { Catalog } from '../../catalog/types.js';
import type { Lang } from '../../report/labels.js';
import { renderWhatIfCsv } from '../../report/whatif-csv.js';
import { writeWhatIfJson } from '../../report/whatif-json.js';
import { renderWhatIfMarkdown } from '../../report/whatif-markdown.js';
import { renderWhatIfText } from '../../report/whatif-text.js';
import type { Command } from '../command.js';
import { cliErrorFor } from '../library-errors.js';
import { UsageError } from '../command.js';
import { commandProgress, loadForCommand, printFindings } from '../load.js';
import { emit, outputShape, type Output, type OutputShape } from '../emit.js';
import type { Io } from '../io.js';
import { STDIN_NAME, stdinBytes } from '../stdin.js';
import {
  analysisDateValue,
  AT_OPTION,
  dateValue,
  EXCEL_OPTION,
  formatOption,
  LANG_OPTION,
  langValue,
  LENIENT_OPTION,
  MAX_SHOWN_OPTION,
  maxShownValue,
  OUTPUT_OPTION,
  PROVINCE_OPTION,
  provinceNameIn,
  provinceValue,
  stringValue,
  WITHOUT_OPTION,
  withoutValue,
} from '../options.js';

const FORMATS = ['text', 'json', 'csv', 'markdown'] as const;

function render(result: WhatIfResult, format: string, lang: Lang, catalog: Catalog, shape: OutputShape): Output {
  // A national result is longer than one string can be.
  if (format === 'json') return (write) => writeWhatIfJson(result, write);
  if (format === 'csv') return renderWhatIfCsv(result, { lang, excel: shape.excel });
  const provinceName = provinceNameIn(catalog, result.province, lang);
  const runsIn = provincesWhereRun(catalog);
  if (format === 'markdown') return renderWhatIfMarkdown(result, { lang, runsIn, provinceName });
  return renderWhatIfText(result, { lang, runsIn, provinceName, width: shape.width });
}

/** A command line that pipes a reform into `tthc whatif`, for the hints about `--reform -`. */
const PIPED_REFORM = 'tthc plan catalog/ --format yaml | tthc whatif catalog/ --reform -';

/** The reform piped into the command (`--reform -`), parsed and checked against `catalog`. */
async function reformFromStdin(io: Io, catalog: Catalog): Promise<LoadReformResult> {
  const bytes = await stdinBytes(io, 'reform', { vi: 'tệp cải cách', en: 'reform' }, DEFAULT_LIMITS.maxFileSize, PIPED_REFORM);
  return reformFromBytes(bytes, { fileName: STDIN_NAME, catalog });
}

/** Exit code for --fail-on: 1 when the reform newly blocks (blocked), or also newly needs paper (paper). */
export function whatifFailOn(mode: string | undefined, result: WhatIfResult): number {
  const c = result.counts;
  const worse = c['newly-blocked'] + c['newly-unknown'];
  if (mode === 'blocked') return worse > 0 ? 1 : 0;
  if (mode === 'paper') return worse + c['newly-paper'] > 0 ? 1 : 0;
  return 0;
}

export const whatifCommand: Command = {
  name: 'whatif',
  summary: { vi: 'Áp dụng một tệp cải cách (sửa đổi, kết nối mới) và báo những gì nó thay đổi so với hiện trạng.', en: 'Apply a reform file (new amendments, connections) and report what it changes against the baseline.' },
  usage: 'tthc whatif <catalog> --reform FILE [--at DATE] [--province CODE] [--without ID]... [--format text|json|csv|markdown] [--excel] [--lang vi|en] [--fail-on blocked|paper] [--max-shown N|all] [--lenient] [-o FILE]',
  description: {
    vi: [
      'Tệp cải cách là tệp YAML gồm các văn bản pháp luật mới (legal:, với amends: như trong danh mục)',
      'và các kết nối nguồn dữ liệu (connect: - { data_source, province, from }); lược đồ của nó là',
      'schemas/reform.schema.json, và `tthc plan --format yaml` ghi ra được một tệp như vậy; --reform -',
      'đọc tệp cải cách từ đầu vào chuẩn, qua ống dẫn. Danh mục được phân tích như hiện có và khi đã',
      'áp dụng cải cách, cùng ngày và cùng tỉnh, và mỗi thủ tục được báo là mới đáp ứng, mới bị chặn,',
      'vẫn bị chặn, mới cần giấy hoặc không còn cần giấy, kèm yêu cầu, giấy tờ thay thế, sửa đổi hoặc',
      'kết nối đã quyết định điều đó. Những phần của cải cách không thay đổi gì ở nơi và lúc đó cũng',
      'được liệt kê.',
      'Lỗi và cảnh báo của danh mục và của tệp cải cách được in ra đầu ra lỗi chuẩn, mỗi tệp nhiều nhất',
      '200 (--max-shown), lỗi trước, kèm số còn lại.',
      'Mã thoát 0 khi đã chạy; 1 khi danh mục hoặc tệp cải cách có lỗi, hoặc với --fail-on khi cải cách',
      'làm một thủ tục mới bị chặn (blocked) hoặc cả khi mới cần giấy (paper); 2 khi dùng sai lệnh.',
    ].join('\n'),
    en: [
      'A reform file is YAML with new legal documents (legal:, with amends: as in a catalog) and',
      'connections of data sources (connect: - { data_source, province, from }); its schema is',
      'schemas/reform.schema.json, and `tthc plan --format yaml` writes one; --reform - reads the',
      'reform from standard input, through a pipe. The catalog is analysed as it is and with the',
      'reform applied, at the same date and province, and every procedure is reported as newly',
      'met, newly blocked, still blocked, newly needing paper or no longer needing paper, with the',
      'requirement, candidate, amendment or connection that decided it. Parts of the reform that',
      'change nothing there and then are listed too.',
      'The findings of the catalog and of the reform file go to standard error, at most 200 of',
      'each (--max-shown), errors first, with a count of the rest.',
      'Exit 0 when it ran; 1 when the catalog or the reform has errors, or with --fail-on when the',
      'reform newly blocks a procedure (blocked) or also newly needs paper (paper); 2 for bad usage.',
    ].join('\n'),
  },
  options: [
    { name: 'reform', short: 'r', type: 'string', arg: 'FILE', description: { vi: 'Tệp cải cách cần áp dụng (bắt buộc); - đọc nó từ đầu vào chuẩn.', en: 'The reform file to apply (required); - reads it from standard input.' } },
    AT_OPTION,
    PROVINCE_OPTION,
    WITHOUT_OPTION,
    formatOption(FORMATS),
    EXCEL_OPTION,
    LANG_OPTION,
    {
      name: 'fail-on',
      type: 'string',
      arg: 'WHAT',
      choices: ['blocked', 'paper'],
      description: { vi: 'Thoát với mã 1 khi cải cách làm một thủ tục mới bị chặn (blocked), hoặc cả khi một thủ tục mới cần giấy (paper).', en: 'Exit 1 when the reform newly blocks a procedure (blocked), or also when one newly needs paper (paper).' },
    },
    {
      ...MAX_SHOWN_OPTION,
      description: {
        vi: 'Hiện nhiều nhất N lỗi và cảnh báo của danh mục, và N của tệp cải cách, lỗi trước, và đếm số còn lại; all hiện tất cả.',
        en: 'Show at most N findings of the catalog, and N of the reform file, errors first, and count the rest; all shows every one.',
      },
    },
    LENIENT_OPTION,
    OUTPUT_OPTION,
  ],
  positionals: ['catalog'],
  examples: [
    { comment: { vi: 'Một dự thảo nghị định và hai kết nối sẽ thay đổi những gì vào ngày chốt', en: 'What a draft decree and two connections would change on the cutoff date' }, command: 'tthc whatif catalog/ --reform draft.yaml' },
    { comment: { vi: 'Kiểm tra kế hoạch do bộ lập kế hoạch ghi ra, ở Gia Lai, bằng tiếng Anh', en: 'Check the plan the planner wrote, in Gia Lai, in English' }, command: 'tthc plan catalog/ --province GL --format yaml | tthc whatif catalog/ --reform - --province GL --lang en' },
    { comment: { vi: 'Cho CI báo lỗi nếu cải cách làm điều gì tệ hơn', en: 'Fail a CI job if the reform makes anything worse' }, command: 'tthc whatif catalog/ --reform draft.yaml --fail-on blocked --format json -o whatif.json' },
    { comment: { vi: 'Hiện mọi lỗi của một dự thảo cải cách, dù có bao nhiêu', en: 'Show every finding of a draft reform, however many there are' }, command: 'tthc whatif catalog/ --reform draft.yaml --max-shown all' },
  ],
  async run(args, io) {
    const reformPath = stringValue(args, 'reform');
    if (reformPath === undefined) {
      throw new UsageError({ vi: 'Thiếu --reform FILE.', en: 'Missing --reform FILE.' }, { vi: 'Hãy cho tệp cải cách cần áp dụng, ví dụ --reform reform.yaml.', en: 'Give the reform file to apply, e.g. --reform reform.yaml.' });
    }
    dateValue(args);
    maxShownValue(args);
    const progress = commandProgress(args, io);
    let result: WhatIfResult;
    let catalog: Catalog;
    try {
      const loadedCatalog = await loadForCommand(args, progress);
      if (typeof loadedCatalog === 'number') return loadedCatalog;
      catalog = loadedCatalog;
      let loaded;
      try {
        progress.step('reform');
        loaded = reformPath === '-' ? await reformFromStdin(io, catalog) : await loadReform(reformPath, { cwd: io.cwd, catalog });
      } catch (e) {
        if (e instanceof ReformPathError) throw cliErrorFor(e)!;
        throw e;
      }
      const name = reformPath === '-' ? STDIN_NAME : reformPath;
      await printFindings(args, progress.io, loaded.diagnostics, loaded.text !== undefined ? { [name]: loaded.text } : {});
      if (!loaded.ok || !loaded.reform) {
        const errors = loaded.diagnostics.filter((d) => d.severity === 'error').length;
        progress.io.stderr(
          langValue(args) === 'vi'
            ? `Tệp cải cách có ${errors} lỗi nên không áp dụng được.\n`
            : `The reform has ${errors} error${errors === 1 ? '' : 's'} and cannot be applied.\n`,
        );
        return 1;
      }
      const at = analysisDateValue(args, catalog);
      const province = provinceValue(args, catalog);
      const without = withoutValue(args, catalog);
      try {
        progress.step('whatif');
        result = whatif(catalog, loaded.reform, { at, province: province ?? null, without, lenient: args.values.lenient === true });
      } catch (e) {
        if (e instanceof AnalysisOptionError) throw cliErrorFor(e)!;
        throw e;
      }
    } finally {
      progress.done();
    }
    emit(io, args, render(result, stringValue(args, 'format') ?? 'text', langValue(args), catalog, outputShape(io, args)));
    return whatifFailOn(stringValue(args, 'fail-on'), result);
  },
};
