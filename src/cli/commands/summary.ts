import { AnalysisOptionError } from '../../analysis/errors.js';
import { summarizeCatalog } from '../../analysis/summary.js';
import { renderSummaryText } from '../../report/summary-text.js';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { loadForCommand } from '../load.js';
import { AT_OPTION, dateValue, emit, formatOption, LANG_OPTION, langValue, LENIENT_OPTION, OUTPUT_OPTION, stringValue } from '../options.js';

export const summaryCommand: Command = {
  name: 'summary',
  summary: 'Tell the story of a catalog in one screen: sunsets, what they block, what relieves them, published figures.',
  usage: 'tthc summary <catalog> [--at DATE] [--lang vi|en] [--format text|json]',
  description: [
    'For each document with a sunset (valid_until): how many procedures depend on it, what is',
    'blocked on its last day and on the day after, what the day after would look like without',
    'each legal document whose amendments relieve it, and where a card or paper document is',
    'still needed. Then the whole catalog at --at (default: the cutoff), and the catalog’s own',
    'count next to each published figure (catalog.reported). See docs/semantics.md, "The summary".',
  ].join('\n'),
  options: [AT_OPTION, LANG_OPTION, formatOption(['text', 'json']), LENIENT_OPTION, OUTPUT_OPTION],
  positionals: ['catalog'],
  examples: [
    { comment: 'The bundled catalog, in Vietnamese (what `npm start` runs)', command: 'tthc summary catalog/' },
    { comment: 'In English, with the whole-catalog snapshot on the day before the sunset', command: 'tthc summary catalog/ --at 2022-12-31 --lang en' },
  ],
  async run(args, io) {
    const at = dateValue(args);
    const catalog = await loadForCommand(args, io);
    if (typeof catalog === 'number') return catalog;
    let summary;
    try {
      summary = summarizeCatalog(catalog, { ...(at ? { at } : {}), lenient: args.values.lenient === true });
    } catch (e) {
      if (e instanceof AnalysisOptionError) throw new UsageError(e.message, 'Give a date with --at YYYY-MM-DD.');
      throw e;
    }
    const text =
      stringValue(args, 'format') === 'json'
        ? `${JSON.stringify(summary, null, 2)}\n`
        : renderSummaryText(summary, { lang: langValue(args), source: args.positionals[0] });
    emit(io, args, text);
    return 0;
  },
};
