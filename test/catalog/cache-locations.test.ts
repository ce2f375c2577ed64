import { describe, expect, it } from 'vitest';
import { decodeLocations, encodeLocations } from '../../src/catalog/cache-locations.js';
import { parseCatalogFiles } from '../../src/catalog/parse-catalog.js';
import type { EntityLocations } from '../../src/catalog/load-types.js';

const same = (l: EntityLocations) => JSON.stringify(decodeLocations(JSON.parse(JSON.stringify(encodeLocations(l))))) === JSON.stringify(l);

describe('entity locations in the cache', () => {
  it('read back exactly, key order and all, from a real load of YAML and JSON files', () => {
    const r = parseCatalogFiles([
      { fileName: 'a.yaml', text: 'provinces: [{ code: HN, name: Hà Nội }]\nlegal:\n  - id: nd-1-2020\n    number: 1/2020/NĐ-CP\n    type: nghi-dinh\n    amends: [{ scope: { document: d }, accept: [e] }]\n' },
      { fileName: 'dir/b.json', text: '{"documents": [{"id": "d", "name": "D", "form": "paper"}, {"id": "e", "name": "E", "form": "data"}],\n "procedures": [{"code": "1", "name": "P", "level": ["xa"], "requires": [{"document": "d"}]}]}' },
    ]);
    expect(Object.keys(r.locations).length).toBeGreaterThan(5);
    const stored = encodeLocations(r.locations);
    expect('rows' in stored).toBe(true);
    expect(decodeLocations(stored)).toEqual(r.locations);
    expect(same(r.locations)).toBe(true);
  });

  it('keep odd shapes as they are', () => {
    const odd: EntityLocations = {
      'procedure:1': { file: 'a.yaml', line: 1, column: 1, path: ['procedures', 0] },
      'procedure:2': { line: 2, file: 'a.yaml', column: 1, path: [] },
    };
    expect(encodeLocations(odd)).toEqual({ plain: odd });
    expect(same(odd)).toBe(true);
    expect(same({})).toBe(true);
  });

  it('are less than half the size of the objects', () => {
    const many: EntityLocations = {};
    for (let i = 0; i < 1000; i++) {
      many[`requirement:hn-${i}#0`] = { file: 'catalog/provinces/hn.yaml', line: i + 3, column: 9, path: ['procedures', i, 'requires', 0], endLine: i + 4, endColumn: 40 };
    }
    expect(JSON.stringify(encodeLocations(many)).length).toBeLessThan(JSON.stringify(many).length / 2);
    expect(same(many)).toBe(true);
  });
});
