import type { AnalysisResult, ProcedureResult } from '../analysis/result-types.js';
import { findingKey, findingOf } from '../analysis/baseline/compare.js';
import { baselineOption, knownKeys, type BaselineView } from './baseline-report.js';
import { csvTable, expectCsvOptions, type CsvOptions } from './csv.js';
import { blockBasis, blockReason, paperSteps } from './describe.js';
import { expectArgument, expectOptions } from '../util/expect-argument.js';

/** Column names of the CSV report: stable, English, snake_case, whatever the language. */
export const BLOCKED_CSV_HEADER = [
  'code',
  'name',
  'province',
  'level',
  'field',
  'ministry',
  'essential',
  'status',
  'paper',
  'best_form',
  'deadlock',
  'unmet_documents',
  'blocked_needs',
  'basis',
  'reason',
] as const;

/**
 * One CSV record per evaluation (procedure × province), met ones too, RFC 4180 quoted.
 * Multi-valued cells are joined with "; ". `reason` says why it is blocked or unknown, or
 * which steps still need paper; it is in `lang` (default Vietnamese). Given a `baseline`,
 * a last column `baseline` says of each finding whether it is `new` or `known` (empty for
 * an evaluation met with no paper). With `excel`, for a file to open in Excel (`CsvOptions`).
 */
export function renderBlockedCsv(result: AnalysisResult, options: { lang?: 'vi' | 'en'; baseline?: BaselineView } & CsvOptions = {}): string {
  expectOptions(options, 'renderBlockedCsv', '{ lang: "en" }');
  expectCsvOptions(options, 'renderBlockedCsv');
  expectArgument(result, 'AnalysisResult', 'renderBlockedCsv');
  const lang = options.lang ?? 'vi';
  const known = knownKeys(baselineOption(options.baseline, 'renderBlockedCsv'));
  const rows = result.results.map((r) => {
    const unmet = r.requirements.filter((q) => q.status !== 'met').map((q) => q.document);
    const needs = r.needs.filter((n) => n.status !== 'met').map((n) => (n.province ? `${n.code}@${n.province}` : n.code));
    const reason = r.status === 'met' ? (r.paper ? paperSteps(r, lang) : '') : blockReason(result, r, lang);
    return [
      r.code,
      r.name,
      r.province ?? '',
      r.level.join('; '),
      r.field ?? '',
      r.ministry ?? '',
      r.essential,
      r.status,
      r.paper,
      r.best_form ?? '',
      r.deadlock,
      unmet.join('; '),
      needs.join('; '),
      r.status === 'met' ? '' : blockBasis(r, lang),
      reason,
      ...(known ? [baselineCell(r, known)] : []),
    ];
  });
  return csvTable(known ? [...BLOCKED_CSV_HEADER, 'baseline'] : [...BLOCKED_CSV_HEADER], rows, options);
}

/** `new` or `known` for a finding, against the keys of the known ones; empty for an evaluation that is no finding. */
function baselineCell(r: ProcedureResult, known: ReadonlySet<string>): string {
  const finding = findingOf(r);
  if (finding === null) return '';
  return known.has(findingKey({ code: r.code, province: r.province, finding })) ? 'known' : 'new';
}
