import type { AnalysisResult } from '../analysis/result-types.js';
import { expectArgument, expectOptions, expectWriter } from '../util/expect-argument.js';
import { writeJsonWithList } from '../util/write-json.js';
import { baselineOption, type BaselineView } from './baseline-report.js';

export interface BlockedJsonOptions {
  /** The result set against a baseline: the JSON gains a `baseline` block (new and stale findings, counts). */
  baseline?: BaselineView;
}

/** The result as the JSON prints it: with its `baseline` block when one is given. */
function jsonValue(result: AnalysisResult, options: BlockedJsonOptions, fn: string): Record<string, unknown> {
  expectOptions(options, fn, '{ baseline }');
  expectArgument(result, 'AnalysisResult', fn);
  const view = baselineOption(options.baseline, fn);
  if (!view) return result as unknown as Record<string, unknown>;
  const c = view.comparison;
  return { ...result, baseline: { file: view.file, new: c.new, known: c.known.length, stale: c.stale, out_of_scope: c.outOfScope } };
}

/**
 * The whole analysis result as JSON: every procedure and province, met ones too. A national
 * result can be longer than one string can be: `writeBlockedJson` writes it in pieces.
 */
export function renderBlockedJson(result: AnalysisResult, options: BlockedJsonOptions = {}): string {
  return `${JSON.stringify(jsonValue(result, options, 'renderBlockedJson'), null, 2)}\n`;
}

/**
 * The same text as `renderBlockedJson`, given to `write` a piece at a time (the results a
 * batch at a time), so that it is never held as one string.
 */
export function writeBlockedJson(result: AnalysisResult, write: (piece: string) => void, options: BlockedJsonOptions = {}): void {
  expectWriter(write, 'writeBlockedJson');
  writeJsonWithList(write, jsonValue(result, options, 'writeBlockedJson'), 'results');
}
