import type { WhatIfResult } from '../analysis/whatif-types.js';
import { csvTable, expectCsvOptions, type CsvOptions } from './csv.js';
import type { Lang } from './labels.js';
import { whatifReason } from './whatif-rows.js';
import { reportLang } from '../util/expect-argument.js';

/** Column names of the what-if CSV: stable, English, snake_case, whatever the language. */
export const WHATIF_CSV_HEADER = [
  'code',
  'name',
  'province',
  'change',
  'status_before',
  'paper_before',
  'status_after',
  'paper_after',
  'by_reform',
  'reason',
  'best_form_before',
  'best_form_after',
] as const;

/**
 * One CSV record per evaluation the reform changes or leaves blocked (RFC 4180). `change`
 * is the stable kind (newly-met, still-blocked…); `reason` is in `lang`; the last two
 * columns are the form of the best path on each side (data, electronic, card, paper; empty
 * unless met), after the others so that readers of the earlier columns read on. With
 * `excel`, for a file to open in Excel (`CsvOptions`).
 */
export function renderWhatIfCsv(result: WhatIfResult, options: { lang?: Lang } & CsvOptions = {}): string {
  const lang = reportLang(result, 'WhatIfResult', 'renderWhatIfCsv', options);
  expectCsvOptions(options, 'renderWhatIfCsv');
  const rows = result.entries.map((e) => [
    e.code,
    e.name,
    e.province ?? '',
    e.change,
    e.before?.status ?? '',
    e.before?.paper ?? '',
    e.after?.status ?? '',
    e.after?.paper ?? '',
    e.requirements.some((r) => r.by_reform),
    whatifReason(result, e, lang),
    e.before?.best_form ?? '',
    e.after?.best_form ?? '',
  ]);
  return csvTable([...WHATIF_CSV_HEADER], rows, options);
}
