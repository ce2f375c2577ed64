import { totals as totalsOf } from '../../analysis/materialize-result.js';
import { rankProvisions } from '../../analysis/rank-provisions.js';
import type { ProvisionRanking } from '../../analysis/rank-types.js';
import type { Lang } from '../../report/labels.js';
import { renderRankCsv, renderRankJson, renderRankMarkdown, renderRankText } from '../../report/rank-report.js';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { analyzeForCommand, withCatalog } from '../load.js';
import { commandSiteOf, emit, outputShape, type OutputShape } from '../emit.js';
import {
  AT_OPTION,
  dateValue,
  FAIL_ON_OPTION,
  failOnExit,
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
} from '../options.js';

function render(r: ProvisionRanking, format: string, lang: Lang, top: number | undefined, shown: { provinceName?: string; source: string; shellLang: Lang; lenient: boolean }, shape: OutputShape): string {
  const options = { lang, ...(top !== undefined ? { top } : {}) };
  if (format === 'json') return renderRankJson(r, options);
  if (format === 'csv') return renderRankCsv(r, { ...options, excel: shape.excel });
  if (format === 'markdown') return renderRankMarkdown(r, { ...options, ...shown });
  return renderRankText(r, { ...options, ...shown, width: shape.width });
}

function topValue(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError({ vi: `--top '${v}' không phải số nguyên dương.`, en: `--top '${v}' is not a positive whole number.` }, { vi: 'Ví dụ --top 10.', en: 'For example --top 10.' });
  return Number(v);
}

export const rankCommand: Command = {
  name: 'rank',
  summary: { vi: 'Xếp hạng các điều khoản chặn nhiều thủ tục nhất, trực tiếp và gián tiếp.', en: 'Rank the provisions that block the most procedures, directly and transitively.' },
  usage: 'tthc rank <catalog> [--at DATE] [--province CODE] [--without ID]... [--top N] [--format FORMAT] [--excel] [--lang vi|en] [--fail-on blocked|paper] [--lenient] [-o FILE]',
  description: {
    vi: [
      'Với mỗi điều khoản (điều, khoản, điểm của một văn bản pháp luật), đếm số lượt đánh giá thủ tục',
      'mà nó chặn: trực tiếp, khi nó là căn cứ của một yêu cầu không được đáp ứng, và gián tiếp, khi',
      'một thủ tục bị chặn vì một thủ tục nó cần, hoặc phải làm để có một giấy tờ, bị điều khoản đó',
      'chặn. Tổng lớn nhất đứng trước.',
      'Mã thoát 0 khi đã chạy, dù kết quả thế nào; 1 với --fail-on khi có lượt đánh giá bị chặn hoặc',
      'chưa xác định (blocked), hoặc cả khi còn cần giấy (paper), như với tthc blocked và dù --top',
      'hiện bao nhiêu, hoặc khi danh mục có lỗi; 2 khi dùng sai lệnh hoặc không đọc được đường dẫn.',
    ].join('\n'),
    en: [
      'Counts, for each provision (article, clause, point of a legal document), the procedure',
      'evaluations it blocks: directly, when it is the basis of an unmet requirement, and',
      'transitively, when a procedure is blocked because one it needs, or must complete to obtain',
      'a document, is blocked by that provision. Largest total first.',
      'Exit 0 when it ran, whatever it found; 1 with --fail-on when any evaluation analysed is',
      'blocked or unknown (blocked), or also still needs paper (paper), as with tthc blocked and',
      'whatever --top shows, or when the catalog has errors; 2 for bad usage or an unreadable path.',
    ].join('\n'),
  },
  options: [
    AT_OPTION,
    PROVINCE_OPTION,
    WITHOUT_OPTION,
    { name: 'top', type: 'string', arg: 'N', description: { vi: 'Chỉ hiện N điều khoản chặn nhiều nhất.', en: 'Show only the N provisions that block the most.' } },
    formatOption(['text', 'json', 'csv', 'markdown']),
    EXCEL_OPTION,
    LANG_OPTION,
    FAIL_ON_OPTION,
    LENIENT_OPTION,
    OUTPUT_OPTION,
  ],
  positionals: ['catalog'],
  examples: [
    { comment: { vi: 'Mười điều khoản chặn nhiều thủ tục nhất tại ngày chốt', en: 'The ten provisions that block the most procedures at the cutoff' }, command: 'tthc rank catalog/ --top 10' },
    { comment: { vi: 'Điều gì sẽ chặn nhiều nhất nếu không có Nghị định 104/2022, dạng CSV', en: 'What would block most without Decree 104/2022, as CSV' }, command: 'tthc rank catalog/ --without 104/2022/NĐ-CP --format csv' },
    { comment: { vi: 'Cho CI báo lỗi khi có thủ tục bị chặn; lưu bảng xếp hạng những gì chặn chúng', en: 'Fail a CI job when anything is blocked; keep the ranking of what blocks it' }, command: 'tthc rank catalog/ --fail-on blocked -o rank.txt' },
  ],
  async run(args, io) {
    dateValue(args);
    const top = topValue(stringValue(args, 'top'));
    const worked = await withCatalog(args, io, (catalog, progress) => {
      progress.step('analyse');
      // Every province is analysed: a central procedure may wait on a provincial one blocked elsewhere.
      const result = analyzeForCommand(args, catalog, { everywhere: true });
      const province = provinceValue(args, catalog) ?? null;
      progress.step('rank');
      const ranking = rankProvisions(result, { province });
      // --fail-on reads the evaluations of the province (and the central ones) only.
      const counted = province === null ? result.totals : totalsOf(result.results.filter((r) => r.province === null || r.province === province));
      return { ranking, totals: counted };
    });
    if (typeof worked === 'number') return worked;
    const { ranking, totals } = worked.value;
    const lang = langValue(args);
    const shown = { provinceName: provinceNameIn(worked.catalog, ranking.province, lang), ...commandSiteOf(io, args), lenient: args.values.lenient === true };
    emit(io, args, render(ranking, stringValue(args, 'format') ?? 'text', lang, top, shown, outputShape(io, args)));
    return failOnExit(stringValue(args, 'fail-on'), totals);
  },
};
