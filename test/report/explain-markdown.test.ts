import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { renderExplainMarkdown } from '../../src/report/explain-markdown.js';
import { ExplanationTooLargeError, renderExplainText } from '../../src/report/explain-text.js';
import { mdText } from '../../src/report/markdown-table.js';
import { loadBundled } from '../catalog-data/helpers.js';
import { loadReportFixture } from './fixture-analysis.js';

type Line = { depth: number; text: string };

/** The text explanation as lines with their depth in the tree (-1 for the title, headings and province lines). */
function fromText(text: string): Line[] {
  return text
    .trimEnd()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const m = /^((?:[│ ] {2})*)[├└]─ (.*)$/.exec(l);
      return m ? { depth: m[1].length / 3, text: mdText(m[2]) } : { depth: -1, text: mdText(l) };
    });
}

/** The Markdown explanation as the same lines: list items by their indent, headings and paragraphs at -1. */
function fromMarkdown(md: string): Line[] {
  return md
    .trimEnd()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const m = /^((?: {2})*)- (.*)$/.exec(l);
      return m ? { depth: m[1].length / 2, text: m[2] } : { depth: -1, text: l.replace(/^#{1,2} /, '') };
    });
}

describe('renderExplainMarkdown', () => {
  it('writes the text tree as nested lists, line for line, for every procedure of the bundled catalog', async () => {
    const { catalog } = await loadBundled();
    for (const options of [{ at: '2023-01-01' }, { at: '2023-01-01', province: 'GL', without: ['nd-104-2022'] }]) {
      const result = analyze(catalog!, options);
      for (const code of new Set(result.results.map((r) => r.code))) {
        for (const lang of ['vi', 'en'] as const) {
          const md = renderExplainMarkdown(result, code, { lang });
          expect(fromMarkdown(md), code).toEqual(fromText(renderExplainText(result, code, { lang })));
          expect(md).toMatch(/^# .+\n\n## /);
        }
      }
    }
  });

  it('keeps the limit on lines of the text, and says when a procedure has no evaluation', () => {
    const result = analyze(loadReportFixture('every-province-groups'));
    const code = result.results[0].code;
    const lines = renderExplainText(result, code, { maxLines: Infinity }).split('\n').length - 1;
    expect(() => renderExplainMarkdown(result, code, { maxLines: lines - 1 })).toThrow(ExplanationTooLargeError);
    expect(renderExplainMarkdown(result, code, { maxLines: lines })).toContain('\n- ');
    expect(renderExplainMarkdown(result, 'no-such', { lang: 'en' })).toMatch(/^# Explanation on \d{4}-\d{2}-\d{2}\n\nThe result has no evaluation of procedure no-such\.\n$/);
  });
});
