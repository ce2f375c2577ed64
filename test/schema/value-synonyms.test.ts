import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VALUE_WORDS, synonymOf } from '../../src/schema/value-synonyms.js';

/** Every list of allowed values (`enum`) in the schemas of the files people write. */
function enums(): string[][] {
  const found: string[][] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'enum' && Array.isArray(value) && value.every((v) => typeof v === 'string')) found.push(value as string[]);
        else walk(value);
      }
    }
  };
  for (const name of ['catalog', 'reform']) walk(JSON.parse(readFileSync(new URL(`../../schemas/${name}.schema.json`, import.meta.url), 'utf8')));
  return found;
}

describe('synonymOf', () => {
  const lists = enums();

  it('gives, for every word of the table, its value wherever the schemas allow that value', () => {
    for (const [value, words] of VALUE_WORDS) {
      const where = lists.filter((list) => list.includes(value));
      expect(where.length, `'${value}' is allowed somewhere`).toBeGreaterThan(0);
      for (const list of where) for (const word of words) expect(synonymOf(word, list), word).toBe(value);
    }
  });

  it('folds case, diacritics, spaces, underscores and hyphens', () => {
    const types = ['luat', 'nghi-dinh', 'thong-tu'];
    for (const word of ['Nghị định', 'NGHỊ ĐỊNH', 'nghi_dinh', '  nghị   định ', 'DECREE']) expect(synonymOf(word, types), word).toBe('nghi-dinh');
    expect(synonymOf('Thông tư', types)).toBe('thong-tu');
  });

  it('gives nothing for a word it does not know, or one for a value not allowed here', () => {
    expect(synonymOf('regulation', ['luat', 'nghi-dinh'])).toBeUndefined();
    expect(synonymOf('province', ['paper', 'card'])).toBeUndefined();
    expect(synonymOf('', ['paper'])).toBeUndefined();
  });
});
