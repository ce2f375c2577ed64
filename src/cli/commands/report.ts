import { gatherHtmlReportInput } from '../../report/html/gather-report-input.js';
import { headlineFigures } from '../../report/html/headline-figures.js';
import { renderHtmlReport } from '../../report/html/render-html-report.js';
import type { Lang } from '../../report/labels.js';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { withCatalog } from '../load.js';
import { emit } from '../emit.js';
import {
  analysisDateValue,
  AT_OPTION,
  dateValue,
  LANG_OPTION,
  langValue,
  LENIENT_OPTION,
  OUTPUT_OPTION,
  provinceValue,
  PROVINCE_OPTION,
  stringValue,
  WITHOUT_OPTION,
  withoutValue,
} from '../options.js';
import { fillTemplate } from '../../text/fill-template.js';

const MESSAGES: Record<Lang, { needOutput: string; needOutputHint: string; wrote: string }> = {
  vi: {
    needOutput: 'Báo cáo HTML cần một tệp để ghi.',
    needOutputHint: 'Thêm -o report.html (hoặc chuyển hướng đầu ra: > report.html).',
    wrote: 'Đã ghi {file}: {blocked} thủ tục bị chặn trên {procedures}.',
  },
  en: {
    needOutput: 'The HTML report needs a file to go to.',
    needOutputHint: 'Add -o report.html (or redirect the output: > report.html).',
    wrote: 'Wrote {file}: {blocked} of {procedures} procedures blocked.',
  },
};

export const reportCommand: Command = {
  name: 'report',
  summary: { vi: 'Ghi một báo cáo HTML độc lập để mở, in và gửi thư.', en: 'Write one self-contained HTML report to open, print and mail.' },
  usage: 'tthc report <catalog> [--at DATE] [--province CODE] [--without ID]... [--lang vi|en] [--no-plan] [--no-timeline] [--lenient] -o report.html',
  description: {
    vi: [
      'Ghi một tệp HTML duy nhất chứa sẵn mọi thứ (kiểu trình bày, mã lệnh, biểu đồ; không tải phông',
      'chữ hay gửi yêu cầu đi đâu): bao nhiêu thủ tục phụ thuộc vào các giấy tờ hết hiệu lực, bao nhiêu',
      'bị chặn và bao nhiêu còn cần giấy tại ngày phân tích, trên cả nước và ở tỉnh; biểu đồ theo tỉnh,',
      'theo bộ, ngành và theo thời gian; mọi thủ tục bị chặn với lời giải thích đến tận điều của nghị',
      'định và liên kết tới văn bản pháp luật; các điều khoản chặn nhiều nhất; kế hoạch gỡ chặn nhỏ nhất',
      '(đã kiểm chứng); và ô tìm kiếm thủ tục không phân biệt dấu tiếng Việt. Tệp được ghi nguyên khối.',
      'Xem docs/report.md.',
    ].join('\n'),
    en: [
      'Writes a single HTML file with everything inline (styles, script, charts; no fonts or',
      'requests from elsewhere): how many procedures depend on the documents that sunset, how',
      'many are blocked and how many still need paper at the date, nationwide and for the',
      'province; charts by province, by ministry and over time; every blocked procedure with',
      'its explanation down to the decree article and links to the legal texts; the provisions',
      'that block the most; the smallest unblocking plan (verified); and a search over the',
      'procedures that ignores Vietnamese diacritics. The file is written atomically.',
      'See docs/report.md.',
    ].join('\n'),
  },
  options: [
    AT_OPTION,
    PROVINCE_OPTION,
    WITHOUT_OPTION,
    {
      ...LANG_OPTION,
      description: {
        vi: 'Ngôn ngữ của báo cáo và thông báo (mặc định: biến TTHC_LANG, nếu không thì tiếng Việt).',
        en: 'Language of the report and messages (default: TTHC_LANG, else Vietnamese).',
      },
    },
    { name: 'no-plan', type: 'boolean', description: { vi: 'Bỏ phần kế hoạch gỡ chặn (nhanh hơn với danh mục rất lớn).', en: 'Leave out the unblocking plan (quicker on very large catalogs).' } },
    { name: 'no-timeline', type: 'boolean', description: { vi: 'Bỏ biểu đồ theo thời gian (nhanh hơn với danh mục rất lớn).', en: 'Leave out the chart over time (quicker on very large catalogs).' } },
    LENIENT_OPTION,
    { ...OUTPUT_OPTION, description: { vi: 'Ghi báo cáo vào tệp FILE (nguyên khối); nếu không có, HTML được in ra đầu ra chuẩn khi đó không phải là terminal.', en: 'Write the report to FILE (atomically); without it the HTML goes to standard output when that is not a terminal.' } },
  ],
  positionals: ['catalog'],
  examples: [
    { comment: { vi: 'Báo cáo cho Gia Lai vào ngày sổ hộ khẩu bị bãi bỏ', en: 'The report for Gia Lai on the day the household book was abolished' }, command: 'tthc report catalog/ --at 2023-01-01 --province GL -o gia-lai.html' },
    { comment: { vi: 'Báo cáo toàn quốc bằng tiếng Anh', en: 'The national report in English' }, command: 'tthc report catalog/ --lang en -o report-en.html' },
  ],
  async run(args, io) {
    const lang = langValue(args);
    const M = MESSAGES[lang];
    const output = stringValue(args, 'output');
    if ((output === undefined || output === '-') && io.stdoutIsTTY) throw new UsageError(M.needOutput, M.needOutputHint);
    dateValue(args);
    // One progress line for the whole run, from reading the catalog to the last step.
    const worked = await withCatalog(args, io, (catalog, progress) =>
      gatherHtmlReportInput(catalog, {
        at: analysisDateValue(args, catalog),
        province: provinceValue(args, catalog) ?? null,
        without: withoutValue(args, catalog),
        lenient: args.values.lenient === true,
        plan: args.values['no-plan'] !== true,
        timeline: args.values['no-timeline'] !== true,
        onProgress: progress.onProgress,
      }),
    );
    if (typeof worked === 'number') return worked;
    const input = worked.value;
    emit(io, args, renderHtmlReport(input, { lang }));
    if (output !== undefined && output !== '-') {
      const h = headlineFigures(input.local ?? input.national, input.dependents);
      io.stderr(`${fillTemplate(M.wrote, { file: output, blocked: h.blocked, procedures: h.procedures })}\n`);
    }
    return 0;
  },
};
