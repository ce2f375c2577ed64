import { describe, expect, it } from 'vitest';
import { summarizeCatalog } from '../../src/analysis/summary.js';
import { renderSummaryMarkdown } from '../../src/report/summary-markdown.js';
import { renderSummaryText } from '../../src/report/summary-text.js';
import { loadSummaryFixture } from '../analysis/summary-fixtures.js';
import { expectGolden } from './golden.js';

// Golden files: the Markdown of a real summary of a fixture catalog. To accept a change:
// TTHC_UPDATE_GOLDEN=1 npx vitest run test/report/summary-markdown.test.ts, then review the diff.
const golden = (name: string, actual: string) => expectGolden(actual, new URL(`../fixtures/summary/${name}`, import.meta.url));

const summary = summarizeCatalog(loadSummaryFixture('two-sunsets'));

/** A line of the text screen or of the Markdown with its layout taken off: bullets, marks, indents, dates' columns. */
const words = (line: string) =>
  line
    .replace(/^\s*(?:[-■#]+\s+)+/, '')
    .replace(/\*\*(\d{4}-\d{2}-\d{2})\*\* \(([^)]*)\):/, '$1 $2')
    .replace(/\s+/g, ' ')
    .trim();

describe('renderSummaryMarkdown', () => {
  it('matches the Vietnamese and English golden files', () => {
    golden('two-sunsets/summary.vi.md', renderSummaryMarkdown(summary, { source: 'catalog/' }));
    golden('two-sunsets/summary.en.md', renderSummaryMarkdown(summary, { lang: 'en', source: 'catalog/' }));
  });

  it('says what the text screen says about each document with a sunset and the whole catalog, line for line', () => {
    for (const fixture of ['two-sunsets', 'cardless', 'no-sunset']) {
      const s = summarizeCatalog(loadSummaryFixture(fixture));
      for (const lang of ['vi', 'en'] as const) {
        const text = renderSummaryText(s, { lang }).split('\n');
        // From the title down to the published figures, whose table is laid out otherwise.
        const statements = text.slice(0, text.findIndex((l) => /^(Số liệu công bố|Published figures)/.test(l))).map(words).filter(Boolean);
        const md = renderSummaryMarkdown(s, { lang }).split('\n').map(words);
        let at = 0;
        for (const line of statements) {
          const found = md.indexOf(line, at);
          expect(found, `${fixture} ${lang}: '${line}'`).toBeGreaterThanOrEqual(0);
          at = found + 1;
        }
      }
    }
  });

  it('puts the published figures in a table and the next commands in a code block', () => {
    const md = renderSummaryMarkdown(summary, { lang: 'en', source: 'catalog/' });
    expect(md).toContain('| Published | Catalog | Figure |\n| ---: | ---: | --- |\n');
    expect(md).toMatch(/\n## Next\n\n```sh\ntthc blocked catalog\/ --at \S+ --without \S+ --lang en {2}# the procedures blocked without .*\n(.*\n)*```\n$/);
    // Without the catalog's path, no commands.
    expect(renderSummaryMarkdown(summary, { lang: 'en' })).not.toContain('## Next');
  });

  it('writes names as text and fences the commands past any backticks in the path', () => {
    const hostile = structuredClone(summary);
    hostile.catalog.name = 'A <b>bold</b> & **plain** catalog';
    hostile.sunsets[0].document.name = 'Sổ <script>x</script>';
    const md = renderSummaryMarkdown(hostile, { source: 'my ```catalog' });
    expect(md).toMatch(/^# A &lt;b&gt;bold&lt;\/b&gt; &amp; \*\*plain\*\* catalog\n/);
    expect(md).toContain('### Sổ &lt;script&gt;x&lt;/script&gt; [');
    expect(md).not.toMatch(/<(b|script)>/);
    expect(md).toContain("\n````sh\ntthc blocked 'my ```catalog' ");
    expect(md).toMatch(/\n````\n$/);
  });
});
