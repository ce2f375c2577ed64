import { AnalysisOptionError } from '../../analysis/errors.js';
import { PlanOptionError } from '../../analysis/plan/errors.js';
import { plan } from '../../analysis/plan/plan.js';
import type { PlanResult } from '../../analysis/plan/plan-types.js';
import type { Lang } from '../../report/labels.js';
import { renderPlanMarkdown } from '../../report/plan-markdown.js';
import { renderPlanText } from '../../report/plan-text.js';
import { renderPlanJson, renderPlanYaml } from '../../report/plan-yaml.js';
import type { Command } from '../command.js';
import { cliErrorFor } from '../library-errors.js';
import { UsageError } from '../command.js';
import { withCatalog } from '../load.js';
import { commandSiteOf, emit, terminalWidth } from '../emit.js';
import type { CommandSite } from '../../report/next-commands.js';
import { envLang } from '../text.js';
import {
  analysisDateValue,
  AT_OPTION,
  dateValue,
  formatOption,
  LANG_OPTION,
  langValue,
  onlyValue,
  OUTPUT_OPTION,
  PROVINCE_OPTION,
  provinceNameIn,
  provinceValue,
  stringValue,
  WITHOUT_OPTION,
  withoutValue,
} from '../options.js';

function render(p: PlanResult, format: string, lang: Lang, shown: { provinceName: string | undefined; site: CommandSite; maxNodes: number | undefined }, width: number | undefined): string {
  if (format === 'json') return renderPlanJson(p);
  if (format === 'yaml') return renderPlanYaml(p, { lang });
  const options = { lang, provinceName: shown.provinceName, ...shown.site, ...(shown.maxNodes !== undefined ? { maxNodes: shown.maxNodes } : {}) };
  if (format === 'markdown') return renderPlanMarkdown(p, options);
  return renderPlanText(p, { ...options, width });
}

function wholeNumber(name: string, v: string | undefined, min: number): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v.trim()) || Number(v) < min) {
    throw new UsageError(
      {
        vi: `--${name} '${v}' không phải số nguyên ${min > 0 ? `từ ${min} trở lên` : 'không âm'}.`,
        en: `--${name} '${v}' is not a whole number of ${min > 0 ? `at least ${min}` : '0 or more'}.`,
      },
      { vi: `Ví dụ --${name} ${min > 0 ? 1000 : 3}.`, en: `For example --${name} ${min > 0 ? 1000 : 3}.` },
    );
  }
  return Number(v);
}

export const planCommand: Command = {
  name: 'plan',
  summary: { vi: 'Tìm tập thay đổi nhỏ nhất (sửa một điều khoản, kết nối một nguồn dữ liệu) để gỡ chặn các thủ tục.', en: 'Find the smallest set of changes (amend a provision, connect a data source) that unblocks the procedures.' },
  usage:
    'tthc plan <catalog> [--at DATE] [--province CODE] [--only CODE,…] [--budget K] [--paperless] [--without ID]... [--max-nodes N] [--format text|json|yaml|markdown] [--lang vi|en] [-o FILE]',
  description: {
    vi: [
      'Một thay đổi là: sửa một điều khoản mà yêu cầu viện dẫn để nó chấp nhận một thứ thay thế có',
      'trong replaced_by của giấy tờ được yêu cầu, hoặc kết nối một nguồn dữ liệu ở một tỉnh.',
      'Kế hoạch là tập thay đổi nhỏ nhất gỡ chặn mọi thủ tục bị chặn mà có thay đổi gỡ được (hoặc,',
      'với --budget K, K thay đổi gỡ chặn được nhiều nhất); trong các kế hoạch cùng cỡ, chọn kế hoạch',
      'để lại ít thủ tục còn cần giấy nhất. Kế hoạch là tối ưu khi việc tìm kiếm chạy hết; nếu không,',
      'nó cho biết có thể cách mức tối thiểu bao xa. Mọi kế hoạch đều được kiểm chứng bằng cách phân',
      "tích lại khi đã áp dụng nó. --format yaml ghi kế hoạch thành tệp cải cách cho 'tthc whatif --reform';",
      '--format markdown in nó cho một công văn hoặc pull request.',
    ].join('\n'),
    en: [
      'A change is: amend a provision that a requirement cites so that it accepts a substitute',
      "listed in the required document's replaced_by, or connect a data source in a province.",
      'The plan is the smallest set of changes that unblocks every blocked procedure that some',
      'change can unblock (or, with --budget K, the K changes that unblock the most); among plans',
      'of that size, the one that leaves the fewest procedures needing paper. It is exact when the',
      'search finishes; otherwise it says how far from the minimum it can be. Every plan is checked',
      'by re-running the analysis with it applied. --format yaml writes it as a reform file for',
      "'tthc whatif --reform'; --format markdown prints it for a memo or a pull request.",
    ].join('\n'),
  },
  options: [
    AT_OPTION,
    PROVINCE_OPTION,
    { name: 'only', type: 'string', arg: 'CODE,…', multiple: true, description: { vi: 'Chỉ lập kế hoạch cho các thủ tục này (mã hoặc tên, cách nhau bằng dấu phẩy; dùng được nhiều lần).', en: 'Plan only for these procedures (codes or names, comma-separated; repeatable).' } },
    { name: 'budget', type: 'string', arg: 'K', description: { vi: 'Tối đa K thay đổi: những thay đổi gỡ chặn được nhiều nhất.', en: 'At most K changes: the ones that unblock the most.' } },
    { name: 'paperless', type: 'boolean', description: { vi: 'Coi thủ tục vẫn còn cần giấy tờ giấy là chưa được gỡ.', en: 'Count a procedure that would still need a paper document as not fixed.' } },
    WITHOUT_OPTION,
    { name: 'max-nodes', type: 'string', arg: 'N', description: { vi: 'Tìm tối đa N nút cho mỗi phần độc lập rồi dừng ở kế hoạch tốt nhất đã tìm được (mặc định 200000).', en: 'Search at most N nodes per independent part before settling for the best plan found (default 200000).' } },
    formatOption(['text', 'json', 'yaml', 'markdown']),
    LANG_OPTION,
    OUTPUT_OPTION,
  ],
  positionals: ['catalog'],
  examples: [
    { comment: { vi: 'Nên thay đổi gì trước, tại ngày chốt', en: 'What to change first, at the cutoff' }, command: 'tthc plan catalog/' },
    { comment: { vi: 'Ba thay đổi gỡ chặn được nhiều nhất ở Gia Lai', en: 'The three changes that unblock the most in Gia Lai' }, command: 'tthc plan catalog/ --province GL --budget 3' },
    { comment: { vi: 'Kế hoạch không cần giấy cho đăng ký khai sinh, dạng tệp cải cách', en: 'A paperless plan for birth registration, as a reform file' }, command: 'tthc plan catalog/ --only 1.001193 --paperless --format yaml -o plan.yaml' },
  ],
  async run(args, io) {
    dateValue(args);
    const budget = wholeNumber('budget', stringValue(args, 'budget'), 0);
    const maxNodes = wholeNumber('max-nodes', stringValue(args, 'max-nodes'), 1);
    let worked;
    try {
      worked = await withCatalog(args, io, (catalog, progress) => {
        const at = analysisDateValue(args, catalog);
        const province = provinceValue(args, catalog);
        const only = onlyValue(args, catalog, envLang(io.env));
        const without = withoutValue(args, catalog);
        progress.step('plan');
        return plan(catalog, {
          at,
          province: province ?? null,
          ...(only ? { only } : {}),
          ...(budget !== undefined ? { budget } : {}),
          paperless: args.values.paperless === true,
          without,
          ...(maxNodes !== undefined ? { maxNodes } : {}),
        });
      });
    } catch (e) {
      if (e instanceof AnalysisOptionError || e instanceof PlanOptionError) throw cliErrorFor(e)!;
      throw e;
    }
    if (typeof worked === 'number') return worked;
    const lang = langValue(args);
    const shown = { provinceName: provinceNameIn(worked.catalog, worked.value.province, lang), site: commandSiteOf(io, args), maxNodes };
    emit(io, args, render(worked.value, stringValue(args, 'format') ?? 'text', lang, shown, terminalWidth(io, args)));
    return 0;
  },
};
