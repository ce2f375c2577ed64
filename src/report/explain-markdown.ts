import type { AnalysisResult } from '../analysis/result-types.js';
import { mdText } from './markdown-table.js';
import { EXPLAIN_MAX_LINES, explanation } from './explain-text.js';
import type { ExplainNode, ExplainTextOptions } from './explain-text.js';
import { expectArgument, expectOptions } from '../util/expect-argument.js';
import { explainNext } from './explain-next.js';
import { label } from './labels.js';
import { commandSite, nextMarkdownLines } from './next-commands.js';
import { pushAll } from '../util/push-all.js';

function list(nodes: ExplainNode[], indent: string, out: string[]): void {
  for (const n of nodes) {
    out.push(`${indent}- ${mdText(n.text)}`);
    list(n.children, `${indent}  `, out);
  }
}

/**
 * The explanation of one procedure as Markdown, for a pull request or a wiki page: the tree of
 * `renderExplainText` as nested lists, under a heading for each group of provinces whose
 * trees read the same. Throws `ExplanationTooLargeError` past `maxLines` lines of tree, as the
 * text does.
 */
export function renderExplainMarkdown(result: AnalysisResult, code: string, options: ExplainTextOptions = {}): string {
  expectOptions(options, 'renderExplainMarkdown', '{ lang: "en" }');
  expectArgument(result, 'AnalysisResult', 'renderExplainMarkdown');
  const e = explanation(result, code, options.lang ?? 'vi', options.maxLines ?? EXPLAIN_MAX_LINES, options.provinceName);
  const out: string[] = [`# ${mdText(e.title)}`, ''];
  if (e.none !== undefined) out.push(mdText(e.none), '');
  for (const g of e.groups) {
    out.push(`## ${mdText(g.heading)}`, '');
    if (g.provinces !== undefined) out.push(mdText(g.provinces), '');
    list(g.tree, '', out);
    out.push('');
  }
  const site = commandSite(options);
  if (site !== undefined) pushAll(out, nextMarkdownLines(label(options.lang ?? 'vi', 'next'), explainNext(result, code, site, options.lang ?? 'vi')));
  return `${out.join('\n').trimEnd()}\n`;
}
