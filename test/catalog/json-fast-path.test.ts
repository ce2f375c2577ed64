import fc from 'fast-check';
import { catalogFile } from './arbitrary-catalog.js';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';
import type { LoadResult } from '../../src/catalog/load-types.js';

// The fast path for .json files (JSON.parse, a scan for positions) must give exactly what
// the YAML parser gives for the same text (JSON is YAML): same catalog, same diagnostics at
// the same places, same entity locations.

function withoutEnds(r: LoadResult) {
  const strip = (l: Record<string, unknown> | undefined) => {
    if (!l) return l;
    const { endLine: _a, endColumn: _b, ...rest } = l;
    return rest;
  };
  return {
    ...r,
    files: [],
    diagnostics: r.diagnostics.map((d) => ({ ...d, location: strip(d.location as never), related: d.related?.map((x) => ({ ...x, location: strip(x.location as never) })) })),
    locations: Object.fromEntries(Object.entries(r.locations).map(([k, v]) => [k, strip(v as never)])),
  };
}

describe('the JSON fast path', () => {
  it('gives what the YAML parser gives for the same text (property)', () => {
    fc.assert(
      fc.property(catalogFile, fc.constantFrom(0, 1, 2), (data, indent) => {
        const text = JSON.stringify(data, null, indent);
        const fast = parseCatalog(text, { fileName: 'c.json' });
        const plain = parseCatalog(text, { fileName: 'c.yaml' });
        expect(fast.files).toEqual(['c.json']);
        const rename = (r: LoadResult) => JSON.parse(JSON.stringify(withoutEnds(r)).replaceAll('c.yaml', 'c.json'));
        expect(rename(fast)).toEqual(rename(plain));
      }),
      { numRuns: 200 },
    );
  });

  it('reports a key given twice, which JSON.parse would let pass', () => {
    const r = parseCatalog('{"provinces": [{"code": "HN", "name": "a", "name": "b"}]}', { fileName: 'c.json' });
    expect(r.diagnostics.map((d) => [d.code, d.location?.column])).toEqual([['DUPLICATE_KEY', 44]]);
  });

  it('gives JSON syntax errors in JSON terms, with the position', () => {
    const r = parseCatalog('{\n  "provinces": [\n    {"code": "HN", "name": "a"]\n}', { fileName: 'c.json' });
    expect(r.diagnostics.map((d) => [d.code, d.location?.line, d.location?.column])).toEqual([['JSON_SYNTAX', 3, 31]]);
    expect(r.diagnostics[0].message).toMatch(/^JSON syntax error: /);
  });

  it('accepts YAML in a .json file (JSON is YAML, not the other way round)', () => {
    const r = parseCatalog('provinces:\n  - { code: HN, name: Hà Nội }\n', { fileName: 'c.json' });
    expect(r.ok).toBe(true);
    expect(r.catalog.provinces).toEqual([{ code: 'HN', name: 'Hà Nội' }]);
  });
});
