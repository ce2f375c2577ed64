import { AnalysisOptionError } from '../../analysis/errors.js';
import { summarizeCatalog } from '../../analysis/summary.js';
import { renderSummaryMarkdown } from '../../report/summary-markdown.js';
import { renderSummaryText } from '../../report/summary-text.js';
import type { Command } from '../command.js';
import { GIVE_DATE_HINT } from '../date-text.js';
import { cliErrorFor } from '../library-errors.js';
import { withCatalog } from '../load.js';
import { commandSiteOf, emit, terminalWidth } from '../emit.js';
import {
  AT_OPTION,
  dateValue,
  formatOption,
  LANG_OPTION,
  langValue,
  LENIENT_OPTION,
  OUTPUT_OPTION,
  PROVINCE_OPTION,
  provinceNameIn,
  provinceValue,
  stringValue,
} from '../options.js';

export const summaryCommand: Command = {
  name: 'summary',
  summary: { vi: 'Kể câu chuyện của một danh mục trong một màn hình: giấy tờ hết hiệu lực, những gì chúng chặn, điều gì gỡ, số liệu đã công bố.', en: 'Tell the story of a catalog in one screen: sunsets, what they block, what relieves them, published figures.' },
  usage: 'tthc summary <catalog> [--at DATE] [--province CODE] [--lang vi|en] [--format text|json|markdown] [--lenient] [-o FILE]',
  description: {
    vi: [
      'Với mỗi giấy tờ có ngày hết hiệu lực (valid_until): bao nhiêu thủ tục phụ thuộc vào nó, những gì',
      'bị chặn vào ngày cuối và ngày hôm sau, ngày hôm sau sẽ ra sao nếu không có từng văn bản pháp',
      'luật có sửa đổi gỡ chặn cho nó, nơi nào vẫn cần thẻ hoặc giấy tờ giấy, và những thủ tục chỉ',
      'đáp ứng được bằng thẻ thì người không có thẻ nào cần gì. Sau đó là toàn bộ danh mục tại --at',
      '(mặc định: ngày chốt), và số đếm của danh mục bên cạnh từng số liệu đã công bố',
      '(catalog.reported). Với --province: câu chuyện của một tỉnh, các thủ tục thực hiện ở tỉnh đó và',
      'các thủ tục trung ương. Xem docs/semantics.md, mục "The summary".',
    ].join('\n'),
    en: [
      'For each document with a sunset (valid_until): how many procedures depend on it, what is',
      'blocked on its last day and on the day after, what the day after would look like without',
      'each legal document whose amendments relieve it, where a card or paper document is still',
      'needed, and what the procedures met only with a card need from someone who holds none.',
      'Then the whole catalog at --at (default: the cutoff), and the catalog’s own count next to',
      'each published figure (catalog.reported). With --province: the story of one province, the',
      'procedures run there and the central ones. See docs/semantics.md, "The summary".',
    ].join('\n'),
  },
  options: [AT_OPTION, PROVINCE_OPTION, LANG_OPTION, formatOption(['text', 'json', 'markdown']), LENIENT_OPTION, OUTPUT_OPTION],
  positionals: ['catalog'],
  examples: [
    { comment: { vi: 'Danh mục đi kèm, bằng tiếng Việt (lệnh mà `npm start` chạy)', en: 'The bundled catalog, in Vietnamese (what `npm start` runs)' }, command: 'tthc summary catalog/' },
    { comment: { vi: 'Bằng tiếng Anh, với ảnh chụp toàn danh mục vào ngày trước khi hết hiệu lực', en: 'In English, with the whole-catalog snapshot on the day before the sunset' }, command: 'tthc summary catalog/ --at 2022-12-31 --lang en' },
    { comment: { vi: 'Câu chuyện của một tỉnh, gọi theo tên', en: 'The story of one province, given by its name' }, command: "tthc summary catalog/ --province 'Gia Lai'" },
    { comment: { vi: 'Dạng Markdown, để dán vào một báo cáo', en: 'As Markdown, to paste into a report' }, command: 'tthc summary catalog/ --format markdown -o summary.md' },
  ],
  async run(args, io) {
    const at = dateValue(args);
    let worked;
    try {
      worked = await withCatalog(args, io, (catalog, progress) => {
        const province = provinceValue(args, catalog);
        progress.step('analyse');
        return { catalog, summary: summarizeCatalog(catalog, { ...(at ? { at } : {}), ...(province ? { province } : {}), lenient: args.values.lenient === true }) };
      });
    } catch (e) {
      if (e instanceof AnalysisOptionError) throw cliErrorFor(e, GIVE_DATE_HINT)!;
      throw e;
    }
    if (typeof worked === 'number') return worked;
    const { catalog, summary } = worked.value;
    const format = stringValue(args, 'format');
    const lang = langValue(args);
    const provinceName = provinceNameIn(catalog, summary.province, lang);
    const options = { lang, ...commandSiteOf(io, args), lenient: args.values.lenient === true, ...(provinceName ? { provinceName } : {}) };
    const text =
      format === 'json'
        ? `${JSON.stringify(summary, null, 2)}\n`
        : format === 'markdown'
          ? renderSummaryMarkdown(summary, options)
          : renderSummaryText(summary, { ...options, width: terminalWidth(io, args) });
    emit(io, args, text);
    return 0;
  },
};
