import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';
import { EXPLAIN_MAX_DEPTH, renderExplainText } from '../../src/report/explain-text.js';

/** Central procedures p0 … p(n-1), each needing the next; the last asks for a book no longer accepted. */
function chain(n: number) {
  const text = JSON.stringify({
    catalog: { name: 'chain', cutoff: '2023-01-01' },
    documents: [{ id: 'so-ho-khau', name: 'Sổ hộ khẩu', form: 'paper', valid_until: '2022-12-31' }],
    procedures: Array.from({ length: n }, (_, i) => ({
      code: `p${i}`,
      name: `P${i}`,
      level: ['trung-uong'],
      ...(i + 1 < n ? { needs: [`p${i + 1}`] } : { requires: [{ document: 'so-ho-khau' }] }),
    })),
  });
  const loaded = parseCatalog(text, { fileName: 'chain.json', strict: true });
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return analyze(loaded.catalog);
}

describe('the depth of a text explanation', () => {
  it(`goes ${EXPLAIN_MAX_DEPTH} procedures deep, then names the procedure to explain on its own`, () => {
    const result = chain(60);
    const lines = renderExplainText(result, 'p0', { lang: 'en' }).trimEnd().split('\n');
    const needs = lines.filter((l) => l.includes('Needs first:'));
    expect(needs).toHaveLength(EXPLAIN_MAX_DEPTH + 1);
    const last = `p${EXPLAIN_MAX_DEPTH + 1}`;
    expect(needs.at(-1)).toMatch(new RegExp(`Needs first: ${last} P${last.slice(1)} — blocked \\(${EXPLAIN_MAX_DEPTH} steps deep: explain ${last} on its own to go on\\)$`));
    expect(renderExplainText(result, 'p0').trimEnd().split('\n').at(-1)).toContain(`(sâu ${EXPLAIN_MAX_DEPTH} bước: giải thích riêng ${last} để xem tiếp)`);
    // Explained on its own, it goes on from there, down to the book.
    expect(renderExplainText(result, 'p50', { lang: 'en' })).toContain('Sổ hộ khẩu [paper] — the required document; no longer valid after 2022-12-31');
  });

  it('stops as deep for a chain of 20,000 procedures, where following it all would overflow the stack', () => {
    const text = renderExplainText(chain(20_000), 'p0', { lang: 'en' });
    expect(text.split('\n').filter((l) => l.includes('Needs first:'))).toHaveLength(EXPLAIN_MAX_DEPTH + 1);
  });

  it('explains a chain no deeper than the limit in full', () => {
    const result = chain(EXPLAIN_MAX_DEPTH + 1);
    const text = renderExplainText(result, 'p0', { lang: 'en' });
    expect(text).not.toContain('steps deep');
    expect(text).toContain('Sổ hộ khẩu [paper] — the required document; no longer valid after 2022-12-31');
  });
});
