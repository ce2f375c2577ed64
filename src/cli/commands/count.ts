import { countDependents } from '../../analysis/count-dependents.js';
import { countEach } from '../../analysis/count-each.js';
import { renderCountEachCsv, renderCountEachJson, renderCountEachMarkdown, renderCountEachText } from '../../report/count-each-report.js';
import { UnknownDependencyTargetError } from '../../analysis/dependents-target.js';
import type { CountDimension, DependentCounts, DependentTargetKind } from '../../analysis/dependents-types.js';
import { renderCountCsv, renderCountJson, renderCountMarkdown, renderCountText, type CountReportOptions } from '../../report/count-report.js';
import type { Catalog } from '../../catalog/types.js';
import type { Lang } from '../../report/labels.js';
import type { Command, ParsedArgs } from '../command.js';
import type { Io } from '../io.js';
import { UsageError } from '../command.js';
import { didYouMeanList } from '../text.js';
import { withCatalog } from '../load.js';
import { commandSiteOf, emit, outputShape, type OutputShape } from '../emit.js';
import {
  AT_OPTION,
  dependencyTargets,
  dependencyTargetValue,
  dateValue,
  EXCEL_OPTION,
  formatOption,
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


function render(c: DependentCounts, format: string, lang: Lang, shown: Omit<CountReportOptions, 'lang' | 'width'>, shape: OutputShape): string {
  const options = { lang, ...shown };
  if (format === 'json') return renderCountJson(c, options);
  if (format === 'csv') return renderCountCsv(c, { ...options, excel: shape.excel });
  if (format === 'markdown') return renderCountMarkdown(c, options);
  return renderCountText(c, { ...options, width: shape.width });
}

/** The English name the catalog gives the target (a legal document's English title), if any. */
function englishName(catalog: Catalog, kind: string, id: string): string | undefined {
  if (kind === 'document') return catalog.documents.find((d) => d.id === id)?.name_en;
  if (kind === 'data_source') return catalog.data_sources.find((d) => d.id === id)?.name_en;
  if (kind === 'procedure') return catalog.procedures.find((p) => p.code === id)?.name_en;
  if (kind === 'legal') return catalog.legal.find((l) => l.id === id)?.title_en;
  return undefined;
}

/** The kinds --each takes, as the command line spells them, and as the library does. */
const EACH_KINDS = { document: 'document', 'data-source': 'data_source', legal: 'legal', procedure: 'procedure' } as const satisfies Record<string, DependentTargetKind>;

export const countCommand: Command = {
  name: 'count',
  summary: { vi: 'Đếm các thủ tục phụ thuộc vào một giấy tờ, nguồn dữ liệu, văn bản pháp luật hoặc thủ tục.', en: 'Count the procedures that depend on a document, data source, legal document or procedure.' },
  usage: 'tthc count <catalog> (--depends-on ID [--by province|level|field|ministry] | --each KIND) [--at DATE] [--province CODE] [--without ID]... [--format FORMAT] [--excel] [--lang vi|en] [--lenient] [-o FILE]',
  description: {
    vi: [
      'Tìm mọi thủ tục phụ thuộc vào ID, trực tiếp hoặc qua các thủ tục mà nó cần và các thủ tục',
      'phải làm để có một giấy tờ, rồi đếm theo tỉnh (thủ tục thực hiện ở mọi tỉnh được đếm một lần',
      'ở mỗi tỉnh; thủ tục trung ương thành nhóm riêng), cấp, lĩnh vực và bộ, ngành, trong một lượt.',
      'Không có --at thì mọi phụ thuộc danh mục ghi nhận đều được đếm; có --at thì chỉ tính các sửa',
      'đổi có hiệu lực ngày đó, và yêu cầu đã bỏ không còn được đếm. Xem docs/semantics.md, mục',
      '"What depends on what".',
      'Với --each KIND (document, data-source, legal, procedure): số thủ tục phụ thuộc vào từng giấy',
      'tờ (nguồn dữ liệu, văn bản pháp luật, thủ tục) của danh mục, nhiều nhất trước, trong một bảng.',
    ].join('\n'),
    en: [
      'Finds every procedure that depends on ID, directly or through the procedures it needs and',
      'those it must complete to obtain a document, and counts them by province (a procedure run',
      'in every province counts once in each; central procedures in their own group), level,',
      'field and ministry, all in one pass. Without --at every dependence the catalog records',
      'counts; with --at only amendments in force that day, and dropped requirements no longer',
      'count. See docs/semantics.md, "What depends on what".',
      'With --each KIND (document, data-source, legal, procedure): how many procedures depend on each',
      'document (data source, legal document, procedure) of the catalog, most first, in one table.',
    ].join('\n'),
  },
  options: [
    { name: 'depends-on', type: 'string', arg: 'ID', description: { vi: 'Mã giấy tờ, nguồn dữ liệu hoặc văn bản pháp luật (hoặc số hiệu), hoặc mã thủ tục; thủ tục, giấy tờ và nguồn dữ liệu cũng có thể gọi bằng tên.', en: 'Document, data-source or legal-document id (or number), or procedure code; a procedure, document or data source also by its name.' } },
    {
      name: 'each',
      type: 'string',
      arg: 'KIND',
      choices: Object.keys(EACH_KINDS),
      description: { vi: 'Đếm cho từng thực thể loại này thay vì một ID: giấy tờ, nguồn dữ liệu, văn bản pháp luật, thủ tục.', en: 'Count for each entity of this kind instead of one ID: documents, data sources, legal documents, procedures.' },
    },
    { name: 'by', type: 'string', arg: 'DIMENSION', choices: ['province', 'level', 'field', 'ministry'], description: { vi: 'Chỉ hiện cách nhóm này (mặc định: cả bốn).', en: 'Show only this grouping (default: all four).' } },
    { ...AT_OPTION, description: { vi: 'Chỉ tính các sửa đổi có hiệu lực vào ngày này, YYYY-MM-DD (mặc định: mọi phụ thuộc, ở mọi thời điểm).', en: 'Count only amendments in force on this date, YYYY-MM-DD (default: every dependence, at any date).' } },
    PROVINCE_OPTION,
    WITHOUT_OPTION,
    formatOption(['text', 'json', 'csv', 'markdown']),
    EXCEL_OPTION,
    LANG_OPTION,
    LENIENT_OPTION,
    OUTPUT_OPTION,
  ],
  positionals: ['catalog'],
  examples: [
    { comment: { vi: 'Mỗi tỉnh có bao nhiêu thủ tục phụ thuộc vào sổ hộ khẩu', en: 'How many procedures, in each province, depend on the household book' }, command: 'tthc count catalog/ --depends-on so-ho-khau --by province' },
    { comment: { vi: 'Các thủ tục dựa trên Nghị định 123/2015, theo bộ, ngành, dạng CSV', en: 'Procedures resting on Decree 123/2015, by ministry, as CSV' }, command: 'tthc count catalog/ --depends-on 123/2015/NĐ-CP --by ministry --format csv' },
    { comment: { vi: 'Ở Gia Lai, mỗi giấy tờ có bao nhiêu thủ tục phụ thuộc', en: 'How many procedures depend on each document, in Gia Lai' }, command: 'tthc count catalog/ --each document --province GL' },
  ],
  async run(args, io) {
    const each = stringValue(args, 'each');
    if (each !== undefined) return countEachRun(args, io, EACH_KINDS[each as keyof typeof EACH_KINDS]);
    const id = stringValue(args, 'depends-on');
    if (id === undefined || id.trim() === '') throw new UsageError({ vi: 'Thiếu --depends-on ID.', en: 'Missing --depends-on ID.' }, { vi: 'Ví dụ --depends-on so-ho-khau; hoặc --each document để đếm cho từng giấy tờ.', en: 'For example --depends-on so-ho-khau; or --each document to count for each document.' });
    const at = dateValue(args);
    const worked = await withCatalog(args, io, (catalog, progress) => {
      const province = provinceValue(args, catalog);
      const without = withoutValue(args, catalog);
      // One question per run: the plain count is quicker than compiling the catalog and
      // building the compiled count's graph first, which pays off only over several queries.
      progress.step('dependents');
      try {
        return countDependents(catalog, dependencyTargetValue(id, catalog), { ...(at ? { at } : {}), ...(province ? { province } : {}), without });
      } catch (e) {
        if (e instanceof UnknownDependencyTargetError) {
          throw new UsageError(
            {
              vi: `Danh mục không có giấy tờ, nguồn dữ liệu, văn bản pháp luật hay thủ tục nào là '${id}'.`,
              en: `The catalog has no document, data source, legal document or procedure '${id}'.`,
            },
            suggestNamed(id, dependencyTargets(catalog)) ?? didYouMeanList(e.suggestions.map((s) => `'${s}'`)) ?? targetsHint(catalog),
          );
        }
        throw e;
      }
    });
    if (typeof worked === 'number') return worked;
    const { catalog, value: counts } = worked;
    const by = stringValue(args, 'by') as CountDimension | undefined;
    const lang = langValue(args);
    const targetName = lang === 'en' ? englishName(catalog, counts.target.kind, counts.target.id) : undefined;
    const provinceName = provinceNameIn(catalog, counts.province, lang);
    const validUntil = counts.target.kind === 'document' ? catalog.documents.find((d) => d.id === counts.target.id)?.valid_until : undefined;
    const amends = counts.target.kind === 'legal' && (catalog.legal.find((l) => l.id === counts.target.id)?.amends?.length ?? 0) > 0;
    const shown = {
      ...(by ? { by: [by] } : {}),
      ...(targetName ? { targetName } : {}),
      ...(provinceName ? { provinceName } : {}),
      ...commandSiteOf(io, args),
      lenient: args.values.lenient === true,
      ...(validUntil ? { validUntil } : {}),
      ...(amends ? { amends } : {}),
    };
    emit(io, args, render(counts, stringValue(args, 'format') ?? 'text', lang, shown, outputShape(io, args)));
    return 0;
  },
};

/** tthc count --each KIND: the count of every entity of the kind, in one table. */
async function countEachRun(args: ParsedArgs, io: Io, kind: DependentTargetKind): Promise<number> {
  for (const other of ['depends-on', 'by']) {
    if (args.values[other] !== undefined) {
      throw new UsageError(
        { vi: `--each và --${other} không dùng cùng nhau.`, en: `--each and --${other} do not go together.` },
        { vi: '--each đếm cho từng thực thể, không theo nhóm; --depends-on ID --by … đếm cho một thực thể, theo nhóm.', en: '--each counts for every entity, without groups; --depends-on ID --by … counts for one, in groups.' },
      );
    }
  }
  const at = dateValue(args);
  const worked = await withCatalog(args, io, (catalog, progress) => {
    const province = provinceValue(args, catalog);
    const without = withoutValue(args, catalog);
    progress.step('dependents');
    return countEach(catalog, kind, { ...(at ? { at } : {}), ...(province ? { province } : {}), without });
  });
  if (typeof worked === 'number') return worked;
  const { catalog, value: counts } = worked;
  const lang = langValue(args);
  const format = stringValue(args, 'format') ?? 'text';
  const options = { lang, ...commandSiteOf(io, args), lenient: args.values.lenient === true, ...(counts.province ? { provinceName: provinceNameIn(catalog, counts.province, lang) } : {}) };
  const shape = outputShape(io, args);
  const text =
    format === 'json'
      ? renderCountEachJson(counts)
      : format === 'csv'
        ? renderCountEachCsv(counts, { excel: shape.excel })
        : format === 'markdown'
          ? renderCountEachMarkdown(counts, options)
          : renderCountEachText(counts, { ...options, width: shape.width });
  emit(io, args, text);
  return 0;
}
