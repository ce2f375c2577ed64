import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isScalar } from 'yaml';
import { parseCatalogFiles } from '../../src/catalog/parse-catalog.js';
import { parseYaml } from '../../src/catalog/parse-yaml.js';
import { SourceIndex } from '../../src/catalog/source-index.js';

// Keys that are the same text though written differently (1, "1"; null, ~, and a key left
// empty), so that the first pair with the text must be the one found.
const key = fc.constantFrom('a', 'b', 'c', '"a"', '1', '"1"', '1.0', 'null', '~', '""', 'true', 'k0', 'k1', 'k2', 'k3', 'k4', 'k5');

describe('the location of a key of a large mapping', () => {
  it('is that of its first pair, as a read of the mapping from the start finds it (property)', () => {
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 90, size: 'max' }), fc.boolean(), (keys, flow) => {
        const text = flow ? `m: {${keys.map((k, i) => `${k}: ${i}`).join(', ')}}\n` : `m:\n${keys.map((k, i) => `  ${k}: ${i}\n`).join('')}`;
        const { doc } = parseYaml(text, 'x.yaml');
        const source = new SourceIndex('x.yaml', text, { doc });
        const plain = new SourceIndex('x.yaml', text);
        const pairs = (doc!.get('m') as { items: { key: unknown; value: unknown }[] }).items;
        for (const want of ['a', '1', '1.0', 'null', '', 'true', 'k3', 'absent']) {
          const first = pairs.find((p) => isScalar(p.key) && String(p.key.value ?? '') === want);
          const at = (node: unknown) => (node as { range: number[] }).range[0];
          expect(source.locate(['m', want], 'key')).toEqual(first ? plain.at(at(first.key), ['m', want], (first.key as { range: number[] }).range[1]) : { ...source.locate(['m']), path: ['m', want] });
          expect(source.locate(['m', want]).line).toBe(first ? plain.at(at(first.value)).line : source.locate(['m']).line);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the location of a key of a large JSON object', () => {
  it('is that of its first member (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'ộ', 'k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', ''), { minLength: 1, maxLength: 90, size: 'max' }), (keys) => {
        let text = '{"m": {';
        const starts: number[] = [];
        keys.forEach((k, i) => {
          if (i > 0) text += ', ';
          starts.push(text.length);
          text += `${JSON.stringify(k)}: ${i}`;
        });
        text += '}}';
        const source = new SourceIndex('x.json', text, { json: true });
        for (const want of ['a', 'ộ', 'k3', '', 'absent']) {
          const i = (keys as string[]).indexOf(want);
          const expected = i < 0 ? { ...source.locate(['m']), path: ['m', want] } : source.at(starts[i], ['m', want], starts[i] + JSON.stringify(want).length);
          expect(source.locate(['m', want], 'key')).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('a mapping with many unknown keys', () => {
  it.each([
    ['block style', `documents:\n  - id: a\n${Array.from({ length: 300 }, (_, i) => `    k${i}: 1\n`).join('')}`, (i: number) => [3 + i, 5]],
    ['flow style', `documents:\n  - {${Array.from({ length: 300 }, (_, i) => `k${i}: 1`).join(', ')}}\n`, (i: number) => [2, 6 + Array.from({ length: i }, (_, j) => `k${j}: 1, `.length).reduce((a, b) => a + b, 0)]],
    ['JSON', `{"documents": [{${Array.from({ length: 300 }, (_, i) => `"k${i}": 1`).join(', ')}}]}`, (i: number) => [1, 17 + Array.from({ length: i }, (_, j) => `"k${j}": 1, `.length).reduce((a, b) => a + b, 0)]],
  ])('reports each at its key, in %s', (style, text, place) => {
    const { diagnostics } = parseCatalogFiles([{ fileName: style === 'JSON' ? 'k.json' : 'k.yaml', text }]);
    const unknown = diagnostics.filter((d) => d.code === 'UNKNOWN_KEY');
    expect(unknown).toHaveLength(300);
    unknown.forEach((d, i) => {
      const [line, column] = place(i);
      expect([d.location?.line, d.location?.column, d.location?.endColumn, d.location?.path, d.args?.key]).toEqual([line, column, column + `k${i}`.length + (style === 'JSON' ? 2 : 0), ['documents', 0, `k${i}`], `k${i}`]);
    });
  });
});
