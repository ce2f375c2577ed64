import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/text/fill-template.js';
import { labelKeys, labelTable } from '../../src/report/labels.js';

/** The fill as one regular-expression replacement: what `fillTemplate` must give. */
const reference = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));

const name = fc.constantFrom('n', 'province', 'date', 'toString', 'x_1', 'é', '');
const piece = fc.oneof(
  name.map((n) => `{${n}}`),
  fc.constantFrom('{', '}', '{{n}}', '{ n }', 'tại ', ' — ', '', '$&', '$1'),
  fc.string({ maxLength: 4 }),
);

describe('fillTemplate', () => {
  it('fills placeholders as one replacement over the template would, whatever the template and the values', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }).map((p) => p.join('')),
        fc.dictionary(name, fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.constantFrom('{n}', '$&')), { maxKeys: 4 }),
        (template, params) => {
          expect(fillTemplate(template, params)).toBe(reference(template, params));
          // The second time, from the template as split the first time.
          expect(fillTemplate(template, params)).toBe(reference(template, params));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('fills every label of the reports the same way', () => {
    const params = { n: 3, province: 'GL', date: '2023-01-01', names: 'a, b', code: '1.001193' };
    for (const lang of ['vi', 'en'] as const) {
      for (const key of labelKeys()) expect(fillTemplate(labelTable(lang)[key], params)).toBe(reference(labelTable(lang)[key], params));
    }
  });
});
