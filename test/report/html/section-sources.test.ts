import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';
import { loadCatalog } from '../../../src/catalog/load-catalog.js';
import { citedLegal, sourcesSection } from '../../../src/report/html/section-sources.js';

const { catalog } = await loadCatalog('catalog/');

describe('the legal documents a report cites', () => {
  const cited = citedLegal(analyze(catalog, { at: '2023-01-01', province: 'GL' }));
  const numbers = cited.map((c) => c.number ?? c.legal);

  it('come in the order of their numbers, 11/2021 before 100/2015, as a reader looks one up', () => {
    expect(numbers.length).toBeGreaterThan(10);
    const [, ...rest] = numbers;
    rest.forEach((n, i) => expect(Number(n.split('/')[0]), `${numbers[i]} before ${n}`).toBeGreaterThanOrEqual(Number(numbers[i].split('/')[0])));
    const at = (n: string) => {
      expect(numbers, n).toContain(n);
      return numbers.indexOf(n);
    };
    expect(at('11/2021/NĐ-CP')).toBeLessThan(at('100/2015/NĐ-CP'));
    expect(at('99/2015/NĐ-CP')).toBeLessThan(at('100/2015/NĐ-CP'));
  });

  it('are listed in the sources section in that order', () => {
    const listed = [...sourcesSection('en', cited).matchAll(/<li><b>([^<]*)<\/b>/g)].map((m) => m[1]);
    expect(listed).toEqual(numbers);
  });
});
