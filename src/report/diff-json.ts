import type { DiffResult } from '../analysis/diff-types.js';
import { writeJsonWithList } from '../util/write-json.js';
import { expectArgument, expectWriter } from '../util/expect-argument.js';

/** The whole diff as JSON, field values before and after included. */
export function renderDiffJson(result: DiffResult): string {
  expectArgument(result, 'DiffResult', 'renderDiffJson');
  return `${JSON.stringify(result, null, 2)}\n`;
}

/**
 * The same text as `renderDiffJson`, given to `write` a piece at a time (the changed
 * evaluations a batch at a time): two national catalogs can differ by more than one string
 * can hold.
 */
export function writeDiffJson(result: DiffResult, write: (piece: string) => void): void {
  expectArgument(result, 'DiffResult', 'writeDiffJson');
  expectWriter(write, 'writeDiffJson');
  writeJsonWithList(write, result as unknown as Record<string, unknown>, 'changes');
}
