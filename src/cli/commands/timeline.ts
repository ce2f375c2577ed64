import { AnalysisOptionError } from '../../analysis/errors.js';
import { provincesWhereRun } from '../../analysis/provinces-where-run.js';
import { timeline } from '../../analysis/timeline.js';
import type { TimelineResult } from '../../analysis/timeline-types.js';
import type { Catalog } from '../../catalog/types.js';
import type { Lang } from '../../report/labels.js';
import { renderTimelineSvg } from '../../report/svg-timeline.js';
import { renderTimelineCsv } from '../../report/timeline-csv.js';
import { renderTimelineJson } from '../../report/timeline-json.js';
import { renderTimelineMarkdown } from '../../report/timeline-markdown.js';
import { renderTimelineText } from '../../report/timeline-text.js';
import type { Command } from '../command.js';
import { cliErrorFor } from '../library-errors.js';
import { UsageError } from '../command.js';
import { withCatalog } from '../load.js';
import { emit, outputShape, type OutputShape } from '../emit.js';
import {
  dateValue,
  EXCEL_OPTION,
  formatOption,
  LANG_OPTION,
  langValue,
  LENIENT_OPTION,
  OUTPUT_OPTION,
  PROVINCE_OPTION,
  provinceNameIn,
  provinceValue,
  stringValue,
  WITHOUT_OPTION,
  withoutValue,
} from '../options.js';

const FORMATS = ['text', 'csv', 'json', 'markdown', 'svg'] as const;

function render(result: TimelineResult, format: string, lang: Lang, catalog: Catalog, provinceName: string | undefined, shape: OutputShape): string {
  if (format === 'json') return renderTimelineJson(result);
  if (format === 'csv') return renderTimelineCsv(result, { excel: shape.excel });
  if (format === 'svg') return renderTimelineSvg(result, { lang, ...(provinceName ? { provinceName } : {}) });
  const runsIn = provincesWhereRun(catalog);
  if (format === 'markdown') return renderTimelineMarkdown(result, { lang, runsIn, provinceName });
  return renderTimelineText(result, { lang, runsIn, provinceName, width: shape.width });
}

export const timelineCommand: Command = {
  name: 'timeline',
  summary: { vi: 'Đếm thủ tục bị chặn, đáp ứng nhưng còn cần giấy và không cần giấy tại mỗi ngày có thay đổi.', en: 'Count blocked, met-with-paper and paperless procedures at every date where something changes.' },
  usage: 'tthc timeline <catalog> [--province CODE] [--from DATE] [--to DATE] [--without ID]... [--format text|csv|json|markdown|svg] [--excel] [--lang vi|en] [--lenient] [-o FILE]',
  description: {
    vi: [
      'Phân tích danh mục tại đầu khoảng thời gian và tại mọi ngày trong đó có điều gì có hiệu lực: ngày',
      'sau valid_until của một giấy tờ (hết hiệu lực), ngày hiệu lực của một sửa đổi (trừ sửa đổi có',
      'hiệu lực sau khi văn bản của nó hết hiệu lực: nó không bao giờ được áp dụng), ngày sau expires',
      'của một văn bản pháp luật, available_from của một nguồn dữ liệu và từng lần kết nối ở tỉnh. Mỗi',
      'ngày có số đếm và những gì có hiệu lực; text, json và markdown còn liệt kê các thủ tục đổi trạng',
      'thái.',
      'Không có --from thì biểu đồ bắt đầu từ ngày trước thay đổi đầu tiên. --format svg vẽ một biểu',
      'đồ cột chồng độc lập (nhãn tiếng Việt mặc định, --lang en cho tiếng Anh) để dán vào báo cáo; -o',
      'ghi nó nguyên khối.',
      'Mã thoát 0 khi đã chạy; 1 khi danh mục có lỗi; 2 khi dùng sai lệnh.',
    ].join('\n'),
    en: [
      'Analyses the catalog at the start of the range and at every date in it where something',
      "takes effect: the day after a document's valid_until (a sunset), an amendment's effective",
      'date (but not one after its legal document expired: it never applies), the day after a',
      "legal document's expires, a data source's available_from and each province connection.",
      'Each date shows the counts and what took effect; text, json and markdown also list the',
      'procedures that changed state. Without --from the chart starts the day before the first',
      'change. --format svg draws a self-contained stacked-bar chart (Vietnamese labels by',
      'default, --lang en for English) to paste into a report; -o writes it atomically.',
      'Exit 0 when it ran; 1 when the catalog has errors; 2 for bad usage.',
    ].join('\n'),
  },
  options: [
    PROVINCE_OPTION,
    { name: 'from', type: 'string', arg: 'DATE', description: { vi: 'Ngày đầu của khoảng, YYYY-MM-DD (mặc định: ngày trước thay đổi đầu tiên).', en: 'First date of the range, YYYY-MM-DD (default: the day before the first change).' } },
    { name: 'to', type: 'string', arg: 'DATE', description: { vi: 'Ngày cuối của khoảng, YYYY-MM-DD, tính cả ngày đó (mặc định: thay đổi cuối cùng).', en: 'Last date of the range, YYYY-MM-DD, inclusive (default: the last change).' } },
    WITHOUT_OPTION,
    formatOption(FORMATS),
    EXCEL_OPTION,
    {
      ...LANG_OPTION,
      description: {
        vi: 'Ngôn ngữ của nhãn trong kết quả dạng text và markdown, biểu đồ SVG và thông báo (mặc định: biến TTHC_LANG, nếu không thì tiếng Việt).',
        en: 'Language of the labels in text and Markdown output, the SVG chart and messages (default: TTHC_LANG, else Vietnamese).',
      },
    },
    LENIENT_OPTION,
    OUTPUT_OPTION,
  ],
  positionals: ['catalog'],
  examples: [
    { comment: { vi: 'Việc bãi bỏ sổ hộ khẩu đã diễn ra thế nào', en: 'How the abolition of the household book played out' }, command: 'tthc timeline catalog/' },
    { comment: { vi: 'Gia Lai năm 2023, dạng biểu đồ cho báo cáo', en: 'Gia Lai in 2023, as a chart for a report' }, command: 'tthc timeline catalog/ --province GL --from 2022-12-31 --to 2023-12-31 --format svg -o gia-lai.svg' },
    { comment: { vi: 'Các số đếm dạng CSV, để mở bằng Excel', en: 'The counts as CSV, to open in Excel' }, command: 'tthc timeline catalog/ --format csv --excel -o timeline.csv' },
  ],
  async run(args, io) {
    const from = dateValue(args, 'from');
    const to = dateValue(args, 'to');
    if (from !== undefined && to !== undefined && to < from) {
      throw new UsageError({ vi: `--to ${to} ở trước --from ${from}.`, en: `--to ${to} is before --from ${from}.` }, { vi: 'Hãy cho ngày sớm hơn vào --from.', en: 'Give the earlier date as --from.' });
    }
    let worked;
    try {
      worked = await withCatalog(args, io, (catalog, progress) => {
        const province = provinceValue(args, catalog);
        const without = withoutValue(args, catalog);
        progress.step('timeline');
        return timeline(catalog, { province: province ?? null, from, to, without, lenient: args.values.lenient === true });
      });
    } catch (e) {
      if (e instanceof AnalysisOptionError) throw cliErrorFor(e, e.code === 'MISSING_DATE' ? { vi: 'Hãy cho một ngày bằng --from hoặc --to.', en: 'Give a date with --from or --to.' } : undefined)!;
      throw e;
    }
    if (typeof worked === 'number') return worked;
    const { catalog, value: result } = worked;
    const lang = langValue(args);
    emit(io, args, render(result, stringValue(args, 'format') ?? 'text', lang, catalog, provinceNameIn(catalog, result.province, lang), outputShape(io, args)));
    return 0;
  },
};
