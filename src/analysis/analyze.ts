import type { Catalog } from '../catalog/types.js';
import { didYouMean, suggest } from '../text/suggest.js';
import { compileCatalog } from './compile-catalog.js';
import type { CompiledCatalog } from './compiled-types.js';
import { isIsoDate } from './day.js';
import { AnalysisOptionError, UnresolvedCatalogError } from './errors.js';
import { evaluateCatalog, reevaluateCatalog } from './evaluate-catalog.js';
import type { Evaluation } from './evaluation-types.js';
import { materializeResult } from './materialize-result.js';
import type { AnalysisResult } from './result-types.js';
import { expectArgument, expectOptions, expectRecord } from '../util/expect-argument.js';
import { matchProvinceCode, provincesNamed } from '../catalog/province-code.js';

export interface AnalyzeOptions {
  /** The date to analyse (YYYY-MM-DD). Default: the catalog's `cutoff`. */
  at?: string;
  /** Only evaluations in this province, plus every central procedure. */
  province?: string | null;
  /** Legal documents (ids or numbers) whose amendments are all ignored: "what if it had never been issued". */
  without?: readonly string[];
  /**
   * Ids of documents the applicant does not hold ("a citizen without a CCCD card"): never
   * available as a candidate, at any date or province, so requirements fall back to other candidates.
   */
  lacking?: readonly string[];
  /** Report what depends on unresolved references as `unknown` instead of refusing the catalog. */
  lenient?: boolean;
}

/**
 * Which procedures are blocked at a date, in every province (or one), and why. Throws
 * `AnalysisOptionError` for a missing or invalid date, an unknown province, legal
 * document or lacking document, and `UnresolvedCatalogError` for unresolved references without `lenient`.
 */
export function analyze(catalog: Catalog, options: AnalyzeOptions = {}): AnalysisResult {
  return analyzeCompiled(compileCatalog(catalog), options);
}

/** `analyze` on a catalog compiled once with `compileCatalog`, for repeated questions. */
export function analyzeCompiled(compiled: CompiledCatalog, options: AnalyzeOptions = {}): AnalysisResult {
  expectArgument(compiled, 'CompiledCatalog', 'analyzeCompiled');
  return evaluatedAnalysis(compiled, options).result;
}

/** An analysis with the evaluation it reads, and the slot of its province (null: every province). */
export interface EvaluatedAnalysis {
  result: AnalysisResult;
  evaluation: Evaluation;
  only: number | null;
}

/**
 * `analyzeCompiled`, keeping the evaluation (to compare analyses without listing their
 * results). `deadlocks: false` skips the greatest fixpoint, for a caller that reads only
 * statuses and forms (the summary): those are the same, but the result then lists no
 * deadlocks and no explanation calls a procedure deadlocked. `base`, the evaluation of
 * another analysis of the same compiled catalog and province (e.g. at another date): the
 * evaluation is computed from it (`reevaluateCatalog`), the same as computed afresh, and
 * faster when the two differ in few procedures. `reuse`, with `base`: the evaluation of an
 * analysis no longer read, whose arrays the new one is written over (see `reevaluateCatalog`).
 */
export function evaluatedAnalysis(
  compiled: CompiledCatalog,
  options: AnalyzeOptions = {},
  { deadlocks = true, base, reuse }: { deadlocks?: boolean; base?: Evaluation; reuse?: Evaluation } = {},
): EvaluatedAnalysis {
  checkOptionTypes(options);
  const lenient = options.lenient === true;
  if (!lenient && compiled.unresolved.length > 0) throw new UnresolvedCatalogError(compiled.unresolved);
  const at = analysisDate(compiled.source, options.at);
  const province = analysisProvince(compiled, options.province ?? null);
  const without = withoutLegal(compiled, options.without ?? []);
  const lacking = lackingDocuments(compiled, options.lacking ?? []);
  const evaluateOptions = {
    at,
    without: without.map((l) => l.index),
    lacking: lacking.map((d) => d.index),
    province: province === null ? undefined : compiled.provinceIndex.get(province),
    deadlocks,
  };
  const evaluation = base === undefined ? evaluateCatalog(compiled, evaluateOptions) : reevaluateCatalog(compiled, base, evaluateOptions, reuse);
  const result = materializeResult(compiled, evaluation, {
    province,
    without: without.map((l) => l.id),
    lacking: lacking.map((d) => d.id),
    lenient,
  });
  return { result, evaluation, only: province === null ? null : compiled.provinceIndex.get(province)! };
}

/** Options of the wrong type (from JavaScript) get the error of the option, not a TypeError from inside. */
function checkOptionTypes(options: AnalyzeOptions): void {
  expectOptions(options, 'analyze', '{ at: "2023-01-01", province: "HN" }');
  const { at, province, without, lacking } = options;
  if (at !== undefined && typeof at !== 'string') {
    throw new AnalysisOptionError('INVALID_DATE', `at must be a date written YYYY-MM-DD, e.g. "2023-01-01", not ${typeof at === 'object' ? 'an object' : JSON.stringify(at)}.`);
  }
  if (province !== undefined && province !== null && typeof province !== 'string') {
    throw new AnalysisOptionError('UNKNOWN_PROVINCE', `province must be a province code such as "HN", not ${JSON.stringify(province)}.`);
  }
  if (without !== undefined && (!Array.isArray(without) || without.some((w) => typeof w !== 'string'))) {
    throw new AnalysisOptionError('UNKNOWN_LEGAL', `without must be a list of legal document ids or numbers, e.g. ["nd-104-2022"], not ${JSON.stringify(without)}.`);
  }
  if (lacking !== undefined && (!Array.isArray(lacking) || lacking.some((d) => typeof d !== 'string'))) {
    throw new AnalysisOptionError('UNKNOWN_DOCUMENT', `lacking must be a list of document ids, e.g. ["cccd"], not ${JSON.stringify(lacking)}.`);
  }
}

/** The date to analyse: the option, else the catalog's cutoff. */
export function analysisDate(catalog: Catalog, at: string | undefined): string {
  expectRecord(catalog, 'analysisDate', 'a catalog');
  const date = at ?? catalog.catalog?.cutoff;
  if (date === undefined) {
    throw new AnalysisOptionError(
      'MISSING_DATE',
      'No analysis date: the catalog sets no cutoff. Give a date (YYYY-MM-DD), e.g. at: "2023-01-01".',
    );
  }
  if (!isIsoDate(date)) {
    throw new AnalysisOptionError('INVALID_DATE', `"${date}" is not a calendar date written YYYY-MM-DD, e.g. 2023-01-01.`);
  }
  return date;
}

/**
 * The code of the province an analysis is asked about (null: none), as the catalog writes it;
 * AnalysisOptionError, with the closest codes, for a province the catalog does not have.
 */
export function analysisProvince(c: CompiledCatalog, province: string | null): string | null {
  if (province === null) return null;
  const code = matchProvinceCode(c.provinces, province);
  if (code !== undefined) return code;
  // A name, with or without diacritics ("Gia Lai", "ha noi"), names its province.
  const named = provincesNamed(c.source.provinces, province);
  if (named.length > 0) {
    throw new AnalysisOptionError(
      'UNKNOWN_PROVINCE',
      `The catalog has no province "${province}". Did you mean ${named.map((p) => `'${p.code}' (${p.name})`).join(' or ')}? Provinces are given by code.`,
      named.map((p) => p.code),
    );
  }
  const suggestions = suggest(province, c.provinces);
  throw new AnalysisOptionError(
    'UNKNOWN_PROVINCE',
    `The catalog has no province "${province}". ${didYouMean(province, c.provinces)}`.trim(),
    suggestions,
  );
}

function withoutLegal(c: CompiledCatalog, refs: readonly string[]): { id: string; index: number }[] {
  const out: { id: string; index: number }[] = [];
  for (const ref of refs) {
    const index = c.legal.indexOf(ref);
    if (index < 0) {
      const known = c.source.legal.flatMap((l) => [l.id, l.number]);
      const suggestions = suggest(ref, known);
      throw new AnalysisOptionError(
        'UNKNOWN_LEGAL',
        `The catalog has no legal document "${ref}" (by id or number). ${didYouMean(ref, known)}`.trim(),
        suggestions,
      );
    }
    if (!out.some((l) => l.index === index)) out.push({ id: c.source.legal[index].id, index });
  }
  return out;
}

/** The documents of `lacking`, by id, each once in the order given. */
function lackingDocuments(c: CompiledCatalog, ids: readonly string[]): { id: string; index: number }[] {
  const out: { id: string; index: number }[] = [];
  for (const id of ids) {
    const index = c.documentIndex.get(id);
    if (index === undefined) {
      const known = [...c.documentIndex.keys()];
      const suggestions = suggest(id, known);
      throw new AnalysisOptionError(
        'UNKNOWN_DOCUMENT',
        `The catalog has no document "${id}". ${didYouMean(id, known)}`.trim(),
        suggestions,
      );
    }
    if (!out.some((d) => d.index === index)) out.push({ id, index });
  }
  return out;
}
