import { analyze } from '../../analysis/analyze.js';
import { NeighbourhoodOptionError, UnknownFocusError, neighbourhood } from '../../analysis/neighbourhood.js';
import { StructuralGraph } from '../../graph/structural-graph.js';
import { renderGraphDot } from '../../report/graph-dot.js';
import { renderGraphMermaid } from '../../report/graph-mermaid.js';
import { renderGraphSvg } from '../../report/graph-svg.js';
import type { Lang } from '../../report/labels.js';
import type { Command, ParsedArgs } from '../command.js';
import { UsageError } from '../command.js';
import { cliErrorFor } from '../library-errors.js';
import { withCatalog } from '../load.js';
import { emit } from '../emit.js';
import {
  AT_OPTION,
  dependencyTargets,
  dependencyTargetValue,
  dateValue,
  LANG_OPTION,
  langValue,
  LENIENT_OPTION,
  OUTPUT_OPTION,
  provinceNameIn,
  provinceValue,
  PROVINCE_OPTION,
  stringValue,
  suggestNamed,
  targetsHint,
  WITHOUT_OPTION,
  withoutValue,
} from '../options.js';
import { fillTemplate } from '../../text/fill-template.js';

const FORMATS = ['mermaid', 'dot', 'svg'] as const;

const MESSAGES: Record<
  Lang,
  { noFocus: string; noFocusHint: string; badNumber: string; unknown: string; didYouMean: string }
> = {
  vi: {
    noFocus: 'Thiếu --focus ID.',
    noFocusHint: 'Ví dụ --focus so-ho-khau, --focus 1.001193 hoặc --focus 104/2022/NĐ-CP.',
    badNumber: "--{option} phải là một số nguyên {min} trở lên, không phải '{value}'.",
    unknown: "Danh mục không có thủ tục, giấy tờ, nguồn dữ liệu hay văn bản nào là '{focus}'.",
    didYouMean: 'Có phải ý bạn là {list}?',
  },
  en: {
    noFocus: 'Missing --focus ID.',
    noFocusHint: 'For example --focus so-ho-khau, --focus 1.001193 or --focus 104/2022/NĐ-CP.',
    badNumber: "--{option} must be a whole number, {min} or more, not '{value}'.",
    unknown: "The catalog has no procedure, document, data source or legal document '{focus}'.",
    didYouMean: 'Did you mean {list}?',
  },
};

function intValue(args: ParsedArgs, name: string, fallback: number, min: number, lang: Lang): number {
  const v = stringValue(args, name);
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v.trim()) || Number(v) < min) throw new UsageError(fillTemplate(MESSAGES[lang].badNumber, { option: name, min, value: v }));
  return Number(v);
}

export const graphCommand: Command = {
  name: 'graph',
  summary: { vi: 'Vẽ những gì phụ thuộc vào một giấy tờ, nghị định hoặc thủ tục, và những gì nó phụ thuộc vào.', en: 'Draw what depends on a document, decree or procedure, and what it depends on.' },
  usage: 'tthc graph <catalog> --focus ID [--depth N] [--max-nodes N] [--format mermaid|dot|svg] [--at DATE] [--province CODE] [--without ID]... [--lang vi|en] [--lenient] [-o FILE]',
  description: {
    vi: [
      'Vẽ vùng lân cận của ID (mã thủ tục, mã giấy tờ, nguồn dữ liệu hoặc văn bản pháp luật, hoặc số',
      'hiệu văn bản như 104/2022/NĐ-CP): những gì phụ thuộc vào nó ở bên trái, những gì nó phụ thuộc',
      'vào ở bên phải, tối đa --depth bước mỗi phía (một điều khoản được tính là một phần của văn bản',
      'chứa nó). Yêu cầu được vẽ thành mũi tên từ thủ tục tới giấy tờ. Các nút được tô màu theo trạng',
      'thái tại ngày (mặc định: ngày chốt của danh mục) ở tỉnh (mặc định: mọi tỉnh): thủ tục bị chặn,',
      'giấy tờ hết hiệu lực, nguồn dữ liệu chưa kết nối. Vẽ tối đa --max-nodes nút, gần nhất trước, và',
      'hình vẽ cho biết đã bỏ bớt bao nhiêu nút.',
      '--format svg tự dàn trang hình vẽ; mermaid và dot là văn bản cho các công cụ khác.',
    ].join('\n'),
    en: [
      'Draws the neighbourhood of ID (a procedure code, a document, data-source or legal-document',
      'id, or a legal number such as 104/2022/NĐ-CP): what depends on it to the left, what it',
      'depends on to the right, up to --depth hops each way (a provision counts as part of its',
      'document). Requirements are drawn as arrows from the procedure to the document. Nodes are',
      'coloured by their state at the date (default: the catalog cutoff) in the province (default:',
      'all): blocked procedures, expired documents, data sources not connected. At most',
      '--max-nodes nodes are drawn, the closest first, and the drawing says how many were left out.',
      '--format svg lays the drawing out itself; mermaid and dot are text for other tools.',
    ].join('\n'),
  },
  options: [
    { name: 'focus', type: 'string', arg: 'ID', description: { vi: 'Thủ tục, giấy tờ, nguồn dữ liệu hoặc văn bản pháp luật đặt ở trung tâm (theo mã hoặc số hiệu; thủ tục, giấy tờ và nguồn dữ liệu cũng có thể gọi bằng tên).', en: 'The procedure, document, data source or legal document to centre on (by code, id or number; a procedure, document or data source also by its name).' } },
    { name: 'depth', type: 'string', arg: 'N', default: '2', description: { vi: 'Số bước đi theo mỗi phía.', en: 'Hops to follow each way.' } },
    { name: 'max-nodes', type: 'string', arg: 'N', default: '40', description: { vi: 'Số nút tối đa được vẽ.', en: 'Most nodes to draw.' } },
    { name: 'format', short: 'f', type: 'string', arg: 'FORMAT', choices: FORMATS, default: 'mermaid', description: { vi: 'Định dạng hình vẽ.', en: 'Drawing format.' } },
    AT_OPTION,
    PROVINCE_OPTION,
    WITHOUT_OPTION,
    {
      ...LANG_OPTION,
      description: {
        vi: 'Ngôn ngữ của nhãn trong hình vẽ và thông báo (mặc định: biến TTHC_LANG, nếu không thì tiếng Việt).',
        en: 'Language of the labels of the drawing and messages (default: TTHC_LANG, else Vietnamese).',
      },
    },
    LENIENT_OPTION,
    OUTPUT_OPTION,
  ],
  positionals: ['catalog'],
  examples: [
    { comment: { vi: 'Mọi thứ xung quanh sổ hộ khẩu, dạng hình ảnh', en: 'Everything around the household book, as a picture' }, command: 'tthc graph catalog/ --focus so-ho-khau --format svg -o so-ho-khau.svg' },
    { comment: { vi: 'Đăng ký khai sinh ở Gia Lai dựa trên những gì, cho một trang Markdown', en: 'What birth registration rests on in Gia Lai, for a Markdown page' }, command: 'tthc graph catalog/ --focus 1.001193 --province GL --format mermaid' },
    { comment: { vi: 'Nghị định 104/2022 tác động tới những gì, cho Graphviz', en: 'What Decree 104/2022 touches, for Graphviz' }, command: 'tthc graph catalog/ --focus 104/2022/NĐ-CP --depth 1 --format dot | dot -Tpng -o nd104.png' },
  ],
  async run(args, io) {
    const lang = langValue(args);
    const M = MESSAGES[lang];
    const focus = stringValue(args, 'focus');
    if (focus === undefined || focus.trim() === '') throw new UsageError(M.noFocus, M.noFocusHint);
    const depth = intValue(args, 'depth', 2, 0, lang);
    const maxNodes = intValue(args, 'max-nodes', 40, 1, lang);
    const atOption = dateValue(args);
    let worked;
    try {
      worked = await withCatalog(args, io, (catalog, progress) => {
        const province = provinceValue(args, catalog);
        const without = withoutValue(args, catalog);
        const at = atOption ?? catalog.catalog?.cutoff;
        // Without a date (no --at, no cutoff) the drawing shows structure only, no states.
        progress.step('analyse');
        const result = at ? analyze(catalog, { at, province: province ?? null, without, lenient: args.values.lenient === true }) : undefined;
        progress.step('graph');
        try {
          const n = neighbourhood(new StructuralGraph(catalog), dependencyTargetValue(focus, catalog), { depth, maxNodes, ...(at ? { at } : {}), ...(province ? { province } : {}), ...(result ? { result } : {}) });
          return { n, province };
        } catch (e) {
          if (e instanceof UnknownFocusError) {
            const list = e.suggestions.map((s) => `'${s}'`).join(', ');
            throw new UsageError(fillTemplate(M.unknown, { focus }), suggestNamed(focus, dependencyTargets(catalog)) ?? (list ? fillTemplate(M.didYouMean, { list }) : targetsHint(catalog)));
          }
          throw e;
        }
      });
    } catch (e) {
      if (e instanceof NeighbourhoodOptionError) throw cliErrorFor(e)!;
      throw e;
    }
    if (typeof worked === 'number') return worked;
    const { catalog, value: { n, province } } = worked;
    const provinceName = provinceNameIn(catalog, province, lang);
    const options = { lang, ...(provinceName ? { provinceName } : {}) };
    const format = stringValue(args, 'format') ?? 'mermaid';
    const text = format === 'svg' ? renderGraphSvg(n, options) : format === 'dot' ? renderGraphDot(n, options) : renderGraphMermaid(n, options);
    emit(io, args, text);
    return 0;
  },
};
