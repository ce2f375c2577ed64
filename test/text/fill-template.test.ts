import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/text/fill-template.js';
import { labelKeys, labelTable } from '../../src/report/labels.js';

/** The fill as one regular-expression replacement: what `fillTemplate` must give. */
const reference = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{(\w+)(?::([^{}|]*)\|([^{}|]*))?\}/g, (m, name: string, one?: string, other?: string) => {
    if (!(name in params)) return m;
    if (one === undefined) return String(params[name]);
    return Number(params[name]) === 1 ? one : (other as string);
  });

const name = fc.constantFrom('n', 'province', 'date', 'toString', 'x_1', 'é', '');
const piece = fc.oneof(
  name.map((n) => `{${n}}`),
  fc.tuple(name, fc.constantFrom('change', '', 'is', '$&'), fc.constantFrom('changes', '', 'are', '{n}')).map(([n, one, other]) => `{${n}:${one}|${other}}`),
  fc.constantFrom('{', '}', '{{n}}', '{ n }', 'tại ', ' — ', '', '$&', '$1', '{n:a|b|c}', '{n:a}', '{n:|}'),
  fc.string({ maxLength: 4 }),
);

describe('fillTemplate', () => {
  it('fills placeholders as one replacement over the template would, whatever the template and the values', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }).map((p) => p.join('')),
        fc.dictionary(name, fc.oneof(fc.string({ maxLength: 5 }), fc.integer({ min: -2, max: 3 }), fc.integer(), fc.constantFrom('{n}', '$&', '1', '01')), { maxKeys: 4 }),
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

  it('chooses the word that agrees with a number: the first form for 1, the second for any other', () => {
    const t = '{n} {n:change|changes} {n:is|are} left';
    expect(fillTemplate(t, { n: 1 })).toBe('1 change is left');
    expect(fillTemplate(t, { n: 0 })).toBe('0 changes are left');
    expect(fillTemplate(t, { n: 21 })).toBe('21 changes are left');
    expect(fillTemplate(t, {})).toBe(t);
    expect(fillTemplate('{n:|s}', { n: '1' })).toBe('');
  });

  it('is given, in every label that chooses a word by a number, that number itself', () => {
    // Every label that writes "{n:change|changes}" also writes "{n}": a word is never chosen by a number the reader does not see.
    const src = new URL('../../src/', import.meta.url);
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    let plurals = 0;
    for (const file of files.filter((f) => !f.endsWith('fill-template.ts'))) {
      for (const line of readFileSync(new URL(file, src), 'utf8').split('\n')) {
        for (const m of line.matchAll(/\{(\w+):[^{}|]*\|[^{}|]*\}/g)) {
          plurals++;
          expect(line, `${file}: ${m[0]}`).toContain(`{${m[1]}}`);
        }
      }
    }
    expect(plurals).toBeGreaterThan(20);
  });
});
