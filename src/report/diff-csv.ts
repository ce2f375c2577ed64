import type { DiffResult } from '../analysis/diff-types.js';
import { SECTIONS } from '../catalog/types.js';
import { csvTable, expectCsvOptions, type CsvOptions } from './csv.js';
import { expectArgument, expectOptions } from '../util/expect-argument.js';

/** Column names of the diff CSV: stable, English, snake_case. */
export const DIFF_CSV_HEADER = [
  'kind',
  'section',
  'id',
  'province',
  'change',
  'fields',
  'status_before',
  'paper_before',
  'status_after',
  'paper_after',
  'best_form_before',
  'best_form_after',
] as const;

/**
 * The diff as one CSV (RFC 4180): a record per entity added, removed or changed
 * (`kind` = entity, `change` = added/removed/changed, `fields` joined with "; "), then a
 * record per evaluation whose state changed (`kind` = evaluation, `change` = the stable kind,
 * and the form of its best path on each side: data, electronic, card, paper, or empty unless
 * met). The form columns come last, so that readers of the earlier columns read on. With
 * `excel`, for a file to open in Excel (`CsvOptions`).
 */
export function renderDiffCsv(result: DiffResult, options: CsvOptions = {}): string {
  expectOptions(options, 'renderDiffCsv', '{ excel: true }');
  expectCsvOptions(options, 'renderDiffCsv');
  expectArgument(result, 'DiffResult', 'renderDiffCsv');
  const rows: (string | boolean)[][] = [];
  if (result.entities.catalog.length) rows.push(['entity', 'catalog', '', '', 'changed', result.entities.catalog.map((f) => f.field).join('; '), '', '', '', '', '', '']);
  for (const s of SECTIONS) {
    const d = result.entities.sections[s];
    for (const id of d.added) rows.push(['entity', s, id, '', 'added', '', '', '', '', '', '', '']);
    for (const id of d.removed) rows.push(['entity', s, id, '', 'removed', '', '', '', '', '', '', '']);
    for (const c of d.changed) rows.push(['entity', s, c.id, '', 'changed', c.fields.map((f) => f.field).join('; '), '', '', '', '', '', '']);
  }
  for (const c of result.changes) {
    rows.push(['evaluation', 'procedures', c.code, c.province ?? '', c.change, '', c.before?.status ?? '', c.before?.paper ?? '', c.after?.status ?? '', c.after?.paper ?? '', c.before?.best_form ?? '', c.after?.best_form ?? '']);
  }
  return csvTable([...DIFF_CSV_HEADER], rows, options);
}
