import fc from 'fast-check';
import { catalogFile } from './arbitrary-catalog.js';
import { describe, expect, it } from 'vitest';
import { parseCatalog, parseCatalogFiles } from '../../src/catalog/parse-catalog.js';
import type { LoadResult } from '../../src/catalog/load-types.js';
import { localizeDiagnostic } from '../../src/diagnostics/localize.js';

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
    const two = parseCatalog('{"provinces": []}\n{"documents": []}\n', { fileName: 'two.json' }).diagnostics;
    expect(two.map((d) => [d.code, d.location?.line, d.location?.column, d.message])).toEqual([
      ['JSON_SYNTAX', 2, 1, 'JSON syntax error: Unexpected non-whitespace character after the JSON value.'],
    ]);
  });

  it('gives YAML syntax errors for a .json file that does not start as JSON, which JSON.parse gives no position for', () => {
    const r = parseCatalog('documents:\n  - { id: a\n', { fileName: 'c.json' });
    expect(r.diagnostics.map((d) => [d.code, d.location?.line, d.location?.column, d.args?.unclosed])).toEqual([['YAML_SYNTAX', 2, 5, '{']]);
  });

  it('gives a comment in a .json file a JSON_SYNTAX error there, saying JSON has none, and leaves the file out', () => {
    const said = (text: string) =>
      parseCatalogFiles([
        { fileName: 'c.json', text },
        { fileName: 'p.yaml', text: 'procedures:\n  - { code: p, name: P, level: [xa], provinces: [HN] }\n' },
      ]).diagnostics.map((d) => [d.code, d.location?.file, d.location?.line, d.location?.column, d.location?.endColumn, d.message, d.hint]);
    const hint = 'JSON has no comments: remove them, or rename the file to .yaml and write each comment after #.';
    const line = 'JSON syntax error: a comment (// …) is not allowed in JSON.';
    const block = 'JSON syntax error: a comment (/* … */) is not allowed in JSON.';
    // JSON.parse stops at the comment; the YAML parser reads the file, as a key '// provinces "provinces"'.
    expect(said('{\n  // provinces\n  "provinces": [{ "code": "HN", "name": "Hà Nội" }]\n}\n')).toEqual([
      ['JSON_SYNTAX', 'c.json', 2, 3, 15, line, hint],
      ['REFERENCES_UNCHECKED', 'p.yaml', 2, 50, 52, expect.stringContaining("('HN'), since c.json could not be read"), expect.any(String)],
    ]);
    // The YAML parser cannot read this one at all.
    expect(said('{ "provinces": [{ "code": "HN", "name": "Hà Nội" }] /* more to come */ }\n')[0]).toEqual(['JSON_SYNTAX', 'c.json', 1, 53, 71, block, hint]);
    // At the start, where JSON.parse gives no position.
    expect(said('/* Provinces\n   of the catalog */\n{ "provinces": [{ "code": "HN", "name": "Hà Nội" }] }\n')[0]).toEqual(['JSON_SYNTAX', 'c.json', 1, 1, 21, block, hint]);
    const vi = localizeDiagnostic(parseCatalog('{ // x\n"provinces": [] }', { fileName: 'c.json' }).diagnostics[0], 'vi');
    expect([vi.message, vi.hint]).toEqual([
      'Lỗi cú pháp JSON: JSON không cho phép chú thích (// …).',
      'JSON không có chú thích: hãy xóa chúng, hoặc đổi tên tệp thành .yaml và viết mỗi chú thích sau dấu #.',
    ]);
  });

  it('reads a .json file that JSON.parse stops in at // or # as YAML when the YAML parser reads it without error', () => {
    // A protocol-relative URL, unquoted, in YAML's flow style.
    const url = parseCatalog('{"documents": [{"id": "a", "name": "A", "form": "paper", "source": //dichvucong.gov.vn/a}]}', { fileName: 'c.json' });
    expect(url.diagnostics).toEqual([]);
    expect(url.catalog.documents[0].source).toBe('//dichvucong.gov.vn/a');
    const hash = parseCatalog('{"provinces": [{"code": "HN", "name": "Hà Nội"}]}\n# a YAML comment\n', { fileName: 'c.json' });
    expect(hash.diagnostics).toEqual([]);
    expect(hash.catalog.provinces).toEqual([{ code: 'HN', name: 'Hà Nội' }]);
  });

  it('accepts YAML in a .json file (JSON is YAML, not the other way round)', () => {
    const r = parseCatalog('provinces:\n  - { code: HN, name: Hà Nội }\n', { fileName: 'c.json' });
    expect(r.ok).toBe(true);
    expect(r.catalog.provinces).toEqual([{ code: 'HN', name: 'Hà Nội' }]);
  });
});

describe('entity locations of .json files, built when first read', () => {
  const text = JSON.stringify({
    provinces: [{ code: 'HN', name: 'Hà Nội' }],
    documents: [{ id: 'so-ho-khau', name: 'Sổ hộ khẩu', form: 'paper' }],
    procedures: [{ code: '1.001193', name: 'Đăng ký khai sinh', level: ['xa'], requires: [{ document: 'so-ho-khau' }] }],
  }, null, 2);
  const yaml = 'documents:\n  - id: cccd\n    name: Căn cước công dân\n    form: card\n  - id: so-ho-khau\n    name: Sổ hộ khẩu (bản sao)\n    form: paper\n';

  it('are an enumerable accessor of a .json load, as of a YAML load', () => {
    const json = parseCatalog(text, { fileName: 'catalog.json' });
    expect(Object.keys(json)).toEqual(['catalog', 'diagnostics', 'files', 'ok', 'locations']);
    expect(typeof Object.getOwnPropertyDescriptor(json, 'locations')?.get).toBe('function');
    const viaYaml = parseCatalog(text, { fileName: 'catalog.yaml' });
    expect(typeof Object.getOwnPropertyDescriptor(viaYaml, 'locations')?.get).toBe('function');
    expect(viaYaml.locations['procedure:1.001193']).toMatchObject({ file: 'catalog.yaml', line: 16 });
  });

  it('are built once, and serialise, clone and spread as the data they are', () => {
    const json = parseCatalog(text, { fileName: 'catalog.json' });
    expect(json.locations).toBe(json.locations);
    expect(json.locations['procedure:1.001193']).toMatchObject({ file: 'catalog.json', line: 16 });
    const data = JSON.parse(JSON.stringify(json));
    expect(structuredClone(json)).toEqual(data);
    expect({ ...json }).toEqual(data);
  });

  it('merged with a YAML file\'s, keep the first file\'s location of an id given in both', () => {
    const both = parseCatalogFiles([
      { fileName: 'a.json', text },
      { fileName: 'b.yaml', text: yaml },
    ]);
    expect(typeof Object.getOwnPropertyDescriptor(both, 'locations')?.get).toBe('function');
    expect(both.locations['document:so-ho-khau']).toMatchObject({ file: 'a.json', line: 9 });
    expect(both.locations['document:cccd']).toMatchObject({ file: 'b.yaml', line: 2 });
    expect(Object.keys(both.locations)).toEqual(Object.keys(parseCatalogFiles([
      { fileName: 'a.yaml', text },
      { fileName: 'b.yaml', text: yaml },
    ]).locations));
  });
});
