import { describe, expect, it } from 'vitest';
import { htmlLabel, htmlLabelKeys } from '../../../src/report/html/labels.js';
import { GRAPH_LABELS } from '../../../src/report/graph-labels.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('HTML report labels', () => {
  it('exist in both languages, are not empty, and take the same placeholders', () => {
    for (const key of htmlLabelKeys()) {
      const vi = htmlLabel('vi', key);
      const en = htmlLabel('en', key);
      expect(vi, key).not.toBe('');
      expect(en, key).not.toBe('');
      expect(placeholders(en), key).toEqual(placeholders(vi));
    }
  });

  it('differ between the languages (nothing left untranslated)', () => {
    // Labels that are only placeholders and punctuation, such as '{document} ({form})', may agree.
    const words = (s: string) => /\p{L}/u.test(s.replace(/\{\w+\}/g, ''));
    const same = htmlLabelKeys().filter((k) => htmlLabel('vi', k) === htmlLabel('en', k) && words(htmlLabel('vi', k)));
    expect(same).toEqual([]);
  });

  it('fill placeholders', () => {
    expect(htmlLabel('en', 'searchCount', { n: 2, total: 7 })).toBe('Showing 2 of 7 procedures');
  });
});

describe('graph labels', () => {
  it('have the same keys in both languages', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object).map((x) => `${k}.${x}`) : [k])).sort();
    expect(keys(GRAPH_LABELS.en)).toEqual(keys(GRAPH_LABELS.vi));
  });
});
