import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReform } from '../../../src/analysis/reform/parse-reform.js';
import { whatif } from '../../../src/analysis/whatif.js';
import { parseCatalog } from '../../../src/catalog/parse-catalog.js';
import { renderDiagnosticsText } from '../../../src/report/diagnostics-text.js';
import { renderWhatIfText } from '../../../src/report/whatif-text.js';
import { apply, editWith } from '../../helpers/random-edits.js';

// Reform files edited at random as people edit them (a line deleted, doubled, moved or indented
// otherwise, a value replaced by another), in block style and in flow style: the reader never
// throws and locates every diagnostic inside the text, and a reform it accepts is applied and
// compared with the catalog without a throw.

const read = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
const catalogOf = (path: string) => {
  const loaded = parseCatalog(read(path), { fileName: 'catalog.yaml' });
  if (!loaded.ok) throw new Error(`${path} does not load`);
  return loaded.catalog;
};

const VALUES = [
  '',
  'null',
  '[]',
  '{}',
  '2022-12-31',
  '2023-01-01',
  '2023-02-30',
  '9999-12-31',
  'GL',
  'HN',
  'Gia Lai',
  'XX',
  'csdlqg-dan-cu',
  'ct07',
  'so-ho-khau',
  'nd-123-2015',
  '123/2015/ND-CP',
  'nd-999-2023',
  'nghi-dinh',
  '2',
  '0',
  '-1',
  'true',
  '[csdlqg-dan-cu, csdlqg-dan-cu]',
  '"x"',
];

describe('a reform file edited at random', () => {
  it.each([
    // Block style, by numbers and ids, with a comment at each level.
    ['block', 'reform/unblock-civil-status.yaml', 'reform/catalog.yaml'],
    // Flow style: a mapping a line, four decrees and connections in six provinces.
    ['flow', 'reform/national/plan.yaml', 'reform/national/catalog.yaml'],
  ])('in %s style, is read without a throw, every diagnostic inside the text, and compared with the catalog when accepted (property)', (_style, reformPath, catalogPath) => {
    const catalog = catalogOf(catalogPath);
    const lines = read(reformPath).split('\n');
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(editWith(VALUES), { minLength: 1, maxLength: 3 }), fc.constantFrom(null, 'GL', 'HN'), (edits, province) => {
        const edited = edits.reduce(apply, lines);
        const text = edited.join('\n');
        const r = parseReform(text, { fileName: 'reform.yaml', catalog });
        for (const d of r.diagnostics) {
          if (!d.location) continue;
          expect(d.location.file).toBe('reform.yaml');
          expect(d.location.line).toBeGreaterThanOrEqual(1);
          expect(d.location.line).toBeLessThanOrEqual(edited.length + 1);
          expect(d.location.column).toBeGreaterThanOrEqual(1);
        }
        expect(renderDiagnosticsText(r.diagnostics, { sources: { 'reform.yaml': text } })).toBeTypeOf('string');
        if (!r.ok) return;
        accepted++;
        const result = whatif(catalog, r.reform!, { at: '2023-06-30', province });
        expect(renderWhatIfText(result, { lang: 'en' })).toBeTypeOf('string');
      }),
      { numRuns: 200 },
    );
    // The property is about applying reforms as much as about reading them.
    expect(accepted).toBeGreaterThanOrEqual(5);
  }, 120_000);
});
