import { countDependents } from '../../analysis/count-dependents.js';
import { UnknownDependencyTargetError } from '../../analysis/dependents-target.js';
import type { CountDimension, DependentCounts } from '../../analysis/dependents-types.js';
import { renderCountCsv, renderCountJson, renderCountMarkdown, renderCountText } from '../../report/count-report.js';
import type { Lang } from '../../report/labels.js';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { loadForCommand } from '../load.js';
import {
  AT_OPTION,
  dateValue,
  emit,
  formatOption,
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

/** "'a'", "'a' or 'b'", "'a', 'b' or 'c'". */
function orList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function render(c: DependentCounts, format: string, lang: Lang, by?: CountDimension[]): string {
  const options = { lang, ...(by ? { by } : {}) };
  if (format === 'json') return renderCountJson(c, options);
  if (format === 'csv') return renderCountCsv(c, options);
  if (format === 'markdown') return renderCountMarkdown(c, options);
  return renderCountText(c, options);
}

export const countCommand: Command = {
  name: 'count',
  summary: 'Count the procedures that depend on a document, data source, legal document or procedure.',
  usage: 'tthc count <catalog> --depends-on ID [--by province|level|field|ministry] [--at DATE] [--province CODE] [--format FORMAT]',
  description: [
    'Finds every procedure that depends on ID, directly or through the procedures it needs and',
    'those it must complete to obtain a document, and counts them by province (a procedure run',
    'in every province counts once in each; central procedures in their own group), level,',
    'field and ministry, all in one pass. Without --at every dependence the catalog records',
    'counts; with --at only amendments in force that day, and dropped requirements no longer',
    'count. See docs/semantics.md, "What depends on what".',
  ].join('\n'),
  options: [
    { name: 'depends-on', type: 'string', arg: 'ID', description: 'Document, data-source or legal-document id (or number), or procedure code.' },
    { name: 'by', type: 'string', arg: 'DIMENSION', choices: ['province', 'level', 'field', 'ministry'], description: 'Show only this grouping (default: all four).' },
    { ...AT_OPTION, description: 'Count only amendments in force on this date, YYYY-MM-DD (default: every dependence, at any date).' },
    PROVINCE_OPTION,
    WITHOUT_OPTION,
    formatOption(['text', 'json', 'csv', 'markdown']),
    LANG_OPTION,
    LENIENT_OPTION,
    OUTPUT_OPTION,
  ],
  positionals: ['catalog'],
  examples: [
    { comment: 'How many procedures, in each province, depend on the household book', command: 'tthc count catalog/ --depends-on so-ho-khau --by province' },
    { comment: 'Procedures resting on Decree 123/2015, by ministry, as CSV', command: 'tthc count catalog/ --depends-on 123/2015/NĐ-CP --by ministry --format csv' },
  ],
  async run(args, io) {
    const id = stringValue(args, 'depends-on');
    if (id === undefined || id.trim() === '') throw new UsageError('Missing --depends-on ID.', 'For example --depends-on so-ho-khau.');
    const at = dateValue(args);
    const catalog = await loadForCommand(args, io);
    if (typeof catalog === 'number') return catalog;
    const province = provinceValue(args, catalog);
    const without = withoutValue(args, catalog);
    let counts: DependentCounts;
    try {
      counts = countDependents(catalog, id, { ...(at ? { at } : {}), ...(province ? { province } : {}), without });
    } catch (e) {
      if (e instanceof UnknownDependencyTargetError) {
        throw new UsageError(
          `The catalog has no document, data source, legal document or procedure '${id}'.`,
          e.suggestions.length ? `Did you mean ${orList(e.suggestions.map((s) => `'${s}'`))}?` : undefined,
        );
      }
      throw e;
    }
    const by = stringValue(args, 'by') as CountDimension | undefined;
    emit(io, args, render(counts, stringValue(args, 'format') ?? 'text', langValue(args), by ? [by] : undefined));
    return 0;
  },
};
