import { findingKey, type Baseline, type BaselineComparison, type BaselineFinding, type FindingKind } from '../analysis/baseline/compare.js';
import type { AnalysisResult } from '../analysis/result-types.js';
import { compareCodes } from './blocked-rows.js';
import { provinceCell, provinceCellInFull } from './describe.js';
import { provincesEvaluated } from './province-group.js';
import type { Lang } from './labels.js';
import { label } from './labels.js';
import { markdownTable, mdText } from './markdown-table.js';
import { keyValueLines, textTable } from './text-table.js';
import { expectArgument, givenWords, WrongArgumentError } from '../util/expect-argument.js';

/** An analysis set against a baseline file, as the reports of `tthc blocked --baseline` show it. */
export interface BaselineView {
  /** The baseline file's name, as the reports say it. */
  file: string;
  comparison: BaselineComparison;
  /** True when the baseline was piped in rather than read from `file`: there is no file to write again, so its stale entries come without the hint to. */
  piped?: boolean;
}

/** The hint under a baseline's stale entries: how to write the file again without them; none for a piped baseline. */
export function staleHint(view: BaselineView, lang: Lang): string | undefined {
  return view.piped ? undefined : label(lang, 'baseline.stale-hint', { file: view.file });
}

/** Refuses a `baseline` option of a renderer that is not a BaselineView; returns it. */
export function baselineOption(view: unknown, fn: string): BaselineView | undefined {
  if (view === undefined) return undefined;
  const v = view as Partial<BaselineView> | null;
  if (v === null || typeof v !== 'object' || typeof v.file !== 'string') {
    throw new WrongArgumentError('INVALID_OPTIONS', `baseline of ${fn} must be an object { file, comparison }: the baseline file's name and compareWithBaseline(result, baseline); got ${givenWords(view)}.`, 'options');
  }
  expectArgument(v.comparison, 'BaselineComparison', `${fn}'s baseline.comparison`);
  return v as BaselineView;
}

/** The keys (`findingKey`) of the findings the baseline lists: the reports leave them out. */
export function knownKeys(view: BaselineView | undefined): ReadonlySet<string> | undefined {
  return view ? new Set(view.comparison.known.map(findingKey)) : undefined;
}

function countPairs(view: BaselineView, lang: Lang): [string, number][] {
  const c = view.comparison;
  const pairs: [string, number][] = [
    [label(lang, 'baseline.new'), c.new.length],
    [label(lang, 'baseline.known'), c.known.length],
    [label(lang, 'baseline.stale'), c.stale.length],
  ];
  if (c.outOfScope > 0) pairs.push([label(lang, 'baseline.out-of-scope'), c.outOfScope]);
  return pairs;
}

/** The stale entries grouped by procedure and finding, in code order, with the provinces of each. */
function staleGroups(stale: readonly BaselineFinding[]): { code: string; finding: FindingKind; provinces: (string | null)[] }[] {
  const groups = new Map<string, { code: string; finding: FindingKind; provinces: (string | null)[] }>();
  for (const f of stale) {
    const k = `${f.code}\u0000${f.finding}`;
    const g = groups.get(k);
    if (g) g.provinces.push(f.province);
    else groups.set(k, { code: f.code, finding: f.finding, provinces: [f.province] });
  }
  return [...groups.values()].sort((a, b) => compareCodes(a.code, b.code));
}

const STALE_COLUMNS = ['col.code', 'col.finding', 'col.provinces'] as const;

/**
 * The text report's last block: how many findings are new and known, and the baseline's
 * stale entries, a line per procedure and finding, their provinces told as the report's
 * rows tell them (of where `result` evaluates the procedure).
 */
export function baselineText(view: BaselineView, lang: Lang, result: AnalysisResult, maxProvinces: number): string {
  const out = [`\n${label(lang, 'title.baseline', { file: view.file })}\n`, keyValueLines(countPairs(view, lang))];
  const stale = view.comparison.stale;
  if (stale.length) {
    const runsIn = provincesEvaluated(result);
    const rows = staleGroups(stale).map((g) => [g.code, label(lang, `status.${g.finding}`), provinceCell(g.provinces, lang, maxProvinces, runsIn.get(g.code))]);
    out.push('\n', textTable(STALE_COLUMNS.map((c) => ({ header: label(lang, c) })), rows));
    const hint = staleHint(view, lang);
    if (hint) out.push(`\n${hint}\n`);
  }
  return out.join('');
}

/** The same block in Markdown, every province named (or "all 63 provinces where it runs"). */
export function baselineMarkdown(view: BaselineView, lang: Lang, result: AnalysisResult): string {
  const out = [`\n## ${mdText(label(lang, 'title.baseline', { file: view.file }))}\n\n`];
  out.push(markdownTable([label(lang, 'col.measure'), label(lang, 'col.value')], countPairs(view, lang), ['left', 'right']));
  const stale = view.comparison.stale;
  if (stale.length) {
    const runsIn = provincesEvaluated(result);
    const rows = staleGroups(stale).map((g) => [g.code, label(lang, `status.${g.finding}`), provinceCellInFull(g.provinces, lang, runsIn.get(g.code))]);
    out.push('\n', markdownTable(STALE_COLUMNS.map((c) => label(lang, c)), rows));
    const hint = staleHint(view, lang);
    if (hint) out.push(`\n${mdText(hint)}\n`);
  }
  return out.join('');
}

/** A baseline as its file holds it (schemas/baseline.schema.json): JSON, one finding a line. */
export function renderBaselineJson(baseline: Baseline): string {
  expectArgument(baseline, 'Baseline', 'renderBaselineJson');
  const lines = baseline.findings.map((f) => `    ${JSON.stringify({ code: f.code, province: f.province, finding: f.finding })}`);
  return `{\n  "version": 1,\n  "findings": [${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}
