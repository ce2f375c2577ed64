import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { ExplanationTooLargeError, renderExplainText } from '../../src/report/explain-text.js';
import { loadReportFixture } from './fixture-analysis.js';

const FIXTURES = ['central-needs', 'deadlock-waits', 'every-province-groups', 'hokhau-small'];
const lineCount = (text: string) => text.split('\n').length - 1;

describe('the limit on the lines of a text explanation', () => {
  for (const name of FIXTURES) {
    const catalog = loadReportFixture(name);
    for (const province of [undefined, catalog.provinces?.[0]?.code]) {
      const result = analyze(catalog, province === undefined ? {} : { province });
      const codes = [...new Set(result.results.map((r) => r.code))];

      it(`writes every explanation of ${name}${province ? ` in ${province}` : ''} that fits, and refuses one line less`, () => {
        for (const code of codes) {
          for (const lang of ['vi', 'en'] as const) {
            const text = renderExplainText(result, code, { lang, maxLines: Infinity });
            const lines = lineCount(text);
            expect(renderExplainText(result, code, { lang })).toBe(text);
            expect(renderExplainText(result, code, { lang, maxLines: lines })).toBe(text);
            let thrown: unknown;
            try {
              renderExplainText(result, code, { lang, maxLines: lines - 1 });
            } catch (e) {
              thrown = e;
            }
            expect(thrown).toBeInstanceOf(ExplanationTooLargeError);
            expect(thrown).toMatchObject({ procedure: code, maxLines: lines - 1 });
          }
        }
      });
    }
  }
});
