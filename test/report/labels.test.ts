import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { label, labelKeys, labelTable, LANGS } from '../../src/report/labels.js';

describe('labels', () => {
  it('has every key in both languages, non-empty, with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of labelKeys()) {
      for (const lang of LANGS) expect(labelTable(lang)[key].trim(), `${lang}:${key}`).not.toBe('');
      expect(placeholders(labelTable('en')[key]), key).toEqual(placeholders(labelTable('vi')[key]));
    }
    expect(Object.keys(labelTable('en')).sort()).toEqual([...labelKeys()].sort());
  });

  it('fills placeholders', () => {
    expect(label('vi', 'reason.expired', { date: '2022-12-31' })).toBe('hết hiệu lực sau 2022-12-31');
    expect(label('en', 'reason.expired', { date: '2022-12-31' })).toBe('no longer valid after 2022-12-31');
  });

  it('has no label that no reporter uses', () => {
    const dir = new URL('../../src/report/', import.meta.url);
    const source = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'labels.ts')
      .map((f) => readFileSync(new URL(f, dir), 'utf8'))
      .join('\n');
    // Keys built from a prefix and a value (status.*, form.*, level.*, mode.*, dim.*, col.*, kind.*) count as used when the prefix is.
    const dynamic = ['status.', 'form.', 'level.', 'mode.', 'dim.', 'col.', 'total.', 'kind.'];
    const unused = labelKeys().filter(
      (k) => !source.includes(`'${k}'`) && !dynamic.some((p) => k.startsWith(p) && source.includes(`\`${p}\${`) ),
    );
    expect(unused).toEqual([]);
  });
});
