import type { AnalysisResult } from '../../analysis/result-types.js';
import { renderBlockedCsv } from '../../report/blocked-csv.js';
import { writeBlockedJson } from '../../report/blocked-json.js';
import { renderBlockedMarkdown } from '../../report/blocked-markdown.js';
import { renderBlockedText } from '../../report/blocked-text.js';
import type { Lang } from '../../report/labels.js';
import type { Command } from '../command.js';
import { analyzeForCommand, withCatalog } from '../load.js';
import { emit, type Output } from '../emit.js';
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
  PROVINCE_OPTION,
  provinceNameIn,
  stringValue,
  LACKING_OPTION,
  WITHOUT_OPTION,
} from '../options.js';

const FORMATS = ['text', 'json', 'csv', 'markdown'] as const;

function render(result: AnalysisResult, format: string, lang: Lang, provinceName: string | undefined): Output {
  switch (format) {
    case 'json':
      // A national result is longer than one string can be.
      return (write) => writeBlockedJson(result, write);
    case 'csv':
      return renderBlockedCsv(result, { lang });
    case 'markdown':
      return renderBlockedMarkdown(result, { lang, provinceName });
    default:
      return renderBlockedText(result, { lang, provinceName });
  }
}

export const blockedCommand: Command = {
  name: 'blocked',
  summary: { vi: 'Liệt kê các thủ tục bị chặn (hoặc còn cần giấy) tại một ngày, và lý do.', en: 'List the procedures blocked (or still needing paper) at a date, and why.' },
  usage: 'tthc blocked <catalog> [--at DATE] [--province CODE] [--without ID]... [--lacking ID[,ID…]]... [--format FORMAT] [--lang vi|en] [--fail-on blocked|paper] [--lenient] [-o FILE]',
  description: {
    vi: [
      'Phân tích mọi thủ tục của danh mục tại một ngày (mặc định: ngày chốt), một lần cho mỗi tỉnh',
      'nơi thủ tục được thực hiện (thủ tục trung ương một lần), và in những gì bị chặn, lý do (yêu',
      'cầu, điều khoản làm căn cứ, ngày quyết định), cùng những gì đáp ứng nhưng vẫn cần giấy tờ',
      'giấy. --format json in toàn bộ kết quả, kể cả các lượt đánh giá đáp ứng.',
      'Mã thoát 0 khi đã chạy, dù kết quả thế nào; 1 với --fail-on khi có phát hiện, hoặc khi danh',
      'mục có lỗi; 2 khi dùng sai lệnh hoặc không đọc được đường dẫn.',
    ].join('\n'),
    en: [
      'Analyses every procedure of the catalog at a date (default: its cutoff), once per province',
      'where it runs (central procedures once), and prints what is blocked, why (the requirement,',
      'the provision it rests on, the date that decided it), and what is met but still needs a',
      'paper document. --format json prints the whole result, met evaluations included.',
      'Exit 0 when it ran, whatever it found; 1 with --fail-on when there are findings, or when',
      'the catalog has errors; 2 for bad usage or an unreadable path.',
    ].join('\n'),
  },
  options: [AT_OPTION, PROVINCE_OPTION, WITHOUT_OPTION, LACKING_OPTION, formatOption(FORMATS), LANG_OPTION, FAIL_ON_OPTION, LENIENT_OPTION, OUTPUT_OPTION],
  positionals: ['catalog'],
  examples: [
    { comment: { vi: 'Những gì bị chặn vào ngày sổ hộ khẩu bị bãi bỏ', en: 'What is blocked on the day the household book was abolished' }, command: 'tthc blocked catalog/ --at 2023-01-01' },
    { comment: { vi: 'Chỉ tỉnh Gia Lai, bằng tiếng Anh', en: 'Only Gia Lai, in English' }, command: 'tthc blocked catalog/ --province GL --lang en' },
    { comment: { vi: 'Sẽ ra sao nếu Nghị định 104/2022 chưa từng được ban hành', en: 'What if Decree 104/2022 had never been issued' }, command: 'tthc blocked catalog/ --without nd-104-2022' },
    { comment: { vi: 'Ở Gia Lai, cho người không có CCCD hay CMND (như trẻ em)', en: 'In Gia Lai, for someone with neither a CCCD nor a CMND card (such as a child)' }, command: 'tthc blocked catalog/ --at 2023-01-01 --province GL --lacking cccd,cmnd' },
    { comment: { vi: 'Cho CI báo lỗi khi có thủ tục bị chặn; lưu toàn bộ kết quả dạng JSON', en: 'Fail a CI job when anything is blocked; keep the full result as JSON' }, command: 'tthc blocked catalog/ --fail-on blocked --format json -o result.json' },
  ],
  async run(args, io) {
    dateValue(args);
    const worked = await withCatalog(args, io, (catalog, progress) => {
      progress.step('analyse');
      return analyzeForCommand(args, catalog);
    });
    if (typeof worked === 'number') return worked;
    const result = worked.value;
    const lang = langValue(args);
    emit(io, args, render(result, stringValue(args, 'format') ?? 'text', lang, provinceNameIn(worked.catalog, result.province, lang)));
    return failOnExit(stringValue(args, 'fail-on'), result.totals);
  },
};
